import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { isSupportAccessError, refusedField, type SupportAccessError } from '../../client/errors.js';
import { durationToMs } from '../../contract/duration.js';
import { State, type AccessStatus, type Grant, type GrantRequest, type Policy } from '../../contract/schemas.js';
import { sampleOf } from '../../contract/sample.js';
import { SaExtendEvent } from '../../events/extend.js';
import { SaExtendedEvent } from '../../events/extended.js';
import { SaGrantEvent } from '../../events/grant.js';
import { SaGrantedEvent } from '../../events/granted.js';
import type { MessageKey } from '../../i18n/en.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { StoreController } from '../../state/store-controller.js';
import type { SupportAccessStore } from '../../state/store.js';
import type { RevokeAccessDialog } from '../revoke-access-dialog/revoke-access-dialog.js';
import { ActionController, type ActionFailure } from '../shared/action-controller.js';
import { defineElement } from '../shared/define-element.js';
import { beforeState, failureBlock, fieldError, retryState, type FieldMessage } from '../shared/failure.js';
import { SupportAccessElement } from '../shared/support-access-element.js';
import { detailsStyles } from '../shared/details-styles.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { TickController } from '../shared/tick-controller.js';
import { ticketLink } from '../shared/ticket.js';
import { focusHeading, focusRendered, keepFocus } from '../shared/keep-focus.js';
import { levelLabel } from '../shared/labels.js';
import { layOutUnseen } from '../shared/warm-up.js';
import { STATE } from '../shared/state.js';
import { switchedStore } from '../shared/store-switch.js';
import { panelStyles } from './styles.js';

/** Whether a panel on this page has prepared its views (see `#warmUpViews`; once is enough: they are shared). */
let viewsWarm = false;
const NOTHING_ASKED = {};

export type PanelStatus = AccessStatus | 'loading' | 'error' | 'unconfigured';
/** The server refused the values sent: sending them again would be refused again. */
const refused = (error: unknown): error is SupportAccessError => isSupportAccessError(error) && error.code === 'validation';

type Field = 'duration' | 'accessLevel' | 'reason' | 'ticket' | 'confirmed';
type Action = 'grant' | 'extend';

const UNAVAILABLE_REASONS = ['forced-sso', 'plan', 'provider-disabled'];

/**
 * A remaining time in its two largest units, rounded up to the smaller one, as a duration to put in
 * words: just after granting 7 days it reads "7 days", not "6 days, 23 hours".
 */
function remaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds >= 86_400) {
    const hours = Math.ceil(seconds / 3600);
    const rest = hours % 24;
    return `P${Math.floor(hours / 24)}D${rest ? `T${rest}H` : ''}`;
  }
  if (seconds >= 3600) {
    const minutes = Math.ceil(seconds / 60);
    const rest = minutes % 60;
    return `PT${Math.floor(minutes / 60)}H${rest ? `${rest}M` : ''}`;
  }
  const rest = seconds % 60;
  return seconds >= 60 ? `PT${Math.floor(seconds / 60)}M${rest ? `${rest}S` : ''}` : `PT${seconds}S`;
}

/**
 * The countdown's first part alone, for the warning to say: beside "1 minute, 30 seconds left" it
 * says "ends in 1 minute", never more time than is left, nor "tomorrow" for 23 hours later today.
 */
const leading = (ms: number) => durationToMs(remaining(ms).replace(/(\d+\D).*/, '$1'));

/**
 * The support access section of a settings page: whether the vendor's support team may enter the
 * organization, and the actions the signed-in user may take — enable for a chosen time, watch the
 * grant count down, extend it, revoke it.
 *
 * It warns the policy's `expiryWarning` ahead of expiry, with an Extend button where extending is
 * allowed; never in the grant's first half, so a grant no longer than that window does not read as
 * ending from the moment it was granted.
 *
 * Works inside `<support-access-provider>` or alone with `base-url` or `client`.
 *
 * @summary Grant, watch, extend and revoke support access.
 * @fires sa-grant - Before access is granted; cancelable. `detail.request` is what would be sent.
 * @fires sa-granted - Access was granted. `detail.grant`.
 * @fires sa-extend - Before the grant is extended; cancelable. `detail.grantId`, `detail.duration`.
 * @fires sa-extended - The grant was extended. `detail.grant`.
 * @fires sa-revoke - Before access is revoked (from the dialog); cancelable.
 * @fires sa-revoked - Access was revoked. `detail.grant`.
 * @fires sa-expired - Alone (without a provider): the grant expired. `detail.grant`.
 * @fires sa-change - Alone: the state changed. `detail.state`.
 * @fires sa-error - A request failed. `detail.operation`, `detail.error`.
 * @fires sa-unauthenticated - Alone (without a provider): the server answered 401. Inside one, the provider fires it, once per sign-out.
 * @csspart base - The section around everything.
 * @csspart heading - The state's heading.
 * @csspart form - The enable form.
 * @csspart details - The list of the grant's details.
 * @csspart warning - The warning shown ahead of expiry.
 * @csspart actions - The row of buttons.
 * @csspart error - A failure message with its retry button.
 * @csspart notice - What happened to the last grant, once it ended.
 * @csspart field - One field of the enable form, with its label, hint and error.
 * @csspart enable-button - The button that enables access.
 * @csspart extend-button - A button that extends the grant (in the warning, or beside the duration).
 * @csspart revoke-button - The button that opens the revoke dialog.
 * @csspart revoke-dialog - The revoke dialog's native `<dialog>` (its `dialog` part).
 * @csspart revoke-heading - The revoke dialog's heading.
 * @csspart revoke-assets - The revoke dialog's summary of what the support account created.
 * @csspart revoke-search - The revoke dialog's user search field.
 * @csspart revoke-list - The revoke dialog's list of users who can take the assets over.
 * @csspart revoke-actions - The revoke dialog's row of buttons.
 * @csspart revoke-confirm - The revoke dialog's button that revokes access.
 * @csspart revoke-cancel - The revoke dialog's button that closes it.
 * @csspart revoke-error - Why revoking failed, in the revoke dialog.
 * @cssproperty [--support-access-color=inherit] - Text colour; the host's by default.
 * @cssproperty [--support-access-font=inherit] - Font; the host's by default.
 * @cssproperty [--support-access-accent-color=light-dark(#1d4ed8, #8ab4ff)] - Primary buttons, links, selection and focus rings; a darker blue on light hosts, a lighter one on dark hosts.
 * @cssproperty [--support-access-on-accent-color=light-dark(#fff, #0b1220)] - Text on the accent colour.
 * @cssproperty [--support-access-danger-color=light-dark(#b91c1c, #fca5a5)] - Destructive buttons, rejections and error messages.
 * @cssproperty [--support-access-on-danger-color] - Text on the danger colour; the on-accent colour by default.
 * @cssproperty [--support-access-success-color=light-dark(#15803d, #86efac)] - Approvals and other good outcomes.
 * @cssproperty [--support-access-warning-color=light-dark(#b45309, #fcd34d)] - The edge of a warning.
 * @cssproperty [--support-access-warning-background] - Behind warnings; a faint amber by default.
 * @cssproperty [--support-access-border-color] - Borders; a faint shade of the text colour by default.
 * @cssproperty [--support-access-muted-color] - Secondary text; a lighter shade of the text colour by default.
 * @cssproperty [--support-access-focus-ring-color] - The focus outline; the accent colour by default.
 * @cssproperty [--support-access-surface-color=Canvas] - Behind raised pieces (pop-overs, sticky headers, dialogs); the system's page colour by default, which follows the host's color-scheme.
 * @cssproperty [--support-access-radius=6px] - Corner radius.
 * @cssproperty [--support-access-spacing=0.75rem] - The base space between pieces.
 * @cssproperty [--support-access-transition-duration=120ms] - How long hover and state changes take; nothing moves under prefers-reduced-motion.
 * @cssproperty [--support-access-background=transparent] - Behind the element's frame; the host's background shows through by default.
 * @cssproperty [--support-access-dialog-background] - The revoke dialog's background; the surface colour by default.
 * @cssproperty [--support-access-backdrop-color=rgb(15 23 42 / 0.45)] - What covers the page behind the revoke dialog.
 * @tagname support-access-panel
 */
export class SupportAccessPanel extends SupportAccessElement {
  static override styles = [baseStyles, cardStyles, panelStyles, detailsStyles];

  static override properties: PropertyDeclarations = {
    ticketUrl: { attribute: 'ticket-url' },
    status: { reflect: true },
    _duration: STATE,
    _accessLevel: STATE,
    _reason: STATE,
    _ticket: STATE,
    _confirmed: STATE,
    _extendDuration: STATE,
    _fieldErrors: STATE,
    _asked: STATE,
    _announcement: STATE,
  };

  /** A link template for tickets, e.g. `https://support.example.com/tickets/{ticket}`. Only http(s). */
  ticketUrl?: string;
  /** What the panel shows, for a host to style against. */
  status: PanelStatus = 'loading';

  private _duration?: string;
  private _accessLevel?: string;
  private _reason = '';
  private _ticket = '';
  private _confirmed?: boolean;
  private _extendDuration?: string;
  private _fieldErrors: Partial<Record<Field, FieldMessage>> = {};
  /** The reason or ticket the server asked for although the policy shown does not: asked from now on. */
  private _asked: { reason?: boolean; ticket?: boolean } = {};
  private _announcement = '';

  #store = new StoreController(this);
  #i18n = new LocalizeController(this);
  #tick = new TickController(this, 1000);
  #action = new ActionController(this);
  #lastSeen?: string;
  #warned?: boolean;
  /**
   * Where the state stood when the shown action failure happened (after the reload a 412 causes).
   * Read only beside a failure; `#run` sets it as each action ends.
   */
  #failedIn?: string;

  constructor() {
    super();
    // The focused control went away (the form after enabling, the warning after extending, the
    // buttons at expiry): the heading takes focus.
    keepFocus(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#store.configure(changed);
    const store = this.#store.store;
    if (switchedStore(this, store)) {
      // Another organization: nothing typed, ticked, chosen or refused for the last one stays, and
      // its first state is announced no more than a first load is.
      this.#clearForm();
      this._duration = this._accessLevel = this._extendDuration = this.#lastSeen = this.#warned = undefined;
      this._fieldErrors = {};
      // Nor its failure and idempotency keys: the same choices there are another grant.
      this.#action = new ActionController(this);
    }
    const state = store?.state;
    this.status = !store ? 'unconfigured' : state ? state.status : store.status === 'error' ? 'error' : 'loading';
    this.#tick.active = this.status === 'on';
    if (state) {
      // Access is on (by this panel, another admin or an approved request): when it is off again,
      // the next grant starts from an empty form, not last time's ticket and tick.
      if (state.grant) this.#clearForm();
      this.#applyDefaults(state);
      this.#announce(state, store);
      // The state the failure describes is gone (the grant expired or ended, access came on): the
      // alert would sit above content it no longer describes.
      if (this.#action.failure && this.#failedIn && this.#seen(state) !== this.#failedIn) {
        this.#action.clear();
      }
    } else if (store && !viewsWarm) this.#warmUpViews();
  }

  /**
   * Draws and lays out the enable form and the grant from a made-up state, unseen, while the first
   * state is on its way (see `layOutUnseen`): the grant's first layout went from about 2.5 to 1.5 ms.
   * Once per page: what it prepares serves every panel.
   */
  #warmUpViews() {
    viewsWarm = true;
    layOutUnseen(
      this.renderRoot,
      () => !this.#store.store?.state,
      () => {
        const sample = sampleOf(State) as State;
        const store = { serverNow: () => Date.now(), state: sample } as unknown as SupportAccessStore;
        return (['off', 'on'] as const).map((status) => this.#body(store, { ...sample, status }));
      },
    );
  }

  /** Where the state stands, to tell whether a failure still applies to what is shown. */
  #seen(state: State | undefined): string {
    return [state?.status, state?.grant?.id, state?.grant?.expiresAt].join('|');
  }

  #applyDefaults({ policy }: State) {
    const offered = (value?: string) => value !== undefined && policy.durations.includes(value);
    // The default as the offer of its length ("P1D" as "PT24H"): the select shows what Enable sends.
    if (!offered(this._duration)) {
      this._duration = policy.durations.find((iso) => durationToMs(iso) === durationToMs(policy.defaultDuration)) ?? policy.durations[0];
    }
    if (!offered(this._extendDuration)) this._extendDuration = policy.durations[0];
    if (!this._accessLevel || !policy.accessLevels.includes(this._accessLevel)) this._accessLevel = policy.accessLevels[0];
  }

  /** What the person typed and ticked, gone once access is on or the organization changed. */
  #clearForm() {
    // One empty `_asked`: cleared again while access is on (each second), it changes nothing.
    Object.assign(this, { _reason: '', _ticket: '', _confirmed: false, _asked: NOTHING_ASKED });
  }

  /** Tells a screen reader what changed: on, extended, ended, off. Not on first load. */
  #announce(state: State, store: SupportAccessStore) {
    const grant = state.grant;
    const warned = this.#warning(state, store);
    const seen = [this.#seen(state), store.ended?.grant.id].join('|');
    const previous = this.#lastSeen;
    const newlyWarned = warned && !this.#warned;
    this.#lastSeen = seen;
    this.#warned = warned;
    if (previous === seen && newlyWarned && grant) {
      this._announcement = this.#i18n.t('panel.warning', { relative: this.#i18n.relativeTime(leading(Date.parse(grant.expiresAt) - store.serverNow())) });
    }
    if (!previous || previous === seen) return;
    const [, previousGrant] = previous.split('|');
    if (grant) {
      const date = this.#i18n.dateTime(grant.expiresAt);
      this._announcement = this.#i18n.t(previousGrant === grant.id ? 'panel.announce.extended' : 'panel.announce.on', { date });
    } else if (state.status === 'off') {
      this._announcement = store.ended ? this.#endedText(store) : this.#i18n.t('panel.announce.off');
    } else {
      this._announcement = this.#headingText(state);
    }
  }

  protected override render() {
    const store = this.#store.store;
    const t = this.#i18n.t;
    const failure = this.#action.failure;
    let body: TemplateResult;
    let heading = t('panel.title');
    if (!store?.state) {
      body = beforeState(this.#i18n, store, 'panel.loading');
    } else {
      heading = this.#headingText(store.state);
      // One outage, one alert: beside an action's failure, the reload's is shown but not read out.
      body = html`${store.error ? failureBlock(this.#i18n, store.error, retryState(store), t('panel.staleState'), undefined, !failure) : nothing}
      ${failure
        ? failureBlock(
            this.#i18n,
            failure.error,
            // Try again only while the state it failed in is shown (after a 412 it no longer applies;
            // failureBlock leaves it out after refused values, which would be refused again).
            failure.context === this.#seen(store.state) ? failure.retry : undefined,
            [
              Object.keys(this._fieldErrors).length || this.#extendError() ? t('error.checkFields') : '',
              ...this.#unplaced(failure, store.state.policy),
            ]
              .filter(Boolean)
              .join(' '),
          )
        : nothing}
      ${this.#body(store, store.state)}`;
    }
    return html`
      ${this.card(heading, !!store?.loading, body, this._announcement)}
      ${store
        ? // Always rendered: it must outlive the grant it is revoking, to finish and report.
          html`<revoke-access-dialog
            exportparts="dialog:revoke-dialog,heading:revoke-heading,assets:revoke-assets,search:revoke-search,list:revoke-list,actions:revoke-actions,confirm:revoke-confirm,cancel:revoke-cancel,error:revoke-error"
            .store=${store}
            .grant=${store.state?.grant}
            .locale=${this.locale}
            .timeZone=${this.timeZone}
          ></revoke-access-dialog>`
        : nothing}
    `;
  }

  #headingText({ status }: State): string {
    return this.#i18n.t(`panel.${status === 'always-on' ? 'alwaysOn' : status}.heading`);
  }

  #body(store: SupportAccessStore, state: State): TemplateResult {
    switch (state.status) {
      case 'on':
        return state.grant ? this.#on(store, state, state.grant) : html`<p class="muted">${this.#i18n.t('panel.on.noDetails')}</p>`;
      case 'always-on':
        return html`<p>${this.#i18n.t('panel.alwaysOn.body')}</p>`;
      case 'unavailable':
        return html`<p class="long">${this.#unavailableText(state.unavailableReason)}</p>`;
      default:
        return this.#off(store, state);
    }
  }

  /**
   * Within the policy's warning window before expiry, and in the grant's second half: a grant no
   * longer than the window would otherwise be "ending" from the moment it was granted.
   */
  #warning(state: State, store: SupportAccessStore): boolean {
    const warning = state.policy.expiryWarning;
    const grant = state.grant;
    if (!grant || !warning) return false;
    return Date.parse(grant.expiresAt) - store.serverNow() <= Math.min(durationToMs(warning), (Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt)) / 2);
  }

  #unavailableText(reason = 'provider-disabled'): string {
    return UNAVAILABLE_REASONS.includes(reason)
      ? this.#i18n.t(`panel.unavailable.${reason}` as MessageKey)
      : this.#i18n.t('panel.unavailable.other', { reason });
  }

  #endedText(store: SupportAccessStore): string {
    const ended = store.ended!;
    return this.#i18n.t(`panel.ended.${ended.reason}`, { date: this.#i18n.dateTime(ended.grant.expiresAt) });
  }

  // ---------------------------------------------------------------------------------------------
  // Off: the enable form

  #off(store: SupportAccessStore, state: State): TemplateResult {
    const t = this.#i18n.t;
    const { policy, permissions } = state;
    const ended = store.ended ? html`<p class="notice" part="notice">${this.#endedText(store)}</p>` : nothing;
    if (!permissions.enable) {
      const who = policy.whoCanEnable === 'admins' ? 'panel.off.viewOnly.admins' : 'panel.off.viewOnly.users';
      return html`${ended}<p class="muted">${t(who)}</p>`;
    }
    const errors = this._fieldErrors;
    const busy = this.#busy('grant');
    const invalid = (field: Field) => !!errors[field];
    const described = (field: Field, hint?: boolean) =>
      [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    const error = (field: Field) => fieldError(`${field}-error`, errors[field]);

    return html`
      ${ended}
      <p class="muted">${t('panel.off.intro')}</p>
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <div class="field" part="field">
          <label for="duration">${t('panel.form.duration')}</label>
          <select
            id="duration"
            aria-invalid=${invalid('duration')}
            aria-describedby=${described('duration')}
            @change=${(event: Event) => {
              this._duration = (event.target as HTMLSelectElement).value;
              this.#edited('duration');
            }}
          >
            ${this.#durationOptions(policy.durations, this._duration)}
          </select>
          ${error('duration')}
        </div>
        ${policy.accessLevels.length > 1
          ? html`<fieldset class="field" part="field">
              <legend>${t('panel.form.accessLevel')}</legend>
              ${policy.accessLevels.map(
                (level) => html`<label class="choice">
                  <input
                    type="radio"
                    name="accessLevel"
                    aria-invalid=${invalid('accessLevel')}
                    aria-describedby=${described('accessLevel')}
                    .value=${level}
                    .checked=${level === this._accessLevel}
                    @change=${() => {
                      this._accessLevel = level;
                      this.#edited('accessLevel');
                    }}
                  />
                  ${levelLabel(this.#i18n, level)}
                </label>`,
              )}
              ${error('accessLevel')}
            </fieldset>`
          : nothing}
        ${this.#asks(policy, 'reason')
          ? html`<div class="field" part="field">
              <label for="reason">${t('panel.form.reason')}</label>
              <textarea
                id="reason"
                required
                aria-invalid=${invalid('reason')}
                aria-describedby=${described('reason', true)}
                .value=${this._reason}
                @input=${(event: Event) => {
                  this._reason = (event.target as HTMLTextAreaElement).value;
                  this.#edited('reason');
                }}
              ></textarea>
              <p id="reason-hint" class="hint muted">${t('panel.form.reasonHint')}</p>
              ${error('reason')}
            </div>`
          : nothing}
        ${this.#asks(policy, 'ticket')
          ? html`<div class="field" part="field">
              <label for="ticket">${t('panel.form.ticket')}</label>
              <input
                id="ticket"
                required
                autocomplete="off"
                aria-invalid=${invalid('ticket')}
                aria-describedby=${described('ticket', true)}
                .value=${this._ticket}
                @input=${(event: Event) => {
                  this._ticket = (event.target as HTMLInputElement).value;
                  this.#edited('ticket');
                }}
              />
              <p id="ticket-hint" class="hint muted">${t('panel.form.ticketHint')}</p>
              ${error('ticket')}
            </div>`
          : nothing}
        <div class="field" part="field">
          <label class="choice confirm">
            <input
              id="confirmed"
              type="checkbox"
              required
              aria-invalid=${invalid('confirmed')}
              aria-describedby=${described('confirmed')}
              .checked=${this._confirmed}
              @change=${(event: Event) => {
                this._confirmed = (event.target as HTMLInputElement).checked;
                this.#edited('confirmed');
              }}
            />
            <span>${t('panel.form.confirm')}</span>
          </label>
          ${error('confirmed')}
        </div>
        <div class="actions" part="actions">
          <button class="primary" part="enable-button" aria-disabled=${busy} aria-busy=${busy}>
            ${busy ? t('panel.form.submitting') : t('panel.form.submit')}
          </button>
        </div>
      </form>
    `;
  }

  /** The person changed a field's value: its error goes. */
  #edited(field: Field) {
    const cleared = { ...this._fieldErrors };
    delete cleared[field];
    this._fieldErrors = cleared;
  }

  #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.#grant();
  };

  async #grant() {
    const store = this.#store.store;
    const policy = store?.state?.policy;
    if (!store || !policy || this.#action.busy) return;
    const errors: Partial<Record<Field, FieldMessage>> = {};
    // The reason and ticket the form asks for, trimmed; sent only then.
    const asked: { reason?: string; ticket?: string } = {};
    for (const field of ['reason', 'ticket'] as const) {
      const value = (field === 'reason' ? this._reason : this._ticket).trim();
      if (!this.#asks(policy, field)) continue;
      if (value) asked[field] = value;
      else errors[field] = () => this.#i18n.t(`panel.form.${field}Required`);
    }
    if (!this._confirmed) errors.confirmed = () => this.#i18n.t('panel.form.confirmRequired');
    this._fieldErrors = errors;
    if (Object.keys(errors).length) {
      await focusRendered(this, '[aria-invalid=true]');
      return;
    }

    const request: GrantRequest = {
      duration: this._duration!,
      accessLevel: this._accessLevel!,
      ...asked,
      confirmed: true,
    };
    if (!this.dispatchEvent(new SaGrantEvent({ request }))) return;
    await this.#run('grant', `grant ${JSON.stringify(request)}`, () => this.#grant(), async (idempotencyKey) => {
      const grant = await store.grant(request, { idempotencyKey });
      this.#clearForm();
      this.dispatchEvent(new SaGrantedEvent({ grant }));
    });
  }

  // ---------------------------------------------------------------------------------------------
  // On: the grant, its countdown, extend and revoke

  #on(store: SupportAccessStore, state: State, grant: Grant): TemplateResult {
    const t = this.#i18n.t;
    const i18n = this.#i18n;
    const { policy, permissions } = state;
    const left = Date.parse(grant.expiresAt) - store.serverNow();
    const canExtend = permissions.extend && policy.extension !== 'none';
    const cap = policy.maxTotalDuration;
    const atCap = cap !== undefined && Date.parse(grant.expiresAt) >= Date.parse(grant.grantedAt) + durationToMs(cap);
    const warn = this.#warning(state, store);
    const oneClick = policy.extension === 'prolong' ? undefined : policy.durations[0];
    // What one click adds: the first offered duration, or the policy's step when prolonging.
    const extendBy = t('panel.extend.by', { duration: i18n.duration(oneClick ?? policy.extensionStep ?? policy.defaultDuration) });
    const busy = this.#busy('extend');
    const extendError = this.#extendError();

    return html`
      ${warn
        ? html`<div class="warning" part="warning">
            <p>${t('panel.warning', { relative: i18n.relativeTime(leading(left)) })}</p>
            ${canExtend && !atCap
              ? html`<button class="primary" part="extend-button" aria-disabled=${busy} @click=${() => this.#extend(oneClick)}>
                  ${extendBy}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <dl part="details">
        <div>
          <dt>${t('panel.on.grantedBy')}</dt>
          <dd class="long">${t('panel.on.grantedByValue', { name: grant.grantedBy.displayName, date: i18n.dateTime(grant.grantedAt) })}</dd>
        </div>
        <div>
          <dt>${t('panel.on.expires')}</dt>
          <dd>
            <time datetime=${grant.expiresAt}>${i18n.dateTime(grant.expiresAt)}</time>
            <span class="countdown muted">${t('panel.on.countdown', { duration: i18n.duration(remaining(left)) })}</span>
          </dd>
        </div>
        <div>
          <dt>${t('panel.on.account')}</dt>
          <dd>
            <span class="long">${grant.supportAccount.displayName}</span>
            ${grant.supportAccount.email ? html`<span class="long muted">${grant.supportAccount.email}</span>` : nothing}
            <span class="badge">${grant.supportAccount.mfa ? t('panel.on.mfa') : t('panel.on.noMfa')}</span>
          </dd>
        </div>
        <div>
          <dt>${t('panel.on.accessLevel')}</dt>
          <dd class="long">${levelLabel(this.#i18n, grant.accessLevel)}</dd>
        </div>
        ${grant.ticket
          ? html`<div>
              <dt>${t('panel.on.ticket')}</dt>
              <dd class="long">
                ${ticketLink(this.ticketUrl, grant.ticket)}
              </dd>
            </div>`
          : nothing}
        ${grant.reason
          ? html`<div>
              <dt>${t('panel.on.reason')}</dt>
              <dd class="long">${grant.reason}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${t('panel.on.extensions')}</dt>
          <dd>
            ${grant.extensions.length
              ? html`<ul>
                  ${grant.extensions.map(
                    (extension) =>
                      html`<li>
                        ${t('panel.on.extension', {
                          duration: i18n.duration(extension.addedDuration),
                          name: extension.by.displayName,
                          date: i18n.dateTime(extension.at),
                        })}
                      </li>`,
                  )}
                </ul>`
              : t('panel.on.noExtensions')}
          </dd>
        </div>
      </dl>
      ${canExtend || permissions.revoke
        ? html`<div class="actions" part="actions">
            ${canExtend ? this.#extendControls(policy, atCap, busy, extendBy, extendError) : nothing}
            ${permissions.revoke
              ? html`<button class="danger" part="revoke-button" aria-haspopup="dialog" @click=${this.#openRevoke}>${t('panel.revoke')}</button>`
              : nothing}
          </div>
          ${canExtend && atCap && cap
            ? html`<p id="cap-reason" class="muted">${t('panel.extend.atCap', { duration: i18n.duration(cap) })}</p>`
            : nothing}
          ${fieldError('extend-error', extendError)}`
        : html`<p class="muted">${t('panel.on.viewOnly')}</p>`}
    `;
  }

  /** `extendBy`: the button's words when prolonging (by the policy's step); `refused`: the server's words about the duration picked. */
  #extendControls(policy: Policy, atCap: boolean, busy: boolean, extendBy: string, refused?: string): TemplateResult {
    const t = this.#i18n.t;
    const prolong = policy.extension === 'prolong';
    // Prolonging adds the policy's step; otherwise the person picks the duration beside the button.
    // At the cap it does nothing but stays in the tab order, where its description says why.
    const button = html`<button
      part="extend-button"
      aria-disabled=${busy || atCap}
      aria-busy=${busy}
      aria-describedby=${atCap ? 'cap-reason' : nothing}
      @click=${() => atCap || (prolong ? this.#extend(undefined) : this.#extend(this._extendDuration, true))}
    >
      ${busy ? t('panel.extend.busy') : prolong ? extendBy : t('panel.extend.submit')}
    </button>`;
    if (prolong) return button;
    // At the cap there is nothing to pick: the button stays alone (the same one, so focus stays on it).
    return html`<span class="extend">
      ${atCap
        ? nothing
        : html`<label for="extend-duration">${t('panel.extend.duration')}</label>
            <select
              id="extend-duration"
              aria-invalid=${!!refused}
              aria-describedby=${refused ? 'extend-error' : nothing}
              @change=${this.#pickExtension}
            >
              ${this.#durationOptions(policy.durations, this._extendDuration)}
            </select>`}
      ${button}
    </span>`;
  }

  /** The server's message about the duration picked to extend by (a 422 naming `duration`). */
  #extendError(): string | undefined {
    const failure = this.#action.failure;
    return failure?.action.endsWith(' picked') ? refusedField(failure.error, 'duration') : undefined;
  }

  #pickExtension = (event: Event) => {
    this._extendDuration = (event.target as HTMLSelectElement).value;
    // Another duration answers the refusal: its mark and failure go.
    if (this.#extendError()) this.#action.clear();
  };

  #durationOptions(durations: string[], selected: string | undefined) {
    return durations.map(
      (duration) => html`<option value=${duration} .selected=${duration === selected}>${this.#i18n.duration(duration)}</option>`,
    );
  }

  /** `fromSelect`: the duration is the one picked beside the button, where a refusal of it is marked. */
  async #extend(duration: string | undefined, fromSelect = false) {
    const store = this.#store.store;
    const grant = store?.state?.grant;
    if (!store || !grant || this.#action.busy) return;
    if (!this.dispatchEvent(new SaExtendEvent({ grantId: grant.id, ...(duration ? { duration } : {}) }))) return;
    // The current expiry is part of the action: once an extension went through, another click is a new one.
    const action = `extend ${grant.id} ${grant.expiresAt} ${duration ?? ''}${fromSelect ? ' picked' : ''}`;
    await this.#run('extend', action, () => this.#extend(duration, fromSelect), async (idempotencyKey) => {
      const extended = await store.extend(grant.id, duration ? { duration } : {}, { idempotencyKey });
      this.dispatchEvent(new SaExtendedEvent({ grant: extended }));
    });
    // A refused duration is marked at its select, which takes focus to pick another.
    if (this.#extendError()) {
      await focusRendered(this, '#extend-duration');
    }
  }

  #openRevoke = async () => {
    await this.renderRoot.querySelector<RevokeAccessDialog>('revoke-access-dialog')?.open();
    // The dialog gives focus back to Revoke, unless Revoke left with the grant (revoked here, or
    // ended meanwhile): then the heading takes it.
    await this.updateComplete;
    if (!this.renderRoot.querySelector('[part~=revoke-button]')) focusHeading(this);
  };

  #busy(operation: Action): boolean {
    return !!this.#action.busy?.startsWith(`${operation} `);
  }

  /** One user action through the shared rules; a refused grant also shows its field messages. */
  async #run(operation: Action, action: string, retry: () => void, send: (idempotencyKey: string) => Promise<void>) {
    const grant = this.#store.store?.state?.grant;
    await this.#action.run(operation, action, send, retry, this.#seen(this.#store.store?.state));
    // Any failure now is this action's: run() drops the last one as it starts, and no action starts
    // while another runs (see #grant and #extend).
    this.#failedIn = this.#action.failure && this.#seen(this.#store.store?.state);
    // The grant ran out as its extension went (a 412 or 404 reloads first): the notice that it ran out
    // tells what happened; "someone else changed it" would not be true. Revoked by someone else, it is.
    const ended = this.#store.store?.ended;
    if (operation === 'extend' && ended?.reason === 'expired' && ended.grant.id === grant?.id) this.#action.clear();
    const error = this.#action.failure?.error;
    if (operation === 'grant' && refused(error)) {
      this.#showFieldErrors(error.fieldErrors);
      // The first field to fix; of a group of radios, the one chosen.
      await focusRendered(this, '[aria-invalid=true]:is(:not([type=radio]),:checked)');
    }
  }

  /**
   * A refused grant's field messages: those of the fields the form can mark (`placed`; a reason and a
   * ticket too, once the server asks for them, see `#asks`), or those it has no place for.
   */
  #fieldMessages(fields: Record<string, string>, policy: Policy | undefined, placed: boolean): [string, string][] {
    const marked = ['duration', 'reason', 'ticket', 'confirmed', ...((policy?.accessLevels.length ?? 0) > 1 ? ['accessLevel'] : [])];
    return Object.entries(fields).filter(([name]) => marked.includes(name) === placed);
  }

  /** Marks each refused field the form has, asking for a reason or ticket it did not ask for yet. */
  #showFieldErrors(fields: Record<string, string>) {
    this._asked = { reason: this._asked.reason || 'reason' in fields, ticket: this._asked.ticket || 'ticket' in fields };
    this._fieldErrors = Object.fromEntries(this.#fieldMessages(fields, this.#store.store?.state?.policy, true));
  }

  /** The server's words about the fields of a refused grant that the form has no place for. */
  #unplaced(failure: ActionFailure, policy: Policy): string[] {
    const { error } = failure;
    if (failure.operation !== 'grant' || !refused(error)) return [];
    return this.#fieldMessages(error.fieldErrors, policy, false).map(([, message]) => message);
  }

  /** Whether the form asks for a reason or a ticket: the policy wants it, or the server asked. */
  #asks(policy: Policy, field: 'reason' | 'ticket'): boolean {
    return (field === 'reason' ? policy.requireReason : policy.requireTicket) || !!this._asked[field];
  }



  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `support-access-panel` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('support-access-panel', this, tag, registry);
  }
}

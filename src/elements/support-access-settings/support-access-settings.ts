import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { isSupportAccessError, outcomeUnknown } from '../../client/errors.js';
import { durationToMs } from '../../contract/duration.js';
import { ExtensionMode, WhoCanEnable, type Policy, type PolicyPatch, type State } from '../../contract/schemas.js';
import type { MessageKey } from '../../i18n/en.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { StoreController } from '../../state/store-controller.js';
import { ActionController } from '../shared/action-controller.js';
import { focusRendered, keepFocus } from '../shared/keep-focus.js';
import { levelLabel } from '../shared/labels.js';
import { defineElement } from '../shared/define-element.js';
import { beforeState, failureBlock, fieldError, retryState, type FieldMessage } from '../shared/failure.js';
import { SupportAccessElement } from '../shared/support-access-element.js';
import { detailsStyles } from '../shared/details-styles.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { STATE } from '../shared/state.js';
import { switchedStore } from '../shared/store-switch.js';
// The settings' own modules last and in this order, on purpose: it places them where a bundle of every
// element gzips 5 B smaller (see npm run size). None of them has side effects.
import { settingsStyles } from './styles.js';
import { SaPolicySaveEvent } from '../../events/policy-save.js';
import { checkPolicy, type PolicyRule } from '../../contract/policy-rules.js';
import { SaPolicySavedEvent } from '../../events/policy-saved.js';

export type SettingsStatus = 'unconfigured' | 'loading' | 'error' | 'read-only' | 'editable' | 'saving';

/** The policy as the form edits it: every editable field, `null` where an optional one is unset. */
export type PolicyDraft = Omit<Policy, 'mode' | 'maxTotalDuration' | 'extensionStep' | 'expiryWarning'> & {
  maxTotalDuration: string | null;
  extensionStep: string | null;
  expiryWarning: string | null;
};
type Field = keyof PolicyDraft;
type Edits = Partial<PolicyDraft>;
/** What is wrong, by field: the form's fields, and whatever else the server names (`mode`). */
type Marks = Partial<Record<string, FieldMessage>>;

/** In the order the form shows them, so "the first invalid field" is the first one a person sees. */
const FIELDS: Field[] = [
  'whoCanEnable',
  'requireApproval',
  'approvalsRequired',
  'durations',
  'defaultDuration',
  'maxTotalDuration',
  'extension',
  'extensionStep',
  'expiryWarning',
  'requireReason',
  'requireTicket',
  'accessLevels',
];

// The choices offered besides whatever the policy already holds. P1D and PT24H are the same length
// but read differently, and vendors use both (CARTO days, Cumulocity hours).
const DURATIONS = ['PT8H', 'PT24H', 'P1D', 'P3D', 'P7D', 'P30D', 'P90D', 'P180D'];
const CAPS = ['P1D', 'P3D', 'P7D', 'P30D', 'P90D', 'P180D', 'P365D'];
const STEPS = ['PT1H', 'PT4H', 'PT8H', 'PT24H', 'P3D', 'P7D'];
const WARNINGS = ['PT1H', 'PT2H', 'PT4H', 'PT8H', 'P1D', 'P3D', 'P7D'];
const LEVELS = ['read-only', 'admin'];

/**
 * The fields shown for `draft`, in the form's order: a step only where extensions prolong, a count of
 * approvals only where approval is required. A server's refusal of a hidden one is told in its words.
 */
const shownFields = (draft: PolicyDraft) =>
  FIELDS.filter((field) => (field === 'extensionStep' ? draft.extension === 'prolong' : field !== 'approvalsRequired' || draft.requireApproval));

/** The server's words among the marks, by field (the form's own messages are functions). */
const refusals = (marks: Marks) => Object.entries(marks).filter(([, message]) => typeof message == 'string');

/**
 * The server's words for what it refused of fields `draft` does not show (hidden, or with no control
 * in the form, such as `mode`): only the failure's alert can tell them.
 */
const unshownRefusals = (marks: Marks, draft: PolicyDraft) =>
  refusals(marks)
    .filter(([field]) => !shownFields(draft).includes(field as Field))
    .map(([, message]) => message);

/** The policy's editable fields, in the form's order: lists copied, an unset optional one `null`. */
function draftOf(policy: Policy): PolicyDraft {
  return Object.fromEntries(
    FIELDS.map((field) => {
      const value = policy[field];
      return [field, Array.isArray(value) ? [...value] : (value ?? null)];
    }),
  ) as PolicyDraft;
}

/** Equal as policy values: the order of offered durations or levels means nothing. */
function same(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown) => JSON.stringify(value, (_, item: unknown) => (Array.isArray(item) ? [...item].sort() : item));
  return canonical(a) === canonical(b);
}

/** Shortest first; equal lengths keep the list's order. Invalid durations (not ours) go last. */
function byLength(values: string[]): string[] {
  const ms = (value: string) => {
    try {
      return durationToMs(value);
    } catch {
      return Infinity;
    }
  };
  return [...values].sort((a, b) => ms(a) - ms(b));
}

/** A standard list with the values the policy already has, so a saved choice is never hidden. */
function withCurrent(list: string[], ...current: (string | null | undefined)[]): string[] {
  const extra = current.filter((value): value is string => Boolean(value) && !list.includes(value!));
  return byLength([...list, ...new Set(extra)]);
}

/**
 * The organization's support access policy: who may enable access and whether support must ask
 * first (Keboola's Auto Join off), which durations are offered and the default, the total cap,
 * how grants extend, what a person must state when enabling, the access levels, and how early to
 * warn before expiry. Validates with the contract's own rules before sending, sends only the
 * fields that changed, and, when someone else saved first, shows both versions side by side.
 *
 * Read-only, as a list, where the server says the user may not change it or the provider manages it.
 *
 * Works inside `<support-access-provider>` or alone with `base-url` or `client`. A host can read
 * `dirty` (also reflected as an attribute) before navigating away.
 *
 * @summary View and edit the support access policy.
 * @fires sa-policy-save - Before the policy is saved; cancelable. `detail.patch` holds only the changed fields.
 * @fires sa-policy-saved - The policy was saved. `detail.policy`.
 * @fires sa-change - Alone (without a provider): the state changed. `detail.state`.
 * @fires sa-expired - Alone (without a provider): the grant expired. `detail.grant`.
 * @fires sa-error - A request failed. `detail.operation`, `detail.error`.
 * @fires sa-unauthenticated - Alone (without a provider): the server answered 401. Inside one, the provider fires it, once per sign-out.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart group - Each group of related fields.
 * @csspart details - The policy as a list, when read-only.
 * @csspart conflict - The notice shown when someone else changed the policy first.
 * @csspart actions - The row of buttons.
 * @csspart error - A failure message with its retry button.
 * @csspart field - One field, with its label, hint and error.
 * @csspart save-button - The button that saves the policy.
 * @csspart discard-button - The button that drops unsaved changes.
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
 * @tagname support-access-settings
 */
export class SupportAccessSettings extends SupportAccessElement {
  static override styles = [baseStyles, cardStyles, settingsStyles, detailsStyles];

  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    _edits: STATE,
    _fieldErrors: STATE,
    _conflict: STATE,
    _saved: STATE,
  };

  /** What the element shows, for a host to style against. */
  status: SettingsStatus = 'loading';

  /** The fields the person changed, with their values. */
  private _edits: Edits = {};
  private _fieldErrors: Marks = {};
  /** Someone else changed the policy under the person's edits; `previous` is what they edited. */
  private _conflict?: { previous: PolicyDraft; focused?: boolean };
  /** A save went through: "Policy saved." shows, in the language of the moment, until the next edit or save. */
  private _saved = false;

  #store = new StoreController(this);
  #i18n = new LocalizeController(this);
  #actions = new ActionController(this);
  /** The policy the edits were made against. */
  #seen?: PolicyDraft;
  /** The edits a save whose answer was lost sent, and the form's values then: whether they went through is not known yet. */
  #lost?: [Edits, PolicyDraft];

  /**
   * True while the person has changes that are not saved. Also while a save is on its way: they are
   * not saved yet, and a change taken back meanwhile is one the save will undo.
   */
  get dirty(): boolean {
    return (!!this.#actions.busy && !this._saved) || Object.keys(this.#patch()).length > 0;
  }

  constructor() {
    super();
    // The focused control went away (Try again, Keep my changes, once saved): the heading takes focus.
    keepFocus(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#store.configure(changed);
    const store = this.#store.store;
    if (switchedStore(this, store)) {
      // Another organization: edits made to the last one's policy are no edits to this one's.
      this.#drop();
      this.#seen = this.#lost = undefined;
      // Nor their idempotency keys: the same edits there are another save.
      this.#actions = new ActionController(this);
    }
    const state = store?.state;
    this.status = !store
      ? 'unconfigured'
      : !state
        ? store.status === 'error'
          ? 'error'
          : 'loading'
        : !this.#editable(state)
          ? 'read-only'
          : this.#actions.busy
            ? 'saving'
            : 'editable';
    if (state && !this.#actions.busy) this.#follow(draftOf(state.policy));
  }

  protected override updated(): void {
    this.toggleAttribute('dirty', this.dirty);
  }

  /** Keeps up with the server's policy; edits made against an older one become a conflict to resolve. */
  #follow(current: PolicyDraft) {
    if (this.#lost) {
      const [sent, made] = this.#lost;
      // A save whose answer was lost: the first policy reloaded that holds what it sent says it went
      // through (a reload that fails, or comes before the server made the change, says nothing).
      if (this.#store.store?.loading) return;
      if (same({ ...current, ...sent }, current)) {
        // It did: as after a save, the edits made since stay, against the policy it made as the form showed
        // it (a change someone made since to any field shown is then one under those edits); a field the form
        // hid, against what the server holds (what it made of it, a step dropped with prolonging, is nobody's change).
        const seen: Record<string, unknown> = { ...current };
        for (const field of shownFields(made)) seen[field] = made[field];
        this._edits = this.#since(sent);
        this.#seen = seen as PolicyDraft;
        this._saved = true;
        this._conflict = this.#lost = undefined;
        // As after every lost answer, no sa-policy-saved: sa-error and sa-change told the host. A 412
        // the next save met is left to it: the edits made since are sent again.
        if (outcomeUnknown(this.#actions.failure?.error)) this.#actions.clear();
      }
    }
    if (!Object.keys(this.#patch()).length) {
      // No edits, or the server's policy holds every edit (someone made the same change, or the
      // person took back during a save what it failed to send). Nothing is left to save, compare or retry.
      // A failure of what is no longer wanted (a 429 on the Try again of a lost save found since) has
      // nothing to retry, and a lost save the person took back is theirs no more.
      this.#drop();
      this.#seen = current;
      this.#lost = undefined;
    } else if (this.#seen && !this._conflict && !same(this.#seen, current)) {
      this._conflict = { previous: this.#seen };
    }
  }

  /** What the person changed while `sent` was being saved: that was not sent. */
  #since(sent: Edits): Edits {
    return Object.fromEntries(Object.entries(this._edits).filter(([field, value]) => !(field in sent) || value !== sent[field as Field]));
  }

  #editable(state: State): boolean {
    return state.permissions.editPolicy && state.policy.mode === 'opt-in';
  }

  #current(): PolicyDraft | undefined {
    const policy = this.#store.store?.state?.policy;
    return policy && draftOf(policy);
  }

  /** What the form shows: the server's policy with the person's edits on top. */
  #values(): PolicyDraft | undefined {
    const current = this.#current();
    return current && { ...current, ...this._edits };
  }

  /** Only the fields whose value differs from the server's policy. */
  #patch(): PolicyPatch {
    const current = this.#current();
    if (!current) return {};
    const patch: Record<string, unknown> = {};
    for (const field of FIELDS) {
      if (field in this._edits && !same(this._edits[field], current[field])) {
        const value = this._edits[field];
        patch[field] = field === 'durations' ? byLength(value as string[]) : value;
      }
    }
    return patch as PolicyPatch;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const store = this.#store.store;
    const t = this.#i18n.t;
    let body: TemplateResult;
    if (!store?.state) {
      body = beforeState(this.#i18n, store, 'settings.loading');
    } else {
      const state = store.state;
      body = html`${store.error
        ? failureBlock(this.#i18n, store.error, retryState(store), t('settings.staleState'))
        : nothing}
      ${this.#editable(state) ? this.#form(state.policy) : this.#readOnly(state)}`;
    }
    return this.card(t('settings.title'), !!store?.loading, body);
  }


  #label(field: Field): string {
    return this.#i18n.t(`settings.${field}` as MessageKey);
  }

  #list(values: string[]): string {
    return new Intl.ListFormat(this.#i18n.locale).format(values);
  }

  /** A field's value in words, for the read-only list and the conflict comparison. */
  #text(field: Field, value: PolicyDraft[Field]): string {
    const t = this.#i18n.t;
    const duration = (iso: string | null, none: MessageKey) => (iso ? this.#i18n.duration(iso) : t(none));
    switch (field) {
      case 'whoCanEnable':
        return t(`settings.whoCanEnable.${value as PolicyDraft['whoCanEnable']}`);
      case 'approvalsRequired':
        return value === 1 || value === 2 ? t(`settings.approvalsRequired.${value}`) : this.#i18n.number(value as number);
      case 'extension':
        return t(`settings.extension.${value as PolicyDraft['extension']}`);
      case 'durations':
        return this.#list(byLength(value as string[]).map((iso) => this.#i18n.duration(iso)));
      case 'accessLevels':
        return this.#list((value as string[]).map((level) => levelLabel(this.#i18n, level)));
      case 'defaultDuration':
        return this.#i18n.duration(value as string);
      case 'maxTotalDuration':
        return duration(value as string | null, 'settings.noMaximum');
      case 'extensionStep':
        return duration(value as string | null, 'settings.value.none');
      case 'expiryWarning':
        return duration(value as string | null, 'settings.noWarning');
      default:
        return t(value ? 'settings.value.yes' : 'settings.value.no');
    }
  }

  #readOnly(state: State): TemplateResult {
    const t = this.#i18n.t;
    const draft = draftOf(state.policy);
    const why =
      state.policy.mode !== 'opt-in'
        ? 'settings.readOnly.provider'
        : state.status === 'unavailable'
          ? 'settings.readOnly.unavailable'
          : 'settings.readOnly.permission';
    return html`
      <p class="muted">${t(why)}</p>
      <dl part="details">
        ${shownFields(draft).map(
          (field) => html`<div>
            <dt>${this.#label(field)}</dt>
            <dd>${this.#text(field, draft[field])}</dd>
          </div>`,
        )}
      </dl>
    `;
  }

  // ---------------------------------------------------------------------------------------------
  // The form

  #form(policy: Policy): TemplateResult {
    const t = this.#i18n.t;
    const values = this.#values()!;
    const busy = Boolean(this.#actions.busy);
    const dirty = this.dirty;
    // A 412 is never shown as a failure: `#save` sends the edits again or opens the conflict notice.
    let failure = this.#actions.failure;
    if (isSupportAccessError(failure?.error) && failure.error.code === 'precondition-failed') failure = undefined;
    const duration = (iso: string) => this.#i18n.duration(iso);
    const offered = byLength(values.durations);
    const defaults = withCurrent(offered, values.defaultDuration);
    const durations = withCurrent(DURATIONS, ...policy.durations, ...values.durations);
    const levels = [...LEVELS, ...new Set([...policy.accessLevels, ...values.accessLevels].filter((level) => !LEVELS.includes(level)))];

    return html`
      ${this._conflict ? this.#conflictNotice(this._conflict) : nothing}
      ${failure
        ? failureBlock(
            this.#i18n,
            failure.error,
            // failureBlock leaves Try again out after refused values, which would be refused again.
            failure.retry,
            // Where to look: the marked fields, and in the server's words what the form has no field for.
            [
              Object.keys(this._fieldErrors).some((field) => shownFields(values).includes(field as Field)) ? this.#i18n.t('error.checkFields') : '',
              ...unshownRefusals(this._fieldErrors, values),
            ]
              .filter(Boolean)
              .join(' '),
          )
        : nothing}
      <p class="muted">${t('settings.intro')}</p>
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <div class="groups">
          <fieldset class="group" part="group">
            <legend>${t('settings.group.who')}</legend>
            ${this.#choices('whoCanEnable', WhoCanEnable.options, [values.whoCanEnable], (value) => t(`settings.whoCanEnable.${value}`))}
            ${this.#checkbox('requireApproval', values.requireApproval)}
            ${values.requireApproval
              ? this.#select(
                  'approvalsRequired',
                  ['1', '2'],
                  `${values.approvalsRequired}`,
                  (value) => t(`settings.approvalsRequired.${value as '1' | '2'}`),
                  Number,
                )
              : nothing}
          </fieldset>

          <fieldset class="group" part="group">
            <legend>${t('settings.group.durations')}</legend>
            ${this.#choices('durations', durations, values.durations, duration, byLength)}
            ${this.#select('defaultDuration', defaults, values.defaultDuration, (iso) =>
              values.durations.includes(iso) ? duration(iso) : t('settings.notOffered', { duration: duration(iso) }),
            )}
            ${this.#optionalDuration('maxTotalDuration', CAPS, 'settings.noMaximum', values, policy)}
          </fieldset>

          <fieldset class="group" part="group">
            <legend>${t('settings.group.extension')}</legend>
            ${this.#choices('extension', ExtensionMode.options, [values.extension], (value) => t(`settings.extension.${value}`))}
            ${values.extension === 'prolong' ? this.#optionalDuration('extensionStep', STEPS, 'settings.noStep', values, policy) : nothing}
            ${this.#optionalDuration('expiryWarning', WARNINGS, 'settings.noWarning', values, policy)}
          </fieldset>

          <fieldset class="group" part="group">
            <legend>${t('settings.group.enabling')}</legend>
            ${this.#checkbox('requireReason', values.requireReason)} ${this.#checkbox('requireTicket', values.requireTicket)}
            ${this.#choices('accessLevels', levels, values.accessLevels, (level) => levelLabel(this.#i18n, level), (chosen) =>
              levels.filter((level) => chosen.includes(level)),
            )}
          </fieldset>
        </div>
        <div class="actions" part="actions">
          <button class="primary" part="save-button" aria-disabled=${busy || !dirty} aria-busy=${busy}>
            ${busy ? t('settings.saving') : t('settings.save')}
          </button>
          <button type="button" part="discard-button" aria-disabled=${busy || !dirty} @click=${this.#discard}>${t('settings.discard')}</button>
          <p class="saved" role="status">${this._saved ? t('settings.saved') : ''}</p>
        </div>
      </form>
    `;
  }

  #conflictNotice(conflict: { focused?: boolean }): TemplateResult {
    const t = this.#i18n.t;
    // After Save it takes focus, which reads its title and sentence once (an alert as well would
    // read them twice, its buttons' names after them as if they were words of the sentence). Found
    // by a refresh while the person edits, it must not take focus: then it is an alert.
    return html`<div
      class="conflict"
      part="conflict"
      role=${conflict.focused ? 'group' : 'alert'}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-body"
      tabindex="-1"
      id="conflict"
    >
      <p><strong id="conflict-title">${t('settings.conflict.title')}</strong> <span id="conflict-body">${t('settings.conflict.body')}</span></p>
      <div class="actions">
        <button class="primary" @click=${this.#keepMine}>${t('settings.conflict.keep')}</button>
        <button @click=${this.#discard}>${t('settings.conflict.discard')}</button>
      </div>
    </div>`;
  }

  /** The comparison shown at a field while a conflict is open, or nothing. */
  #comparison(field: Field): string | undefined {
    const previous = this._conflict?.previous;
    const current = this.#current();
    if (!previous || !current) return undefined;
    if (field in this._edits) {
      const mine = this._edits[field] as PolicyDraft[Field];
      if (same(mine, current[field])) return undefined;
      return this.#i18n.t('settings.conflict.compare', { theirs: this.#text(field, current[field]), yours: this.#text(field, mine) });
    }
    if (same(previous[field], current[field])) return undefined;
    return this.#i18n.t('settings.conflict.theirs', { was: this.#text(field, previous[field]) });
  }

  /** The error and comparison under a field, and the ids that describe it. */
  #notes(field: Field): { describedBy: string | typeof nothing; notes: TemplateResult } {
    const error = this._fieldErrors[field];
    const comparison = this.#comparison(field);
    const ids = [error ? `${field}-error` : '', comparison ? `${field}-conflict` : ''].filter(Boolean);
    return {
      describedBy: ids.join(' ') || nothing,
      notes: html`${comparison ? html`<p id="${field}-conflict" class="comparison">${comparison}</p>` : nothing}
      ${fieldError(`${field}-error`, error)}`,
    };
  }

  #checkbox(field: 'requireApproval' | 'requireReason' | 'requireTicket', checked: boolean): TemplateResult {
    const { describedBy, notes } = this.#notes(field);
    return html`<div class="field" part="field">
      <label class="choice">
        <input
          id=${field}
          type="checkbox"
          aria-describedby=${describedBy}
          aria-invalid=${!!this._fieldErrors[field]}
          .checked=${checked}
          @change=${(event: Event) => this.#edit(field, (event.target as HTMLInputElement).checked)}
        />
        <span>${this.#label(field)}</span>
      </label>
      ${notes}
    </div>`;
  }

  #select(
    field: Field,
    options: string[],
    selected: string,
    label: (value: string) => string,
    parse: (value: string) => unknown = (value) => value,
  ): TemplateResult {
    const { describedBy, notes } = this.#notes(field);
    return html`<div class="field" part="field">
      <label for=${field}>${this.#label(field)}</label>
      <select
        id=${field}
        aria-invalid=${!!this._fieldErrors[field]}
        aria-describedby=${describedBy}
        @change=${(event: Event) => this.#edit(field, parse((event.target as HTMLSelectElement).value))}
      >
        ${options.map((value) => html`<option value=${value} .selected=${value === selected}>${label(value)}</option>`)}
      </select>
      ${notes}
    </div>`;
  }

  /** A duration the policy may leave unset (`none` first): the standard choices and whatever the draft or the policy holds. */
  #optionalDuration(
    field: 'maxTotalDuration' | 'extensionStep' | 'expiryWarning',
    standard: string[],
    none: MessageKey,
    values: PolicyDraft,
    policy: Policy,
  ): TemplateResult {
    return this.#select(
      field,
      ['', ...withCurrent(standard, values[field], policy[field])],
      values[field] ?? '',
      (iso) => (iso ? this.#i18n.duration(iso) : this.#i18n.t(none)),
      (value) => value || null,
    );
  }

  /**
   * Radio buttons, one per option, when there is no `order`: the value is the option picked. With
   * `order`, check boxes in a grid: the value is the options ticked, put in that order.
   */
  #choices<T extends string>(
    field: Field,
    options: readonly T[],
    chosen: readonly T[],
    label: (value: T) => string,
    order?: (values: T[]) => T[],
  ): TemplateResult {
    const { describedBy, notes } = this.#notes(field);
    const invalid = !!this._fieldErrors[field];
    const items = options.map(
      (value) => html`<label class="choice">
        <input
          type=${order ? 'checkbox' : 'radio'}
          name=${field}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          .value=${value}
          .checked=${chosen.includes(value)}
          @change=${(event: Event) =>
            this.#edit(
              field,
              order ? order((event.target as HTMLInputElement).checked ? [...chosen, value] : chosen.filter((item) => item !== value)) : value,
            )}
        />
        <span>${label(value)}</span>
      </label>`,
    );
    // The description is on each input, not also on the group: entering the group would read it twice.
    return html`<fieldset class="field" part="field" id=${field}>
      <legend>${this.#label(field)}</legend>
      ${order ? html`<div class="options">${items}</div>` : items}
      ${notes}
    </fieldset>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Editing and saving

  #edit(field: Field, value: unknown) {
    const current = this.#current();
    const edits: Edits = { ...this._edits };
    // Back at the value the edits started from: no longer an edit, so `dirty` can fall back to false.
    // Not while a save is on its way: the value it sends is then what the person took back.
    if (!this.#actions.busy && current && same(value, current[field]) && same(value, (this.#seen ?? current)[field])) delete edits[field];
    else (edits as Record<string, unknown>)[field] = value;
    this._edits = edits;
    // Every edit undone: nothing is left to save, so no mark or failure is about anything.
    const errors = Object.keys(edits).length ? { ...this._fieldErrors } : {};
    delete errors[field];
    // The rules tie fields together: fixing the offer can fix the default or the cap.
    if (field === 'durations') {
      delete errors.defaultDuration;
      delete errors.maxTotalDuration;
    }
    // Another mode makes the form's own "choose a step" moot; a step the server refused stays marked.
    if (field === 'extension' && typeof errors.extensionStep == 'function') delete errors.extensionStep;
    this._fieldErrors = errors;
    this._saved = false;
    // The failure stays while the server's words mark a field: should its field be hidden (or have
    // none), only the failure can tell them.
    if (!refusals(errors).length) this.#actions.clear();
  }

  /** Drops the edits, their marks, the conflict and the failure. */
  #drop() {
    Object.assign(this, { _edits: {}, _fieldErrors: {}, _conflict: undefined });
    this.#actions.clear();
  }

  #discard = () => {
    // The conflict and the failure go at once; the update's `#follow` takes the server's policy as the
    // base and drops a lost save, once no reload of it is on its way (it waits to learn whether it went through).
    if (!this.#actions.busy) this.#drop();
  };

  #keepMine = () => {
    this.#seen = this.#current();
    this._conflict = undefined;
    void this.#save();
  };

  #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.#save();
  };

  /** The contract's rules, and the shape's (at least one duration and level), as messages by field. */
  #validate(values: PolicyDraft): Marks {
    const i18n = this.#i18n;
    const errors: Marks = {};
    for (const field of ['durations', 'accessLevels'] as const) {
      if (!values[field].length) errors[field] = () => i18n.t(`settings.error.${field}-required`);
    }
    const longest = byLength(values.durations).at(-1);
    for (const { field, rule } of checkPolicy(values)) {
      if (!(field in values) || errors[field]) continue;
      errors[field] = () => i18n.t(`settings.error.${rule satisfies PolicyRule}`, { duration: longest ? i18n.duration(longest) : '' });
    }
    return errors;
  }

  /**
   * `agreed`: after a stale ETag that did not touch the policy, the patch the host agreed to (as
   * JSON). Sent again as it is, it is not offered again; with changes made meanwhile, it is.
   */
  async #save(agreed?: string): Promise<void> {
    const store = this.#store.store;
    const state = store?.state;
    if (!store || !state || this.#actions.busy || !this.#editable(state)) return;
    const values = this.#values()!;
    const errors = this.#validate(values);
    // The form's own check afresh; the server's words stay where it finds nothing to say, until a save is sent.
    this._fieldErrors = { ...Object.fromEntries(refusals(this._fieldErrors)), ...errors };
    if (Object.keys(errors).length) {
      await focusRendered(this, '[aria-invalid=true]:is(:not([type=radio]),:checked)');
      return;
    }
    const patch = this.#patch();
    if (!Object.keys(patch).length) return;
    // A save the host vetoed sends nothing: the server's marks stay until one is sent.
    if (agreed != JSON.stringify(patch) && !this.dispatchEvent(new SaPolicySaveEvent({ patch }))) return;

    this._saved = false;
    this._fieldErrors = {};
    const sent = this._edits;
    const saved = await this.#actions.run(
      'updatePolicy',
      `updatePolicy ${JSON.stringify(patch)}`,
      async (idempotencyKey) => {
        const policy = await store.updatePolicy(patch, { idempotencyKey });
        this._edits = this.#since(sent);
        this._conflict = this.#lost = undefined;
        this.#seen = this.#current() ?? draftOf(policy);
        this._saved = true;
        this.dispatchEvent(new SaPolicySavedEvent({ policy }));
      },
      () => void this.#save(),
    );
    if (saved) return;
    const error = this.#actions.failure?.error;
    // A lost answer: the policies reloaded from now on (the next save's 412 too) tell whether the edits sent went through.
    if (outcomeUnknown(error)) this.#lost = [sent, values];
    if (!isSupportAccessError(error)) return;
    if (error.code === 'precondition-failed') {
      // The store has reloaded the state. Something else changed (a grant, say), not the policy:
      // nothing to compare, so send the same edits against the new version, once.
      this.#actions.clear();
      // (A lost save this reload showed went through is what the edits are against now: `#follow`.)
      if (!agreed && same(this.#seen, this.#current())) return this.#save(JSON.stringify(patch));
      // Show the newer policy beside the person's edits (`#follow` has set what they were made against
      // since the first state, which came before any save).
      this._conflict = { previous: this.#seen!, focused: true };
      await focusRendered(this, '#conflict');
    } else if (error.code === 'validation') {
      // By field (`durations.1` marks the durations), also one the form has no control for (`mode`),
      // which the failure's alert tells; one named with no words is not marked, as nothing would say what is wrong.
      const fields: Marks = {};
      for (const [name, message] of Object.entries(error.fieldErrors)) if (message) fields[name.split('.')[0]] ??= message;
      this._fieldErrors = fields;
      await focusRendered(this, '[aria-invalid=true]:is(:not([type=radio]),:checked)');
    }
  }

  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `support-access-settings` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('support-access-settings', this, tag, registry);
  }
}

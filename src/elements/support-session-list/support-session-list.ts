import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isSupportAccessError, outcomeUnknown } from '../../client/errors.js';
import type { Session } from '../../contract/schemas.js';
import { SaErrorEvent } from '../../events/error.js';
import { SaSessionEndEvent } from '../../events/session-end.js';
import { SaSessionEndedEvent } from '../../events/session-ended.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { StoreController } from '../../state/store-controller.js';
import type { SupportAccessStore } from '../../state/store.js';
import { appendNew } from '../shared/append-new.js';
import { ActionController } from '../shared/action-controller.js';
import { defineElement } from '../shared/define-element.js';
import { keepFocus } from '../shared/keep-focus.js';
import { failureBlock, notConfigured, retryState } from '../shared/failure.js';
import { anew, SupportAccessElement } from '../shared/support-access-element.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { TickController } from '../shared/tick-controller.js';
import { STATE } from '../shared/state.js';
import { sessionListStyles } from './styles.js';

export type SessionListStatus = 'loading' | 'ready' | 'empty' | 'error' | 'forbidden' | 'unconfigured';

const PAGE_SIZE = 100;
/** Every live session is shown, up to this many pages: a server may answer fewer per page than asked. */
const PAGES = 10;
/** "Last seen 3 minutes ago" is worth keeping fresh, not worth re-rendering every second. */
const TICK = 30_000;

/**
 * Who from the vendor's support team is inside the organization right now: each live session with
 * its engineer, the user they act as (`engineer$user`), since when, and when they were last seen.
 * An admin can end one session at once; the grant goes on, so support may sign in again.
 *
 * The list reloads whenever the shared state does (a change anywhere, the tab becoming visible,
 * the refresh interval). The server shows sessions to admins only; others see why the list is empty.
 *
 * Works inside `<support-access-provider>` or alone with `base-url` or `client`.
 *
 * @summary Live support sessions, each of which an admin can end.
 * @fires sa-session-end - Before a session is ended; cancelable. `detail.sessionId`.
 * @fires sa-session-ended - A session was ended; the grant goes on. `detail.session`.
 * @fires sa-expired - Alone (without a provider): the grant expired. `detail.grant`.
 * @fires sa-change - Alone: the state changed. `detail.state`.
 * @fires sa-error - A request failed. `detail.operation`, `detail.error`.
 * @fires sa-unauthenticated - Alone (without a provider): the server answered 401. Inside one, the provider fires it, once per sign-out.
 * @csspart base - The section around everything.
 * @csspart heading - The list's heading.
 * @csspart list - The list of sessions; it scrolls when taller than `--support-access-sessions-height`.
 * @csspart session - One session.
 * @csspart name - A session's `engineer$user` name.
 * @csspart details - A session's engineer, user, sign-in time and last activity.
 * @csspart end-button - A session's End session button.
 * @csspart empty - The message shown when nobody from support is signed in.
 * @csspart error - A failure message with its retry button.
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
 * @cssproperty [--support-access-sessions-height=40rem] - Most the list of sessions takes before it scrolls.
 * @tagname support-session-list
 */
export class SupportSessionList extends SupportAccessElement {
  static override styles = [baseStyles, cardStyles, sessionListStyles];

  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    _sessions: STATE,
    _more: STATE,
    _loadError: STATE,
    _announcement: STATE,
  };

  /** What the list shows, for a host to style against. */
  status: SessionListStatus = 'loading';

  /** The live sessions as last loaded; undefined until the first answer. */
  private _sessions?: Session[];
  private _more = false;
  private _loadError?: unknown;
  private _announcement = '';

  #store = new StoreController(this);
  #i18n = new LocalizeController(this);
  #tick = new TickController(this, TICK);
  #actions = new ActionController(this);
  #load?: AbortController;
  /** What the last load answered to: a state object (each refresh makes a new one) or a failed load. */
  #loadedFor?: unknown;
  #loadedFrom?: SupportAccessStore;

  constructor() {
    super();
    // The focused End session button left with its session: keep focus in the list.
    keepFocus(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load?.abort();
    this.#load = undefined;
    // Whatever comes back now is forgotten: connecting again loads afresh.
    this.#loadedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#store.configure(changed);
    const store = this.#store.store;
    if (store !== this.#loadedFrom) {
      this.#load?.abort();
      this.#load = undefined;
      this.#loadedFrom = store;
      this.#loadedFor = this._sessions = this._loadError = undefined;
      // Nor its failures and idempotency keys: "end:s-1" there is another action than here.
      this.#actions = new ActionController(this);
    }
    // A support login changes nothing in the state, but every refresh of it (visibility, interval,
    // a change made anywhere) brings a new state object: reload the sessions with it.
    const trigger = store?.state ?? (store?.status === 'error' ? store.error : undefined);
    if (store && this.isConnected && trigger && trigger !== this.#loadedFor) {
      this.#loadedFor = trigger;
      void this.#reload(store);
    }
    this.status = this.#status(store);
    this.#tick.active = Boolean(this._sessions?.length);
  }

  /** Loads the sessions again now. Resolves when they are shown (or the failure is). */
  async reload(): Promise<void> {
    const store = this.#store.store;
    if (store) await this.#reload(store);
  }

  async #reload(store: SupportAccessStore): Promise<void> {
    // A newer load supersedes an older one: its answer may predate what the newer one sees.
    this.#load?.abort();
    const controller = new AbortController();
    this.#load = controller;
    this.requestUpdate();
    try {
      let sessions: Session[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: { limit: number; cursor?: string } = { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
        const page = await store.read('listSessions', () => store.client.listSessions(query, { signal: controller.signal }));
        sessions = appendNew(sessions, page.items);
        cursor = page.nextCursor;
      } while (cursor && ++pages < PAGES);
      if (controller.signal.aborted) return;
      // Ending one failed with its answer lost, and it is gone now: it went through, which the
      // person, told only of the failure so far, hears (as after an answer that came).
      const lost = this.#actions.failure;
      const gone = outcomeUnknown(lost?.error) && this._sessions?.find((session) => `end:${session.id}` === lost!.action && !sessions.some((next) => next.id === session.id));
      if (gone) this._announcement = anew(this._announcement, this.#i18n.t('sessions.announce.ended', { name: this.#name(gone, 'sessions.actingAsSpoken') }));
      this._sessions = sessions;
      this._more = !!cursor;
      this._loadError = undefined;
    } catch (error) {
      if (controller.signal.aborted || (isSupportAccessError(error) && error.code === 'aborted')) return;
      this._loadError = error;
      if (isSupportAccessError(error) && error.code !== 'forbidden') {
        this.dispatchEvent(new SaErrorEvent({ operation: 'listSessions', error }));
      }
    } finally {
      if (this.#load === controller) {
        this.#load = undefined;
        this.requestUpdate();
      }
    }
  }

  #status(store: SupportAccessStore | undefined): SessionListStatus {
    if (!store) return 'unconfigured';
    if (isSupportAccessError(this._loadError) && this._loadError.code === 'forbidden') return 'forbidden';
    if (this._sessions) return this._sessions.length ? 'ready' : 'empty';
    return this._loadError ? 'error' : 'loading';
  }

  protected override render() {
    const store = this.#store.store;
    const t = this.#i18n.t;
    return this.card(
      t('sessions.title'),
      !!this.#load,
      store ? this.#body(store) : notConfigured(this.#i18n),
      this._announcement,
    );
  }

  #body(store: SupportAccessStore): TemplateResult {
    const t = this.#i18n.t;
    switch (this.status) {
      case 'forbidden':
        return html`<p class="muted" part="empty">${t('sessions.forbidden')}</p>`;
      case 'loading':
        return html`<p role="status" class="muted">${t('sessions.loading')}</p>`;
      case 'error':
        return failureBlock(this.#i18n, this._loadError, () => void this.#reload(store));
      default:
        break;
    }
    // Ready or empty: the sessions are loaded.
    const sessions = this._sessions!;
    const failure = this.#actions.failure;
    // Told although its session is gone, unless its answer was lost: then ending it went through.
    const orphan = failure && !outcomeUnknown(failure.error) && !sessions.some((session) => `end:${session.id}` === failure.action);
    const permissions = store.state?.permissions;
    const canEnd = Boolean(permissions?.endSessions ?? permissions?.revoke);
    return html`
      ${
        // The shared state decides only whether End session shows: its failure is this list's to
        // show only while that is unknown (no state yet) and there is a session to end.
        store.status === 'error' && sessions.length ? failureBlock(this.#i18n, store.error, retryState(store), t('sessions.stateFailed')) : nothing
      }
      ${this._loadError ? failureBlock(this.#i18n, this._loadError, () => void this.#reload(store)) : nothing}
      ${orphan ? failureBlock(this.#i18n, failure.error) : nothing}
      ${sessions.length
        ? // It scrolls when long (see the styles): without an End session to tab to, the keyboard
          // reaches it itself.
          html`<ul part="list" class="list" tabindex=${canEnd ? nothing : 0} aria-labelledby="heading">
            ${repeat(
              sessions,
              // Keyed: after one session ends, a focused End button must not become the next session's.
              (session) => session.id,
              (session) => this.#row(store, session, canEnd),
            )}
          </ul>`
        : html`<p class="muted" part="empty">${t('sessions.empty')}</p>`}
      ${this._more ? html`<p class="muted">${t('sessions.more', { count: sessions.length })}</p>` : nothing}
    `;
  }

  /** `engineer$user` as support tools write it; in words (`… acting as …`) for what is read out. */
  #name(session: Session, key: 'sessions.actingAsName' | 'sessions.actingAsSpoken' = 'sessions.actingAsName'): string {
    const engineer = session.engineer.displayName;
    return session.onBehalfOf ? this.#i18n.t(key, { engineer, user: session.onBehalfOf.displayName }) : engineer;
  }

  #row(store: SupportAccessStore, session: Session, canEnd: boolean): TemplateResult {
    const t = this.#i18n.t;
    const i18n = this.#i18n;
    const now = store.serverNow();
    const action = `end:${session.id}`;
    const busy = this.#actions.busy === action;
    const failure = this.#actions.failure?.action === action ? this.#actions.failure : undefined;
    // A narrow card breaks engineer$user after the $, not inside a name.
    const name = this.#name(session)
      .split(/(?<=\$)/)
      .map((part, index) => (index ? html`<wbr />${part}` : part));
    return html`<li part="session" class="session">
      <div class="top">
        <span part="name" class="name long">${name}</span>
        ${canEnd
          ? html`<button
              part="end-button"
              class="danger"
              aria-disabled=${busy}
              aria-busy=${busy}
              @click=${() => void this.#end(session)}
            >
              ${busy ? t('sessions.ending') : t('sessions.end')}<span class="visually-hidden"> ${t('sessions.endOf', { name: this.#name(session, 'sessions.actingAsSpoken') })}</span>
            </button>`
          : nothing}
      </div>
      <dl part="details">
        <div>
          <dt>${t('sessions.engineer')}</dt>
          <dd class="long">${session.engineer.displayName}</dd>
        </div>
        ${session.onBehalfOf
          ? html`<div>
              <dt>${t('sessions.actingAs')}</dt>
              <dd class="long">${session.onBehalfOf.displayName}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${t('sessions.since')}</dt>
          <dd>
            <time datetime=${session.startedAt}>${i18n.dateTime(session.startedAt)}</time>
            <span class="muted">${i18n.relativeTime(Math.min(0, Date.parse(session.startedAt) - now))}</span>
          </dd>
        </div>
        <div>
          <dt>${t('sessions.lastSeen')}</dt>
          <dd>
            <time datetime=${session.lastSeenAt} title=${i18n.dateTime(session.lastSeenAt)}>
              ${i18n.relativeTime(Math.min(0, Date.parse(session.lastSeenAt) - now))}
            </time>
          </dd>
        </div>
      </dl>
      ${failure ? failureBlock(this.#i18n, failure.error, failure.retry) : nothing}
    </li>`;
  }

  async #end(session: Session): Promise<void> {
    const store = this.#store.store;
    if (!store || this.#actions.busy) return;
    if (!this.dispatchEvent(new SaSessionEndEvent({ sessionId: session.id }))) return;
    const name = this.#name(session, 'sessions.actingAsSpoken');
    const done = await this.#actions.run(
      'endSession',
      `end:${session.id}`,
      async (idempotencyKey) => {
        const ended = await store.endSession(session.id, { idempotencyKey });
        // The store's refresh reloads the list too; until it answers, the ended session is gone here.
        this._sessions = this._sessions?.filter((candidate) => candidate.id !== session.id);
        this._announcement = anew(this._announcement, this.#i18n.t('sessions.announce.ended', { name }));
        this.dispatchEvent(new SaSessionEndedEvent({ session: ended }));
      },
      () => void this.#end(session),
    );
    if (done) return;
    // The failure is drawn at the end of the session's card, which may reach below what the list
    // shows while it scrolls: brought into view, or only the button's label would change.
    await this.updateComplete;
    this.renderRoot.querySelector('li .failure')?.scrollIntoView({ block: 'nearest' });
  }


  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `support-session-list` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('support-session-list', this, tag, registry);
  }
}

import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { createIdempotencyKey, type SupportAccessClient } from '../../client/client.js';
import { asSupportAccessError, refusedField, retryCannotHelp, waitLeft, type SupportAccessError } from '../../client/errors.js';
import type { AssetCount, Grant, User } from '../../contract/schemas.js';
import { SaErrorEvent } from '../../events/error.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { StoreController } from '../../state/store-controller.js';
import type { SupportAccessStore } from '../../state/store.js';
import { defineElement } from '../shared/define-element.js';
import { failureBlock, fieldError, retryState } from '../shared/failure.js';
import { keepFocus } from '../shared/keep-focus.js';
import { appendNew } from '../shared/append-new.js';
import { baseStyles } from '../shared/styles.js';
import { STATE } from '../shared/state.js';
// The dialog's own modules last and in this order, on purpose: it places them where a bundle of every
// element gzips 14 B smaller (see npm run size). None of them has side effects.
import { dialogStyles } from './styles.js';
import { switchedStore } from '../shared/store-switch.js';
import { assetLabel } from '../shared/labels.js';
import { SaRevokedEvent } from '../../events/revoked.js';
import { SaRevokeEvent } from '../../events/revoke.js';

/** Where focus goes when the focused control disappears: the first of these that is shown. */
const NEXT_FOCUS = ['.failure button', '.more', 'input[name=inheritor]:checked', '#search', '[part=confirm]:not(:disabled)', '[part=cancel]'];
/** Users per page of the inheritor list. */
const PAGE_SIZE = 50;
/** Wait this long after the last keystroke before searching. */
const SEARCH_DEBOUNCE = 250;

type ListStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One opening of the dialog: who opened it, and whom to tell how it ended. */
interface Session {
  opener?: HTMLElement | SVGElement;
  promise: Promise<Grant | undefined>;
  resolve: (grant: Grant | undefined) => void;
  /** The ended grant, once a revoke succeeded. */
  result?: Grant;
}

/** The focused element, looking inside shadow roots: `document.activeElement` stops at the first host. */
function deepActiveElement(): HTMLElement | SVGElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active !== document.body && (active instanceof HTMLElement || active instanceof SVGElement) ? active : undefined;
}

/**
 * Revokes support access. It shows what the support account created and asks who takes it over,
 * with the admin who granted access chosen already; then it ends the grant and hands the assets
 * over. A failure is reported inside the dialog, with the choice kept, ready to try again.
 *
 * Works alone (`open()` from a host's own button) and inside `<support-access-panel>` or
 * `<support-access-provider>`, whose store it then shares. Opened without a `grant`, it asks for the
 * state again first, so it neither offers a grant that has ended nor misses one turned on since.
 *
 * @summary A modal dialog that revokes support access and hands the support account's assets over.
 * @fires sa-revoke - Before revoking; cancelable. `detail.grantId`, `detail.inheritorId`.
 * @fires sa-revoked - Access was revoked. `detail.grant` is the ended grant, with `inheritedBy`.
 * @fires sa-expired - Alone (without a provider): the grant expired. `detail.grant`.
 * @fires sa-change - Alone: the state changed. `detail.state`.
 * @fires sa-error - Revoking or loading the users failed. `detail.operation`, `detail.error`.
 * @fires sa-unauthenticated - Alone (without a provider): the server answered 401. Inside one, the provider fires it, once per sign-out.
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The dialog's heading.
 * @csspart actions - The row of buttons at the end.
 * @csspart assets - The summary of what the support account created.
 * @csspart search - The search field of the user list.
 * @csspart list - The list of users who can take the assets over.
 * @csspart confirm - The button that revokes access.
 * @csspart cancel - The button that closes the dialog without revoking.
 * @csspart error - Why revoking failed.
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
 * @cssproperty [--support-access-dialog-background] - The dialog's background; the surface colour by default.
 * @cssproperty [--support-access-backdrop-color=rgb(15 23 42 / 0.45)] - What covers the page behind the dialog.
 * @tagname revoke-access-dialog
 */
export class RevokeAccessDialog extends LitElement {
  static override styles = [baseStyles, dialogStyles];

  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    grant: { attribute: false },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    opened: { type: Boolean, reflect: true, attribute: 'open' },
    _grant: STATE,
    _query: STATE,
    _users: STATE,
    _nextCursor: STATE,
    _listStatus: STATE,
    _listError: STATE,
    _loadingMore: STATE,
    _inheritor: STATE,
    _choosing: STATE,
    _revoking: STATE,
    _revokeError: STATE,
    _checking: STATE,
  };

  static {
    // React 19 and Vue set a property, not the attribute, when the element has one of that name,
    // and the `open` attribute's name is this method's: `dialog.open = true` would replace it for
    // good and open nothing. Setting `open` opens or closes the dialog as `opened` does, and
    // `open()` stays the method.
    const open = this.prototype.open;
    Object.defineProperty(this.prototype, 'open', {
      get: () => open,
      set(this: RevokeAccessDialog, value: unknown) {
        this.opened = Boolean(value);
      },
    });
  }

  /** A store handed over directly; an element that nests the dialog passes its own. */
  store?: SupportAccessStore;

  /** A configured client (endpoints, headers, fetch, adapters); used when there is no store or provider. */
  client?: SupportAccessClient;

  /** Where the REST contract lives, e.g. `/api/orgs/42/support-access`; used when there is no store, provider or client. */
  baseUrl?: string;

  /** The grant to revoke. By default, the store's current grant. */
  grant?: Grant;

  /** The language to speak, e.g. `de-AT`. By default the nearest `lang`, else the browser's. */
  locale?: string;

  /** The IANA time zone dates are shown in, e.g. `Europe/Vienna`. By default the browser's. */
  timeZone?: string;

  /**
   * Whether the dialog is open. Set it, the `open` attribute, or the `open` property (as React 19
   * and Vue set that attribute) to open or close the dialog; `open()` stays the method.
   */
  opened = false;

  /** The grant shown during this opening: kept while the store moves on (after a revoke, it has none). */
  private _grant?: Grant;
  /** Opened without a grant, on a host's own button: the state is asked again before anything is offered. */
  private _checking?: boolean;
  private _query = '';
  private _users: User[] = [];
  private _nextCursor?: string | null;
  private _listStatus: ListStatus = 'idle';
  private _listError?: { error: SupportAccessError; more: boolean };
  private _loadingMore = false;
  private _inheritor?: User;
  /**
   * Support created nothing, yet the server refused the granting admin as the new owner (say, they
   * left): the person picks one, or revoking could never go through.
   */
  private _choosing?: boolean;
  private _revoking = false;
  private _revokeError?: SupportAccessError;

  #storeController = new StoreController(this);
  #localize = new LocalizeController(this);
  #session?: Session;
  #listRequest?: AbortController;
  #searchTimer?: ReturnType<typeof setTimeout>;
  /** Where focus goes first after this update, should the focused control disappear in it. */
  #focusAfter?: string;
  /** Whether the dialog showed that the grant ended under it, at the last update. */
  #ended?: boolean;
  /** The key of the last revoke attempt, reused while the person retries the same choice. */
  #attempt?: [action: string, idempotencyKey: string];

  /** The native dialog, once rendered. */
  get #dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  /**
   * Opens the dialog as a modal. Resolves after it closes: with the ended grant when access was
   * revoked, `undefined` when it was closed without revoking.
   */
  open(): Promise<Grant | undefined> {
    const session = this.#session ?? this.#startSession(deepActiveElement());
    this.opened = true;
    return session.promise;
  }

  /**
   * Closes the dialog without revoking. Resolves once it is closed. While a revoke is in flight the
   * dialog stays open until its outcome shows: closing then would hide whether access was revoked.
   */
  async close(): Promise<void> {
    const session = this.#session;
    if (!session) {
      this.opened = false;
      return;
    }
    if (this._revoking) {
      await session.promise;
      return;
    }
    this.opened = false;
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
    else this.#endSession();
    await session.promise;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog leaves the top layer without a `close` event.
    this.#endSession();
  }

  constructor() {
    super();
    // The focused control went away (Try again after the list loaded, Show more when it failed,
    // everything when the grant ended meanwhile): the nearest thing to do next takes focus, inside
    // the dialog rather than on the page behind it.
    keepFocus(this, () => {
      if (!this.opened) return;
      const next = [this.#focusAfter, ...NEXT_FOCUS].map((selector) => (selector ? this.renderRoot.querySelector<HTMLElement>(selector) : null));
      next.find(Boolean)?.focus();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#storeController.configure(changed);
    // Another organization: the grant and the people shown are the last one's.
    if (switchedStore(this, this.#storeController.store)) void this.close();
    // Opened through the `open` attribute or property rather than `open()`.
    if (changed.has('opened') && this.opened && !this.#session) this.#startSession(deepActiveElement());
    // Closed through the `open` attribute or property mid-revoke: stay open until the outcome shows.
    if (changed.has('opened') && !this.opened && this.#session && this._revoking) this.opened = true;
    // The grant may arrive after opening, when the store was still loading; or another admin ended
    // it and granted access again meanwhile: the one to revoke is the new one, shown in its place
    // (with why a revoke sent for the last one was refused).
    if (this.#session && !this._checking) {
      const state = this.#storeController.store?.state;
      const grant = this.grant ?? state?.grant;
      const replaced = grant?.id !== this._grant?.id && !this._revoking && !this.#session.result;
      // Nothing is offered to a person who may only look: it could only fail.
      if (grant && (!this._grant || replaced) && state?.permissions.revoke !== false) this.#begin(grant);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Used by the focus keeper (which runs before this) for this update only.
    this.#focusAfter = undefined;
    // The grant ended under a person still on the title: Close is all that is left to do.
    const ended = !!this._grant && this.#endedElsewhere(this._grant);
    if (ended && !this.#ended) this.renderRoot.querySelector<HTMLElement>('h2:focus ~ * [part=cancel]')?.focus();
    this.#ended = ended;
    const dialog = this.#dialog;
    if (!changed.has('opened') || !dialog) return;
    if (this.opened && !dialog.open) dialog.showModal();
    else if (!this.opened && dialog.open) dialog.close();
  }

  #startSession(opener: HTMLElement | SVGElement | undefined): Session {
    let resolve!: (grant: Grant | undefined) => void;
    const promise = new Promise<Grant | undefined>((done) => (resolve = done));
    const session: Session = { opener, promise, resolve };
    this.#session = session;
    this._grant = undefined;
    this._revokeError = undefined;
    // `_revoking` stays as it is: a revoke started before the dialog left the page and came back is
    // still in flight, and a second one must not start beside it.
    this.#resetList();
    // The state loaded with the page may be old (access turned on or ended since): asked again, so
    // the dialog neither says there is nothing to revoke nor offers a grant that is gone.
    const store = this.#storeController.store;
    this._checking = !this.grant && !this._revoking && !!store;
    if (this._checking) {
      void store!.refresh({ fresh: true }).then(() => {
        if (this.#session === session) this._checking = false;
      });
    }
    return session;
  }

  #begin(grant: Grant) {
    // Another admin's grant in place of the last one: an heir the person chose stays chosen (the
    // server refuses one it no longer takes); the default, whoever granted, follows the new grant.
    if (!this._grant || this._inheritor?.id === this._grant.grantedBy.id) {
      this._inheritor = grant.grantedBy;
      this._choosing = false;
    }
    this._grant = grant;
    if (this.#assets(grant).length) void this.#loadList();
  }

  /** Ends the opening: puts focus back where it was and tells `open()`'s caller how it ended. */
  #endSession() {
    const session = this.#session;
    this.#session = undefined;
    this.opened = false;
    this.#resetList();
    if (!session) return;
    if (session.opener?.isConnected) session.opener.focus();
    session.resolve(session.result);
  }

  /** Stops the search that waits for typing to pause and the page request in flight. */
  #stopListing() {
    clearTimeout(this.#searchTimer);
    this.#listRequest?.abort();
    this.#listRequest = undefined;
  }

  #resetList() {
    this.#stopListing();
    this._query = '';
    this._users = [];
    this._nextCursor = undefined;
    this._listStatus = 'idle';
    this._listError = undefined;
    this._loadingMore = false;
  }

  #assets(grant: Grant): AssetCount[] {
    return (grant.assets ?? []).filter((asset) => asset.count > 0);
  }

  // ---------------------------------------------------------------------------------------------
  // The list of users who can inherit

  /** Loads the first page for the current search, or with `more` the next page. Supersedes what is in flight. */
  async #loadList(more = false): Promise<void> {
    const store = this.#storeController.store;
    const grant = this._grant;
    if (!store || !grant) return;
    this.#stopListing();
    const controller = new AbortController();
    this.#listRequest = controller;
    const q = this._query.trim();
    const cursor = more ? this._nextCursor! : undefined;
    this._listError = undefined;
    if (more) this._loadingMore = true;
    else this._listStatus = 'loading';
    try {
      const page = await store.read('listInheritors', () =>
        store.client.listInheritors({ q: q || undefined, cursor, limit: PAGE_SIZE }, { signal: controller.signal }),
      );
      if (this.#listRequest !== controller) return;
      let users = appendNew(more ? this._users : [], page.items);
      if (!more && !q && !users.some((user) => user.id === grant.grantedBy.id)) {
        // The admin who granted access is the default heir: always offered, even beyond the first page.
        users = [grant.grantedBy, ...users];
      }
      const firstNew = this._users.length;
      this._users = users;
      this._nextCursor = page.nextCursor;
      this._listStatus = 'ready';
      // Should "Show more" (or its Try again) have had focus: the button again, or with the last page, the first user it brought.
      if (more) this.#focusAfter = this._nextCursor ? '.more' : `.option:nth-child(${firstNew + 1}) input`;
    } catch (error) {
      if (this.#listRequest !== controller || controller.signal.aborted) return;
      const failure = asSupportAccessError('listInheritors', error);
      this._listError = { error: failure, more };
      if (!more) this._listStatus = 'error';
      this.dispatchEvent(new SaErrorEvent({ operation: 'listInheritors', error: failure }));
    } finally {
      if (this.#listRequest === controller) {
        this.#listRequest = undefined;
        this._loadingMore = false;
      }
    }
  }

  #onSearchInput = (event: InputEvent) => {
    this._query = (event.target as HTMLInputElement).value;
    // What is in flight answers an older query: drop it now, so it cannot paint while the person types.
    this.#stopListing();
    this._loadingMore = false;
    this._listStatus = 'loading';
    this.#searchTimer = setTimeout(() => void this.#loadList(), SEARCH_DEBOUNCE);
  };

  #onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.#loadList();
    }
  };

  // ---------------------------------------------------------------------------------------------
  // Revoking

  /** Whether the person chooses the new owner: support created something, or the automatic one was refused. */
  #chooses(grant: Grant): boolean {
    return this._choosing || this.#assets(grant).length > 0;
  }

  /** Whom the assets go to: the chosen user, or the granting admin when there is nothing to choose. */
  #inheritorId(grant: Grant): string | undefined {
    return this.#chooses(grant) ? this._inheritor?.id : grant.grantedBy.id;
  }

  async #confirm() {
    const store = this.#storeController.store;
    const grant = this._grant;
    const session = this.#session;
    if (this._revoking || !store || !grant || !session) return;
    const inheritorId = this.#inheritorId(grant);
    if (!inheritorId) return;

    if (!this.dispatchEvent(new SaRevokeEvent({ grantId: grant.id, inheritorId }))) return;

    // One key per action: trying the same choice again after a failure is the same action.
    const action = `${grant.id}\n${inheritorId}`;
    if (this.#attempt?.[0] !== action) this.#attempt = [action, createIdempotencyKey()];
    const [, idempotencyKey] = this.#attempt;

    this._revoking = true;
    this._revokeError = undefined;
    try {
      const ended = await store.revoke(grant.id, { inheritorId }, { idempotencyKey });
      this.#attempt = undefined;
      session.result = ended;
      this._revoking = false;
      this.dispatchEvent(new SaRevokedEvent({ grant: ended }));
      // The dialog stays open while a revoke runs, but it may have left the page and been opened
      // again meanwhile: that opening is the one waiting for the outcome.
      const current = this.#session;
      if (current) {
        current.result = ended;
        await this.close();
      }
    } catch (error) {
      const failure = asSupportAccessError('revoke', error);
      this._revoking = false;
      // Cancelled because the dialog left the page: nobody to tell.
      if (failure.code === 'aborted') return;
      if (this.#session) {
        this._revokeError = failure;
        // Until the wait the server asked for (429, 503) is over, revoking again would be refused
        // too: the button is disabled till then, and the failure says so; it is drawn again when it is over.
        setTimeout(() => this.requestUpdate(), failure.retryAfter);
      }
      this.dispatchEvent(new SaErrorEvent({ operation: 'revoke', error: failure }));
      if (this.#session && this.#inheritorError() && !this.#chooses(grant)) {
        this._choosing = true;
        await this.#loadList();
      }
      // A refused new owner: focus goes to the choice to change (or to the list's Try again when
      // the list could not load). Otherwise the button kept focus while it worked, unless the
      // dialog left the page and came back meanwhile.
      await this.updateComplete;
      // The failure is drawn at the end of what scrolls, under Cancel and Revoke: brought into view
      // (clear of them, by the dialog's scroll padding), or on a phone only the button would change.
      this.renderRoot.querySelector('#revoke-error')?.scrollIntoView({ block: 'nearest' });
      if (this.#session && (this.#inheritorError() || !this.renderRoot.querySelector(':focus'))) {
        const target = this.#inheritorError() ? 'input[name=inheritor]:checked,.failure button' : '[part=confirm]';
        this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      }
    }
  }

  #onCancel = (event: Event) => {
    // Closing mid-revoke would leave the person not knowing whether it happened.
    if (this._revoking) event.preventDefault();
  };

  #onClose = () => {
    // Chromium lets a second Escape close the dialog although `cancel` was refused: while a revoke is
    // in flight, show it again, so its outcome (the ended grant for `open()`, or the failure) is seen,
    // with focus back on Revoking…, where the person left it, not on the title.
    const dialog = this.#dialog;
    if (this._revoking && this.#session && this.isConnected && dialog) {
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('[part=confirm]')?.focus();
      return;
    }
    this.#endSession();
  };

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const grant = this._grant;
    // The title takes focus when showModal() opens the dialog (HTML gives it to the autofocus
    // element), so the dialog opens at its top, not scrolled down to its first control. The rule is
    // about focus jumping on a page's load, which a modal dialog's opening is not.
    /* eslint-disable lit-a11y/no-autofocus */
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        aria-describedby="intro"
        @cancel=${this.#onCancel}
        @close=${this.#onClose}
      >
        <h2 id="title" part="heading" tabindex="-1" autofocus>${this.#localize.t('dialog.title')}</h2>
        ${this.opened ? (grant && !this.#endedElsewhere(grant) ? this.#renderGrant(grant) : this.#renderWithoutGrant()) : nothing}
      </dialog>
    `;
    /* eslint-enable lit-a11y/no-autofocus */
  }

  /**
   * The grant this dialog was opened for has ended under it (expired, or another admin revoked
   * it): confirming could never succeed, so the dialog only says so.
   */
  #endedElsewhere(grant: Grant): boolean {
    const state = this.#storeController.store?.state;
    return !this._revoking && state !== undefined && state.grant?.id !== grant.id && !this.#session?.result;
  }

  #renderWithoutGrant() {
    const t = this.#localize;
    const store = this.#storeController.store;
    let body;
    if (!store) body = html`<p>${t.t('common.notConfigured')}</p>`;
    else if (this._grant && this.#endedElsewhere(this._grant)) {
      // A revoke whose answer was lost, and the grant is gone since: it went through. A dialog that
      // follows the state takes up a new grant (willUpdate); one the host opened for this grant only
      // must not say "nothing left to revoke" while access is on under another: someone else changed it.
      const ours = this._revokeError && store.ended?.grant.id === this._grant.id && store.ended.reason === 'revoked';
      body = html`<p role="status">${t.t(ours ? 'dialog.revokedAfterAll' : store.state?.grant ? 'error.precondition-failed' : 'dialog.endedElsewhere')}</p>`;
    }
    else if (store.state?.permissions.revoke === false) body = html`<p>${t.t('error.forbidden')}</p>`;
    else if (store.status === 'error') body = failureBlock(this.#localize, store.error, retryState(store));
    else if (store.status === 'ready' && !this._checking) body = html`<p>${t.t('dialog.noGrant')}</p>`;
    else body = html`<p role="status">${t.t('dialog.loading')}</p>`;
    // What there is instead of a grant describes the dialog, as the grant's introduction does.
    return html`
      <div id="intro">${body}</div>
      <footer part="actions">
        <button part="cancel" @click=${this.close}>${t.t('common.close')}</button>
      </footer>
    `;
  }

  #renderGrant(grant: Grant) {
    const t = this.#localize;
    const assets = this.#assets(grant);
    const account = grant.supportAccount.displayName;
    const inheritorId = this.#inheritorId(grant);
    // Not where it cannot help (`retryCannotHelp`), a refused new owner among them: the same choice would be refused again.
    const retrying = this._revokeError && !retryCannotHelp(this._revokeError) && this.#attempt?.[0] === `${grant.id}\n${inheritorId}`;
    const wait = waitLeft(this._revokeError);
    const intro = t.t('dialog.intro', { name: grant.grantedBy.displayName, date: t.dateTime(grant.grantedAt), account });
    return html`
      <p id="intro">${intro}</p>
      ${assets.length
        ? html`
            <section part="assets" aria-labelledby="assets-heading">
              <h3 id="assets-heading">${t.t('dialog.assets.heading', { account })}</h3>
              <ul tabindex="0" aria-labelledby="assets-heading">
                ${assets.map((asset) => html`<li>${assetLabel(this.#localize, asset.type, asset.count)}</li>`)}
              </ul>
            </section>
            ${this.#renderChooser(grant)}
          `
        : html`
            <p part="assets">${t.t('dialog.assets.none', { account })}</p>
            ${this._choosing ? this.#renderChooser(grant) : nothing}
          `}
      ${this._revokeError
        ? html`<p id="revoke-error" part="error" role="alert">
            ${t.error(this._revokeError, wait <= 0)}${this.#chooses(grant) && this.#inheritorError() ? ` ${t.t('error.checkFields')}` : ''}
            ${
              // Refused for a grant another admin replaced: the one shown now is said with it, as
              // nothing else tells a person who stays on Revoke access that it changed.
              this.#attempt?.[0].startsWith(`${grant.id}\n`) === false ? intro : ''
            }
          </p>`
        : nothing}
      <footer part="actions">
        <button part="cancel" aria-disabled=${this._revoking} @click=${this.close}>
          ${t.t('common.cancel')}
        </button>
        <button
          part="confirm"
          class="danger primary"
          ?disabled=${!inheritorId || !!this.#inheritorError()}
          aria-disabled=${this._revoking || wait > 0}
          aria-busy=${this._revoking}
          aria-describedby=${this._revokeError ? 'revoke-error' : nothing}
          @click=${wait > 0 ? nothing : this.#confirm}
        >
          ${this._revoking ? t.t('dialog.confirming') : retrying ? t.t('action.retry') : t.t('dialog.confirm')}
        </button>
      </footer>
    `;
  }

  /** The server's message about the chosen inheritor (a 422 naming `inheritorId`). */
  #inheritorError(): string | undefined {
    return refusedField(this._revokeError, 'inheritorId');
  }

  #choose(user: User) {
    this._inheritor = user;
    // Another choice answers the refusal: its mark and failure go.
    if (this.#inheritorError()) this._revokeError = undefined;
  }

  #renderChooser(grant: Grant) {
    const t = this.#localize;
    const users = this._users;
    const loading = this._listStatus === 'loading';
    const query = this._query.trim();
    const count = t.plural('dialog.list.count', users.length);
    const status = loading
      ? t.t('dialog.list.loading')
      : this._listStatus === 'ready' && !users.length
        ? query
          ? t.t('dialog.list.empty', { query })
          : t.t('dialog.list.none')
        : '';
    const listError = this._listError;
    const invalid = this.#inheritorError();
    const listed = users.length && this._listStatus !== 'error';
    // Why the choice was refused is said by each choice; by the group only while none is listed
    // (the list is loading, failed, or matches nothing), else it would be read twice.
    return html`
      <fieldset ?disabled=${this._revoking} aria-describedby=${invalid && !listed ? 'inheritor-error' : nothing}>
        <legend>${t.t(this.#assets(grant).length ? 'dialog.inheritor.legend' : 'dialog.inheritor.required')}</legend>
        ${fieldError('inheritor-error', invalid)}
        <div class="search">
          <label for="search">${t.t('dialog.search.label')}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this._query}
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
          />
        </div>
        <p class="status" role="status">${status}</p>
        <p class="visually-hidden" aria-live="polite">${this._listStatus === 'ready' && users.length ? count : ''}</p>
        ${listed
          ? html`
              <div part="list" class=${invalid ? 'invalid' : ''} aria-busy=${loading}>
                ${repeat(
                  users,
                  (user) => user.id,
                  (user) => html`
                    <label class="option">
                      <input
                        type="radio"
                        name="inheritor"
                        aria-invalid=${!!invalid}
                        aria-describedby=${invalid ? 'inheritor-error' : nothing}
                        .value=${user.id}
                        .checked=${user.id === this._inheritor?.id}
                        @change=${() => this.#choose(user)}
                      />
                      <span class="who">
                        <span class="name">${user.displayName}</span>
                        ${user.id === grant.grantedBy.id
                          ? html`<span class="badge">${t.t('dialog.inheritor.granter')}</span>`
                          : nothing}
                      </span>
                      ${user.email ? html`<span class="email muted">${user.email}</span>` : nothing}
                    </label>
                  `,
                )}
              </div>
            `
          : nothing}
        ${listError ? failureBlock(this.#localize, listError.error, () => void this.#loadList(listError.more)) : nothing}
        ${this._nextCursor && this._listStatus === 'ready' && !listError
          ? html`
              <button
                class="more"
                aria-disabled=${this._loadingMore}
                @click=${() => !this._loadingMore && void this.#loadList(true)}
              >
                ${this._loadingMore ? t.t('dialog.list.loadingMore') : t.t('dialog.list.more')}
              </button>
            `
          : nothing}
      </fieldset>
      ${this._inheritor && this.#assets(grant).length ? html`<p class="summary">${t.t('dialog.inheritor.summary', { name: this._inheritor.displayName })}</p>` : nothing}
    `;
  }

  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `revoke-access-dialog` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('revoke-access-dialog', this, tag, registry);
  }
}

// Not in the usual order, on purpose: ticket and action-controller first put lit, zod and the client
// ahead of the message catalog in a bundle of every element, which gzip then packs some 260 B smaller;
// define-element among them, and append-new and tick-controller last, place their modules where it
// packs another 18 B smaller (see npm run size). Keep them so.
import { ticketLink } from '../shared/ticket.js';
import { defineElement } from '../shared/define-element.js';
import { ActionController, type ActionFailure } from '../shared/action-controller.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isSupportAccessError, outcomeUnknown, refusedField } from '../../client/errors.js';
import type { AccessRequest, Approval, State } from '../../contract/schemas.js';
import { SaApproveEvent } from '../../events/approve.js';
import { SaApprovedEvent } from '../../events/approved.js';
import { SaErrorEvent } from '../../events/error.js';
import { SaRejectEvent } from '../../events/reject.js';
import { SaRejectedEvent } from '../../events/rejected.js';
import { SaRequestsChangeEvent } from '../../events/requests-change.js';
import type { MessageKey } from '../../i18n/en.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { StoreController } from '../../state/store-controller.js';
import type { SupportAccessStore } from '../../state/store.js';
import { focusRendered, keepFocus } from '../shared/keep-focus.js';
import { beforeState, failureBlock, fieldError, retryState } from '../shared/failure.js';
import { anew, SupportAccessElement } from '../shared/support-access-element.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { STATE } from '../shared/state.js';
import { requestListStyles } from './styles.js';
import { appendNew } from '../shared/append-new.js';
import { TickController } from '../shared/tick-controller.js';

/** Requests per page. */
const PAGE_SIZE = 50;
/** The contract's largest page: a reload asks for everything already shown in one request, up to this. */
const MAX_LIMIT = 500;
/** Relative times ("2 hours ago") are redrawn this often. */
const TICK = 60_000;

type ListKind = 'pending' | 'decided';
/** A running load of one list: how to stop it, when it started (see `#sequence`), and whether it reads the next page. */
type ListLoad = [controller: AbortController, sequence: number, more: boolean];
type Decision = 'approve' | 'reject';

/** One of the two lists: the pages loaded so far and how loading them went. */
interface RequestList {
  items: AccessRequest[];
  nextCursor: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error?: unknown;
  /** The load that failed (see `#sequence`): a reload loads the pending list, then the decided one. */
  at?: number;
  loadingMore: boolean;
  moreError?: unknown;
}

const emptyList = (): RequestList => ({ items: [], nextCursor: null, status: 'idle', loadingMore: false });

/** `approve:req-7` (plus the note, so an edited note is a new action with a new key) → `req-7`. */
const requestIdOf = (action: string) => action.split('\n')[0].replace(/^(approve|reject):/, '');

/**
 * Requests from the vendor's support engineers and maintainers to join the organization, and the
 * decisions taken on them. Approve or reject each with an optional note; where the policy asks for
 * two approvals, it shows "1 of 2" and who gave the first, and lets only a different person give
 * the second. Tells the host how many requests are pending, e.g. to badge its own menu.
 *
 * Works inside `<support-access-provider>` (approving then shows the new grant in every element
 * under it) or alone with `base-url` or `client`.
 *
 * @summary Approve or reject support's requests to join, and see the decisions taken.
 * @fires sa-requests-change - The number of pending requests is known or changed. `detail.pending`.
 * @fires sa-approve - Before approving; cancelable. `detail.requestId`, `detail.note`.
 * @fires sa-approved - An approval was given. `detail.request`; its `status` is still `pending` when a second approval is needed.
 * @fires sa-reject - Before rejecting; cancelable. `detail.requestId`, `detail.note`.
 * @fires sa-rejected - A request was rejected. `detail.request`.
 * @fires sa-expired - Alone (without a provider): the grant expired. `detail.grant`.
 * @fires sa-change - Alone: the state changed. `detail.state`.
 * @fires sa-error - Loading the requests or deciding on one failed. `detail.operation`, `detail.error`.
 * @fires sa-unauthenticated - Alone (without a provider): the server answered 401. Inside one, the provider fires it, once per sign-out.
 * @csspart base - The section around everything.
 * @csspart heading - The element's heading.
 * @csspart pending - The section of requests waiting for a decision.
 * @csspart decided - The section of decided requests.
 * @csspart list - A list of requests.
 * @csspart request - One request.
 * @csspart badge - The requester's badge: support engineer or maintainer.
 * @csspart actions - A request's Approve and Reject buttons.
 * @csspart note - A request's note field.
 * @csspart more - The "Show more" button.
 * @csspart error - A failure message with its retry button.
 * @csspart status - A decided request's outcome: approved, rejected or expired.
 * @csspart approve-button - A request's Approve button.
 * @csspart reject-button - A request's Reject button.
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
 * @tagname access-request-list
 */
export class AccessRequestList extends SupportAccessElement {
  static override styles = [baseStyles, cardStyles, requestListStyles];

  static override properties: PropertyDeclarations = {
    ticketUrl: { attribute: 'ticket-url' },
    _pending: STATE,
    _decided: STATE,
    _notes: STATE,
    _noteOpen: STATE,
    _announcement: STATE,
  };

  /** A link template for tickets, e.g. `https://support.example.com/tickets/{ticket}`. Only http(s). */
  ticketUrl?: string;

  private _pending: RequestList = emptyList();
  private _decided: RequestList = emptyList();
  /** What the person typed per request, kept through failures. */
  private _notes: Record<string, string> = {};
  /** Requests whose note field is open. */
  private _noteOpen: Record<string, boolean> = {};
  private _announcement = '';

  #store = new StoreController(this);
  #i18n = new LocalizeController(this);
  #actions = new ActionController(this);
  #tick = new TickController(this, TICK);
  #loads: Partial<Record<ListKind, ListLoad>> = {};
  /** Counts load starts, to tell a load that began before a decision was sent from one after it. */
  #sequence = 0;
  /**
   * The state the lists were loaded with: each new one reloads them, as a state loaded again (after a
   * change, on refresh-interval, on coming back to the tab) may be alike while the requests are not
   * (a first of two approvals given elsewhere, one request decided and another made).
   */
  #loadedFor?: State;
  #loadedStore?: SupportAccessStore;
  /** The latest reload of both lists, for `refresh()` to wait on when willUpdate started it. */
  #lastReload?: Promise<void>;
  /** The pending count the host was last told. */
  #pendingTold?: number;
  /** Show more above the failure that has focus, found before each update takes the failure away. */
  #more?: HTMLElement | null;
  /** Request ids in the DOM's `id` attributes, which a server's id (spaces and all) cannot be. */
  #domIds = new Map<string, number>();

  constructor() {
    super();
    // The focused button went with its request (decided, or approved by this person): keep focus
    // in the list rather than dropping it to the page. A failed Show more's Try again that goes
    // (pressed, or a reload took its failure away): focus waits at Show more, not up at the heading.
    keepFocus(this, () => (this.#more?.isConnected ? this.#more : this.#heading())?.focus());
  }

  /** Where focus goes when the focused control left: the pending list's heading, else the element's. */
  #heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#pending-heading') ?? this.renderRoot.querySelector<HTMLElement>('#heading');
  }

  /** How many requests wait for a decision, once the state is loaded. */
  get pending(): number | undefined {
    return this.#store.store?.state?.pendingRequests;
  }

  /** Loads the shared state and both lists again. */
  async refresh(): Promise<void> {
    const store = this.#store.store;
    if (!store) return;
    const loadedFor = this.#loadedFor;
    await store.refresh({ fresh: true });
    // A newly loaded state goes through willUpdate first, which has reloaded the lists with it:
    // loading them again here would only cancel its requests. Without one (the state failed), they load here.
    await this.updateComplete;
    const state = store.state;
    if (!state?.permissions.decideRequests) return;
    if (this.#loadedFor !== loadedFor && this.#loadedStore === store && this.#lastReload) {
      await this.#lastReload;
      return;
    }
    this.#loadedFor = state;
    this.#loadedStore = store;
    await this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abortLoads();
    // Whatever happened while away: load again on return.
    this.#loadedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#more = (this.renderRoot as ShadowRoot).activeElement?.closest('.more + .failure')?.previousElementSibling?.querySelector('button');
    this.#store.configure(changed);
    const store = this.#store.store;
    const state = store?.state;
    if (store !== this.#loadedStore) {
      this.#abortLoads();
      // Another backend (organization): its notes and failures do not carry over.
      Object.assign(this, { _pending: emptyList(), _decided: emptyList(), _notes: {}, _noteOpen: {} });
      // Nor its idempotency keys: "approve:req-7" there is another action than here.
      this.#actions = new ActionController(this);
      // Its count is news to the host, even in the same number.
      this.#loadedFor = this.#pendingTold = undefined;
      this.#loadedStore = store;
    }
    if (state) {
      if (state.pendingRequests !== this.#pendingTold) {
        this.#pendingTold = state.pendingRequests;
        this.dispatchEvent(new SaRequestsChangeEvent({ pending: state.pendingRequests }));
      }
      const context = this.#actions.failure?.context;
      if (context && context !== state.grant?.id) this.#actions.clear();
      if (state !== this.#loadedFor) {
        this.#loadedFor = state;
        if (state.permissions.decideRequests) void this.#reload();
        else {
          this.#abortLoads();
          this._pending = emptyList();
          this._decided = emptyList();
        }
      }
    }
    this.#tick.active = Boolean(state?.permissions.decideRequests);
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  #list(kind: ListKind): RequestList {
    return kind === 'pending' ? this._pending : this._decided;
  }

  #setList(kind: ListKind, list: RequestList) {
    if (kind === 'pending') this._pending = list;
    else this._decided = list;
  }

  #abortLoads() {
    this.#loads.pending?.[0].abort();
    this.#loads.decided?.[0].abort();
    this.#loads = {};
  }

  #reload(): Promise<void> {
    const reload = Promise.all([this.#load('pending'), this.#load('decided')]).then(() => undefined);
    this.#lastReload = reload;
    return reload;
  }

  /**
   * Loads a list again, as many pages as are shown (so a reload keeps the person's place), or with
   * `more` its next page. Supersedes what is in flight for that list.
   */
  async #load(kind: ListKind, more = false): Promise<void> {
    const store = this.#store.store;
    const current = this.#list(kind);
    if (!store || (more && !current.nextCursor)) return;
    // A reload in flight brings fresh rows and cursor: a next page now would extend stale ones.
    if (more && this.#reloading(kind)) return;
    this.#loads[kind]?.[0].abort();
    const controller = new AbortController();
    const load: ListLoad = [controller, ++this.#sequence, more];
    this.#loads[kind] = load;
    // With the page a Show more on its way asked for: the reload supersedes it, and must not undo it.
    const shown = Math.ceil(current.items.length / PAGE_SIZE + +!!current.loadingMore) * PAGE_SIZE;
    const limit = more ? PAGE_SIZE : Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, shown));
    const cursor = more ? current.nextCursor! : undefined;
    this.#setList(
      kind,
      more
        ? { ...current, loadingMore: true, moreError: undefined }
        : { ...current, status: current.status === 'ready' ? 'ready' : 'loading', error: undefined, loadingMore: false, moreError: undefined },
    );
    try {
      const page = await store.read('listRequests', () =>
        store.client.listRequests({ status: kind, cursor, limit }, { signal: controller.signal }),
      );
      if (this.#loads[kind] !== load) return;
      const list = this.#list(kind);
      const items = appendNew(more ? list.items : [], page.items);
      this.#setList(kind, { items, nextCursor: page.nextCursor, status: 'ready', loadingMore: false });
      if (more) {
        // Focus stays on Show more while it is there: say what it added.
        this._announcement = anew(this._announcement, this.#i18n.plural('requests.announce.more', items.length - list.items.length, { shown: items.length }));
        void this.#focusRequest(kind, list.items.length);
      }
    } catch (error) {
      if (this.#loads[kind] !== load || controller.signal.aborted) return;
      const list = this.#list(kind);
      this.#setList(kind, more ? { ...list, loadingMore: false, moreError: error } : { ...list, status: 'error', error, at: load[1], loadingMore: false });
      if (isSupportAccessError(error)) this.dispatchEvent(new SaErrorEvent({ operation: 'listRequests', error }));
    } finally {
      if (this.#loads[kind] === load) delete this.#loads[kind];
    }
  }

  /**
   * After "Show more", the first new request, when the button that had focus is gone (the last
   * page), or a request after the first of its two approvals: not the heading, where keeping focus would
   * otherwise put it, 50 requests above. Nothing at index -1 (a request no longer pending).
   */
  async #focusRequest(kind: ListKind, index: number) {
    await this.updateComplete;
    // Only from where keepFocus put it: focus the person took elsewhere (the host's page) stays there.
    if (this.renderRoot.querySelector(':focus') !== this.#heading()) return;
    this.renderRoot.querySelectorAll<HTMLElement>(`[part~="${kind}"] [part~=request] .name`)[index]?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Deciding

  async #decide(decision: Decision, request: AccessRequest): Promise<void> {
    const store = this.#store.store;
    if (!store || this.#actions.busy) return;
    const note = this._notes[request.id]?.trim();
    const body = note ? { note } : {};
    const approve = decision === 'approve';
    const detail = { requestId: request.id, ...body };
    if (!this.dispatchEvent(approve ? new SaApproveEvent(detail) : new SaRejectEvent(detail))) return;
    const done = await this.#actions.run(
      approve ? 'approveRequest' : 'rejectRequest',
      `${decision}:${request.id}${note ? `\n${note}` : ''}`,
      async (idempotencyKey) => {
        const sent = this.#sequence;
        const options = { idempotencyKey };
        const result = approve ? await store.approveRequest(request.id, body, options) : await store.rejectRequest(request.id, body, options);
        this.#apply(result, sent);
        let announcement: MessageKey = 'requests.announce.rejected';
        if (approve) announcement = result.status === 'pending' ? 'requests.announce.firstApproval' : 'requests.announce.approved';
        this._announcement = anew(this._announcement, this.#i18n.t(announcement, { name: request.requester.displayName }));
        this.dispatchEvent(approve ? new SaApprovedEvent({ request: result }) : new SaRejectedEvent({ request: result }));
      },
      () => void this.#decide(decision, request),
      // An approval refused while access was on is true only as long as that grant lasts (see willUpdate).
      approve ? store.state?.grant?.id : undefined,
    );
    // A first approval of two: the request stays pending without its Approve button, and focus stays
    // with the request rather than going to the top of the list.
    if (done && approve) void this.#focusRequest('pending', this._pending.items.findIndex((item) => item.id === request.id));
    // A note the server refused is marked at its field: the field opens, and takes focus to be fixed.
    if (!done && this.#noteError(request.id)) {
      this._noteOpen = { ...this._noteOpen, [request.id]: true };
      this.#focusNote(request.id);
    }
  }

  /** The server's message about the note of this request's failed decision (a 422 naming `note`). */
  #noteError(requestId: string): string | undefined {
    const failure = this.#actions.failure;
    return failure && requestIdOf(failure.action) === requestId ? refusedField(failure.error, 'note') : undefined;
  }

  #editNote(requestId: string, value: string) {
    this._notes = { ...this._notes, [requestId]: value };
    // The person is fixing what the server refused: the mark and its failure go.
    if (this.#noteError(requestId)) this.#actions.clear();
  }

  /**
   * Shows a decision at once: a first of two approvals stays pending, anything else moves to the
   * decided list. The reload the shared state's change brings confirms it.
   */
  #apply(result: AccessRequest, sent: number) {
    const { [result.id]: _note, ...notes } = this._notes;
    const { [result.id]: _open, ...open } = this._noteOpen;
    this._notes = notes;
    this._noteOpen = open;
    if (result.status === 'pending') {
      this._pending = { ...this._pending, items: this._pending.items.map((item) => (item.id === result.id ? result : item)) };
    } else {
      this._pending = { ...this._pending, items: this._pending.items.filter((item) => item.id !== result.id) };
      this._decided = { ...this._decided, items: [result, ...this._decided.items.filter((item) => item.id !== result.id)] };
    }
    // A load that started before the decision was sent would paint the old answer over it.
    const stale = [this.#loads.pending, this.#loads.decided].some((load) => load && load[1] <= sent);
    if (stale) void this.#reload();
  }

  #toggleNote(requestId: string) {
    const open = !this._noteOpen[requestId];
    this._noteOpen = { ...this._noteOpen, [requestId]: open };
    if (open) this.#focusNote(requestId);
    // A refusal marked at a field no one sees would point at nothing: it goes with the field.
    else if (this.#noteError(requestId)) this.#actions.clear();
  }

  #focusNote(requestId: string) {
    void focusRendered(this, `#note-${this.#domId(requestId)}`);
  }

  #domId(requestId: string): number {
    let id = this.#domIds.get(requestId);
    if (!id) this.#domIds.set(requestId, (id = this.#domIds.size + 1));
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering


  protected override render() {
    const store = this.#store.store;
    const t = this.#i18n.t;
    const state = store?.state;
    let body: TemplateResult;
    if (!store || !state) {
      body = beforeState(this.#i18n, store, 'requests.loading');
    } else if (!state.permissions.decideRequests) {
      body = html`<p>${t('requests.noPermission')}</p>`;
    } else {
      // The state failed to load again (a refresh, the reload after a decision): the counts shown are the
      // last known ones. Read out unless a decision's failure is beside it (one outage, one alert, as the README says).
      body = html`${store.error ? failureBlock(this.#i18n, store.error, retryState(store), undefined, undefined, !outcomeUnknown(this.#actions.failure?.error)) : nothing}
        <section class="group" part="pending" aria-labelledby="pending-heading">
          ${this.#section(
            'pending',
            t('requests.pending.heading', { count: state.pendingRequests }),
            t('requests.pending.empty'),
            (request) => this.#pendingItem(store, state, request),
            state.pendingRequests,
          )}
        </section>
        <section class="group" part="decided" aria-labelledby="decided-heading">
          ${this.#section('decided', t('requests.decided.heading'), t('requests.decided.empty'), (request) => this.#decidedItem(store, state, request))}
        </section>`;
    }
    const busy = Boolean(store?.loading || this.#loads.pending || this.#loads.decided);
    return this.card(t('requests.title'), busy, body, this._announcement);
  }

  /** What one of the two lists' sections holds; its heading can take focus, and the pending one's tells the total. */
  #section(kind: ListKind, heading: string, empty: string, item: (request: AccessRequest) => TemplateResult, total?: number): TemplateResult {
    const list = this.#list(kind);
    const failure = this.#actions.failure;
    // A failure whose request left the pending list (decided elsewhere meanwhile) is still told,
    // without a retry; unless its answer was lost: the request left because the decision went through.
    const orphan =
      kind === 'pending' && failure && !outcomeUnknown(failure.error) && !list.items.some((request) => request.id === requestIdOf(failure.action))
        ? failure
        : undefined;
    // And how it ended, once the decided list has it: approved by someone else, expired, withdrawn.
    const ended = orphan && this._decided.items.find((request) => request.id === requestIdOf(orphan.action));
    return html`${this.subheading(`${kind}-heading`, heading)}
      ${orphan ? failureBlock(this.#i18n, orphan.error, undefined, ended && this.#i18n.t('requests.ended', { outcome: this.#outcome(ended) })) : nothing}
      ${this.#listBody(kind, list, empty, item)}
      ${this.#moreControls(kind, list, total)}`;
  }

  #listBody(kind: ListKind, list: RequestList, empty: string, item: (request: AccessRequest) => TemplateResult) {
    // Until the pending list answers (a reload of a shown one too), a decided list that failed says it loads.
    const waiting = kind === 'decided' && list.status === 'error' && this.#reloading('pending');
    if (list.status === 'idle' || ((list.status === 'loading' || waiting) && !list.items.length)) {
      return html`<p role="status" class="muted">${this.#i18n.t('requests.loading')}</p>`;
    }
    // Both lists failed the same way in one reload: one failure, read out under the first heading,
    // whose Try again loads both; under the second it only shows. So the decided list's waits for
    // the pending list's answer; told in other words, or failed in a load of its own, it is whole.
    const whole =
      kind === 'pending' ||
      this._pending.status !== 'error' ||
      list.at! - this._pending.at! != 1 ||
      this.#i18n.error(this._pending.error) !== this.#i18n.error(list.error);
    return html`${list.status === 'error' && !waiting
      ? failureBlock(
          this.#i18n,
          list.error,
          whole
            ? () => {
                // The button goes while the list loads: focus waits at the heading of the list it loads.
                // The decided list's loads only that list: the other, loaded or failed, is left as it is
                // (a pending list that loaded could fail now and take the failure up above focus; one
                // refused or told to wait would be asked again).
                this.renderRoot.querySelector<HTMLElement>(`#${kind}-heading`)!.focus();
                void (kind == 'pending' ? this.#reload() : this.#load(kind));
              }
            : undefined,
          undefined,
          undefined,
          whole,
        )
      : nothing}
    ${list.items.length
      ? html`<ul class="requests" part="list">
          ${repeat(list.items, (request) => request.id, item)}
        </ul>`
      : list.status === 'ready'
        ? html`<p>${empty}</p>`
        : nothing}`;
  }

  #reloading(kind: ListKind): boolean {
    return this.#loads[kind]?.[2] === false;
  }

  #moreControls(kind: ListKind, list: RequestList, total?: number) {
    if (list.status !== 'ready' || !list.nextCursor) return nothing;
    const t = this.#i18n.t;
    const waiting = list.loadingMore || this.#reloading(kind);
    return html`<div class="more">
      ${total !== undefined ? html`<p class="muted">${t('requests.shown', { shown: list.items.length, total })}</p>` : nothing}
      <button
        part="more"
        aria-disabled=${waiting}
        aria-busy=${waiting}
        @click=${() => !waiting && void this.#load(kind, true)}
      >
        ${t(list.loadingMore ? 'requests.loadingMore' : 'requests.more')}
      </button>
    </div>
    ${list.moreError
      ? // Focus waits at Show more (see keepFocus), which says it loads and stays for the next page.
        failureBlock(this.#i18n, list.moreError, () => void this.#load(kind, true))
      : nothing}`;
  }

  /** Name, badge, e-mail: the heading of a request. */
  #who(request: AccessRequest, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const { requester } = request;
    return html`<div class="who">
      <div class="name" role="heading" aria-level=${this.headingLevelBelow(2)} tabindex="-1">${requester.displayName}</div>
      <span class="badge ${requester.kind}" part="badge">${this.#i18n.t(`requests.kind.${requester.kind}`)}</span>
      ${extra}
      ${requester.email ? html`<span class="muted">${requester.email}</span>` : nothing}
    </div>`;
  }

  #when(store: SupportAccessStore, at: string): TemplateResult {
    const i18n = this.#i18n;
    return html`<time datetime=${at}
      >${i18n.t('requests.when', { date: i18n.dateTime(at), relative: i18n.relativeTime(Date.parse(at) - store.serverNow()) })}</time
    >`;
  }

  /** Reason, ticket and when: what every request shows. */
  #facts(store: SupportAccessStore, request: AccessRequest): TemplateResult {
    const t = this.#i18n.t;
    return html`<div>
        <dt>${t('requests.reason')}</dt>
        <dd>${request.reason}</dd>
      </div>
      ${request.ticket
        ? html`<div>
            <dt>${t('requests.ticket')}</dt>
            <dd>${ticketLink(this.ticketUrl, request.ticket)}</dd>
          </div>`
        : nothing}
      <div>
        <dt>${t('requests.requestedAt')}</dt>
        <dd>${this.#when(store, request.requestedAt)}</dd>
      </div>`;
  }

  #approvalList(approvals: Approval[]): TemplateResult {
    return html`<ul>
      ${approvals.map(
        (approval) =>
          html`<li>
            ${this.#i18n.t('requests.approvedBy', { name: approval.by.displayName, date: this.#i18n.dateTime(approval.at) })}
            ${approval.note ? html`<q>${approval.note}</q>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  #pendingItem(store: SupportAccessStore, state: State, request: AccessRequest): TemplateResult {
    const t = this.#i18n.t;
    const id = this.#domId(request.id);
    const name = request.requester.displayName;
    const required = request.approvalsRequired ?? state.policy.approvalsRequired;
    const approvals = request.approvals ?? [];
    // An approver's id is never empty (`Id`): without a signed-in user, none is theirs.
    const mine = approvals.some((approval) => approval.by.id === state.currentUser?.id);
    const busy = this.#actions.busy;
    const working = busy ? requestIdOf(busy) === request.id && busy.split(':')[0] : undefined;
    // An answer lost (a 502, a timeout) waits for the state and the lists to load again: the decision may
    // have gone through, and then its row leaves rather than telling a failure that contradicts it.
    // Only until it is first shown: a later refresh (the interval, the tab shown again) must not take
    // it (and the Try again that may have focus) away, and read it out again when it comes back.
    const failure =
      this.#actions.failure && requestIdOf(this.#actions.failure.action) === request.id && (this.#actions.failure.shown ||= !(outcomeUnknown(this.#actions.failure.error) && (store.loading || this.#reloading('pending'))))
        ? this.#actions.failure
        : undefined;
    const noteOpen = Boolean(this._noteOpen[request.id]);
    const noteError = this.#noteError(request.id);
    const disabled = !!busy;
    return html`<li class="request" part="request">
      ${this.#who(request)}
      <dl id=${`facts-${id}`}>
        ${this.#facts(store, request)}
        ${required > 1
          ? html`<div>
              <dt>${t('requests.decision')}</dt>
              <dd>
                <div class="progress">
                  <strong>${t('requests.approvals', { count: approvals.length, required })}</strong>
                  ${mine ? html`<span>${t('requests.youApproved')}</span>` : nothing}
                </div>
                ${approvals.length ? this.#approvalList(approvals) : nothing}
              </dd>
            </div>`
          : nothing}
      </dl>
      <div class="actions">
        <button
          class="link"
          aria-expanded=${noteOpen}
          aria-controls=${`note-field-${id}`}
          aria-label=${t('requests.note.toggle.label', { name })}
          @click=${() => this.#toggleNote(request.id)}
        >
          ${t('requests.note.toggle')}
        </button>
      </div>
      <div class="note" part="note" id=${`note-field-${id}`} ?hidden=${!noteOpen}>
        <label for=${`note-${id}`}>${t('requests.note.label')}</label>
        <textarea
          id=${`note-${id}`}
          aria-invalid=${!!noteError}
          aria-describedby=${noteError ? `note-hint-${id} note-error-${id}` : `note-hint-${id}`}
          .value=${this._notes[request.id] ?? ''}
          @input=${(event: Event) => this.#editNote(request.id, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p id=${`note-hint-${id}`} class="hint muted">${t('requests.note.hint')}</p>
        ${fieldError(`note-error-${id}`, noteError)}
      </div>
      ${failure
        ? // A refused note (or anything else refused, 422) would be refused again: no Try again (see failureBlock).
          failureBlock(this.#i18n, failure.error, failure.retry, noteError ? t('error.checkFields') : this.#conflictHint(failure, state))
        : nothing}
      <div class="actions" part="actions">
        ${mine
          ? nothing
          : html`<button
              class="primary"
              part="approve-button"
              aria-label=${working === 'approve' ? nothing : t('requests.approve.label', { name })}
              aria-describedby=${`facts-${id}`}
              aria-disabled=${disabled}
              aria-busy=${working === 'approve'}
              @click=${() => void this.#decide('approve', request)}
            >
              ${t(working === 'approve' ? 'requests.approving' : 'requests.approve')}
            </button>`}
        <button
          class="danger"
          part="reject-button"
          aria-label=${working === 'reject' ? nothing : t('requests.reject.label', { name })}
          aria-describedby=${`facts-${id}`}
          aria-disabled=${disabled}
          aria-busy=${working === 'reject'}
          @click=${() => void this.#decide('reject', request)}
        >
          ${t(working === 'reject' ? 'requests.rejecting' : 'requests.reject')}
        </button>
      </div>
    </li>`;
  }

  /** What to do about an approval refused because access is already on: the server takes one grant at a time. */
  #conflictHint(failure: ActionFailure, state: State): string | undefined {
    const { error, operation } = failure;
    return operation === 'approveRequest' && isSupportAccessError(error) && error.code === 'conflict' && state.status === 'on'
      ? this.#i18n.t('requests.error.alreadyOn')
      : undefined;
  }

  /** How a decided request ended, and by whom: "Approved by Bruno Díaz", "Expired without a decision". */
  #outcome(request: AccessRequest): string {
    const status = this.#i18n.t(`requests.status.${request.status}`);
    return request.decidedBy ? this.#i18n.t('requests.decidedBy', { status, name: request.decidedBy.displayName }) : status;
  }

  #decidedItem(store: SupportAccessStore, state: State, request: AccessRequest): TemplateResult {
    const t = this.#i18n.t;
    const status = t(`requests.status.${request.status}`);
    const required = request.approvalsRequired ?? state.policy.approvalsRequired;
    const approvals = request.approvals ?? [];
    return html`<li class="request" part="request">
      ${this.#who(request, html`<span class="status ${request.status}" part="status">${status}</span>`)}
      <dl>
        <div>
          <dt>${t('requests.decision')}</dt>
          <dd>${this.#outcome(request)}</dd>
        </div>
        ${request.decidedAt
          ? html`<div>
              <dt>${t('requests.decidedAt')}</dt>
              <dd>${this.#when(store, request.decidedAt)}</dd>
            </div>`
          : nothing}
        ${required > 1 && approvals.length
          ? html`<div>
              <dt>${t('requests.approvals', { count: approvals.length, required })}</dt>
              <dd>${this.#approvalList(approvals)}</dd>
            </div>`
          : nothing}
        ${request.note
          ? html`<div>
              <dt>${t('requests.note')}</dt>
              <dd>${request.note}</dd>
            </div>`
          : nothing}
        ${this.#facts(store, request)}
      </dl>
    </li>`;
  }


  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `access-request-list` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('access-request-list', this, tag, registry);
  }
}

import { createSupportAccessClient, type CallOptions, type SupportAccessClient } from '../client/client.js';
import { asSupportAccessError, isSupportAccessError, outcomeUnknown, type SupportAccessError } from '../client/errors.js';
import type { OperationId } from '../contract/operations.js';
import type {
  AccessRequest,
  DecisionRequest,
  ExtendRequest,
  Grant,
  GrantRequest,
  Policy,
  PolicyPatch,
  RevokeRequest,
  Session,
  State,
} from '../contract/schemas.js';
import { SaChangeEvent } from '../events/change.js';
import { SaErrorEvent } from '../events/error.js';
import { SaExpiredEvent } from '../events/expired.js';
import { SaUnauthenticatedEvent } from '../events/unauthenticated.js';

/**
 * The expiry is awaited in hops of this, each measured again on the wall clock: timers stand still
 * while the computer sleeps, and waking fires no event a page can count on.
 */
const HOP = 5000;
/** Ask a little after the expiry instant, so the server has certainly passed it too. */
const EXPIRY_MARGIN = 250;
/** When the server still shows a grant past its expiry (clocks disagree), ask again after this, doubling. */
const OVERDUE_RETRY = 1000;
const MAX_OVERDUE_RETRY = 60_000;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** How the last grant ended, so an element can tell the person. */
export interface EndedGrant {
  grant: Grant;
  /** `expired` on its own, `revoked` from this page, `ended` by someone else. */
  reason: 'expired' | 'revoked' | 'ended';
}

export interface StoreOptions {
  /** Also refresh every this many milliseconds while visible. 0: never. */
  refreshInterval?: number;
}

/** A store and what it was built from: a configured client, or a base URL to build one for. */
export interface BuiltStore {
  store: SupportAccessStore;
  client?: SupportAccessClient;
  baseUrl?: string;
}

/**
 * The store for `host`'s `client`, else for a client of its `baseUrl`, dispatching host-facing
 * events on `host`: `built` while neither changed, a new one when one did, none without either.
 */
export function storeFor(
  host: HTMLElement & { client?: SupportAccessClient; baseUrl?: string },
  built?: BuiltStore,
  options?: StoreOptions,
): BuiltStore | undefined {
  const { client, baseUrl } = host;
  if (!client && !baseUrl) return undefined;
  if (built && built.client === client && built.baseUrl === baseUrl) return built;
  const store = new SupportAccessStore(client ?? createSupportAccessClient({ baseUrl: baseUrl! }), options);
  store.host = host;
  return { store, client, baseUrl };
}

function withoutServerTime(state: State | undefined): string {
  if (!state) return '';
  const { serverTime: _serverTime, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * One client and one shared state for every element under a provider, or for one element alone.
 *
 * However many elements ask, one state request is in flight. The state refreshes when the tab
 * becomes visible, at the moment of expiry, after every change made through the store, and on an
 * optional interval. No timer runs while the tab is hidden or while no element is connected, and
 * disconnecting the last element aborts what is in flight.
 *
 * Dispatches `change` (to elements) and, on `host`, the host-facing `sa-change`, `sa-expired`,
 * `sa-unauthenticated` and `sa-error` for failed loads.
 */
export class SupportAccessStore extends EventTarget {
  readonly client: SupportAccessClient;
  /** Where host-facing events are dispatched: the provider, or the element that owns the store. */
  host?: HTMLElement;

  #refreshInterval: number;
  #state?: State;
  #error?: SupportAccessError;
  #status: LoadStatus = 'idle';
  #ended?: EndedGrant;
  /** Server time minus browser time, from the last state. */
  #offset = 0;
  #load?: [promise: Promise<void>, controller: AbortController];
  #actions = new Set<AbortController>();
  #revokedHere = new Set<string>();
  /** Grants a revoke was sent for whose answer never came: if they are gone next, it went through. */
  #maybeRevokedHere = new Set<string>();
  /**
   * Grants a revoke is on its way for: a refresh may bring the state before the answer, and a grant
   * gone then is told as revoked here (unless the answer turns out a refusal).
   */
  #revoking = new Set<string>();
  #connections = 0;
  #timers: ReturnType<typeof setTimeout>[] = [];
  /** How many times in a row the server showed a grant past its expiry. */
  #overdue = 0;
  /** The host was told of a 401 and no request has succeeded since: it is not told again. */
  #signedOut?: boolean;

  constructor(client: SupportAccessClient, options: StoreOptions = {}) {
    super();
    this.client = client;
    this.#refreshInterval = options.refreshInterval ?? 0;
  }

  get state(): State | undefined {
    return this.#state;
  }
  /** The last load's failure, while it is the latest news. */
  get error(): SupportAccessError | undefined {
    return this.#error;
  }
  get status(): LoadStatus {
    return this.#status;
  }
  /** True while a state request is in flight (also when a state is already shown). */
  get loading(): boolean {
    return Boolean(this.#load);
  }

  get ended(): EndedGrant | undefined {
    return this.#ended;
  }

  get refreshInterval(): number {
    return this.#refreshInterval;
  }
  set refreshInterval(ms: number) {
    this.#refreshInterval = Math.max(0, ms || 0);
    this.#schedule();
  }

  /** Now on the server's clock, in milliseconds. */
  serverNow(): number {
    return Date.now() + this.#offset;
  }

  /** An element starts using the store: the first one loads the state and starts the timers. */
  connect(): void {
    if (++this.#connections > 1) return;
    document.addEventListener('visibilitychange', this.#onVisibility);
    // Whatever happened while nobody watched (or a load cut short by the last disconnect): ask again.
    void this.refresh();
  }

  /** An element stops using the store: the last one stops the timers and aborts what is in flight. */
  disconnect(): void {
    this.#connections = Math.max(0, this.#connections - 1);
    if (this.#connections) return;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clearTimers();
    this.#load?.[1].abort();
    // Forget it now: an element connecting before the abort settles must start a new load.
    this.#load = undefined;
    for (const controller of this.#actions) controller.abort();
  }

  /**
   * Loads the state. Callers at the same time share one request; `fresh` starts a new one even
   * if one is in flight, for after a change (the one in flight may predate it).
   */
  refresh(options: { fresh?: boolean } = {}): Promise<void> {
    if (this.#load && !options.fresh) return this.#load[0];
    this.#load?.[1].abort();
    const controller = new AbortController();
    if (!this.#state) this.#status = 'loading';
    const promise = this.#fetch(controller);
    this.#load = [promise, controller];
    this.#notify();
    return promise;
  }

  grant(request: GrantRequest, options?: CallOptions): Promise<Grant> {
    return this.change('grant', (signal) => this.client.grant(request, { ...options, signal }));
  }

  extend(grantId: string, request: ExtendRequest, options?: CallOptions): Promise<Grant> {
    return this.change('extend', (signal) => this.client.extend(grantId, request, { ...options, signal }));
  }

  revoke(grantId: string, request: RevokeRequest, options?: CallOptions): Promise<Grant> {
    this.#revoking.add(grantId);
    return this.change(
      'revoke',
      (signal) => this.client.revoke(grantId, request, { ...options, signal }),
      // Only a revoke that succeeded here is "revoked here"; a grant that expired meanwhile is not.
      // A refresh that overtook the answer has told the grant's end already.
      () => this.#ended?.grant.id === grantId || this.#revokedHere.add(grantId),
      (error) => {
        if (outcomeUnknown(error)) this.#maybeRevokedHere.add(grantId);
        else {
          // Refused: a grant gone meanwhile went by another hand, also where a refresh during the
          // request took it for this one (the reload after the refusal must not either).
          this.#revoking.delete(grantId);
          if (this.#ended?.grant.id === grantId && this.#ended.reason === 'revoked') this.#ended.reason = 'ended';
        }
      },
    ).finally(() => this.#revoking.delete(grantId));
  }

  approveRequest(requestId: string, request: DecisionRequest, options?: CallOptions): Promise<AccessRequest> {
    return this.change('approveRequest', (signal) => this.client.approveRequest(requestId, request, { ...options, signal }));
  }

  rejectRequest(requestId: string, request: DecisionRequest, options?: CallOptions): Promise<AccessRequest> {
    return this.change('rejectRequest', (signal) => this.client.rejectRequest(requestId, request, { ...options, signal }));
  }

  endSession(sessionId: string, options?: CallOptions): Promise<Session> {
    return this.change('endSession', (signal) => this.client.endSession(sessionId, { ...options, signal }));
  }

  updatePolicy(patch: PolicyPatch, options?: CallOptions): Promise<Policy> {
    return this.change('updatePolicy', (signal) => this.client.updatePolicy(patch, { ...options, signal }));
  }

  /** Runs a read for an element (a list), telling the host when the server answers 401. */
  async read<T>(operation: OperationId, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.#signedOut = false;
      return result;
    } catch (error) {
      if (isSupportAccessError(error) && error.code === 'unauthenticated') this.#unauthenticated(operation, error);
      throw error;
    }
  }

  /**
   * Runs a change and then reloads the shared state, so every element shows its effect. A stale
   * ETag (412) reloads before the failure is told, so the person sees what the other change did.
   * Any other failure reloads alongside: the answer may have been lost after the change was made
   * (a 502, a timeout), or the state may have moved (permissions taken away, a stricter policy),
   * and what is shown must not contradict the server.
   */
  async change<T>(
    operation: OperationId,
    call: (signal: AbortSignal) => Promise<T>,
    succeeded?: (result: T) => void,
    failed?: (error: SupportAccessError) => void,
  ): Promise<T> {
    const controller = new AbortController();
    this.#actions.add(controller);
    try {
      const result = await call(controller.signal);
      this.#signedOut = false;
      succeeded?.(result);
      await this.refresh({ fresh: true });
      return result;
    } catch (error) {
      // Cancelled because the last element went away: the next one to connect reloads.
      if (isSupportAccessError(error) && error.code !== 'aborted') {
        failed?.(error);
        if (error.code === 'precondition-failed' || error.code === 'conflict' || error.code === 'not-found') {
          await this.refresh({ fresh: true });
        } else if (error.code === 'unauthenticated') this.#unauthenticated(operation, error);
        // A 429 changed nothing, and asks for fewer requests, not one more.
        else if (error.code !== 'rate-limited') void this.refresh({ fresh: true });
      }
      throw error;
    } finally {
      this.#actions.delete(controller);
    }
  }

  async #fetch(controller: AbortController): Promise<void> {
    try {
      const state = await this.client.getState({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.#signedOut = false;
      this.#offset = Date.parse(state.serverTime) - Date.now();
      const gone = this.#state?.grant;
      // A grant gone past its expiry may still have been revoked by someone else before it: its last
      // event tells which. Without it, the clock decides.
      const last =
        gone && state.grant?.id !== gone.id && !this.#revokedHere.has(gone.id) && state.permissions.viewLog && this.serverNow() >= Date.parse(gone.expiresAt)
          ? // Not worth holding the new state back for long: a slow log leaves it to the clock. (A load
            // cancelled meanwhile drops the answer below.)
            await this.client.listEvents({ grantId: gone.id, limit: 1 }, { signal: AbortSignal.timeout(2000) }).then(
              (page) => page.items[0]?.type,
              () => undefined,
            )
          : undefined;
      if (controller.signal.aborted) return;
      this.#apply(state, last === 'access.revoked');
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = asSupportAccessError('getState', error);
      this.#error = failure;
      if (!this.#state) this.#status = 'error';
      this.#dispatch(new SaErrorEvent({ operation: 'getState', error: failure }));
      if (failure.code === 'unauthenticated') this.#unauthenticated('getState', failure);
    } finally {
      if (this.#load?.[1] === controller) this.#load = undefined;
      if (!controller.signal.aborted) {
        this.#schedule();
        this.#notify();
      }
    }
  }

  #apply(state: State, revokedElsewhere?: boolean) {
    const previous = this.#state;
    const changed = withoutServerTime(previous) !== withoutServerTime(state);
    const before = previous?.grant;
    if (before && state.grant?.id !== before.id) {
      const expired = !revokedElsewhere && this.serverNow() >= Date.parse(before.expiresAt);
      const reason = this.#revokedHere.has(before.id) ? 'revoked' : expired ? 'expired' : this.#maybeRevokedHere.has(before.id) || this.#revoking.has(before.id) ? 'revoked' : 'ended';
      this.#revokedHere.delete(before.id);
      this.#ended = { grant: before, reason };
      if (reason === 'expired') this.#dispatch(new SaExpiredEvent({ grant: before }));
    }
    // Whatever the lost answers were, only the grant shown now can still be revoked.
    this.#maybeRevokedHere.clear();
    if (state.grant) this.#ended = undefined;
    this.#state = state;
    this.#error = undefined;
    this.#status = 'ready';
    if (changed) this.#dispatch(new SaChangeEvent({ state }));
  }

  #onVisibility = () => {
    if (document.visibilityState === 'visible') void this.refresh();
    else this.#clearTimers();
  };

  #schedule() {
    this.#clearTimers();
    if (!this.#connections || document.visibilityState === 'hidden') return;
    const grant = this.#state?.grant;
    if (grant) {
      let wait = Date.parse(grant.expiresAt) - this.serverNow() + EXPIRY_MARGIN;
      if (wait > EXPIRY_MARGIN) this.#overdue = 0;
      else wait = Math.min(OVERDUE_RETRY * 2 ** this.#overdue++, MAX_OVERDUE_RETRY);
      const hop = !this.#overdue && wait > HOP;
      const wall = Date.now() - performance.now();
      // A wall clock that moved other than time did (set back or on, or the computer slept) leaves
      // the offset to the server's clock wrong: the state measures it again.
      this.#timers.push(setTimeout(() => (hop && Math.abs(Date.now() - performance.now() - wall) < 1000 ? this.#schedule() : void this.refresh()), hop ? HOP : wait));
    }
    if (this.#refreshInterval > 0) this.#timers.push(setTimeout(() => void this.refresh(), this.#refreshInterval));
  }

  #clearTimers() {
    this.#timers.forEach(clearTimeout);
    this.#timers = [];
  }

  /**
   * Tells the host once per sign-out, however many elements and requests notice it: several
   * sign-in prompts for one expired session would be wrong. A request that succeeds (the host gave
   * a fresh token) re-arms it.
   */
  #unauthenticated(operation: OperationId, error: SupportAccessError) {
    if (this.#signedOut) return;
    this.#signedOut = true;
    this.#dispatch(new SaUnauthenticatedEvent({ operation, error }));
  }

  #dispatch(event: Event) {
    this.host?.dispatchEvent(event);
  }

  #notify() {
    this.dispatchEvent(new Event('change'));
  }
}

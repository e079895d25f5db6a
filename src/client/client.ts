import * as z from 'zod/mini';
import { sampleOf } from '../contract/sample.js';
import { calls, type CallSpec } from '../contract/calls.js';
import {
  fillPath,
  joinUrl,
  resolveEndpoint,
  type EndpointOverrides,
  type OperationId,
  type OperationResult,
} from '../contract/operations.js';
import {
  Problem,
  type AuditEvent,
  type DecisionRequest,
  type EventsQuery,
  type ExtendRequest,
  type GrantRequest,
  type InheritorsQuery,
  type ListQuery,
  type PolicyPatch,
  type RequestsQuery,
  type RevokeRequest,
} from '../contract/schemas.js';
import { codeForStatus, describeIssue, PROBLEM_CODES } from '../contract/problems.js';
import { SupportAccessError, type ResponseIssue } from './errors.js';

export type HeaderValues = Record<string, string> | Headers | [string, string][];
export type HeaderProvider = (context: { operation: OperationId }) => HeaderValues | Promise<HeaderValues>;

export interface AdapterContext {
  operation: OperationId;
  response: Response;
}
/** Turns a host backend's JSON for one operation into the contract's shape, before validation. */
export type ResponseAdapter = (json: unknown, context: AdapterContext) => unknown;

export interface SupportAccessClientOptions {
  /** Where the contract lives, e.g. `/api/orgs/42/support-access`. */
  baseUrl: string;
  /** A host's own method and path per operation: `{ revoke: 'DELETE /support/grants/:id' }`. */
  endpoints?: EndpointOverrides;
  /** Static headers, or a function called before every request (so a refreshed token is used). */
  headers?: HeaderValues | HeaderProvider;
  credentials?: RequestCredentials;
  /** The host's own fetch, e.g. one that goes through its authenticated HTTP layer. */
  fetch?: typeof fetch;
  adapters?: Partial<Record<OperationId, ResponseAdapter>>;
  /** Milliseconds before a request counts as failed with `timeout`. Default 15 000. */
  timeout?: number;
  /** How many times a failed GET is tried again. Default 2. Changes are never retried on their own. */
  retries?: number;
  /** The first backoff delay in milliseconds; it doubles each time. Default 500. */
  retryDelay?: number;
  /** No wait between retries is longer than this, whatever `Retry-After` asks. Default 10 000. */
  maxRetryDelay?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /**
   * One key per user action, sent as `Idempotency-Key` with a POST. Send the same key when the
   * person retries that action, and a new one for a new action: then a retry after a lost answer
   * takes effect once, and a deliberate second click still counts. Without it, each call gets a
   * new key.
   */
  idempotencyKey?: string;
}

interface RequestInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/**
 * An answer with each null member left out, as absent (many servers write an unset optional field
 * so): but for the cursor, where null is the last page, and inside an event's free-form details,
 * where a change to nothing is written `"to": null`. In place: a page of 500 events takes a fraction
 * of a millisecond, where copying it took several.
 */
const absent = (value: unknown): unknown => {
  if (value && typeof value == 'object') {
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item === null && key !== 'nextCursor') delete (value as Record<string, unknown>)[key];
      else if (key !== 'details') absent(item);
    }
  }
  return value;
};

const MAX_RETRIES = 10;

const TIMEOUT = Symbol('timeout');
/**
 * Responses are checked without zod's compiled fast path: compiling a checker for each object schema
 * (with `new Function`) on its first use costs more than checking these small bodies ever saves,
 * and it sat between the first response and the first paint.
 */
const PARSE = { jitless: true } as const;

const warmedUp = new WeakSet<z.ZodMiniType>();

/** Checks a sample against an answer's schema once, in a task of its own, while its request is out. */
function warmUp(schema: z.ZodMiniType): void {
  if (warmedUp.has(schema)) return;
  warmedUp.add(schema);
  setTimeout(() => z.safeParse(schema, sampleOf(schema), PARSE));
}

/** A new idempotency key for one user action. */
export function createIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Rejects when the signal aborts; marked handled, since it usually loses the race it is in. */
function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  return aborted;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` in milliseconds: seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The client for the support access contract: one typed method per operation, each taking an
 * `AbortSignal`. Every failure rejects with a {@link SupportAccessError}.
 */
export class SupportAccessClient {
  readonly options: Readonly<SupportAccessClientOptions>;
  #etag: string | undefined;

  constructor(options: SupportAccessClientOptions) {
    if (typeof options?.baseUrl !== 'string') throw new TypeError('createSupportAccessClient needs a baseUrl');
    // Resolve every override now, so a typo fails at configuration rather than at the first click.
    for (const operation of Object.keys(options.endpoints ?? {}) as OperationId[]) {
      if (!(operation in calls)) throw new TypeError(`Unknown operation in endpoints: ${operation}`);
      resolveEndpoint(operation, options.endpoints);
    }
    this.options = { ...options };
  }

  /** The ETag of the last state this client saw; sent as `If-Match` with every change it guards. */
  get etag(): string | undefined {
    return this.#etag;
  }

  getState(options?: CallOptions) {
    return this.#call('getState', {}, options);
  }
  grant(body: GrantRequest, options?: CallOptions) {
    return this.#call('grant', { body }, options);
  }
  extend(grantId: string, body: ExtendRequest = {}, options?: CallOptions) {
    return this.#call('extend', { params: { id: grantId }, body }, options);
  }
  revoke(grantId: string, body: RevokeRequest, options?: CallOptions) {
    return this.#call('revoke', { params: { id: grantId }, body }, options);
  }
  listInheritors(query: InheritorsQuery = {}, options?: CallOptions) {
    return this.#call('listInheritors', { query }, options);
  }
  listRequests(query: RequestsQuery = {}, options?: CallOptions) {
    return this.#call('listRequests', { query }, options);
  }
  approveRequest(requestId: string, body: DecisionRequest = {}, options?: CallOptions) {
    return this.#call('approveRequest', { params: { id: requestId }, body }, options);
  }
  rejectRequest(requestId: string, body: DecisionRequest = {}, options?: CallOptions) {
    return this.#call('rejectRequest', { params: { id: requestId }, body }, options);
  }
  listSessions(query: ListQuery = {}, options?: CallOptions) {
    return this.#call('listSessions', { query }, options);
  }
  endSession(sessionId: string, options?: CallOptions) {
    return this.#call('endSession', { params: { id: sessionId } }, options);
  }
  updatePolicy(patch: PolicyPatch, options?: CallOptions) {
    return this.#call('updatePolicy', { body: patch }, options);
  }
  listEvents(query: EventsQuery = {}, options?: CallOptions) {
    return this.#call('listEvents', { query }, options);
  }

  async #call<K extends OperationId>(
    operation: K,
    input: RequestInput,
    options: CallOptions = {},
  ): Promise<OperationResult<K>> {
    const spec: CallSpec = calls[operation];
    const endpoint = resolveEndpoint(operation, this.options.endpoints);
    const url = joinUrl(this.options.baseUrl, fillPath(endpoint.path, input.params)) + queryString(input.query);
    const body = input.body === undefined ? undefined : JSON.stringify(input.body);
    const retries = this.options.retries ?? 2;
    const attempts = endpoint.method === 'GET' ? Math.min(Number.isNaN(retries) ? 2 : Math.max(0, Math.floor(retries)), MAX_RETRIES) + 1 : 1;
    // Decided by the contract, not by an override's method: a change a host routes to PUT or DELETE
    // is still one that a retry after a lost answer must not apply twice.
    const key = spec.method === 'POST' ? (options.idempotencyKey ?? createIdempotencyKey()) : undefined;

    warmUp(spec.response);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.#once(operation, spec, endpoint.method, url, body, key, options.signal);
        // An event the query did not ask for, or out of its order, would be wrong data on an audit
        // screen: a server that ignores `grantId` would tell the whole log as one grant's story.
        const stray = operation === 'listEvents' && strayEvent(input.query!, (result as { items: AuditEvent[] }).items);
        if (stray) throw this.#invalid(operation, 200, [{ path: stray, message: 'not what was asked for' }]);
        // The cursor it was asked with, again, would be the same page without end: a list loading forever.
        const cursor = input.query?.cursor;
        if (cursor && (result as { nextCursor?: unknown }).nextCursor === cursor) {
          throw this.#invalid(operation, 200, [{ path: 'nextCursor', message: 'the cursor it was asked with' }]);
        }
        // A decision answered with a request decided otherwise meanwhile (expired, withdrawn, decided
        // by someone else), by a server that does not say 409: the conflict it is, not a decision.
        const { status } = result as { status?: string };
        if (operation === 'approveRequest' ? status !== 'approved' && status !== 'pending' : operation === 'rejectRequest' && status !== 'rejected') {
          throw new SupportAccessError({ operation, code: 'conflict', status: 409, message: `${operation}: the request is ${status}` });
        }
        return result as OperationResult<K>;
      } catch (error) {
        const failure = error as SupportAccessError;
        // Only what may go through on a second try: no answer in time, no network, or a status that says so.
        if (attempt >= attempts || !(failure.code === 'timeout' || failure.code === 'offline' || RETRYABLE_STATUSES.has(failure.status))) {
          throw failure;
        }
        const backoff = (this.options.retryDelay ?? 500) * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
        const wait = Math.min(failure.retryAfter ?? backoff, this.options.maxRetryDelay ?? 10_000);
        try {
          await sleep(wait, options.signal ?? new AbortController().signal);
        } catch (reason) {
          throw this.#aborted(operation, reason);
        }
      }
    }
  }

  #aborted(operation: OperationId, reason: unknown) {
    return new SupportAccessError({
      operation,
      code: 'aborted',
      status: 0,
      message: `${operation} was cancelled`,
      cause: reason,
    });
  }

  async #once(
    operation: OperationId,
    spec: CallSpec,
    method: string,
    url: string,
    body: string | undefined,
    idempotencyKey: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    if (signal?.aborted) throw this.#aborted(operation, signal.reason);

    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = this.options.timeout ?? 15_000;
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeout);

    // Why a request that got no (whole) answer failed: our timeout, the caller, or the network.
    const transportFailure = (cause: unknown, status: number) => {
      const timedOut = controller.signal.reason === TIMEOUT;
      if (!timedOut && signal?.aborted) return this.#aborted(operation, signal.reason);
      return new SupportAccessError({
        operation,
        code: timedOut ? 'timeout' : 'offline',
        status,
        message: `${operation}: ${
          timedOut
            ? `no ${status ? 'complete ' : ''}answer within ${timeout} ms`
            : status
              ? 'the connection broke while reading the answer'
              : 'the network is unreachable'
        }`,
        cause,
      });
    };

    try {
      // The header provider (a token refresh, say) runs inside the timeout and can be cancelled.
      const configured = this.options.headers;
      let headers: Headers;
      try {
        headers = new Headers(
          await Promise.race([typeof configured === 'function' ? configured({ operation }) : configured, whenAborted(controller.signal)]),
        );
      } catch (cause) {
        if (controller.signal.aborted) throw transportFailure(cause, 0);
        throw new SupportAccessError({
          operation,
          code: 'unauthenticated',
          status: 0,
          message: `${operation}: the header provider failed`,
          cause,
        });
      }
      if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
      if (spec.guarded && this.#etag && !headers.has('If-Match')) headers.set('If-Match', this.#etag);

      let response: Response;
      try {
        const doFetch = this.options.fetch ?? globalThis.fetch;
        response = await doFetch(url, {
          method,
          headers,
          body,
          credentials: this.options.credentials,
          // Never a stored answer: the state's ETag covers only what a change depends on, so a 304 to a
          // revalidation would hand back an old clock, old pending requests and old permissions.
          cache: 'no-store',
          signal: controller.signal,
        });
      } catch (cause) {
        throw transportFailure(cause, 0);
      }

      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        throw transportFailure(cause, response.status);
      }

      if (!response.ok) throw this.#failure(operation, response, text);

      const etag = response.headers.get('ETag');
      if (spec.etag && etag) this.#etag = etag;
      return this.#parse(operation, spec, response, text);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  #failure(operation: OperationId, response: Response, text: string): SupportAccessError {
    let problem: Problem | undefined;
    try {
      // As much of a problem as there is: RFC 9457 makes each member optional, and one odd member
      // (no type, a code of the server's own, a field without a message) must not lose the rest.
      const body = { type: 'about:blank', title: response.statusText, status: response.status, ...JSON.parse(text) };
      if (!(PROBLEM_CODES as readonly unknown[]).includes(body.code)) body.code = codeForStatus(response.status);
      const fields: unknown = body.fields;
      // Fields as a map (`{ "reason": "…" }`, or `["…"]` for each) read as the list the contract names.
      body.fields = (Array.isArray(fields) ? fields : Object.entries(fields && typeof fields == 'object' ? fields : {}).map(([name, message]) => ({ name, message: String(message) }))).filter(
        (field) => typeof field?.name == 'string' && typeof field.message == 'string',
      );
      const parsed = z.safeParse(Problem, body, PARSE);
      if (parsed.success) problem = parsed.data;
    } catch {
      // Not JSON: a proxy's error page, say. The status alone still tells what happened.
    }
    const code = problem?.code ?? codeForStatus(response.status);
    const detail = problem?.detail ?? problem?.title ?? response.statusText;
    return new SupportAccessError({
      operation,
      code,
      status: response.status,
      message: `${operation} failed with ${response.status} ${code}${detail ? `: ${detail}` : ''}`,
      problem,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }

  #parse(operation: OperationId, spec: CallSpec, response: Response, text: string): unknown {
    let json: unknown;
    try {
      // An empty body (204, say) reaches the adapter as undefined; without an adapter the schema refuses it.
      json = text.trim() ? absent(JSON.parse(text)) : undefined;
    } catch (cause) {
      throw this.#invalid(operation, response.status, [{ path: '', message: 'the body is not valid JSON' }], cause);
    }
    const adapter = this.options.adapters?.[operation];
    if (adapter) {
      try {
        json = adapter(json, { operation, response });
      } catch (cause) {
        throw this.#invalid(operation, response.status, [{ path: '', message: `the response adapter failed: ${String(cause)}` }], cause);
      }
    }
    const result = z.safeParse(spec.response, json, PARSE);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) }));
      throw this.#invalid(operation, response.status, issues, result.error);
    }
    return result.data;
  }

  #invalid(operation: OperationId, status: number, issues: ResponseIssue[], cause?: unknown) {
    const first = issues[0];
    const where = first.path ? `field "${first.path}"` : 'body';
    return new SupportAccessError({
      operation,
      code: 'invalid-response',
      status,
      message: `Invalid response to ${operation}: ${where}: ${first.message}`,
      issues,
      cause,
    });
  }
}

/**
 * Where in `items` the first event is that `query` did not select (its grant, type or time), or that
 * is out of the order asked for: `items.3.grantId`, say.
 */
function strayEvent({ grantId, type, from, to, order }: EventsQuery, items: AuditEvent[]): string | undefined {
  let previous = order === 'asc' ? -Infinity : Infinity;
  for (const [index, event] of items.entries()) {
    const at = Date.parse(event.at);
    // Without `from` or `to`, the comparison with NaN is false. An event at the very moment `to`
    // names is let through: servers read that bound either way.
    const field =
      (grantId && event.grantId !== grantId && 'grantId') ||
      (type?.length && !type.includes(event.type) && 'type') ||
      ((at < Date.parse(from ?? '') || at > Date.parse(to ?? '') || (order === 'asc' ? at < previous : at > previous)) && 'at');
    if (field) return `items.${index}.${field}`;
    previous = at;
  }
}

/** Creates the client every element uses; a host can also call it directly. */
export function createSupportAccessClient(options: SupportAccessClientOptions): SupportAccessClient {
  return new SupportAccessClient(options);
}

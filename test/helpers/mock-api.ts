/**
 * Tests talk to the package's own mock organization through a real service worker, the same HTTP
 * path a host page uses.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createSupportAccessClient, type SupportAccessClientOptions } from '../../src/client/index.js';
import type { OperationId, State } from '../../src/contract/index.js';
import {
  createOrganization,
  DEFAULT_BASE_URL,
  handlers,
  type CreateOrganizationOptions,
  type HandlerOptions,
} from '../../src/mocks/index.js';

/** Every test organization starts at this instant, on a frozen clock. */
export const NOW = '2026-03-10T09:00:00.000Z';

export const worker = setupWorker();
let started: Promise<unknown> | undefined;

export interface SeenRequest {
  operation: OperationId;
  method: string;
  url: string;
  headers: Headers;
  at: number;
}

/** A fresh organization served by the worker; `requests` lists what reached it. */
export async function mockOrganization(options: CreateOrganizationOptions & { handlers?: HandlerOptions } = {}) {
  started ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  const org = createOrganization({ now: NOW, frozen: true, ...options });
  const requests: SeenRequest[] = [];
  worker.resetHandlers(...handlers(org, { ...options.handlers, onRequest: recordInto(requests) }));
  return { org, requests };
}

/** Notes each request that reaches a mock organization in `requests`. */
function recordInto(requests: SeenRequest[]): HandlerOptions['onRequest'] {
  return ({ operation, request }) =>
    requests.push({ operation, method: request.method, url: request.url, headers: request.headers, at: performance.now() });
}

/** Where `anotherOrganization` serves its organization. */
export const OTHER_BASE_URL = '/org-b/support-access';

/**
 * Another organization beside the one `mockOrganization` serves, at `OTHER_BASE_URL`: what a host
 * switches to when the person changes organization (`client` talks to it). Call after `mockOrganization`.
 */
export function anotherOrganization(options: CreateOrganizationOptions = {}) {
  const org = createOrganization({ now: NOW, frozen: true, ...options });
  const requests: SeenRequest[] = [];
  worker.use(...handlers(org, { baseUrl: OTHER_BASE_URL, onRequest: recordInto(requests) }));
  return { org, requests, client: createClient({ baseUrl: OTHER_BASE_URL, retries: 0 }) };
}

/**
 * From now on the server refuses `POST {base}{path}` with a 422 validation problem that names one
 * field, as a real server would a value it no longer accepts.
 */
export function refuseField(path: string, name: string, message: string): void {
  worker.use(http.post(`${DEFAULT_BASE_URL}${path}`, () => validationProblem(name, message)));
}

/** A 422 validation problem that names one field, as a server answers a value it does not accept. */
export function validationProblem(name: string, message: string): Response {
  const problem = { type: 'about:blank', title: 'Validation failed', status: 422, code: 'validation', fields: [{ name, message }] };
  return HttpResponse.json(problem, { status: 422, headers: { 'Content-Type': 'application/problem+json' } });
}

export function createClient(options: Partial<SupportAccessClientOptions> = {}) {
  return createSupportAccessClient({ baseUrl: DEFAULT_BASE_URL, retryDelay: 5, timeout: 3000, ...options });
}

/** A client (no retries) whose every state the mock server sends is first passed through `rewrite`: a server that says other things. */
export function clientWithState(rewrite: (state: State) => State) {
  const client = createClient({ retries: 0 });
  const getState = client.getState.bind(client);
  client.getState = async (options) => rewrite(await getState(options));
  return client;
}

/** A request as the client started it: its path, URL, a copy to read its body from, and `performance.now()`. */
export interface StartedRequest {
  path: string;
  url: URL;
  request: Request;
  at: number;
}

/**
 * A `fetch` for `createClient` (the host's own fetch) that notes each request when the client starts
 * it: the mock server's record comes only once a request arrives (late on a busy machine), and never
 * for one aborted at once.
 */
export function recordingFetch(): { fetch: typeof fetch; started: StartedRequest[] } {
  const started: StartedRequest[] = [];
  return {
    started,
    fetch: (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      started.push({ path: url.pathname, url, request: request.clone(), at: performance.now() });
      return fetch(request);
    },
  };
}

/**
 * A `fetch` for `createClient` that holds each request whose path ends in `path` before it reaches
 * the server, until `send()`: what a slow network does to one call while others go on.
 */
export function holding(path: string): { fetch: typeof fetch; send: () => void } {
  let send!: () => void;
  const held = new Promise<void>((resolve) => (send = resolve));
  return {
    send,
    fetch: async (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith(path)) await held;
      return fetch(input, init);
    },
  };
}

/** The rejection of a promise that must reject. */
export async function rejection<T = unknown>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

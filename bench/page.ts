/**
 * The benchmark page: the built package (dist/, bundled and minified like a host's production
 * build) against its own mock organization through MSW's service worker. `scripts/bench.ts` opens it
 * in Chromium and calls the scenarios on `window.bench`; each returns its measurements.
 */
import { setupWorker } from 'msw/browser';
// scripts/bench.ts bundles these from dist/: the sources are named here for their types.
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-log/define.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-access-settings/define.js';
import '../src/elements/support-session-list/define.js';
import '../src/elements/support-user-badge/define.js';
import { createOrganization, DEFAULT_BASE_URL, handlers, type MockOrganization, type ScenarioName } from '../src/mocks/index.js';

const NOW = '2026-03-10T09:00:00.000Z';
const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** Requests the mock organization received, as `METHOD path?query`, and when. */
const seen: { key: string; operation: string; at: number }[] = [];
/** When each response reached the page (its headers: the body is still to be read and validated). */
const arrived: { operation: string; at: number }[] = [];

async function serve(scenario: ScenarioName, prepare?: (org: MockOrganization) => void): Promise<MockOrganization> {
  started ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  const org = createOrganization({ scenario, now: NOW, frozen: true });
  prepare?.(org);
  worker.resetHandlers(
    ...handlers(org, {
      onRequest: ({ operation, request }) => {
        const url = new URL(request.url);
        seen.push({ key: `${request.method} ${url.pathname}${url.search}`, operation, at: performance.now() });
      },
    }),
  );
  return org;
}

// Which operation a URL belongs to, for the arrival times (the handler only sees the request).
const originalFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await originalFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const path = url.pathname.slice(DEFAULT_BASE_URL.length);
  const operation =
    path === '' ? 'getState' : path === '/requests' ? 'listRequests' : path === '/events' ? 'listEvents' : path === '/sessions' ? 'listSessions' : path;
  arrived.push({ operation, at: performance.now() });
  return response;
};

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been produced: a task queued from a frame callback runs after its paint. */
const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/** Checks `done` every frame; then waits for that frame's paint and returns when it happened. */
async function paintedWhen(done: () => boolean, timeout = 15_000): Promise<number> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeout) throw new Error('Timed out waiting for the page to show the expected state');
    await frame();
  }
  return painted();
}

function firstArrival(operation: string): number {
  const found = arrived.find((entry) => entry.operation === operation);
  if (!found) throw new Error(`No ${operation} response arrived`);
  return found.at;
}

type Markup = [tag: string, attributes?: Record<string, string>];
const ZONE = { 'time-zone': 'UTC', locale: 'en-US' };

/** A provider with `children` inside, as the page's only content. */
function mount(...children: Markup[]): HTMLElement {
  const create = ([tag, attributes = {}]: Markup) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  const host = create(['support-access-provider', { 'base-url': DEFAULT_BASE_URL }]);
  host.append(...children.map(create));
  document.body.replaceChildren(host);
  return host;
}

const shadow = (host: Element, selector: string) => host.shadowRoot?.querySelector(selector) ?? null;


/** The panel: from the state response to the painted enable form (`off`) or the painted grant (`on`). */
async function panel(status: 'off' | 'on') {
  await serve(status === 'off' ? 'carto' : 'segment');
  const host = mount(['support-access-panel', ZONE]);
  const element = host.querySelector('support-access-panel')!;
  const at = await paintedWhen(() =>
    status === 'off' ? !!shadow(element, 'form button[type="submit"], form .primary') : element.getAttribute('status') === 'on' && !!shadow(element, '[part~="details"]'),
  );
  return { ms: at - firstArrival('getState') };
}

/** The request list with 500 pending requests: from the list's response to its painted first page. */
async function requests() {
  await serve('keboola', (org) => {
    for (let index = 0; index < 500; index++) org.requestAccess({ reason: `Investigate pipeline failure ${index + 1}`, ticket: `KBC-${7000 + index}` });
  });
  const host = mount(['access-request-list', ZONE]);
  const element = host.querySelector('access-request-list')!;
  const rendered = () => element.shadowRoot?.querySelectorAll('[part~="request"], li.request, article').length ?? 0;
  const at = await paintedWhen(() => rendered() > 0);
  return { ms: at - firstArrival('listRequests'), shown: rendered() };
}

/**
 * The log in the busy scenario (100,000 events): the first page painted after its data; then a
 * scroll to the very end in steps, counting the rows in the DOM and timing the longest task.
 */
async function openLog() {
  await serve('busy');
  const host = mount(['support-access-log', ZONE]);
  const element = host.querySelector('support-access-log')! as HTMLElement & { updateComplete: Promise<boolean> };
  const rowCount = () => element.shadowRoot?.querySelectorAll('[role="row"]').length ?? 0;
  const viewport = () => shadow(element, '[role="grid"], [role="treegrid"], .viewport') as HTMLElement | null;
  const at = await paintedWhen(() => rowCount() > 1);
  return { element, rowCount, viewport, firstPage: at - firstArrival('listEvents') };
}

async function logFirstPage() {
  return { ms: (await openLog()).firstPage };
}

async function logScroll() {
  const { element, rowCount, viewport, firstPage } = await openLog();

  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  let maxRows = rowCount();
  const started = performance.now();
  const grid = viewport()!;
  // Like a person holding End (or dragging the scrollbar to the bottom) until the last event shows:
  // each frame jumps to the bottom of what is loaded, which asks for the next page.
  while (grid.getAttribute('aria-rowcount') === '-1' || grid.scrollTop + grid.clientHeight < grid.scrollHeight - 1) {
    grid.scrollTop = grid.scrollHeight;
    await frame();
    await element.updateComplete;
    maxRows = Math.max(maxRows, rowCount());
    if (performance.now() - started > 600_000) throw new Error('Scrolling to the end took more than 10 minutes');
  }
  await painted();
  maxRows = Math.max(maxRows, rowCount());
  observer.disconnect();
  return {
    firstPage,
    maxRows,
    longestTask: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    scrollSeconds: (performance.now() - started) / 1000,
    events: Number(grid.getAttribute('aria-rowcount')) - 1,
  };
}

const everything: Markup[] = [
  ['support-user-badge'],
  ['support-access-panel', ZONE],
  ['access-request-list', ZONE],
  ['support-session-list', ZONE],
  ['support-access-settings', ZONE],
  ['support-access-log', ZONE],
];

/** Waits until no request has reached the mock for `quiet` milliseconds. */
async function settled(quiet = 1500): Promise<void> {
  let count = -1;
  while (count !== seen.length) {
    count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, quiet));
  }
}

const duplicates = (keys: string[]) => [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];

/** Every element under one provider: the requests at load, and those a grant causes. */
async function network() {
  await serve('carto');
  seen.length = 0;
  const host = mount(...everything) as HTMLElement & { store?: { grant(request: object): Promise<unknown> } };
  await settled();
  const load = seen.map((entry) => entry.key);
  seen.length = 0;
  await host.store!.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
  await settled();
  const grant = seen.map((entry) => entry.key);
  return { load, loadDuplicates: duplicates(load), grant, grantDuplicates: duplicates(grant) };
}

/** Counts the timer, frame and idle callbacks that run from now on. */
function countCallbacks() {
  const fired = { timeout: 0, interval: 0, animationFrame: 0, idle: 0 };
  const wrap = <F extends (...args: never[]) => unknown>(kind: keyof typeof fired, schedule: F) =>
    ((callback: (...args: unknown[]) => void, ...rest: unknown[]) =>
      (schedule as unknown as (...args: unknown[]) => number)((...args: unknown[]) => {
        fired[kind]++;
        callback(...args);
      }, ...rest)) as unknown as F;
  window.setTimeout = wrap('timeout', window.setTimeout.bind(window));
  window.setInterval = wrap('interval', window.setInterval.bind(window));
  window.requestAnimationFrame = wrap('animationFrame', window.requestAnimationFrame.bind(window));
  window.requestIdleCallback = wrap('idle', window.requestIdleCallback.bind(window));
  return fired;
}

/**
 * Every element under one provider with a running grant (a countdown), loaded; then the tab goes
 * hidden. Returns the counters, which `scripts/bench.ts` reads after its idle period. The mock's
 * worker is stopped first (its own keep-alive timer is not the package's), so any request made
 * while hidden goes to the network and is counted by the server.
 */
async function hide() {
  await serve('segment');
  seen.length = 0;
  mount(...everything);
  await settled();
  worker.stop();
  const intervalsBefore = performance.now();
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  document.dispatchEvent(new Event('visibilitychange'));
  (window as unknown as { idleCounters: ReturnType<typeof countCallbacks> }).idleCounters = countCallbacks();
  return { loadedRequests: seen.length, hiddenAt: intervalsBefore };
}

declare global {
  interface Window {
    bench: typeof bench;
  }
}

const bench = { panel, requests, logFirstPage, logScroll, network, hide, settled };
window.bench = bench;

/**
 * The benchmark page: the built package (dist/, bundled and minified like a host's production
 * build) and nothing else. Its requests go over real HTTP to `scripts/bench.ts`, which answers them
 * from the package's mock organization in Node, so the page's main thread does only the package's
 * work. The runner calls the scenarios on `window.bench`; each returns its measurements.
 */
// scripts/bench.ts bundles these from dist/: the sources are named here for their types.
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-log/define.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-access-settings/define.js';
import '../src/elements/support-session-list/define.js';
import '../src/elements/support-user-badge/define.js';
import type { GrantRequest } from '../src/contract/schemas.js';

export const BASE_URL = '/api/support-access';

/** When each response reached the page (its headers: the body is still to be read and validated). */
const arrived: { path: string; at: number }[] = [];
const originalFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await originalFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  arrived.push({ path: url.pathname.slice(BASE_URL.length) + url.search, at: performance.now() });
  return response;
};

function firstArrival(path: string): number {
  const found = arrived.find((entry) => entry.path === path);
  if (!found) throw new Error(`No response for ${BASE_URL}${path} arrived`);
  return found.at;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been produced: a task queued from a frame callback runs after its paint. */
const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/**
 * Checks `done` after every change to the element (its shadow DOM or its attributes), so the page
 * asks for no frame of its own while it waits. Once `done` holds, the next frame shows the content,
 * and a task queued from that frame's callback runs right after its paint. Returns when the content
 * was painted, and when the element's shadow DOM last changed before that (the script's share).
 */
function paintedWhen(element: Element, done: () => boolean, timeout = 15_000): Promise<{ painted: number; dom: number }> {
  let dom = NaN;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Timed out waiting for the page to show the expected state'));
    }, timeout);
    let shown = false;
    const check = () => {
      if (shown || !done()) return;
      shown = true;
      clearTimeout(timer);
      requestAnimationFrame(() => {
        observer.disconnect();
        setTimeout(() => resolve({ painted: performance.now(), dom }));
      });
    };
    const observer = new MutationObserver((records) => {
      if (records.some((record) => record.target !== element)) dom = performance.now();
      check();
    });
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    observer.observe(element, { attributes: true });
    check();
  });
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
  const host = create(['support-access-provider', { 'base-url': BASE_URL }]);
  host.append(...children.map(create));
  document.body.replaceChildren(host);
  return host;
}

const shadow = (host: Element, selector: string) => host.shadowRoot?.querySelector(selector) ?? null;

/** The panel: from the state response to the painted enable form (`off`) or the painted grant (`on`). */
async function panel(status: 'off' | 'on') {
  const element = mount(['support-access-panel', ZONE]).firstElementChild!;
  const at = await paintedWhen(element, () =>
    status === 'off'
      ? element.getAttribute('status') === 'off' && !!shadow(element, '[part~="form"]')
      : element.getAttribute('status') === 'on' && !!shadow(element, '[part~="details"]'),
  );
  const t0 = firstArrival('');
  return { ms: at.painted - t0, dom: at.dom - t0 };
}

/** The request list: from the pending list's response to its painted first page. */
async function requests() {
  const element = mount(['access-request-list', ZONE]).firstElementChild!;
  const shown = () => element.shadowRoot?.querySelectorAll('[part~="request"]').length ?? 0;
  const at = await paintedWhen(element, () => shown() > 0);
  const t0 = firstArrival('/requests?status=pending&limit=50');
  return { ms: at.painted - t0, dom: at.dom - t0, shown: shown() };
}

async function openLog() {
  const element = mount(['support-access-log', ZONE]).firstElementChild! as HTMLElement & { updateComplete: Promise<boolean> };
  const rowCount = () => element.shadowRoot?.querySelectorAll('[role="row"]').length ?? 0;
  const at = await paintedWhen(element, () => rowCount() > 1);
  const t0 = firstArrival('/events?limit=100');
  return { element, rowCount, grid: shadow(element, '[role="grid"]') as HTMLElement, firstPage: at.painted - t0, dom: at.dom - t0 };
}

/** The log: from the first page's response to its painted rows. */
async function logFirstPage() {
  const { firstPage, dom } = await openLog();
  return { ms: firstPage, dom };
}

/**
 * The log scrolled to its very end, like a person holding End: each frame jumps to the bottom of
 * what is loaded, which asks for the next page. Counts the rows in the DOM and times the longest
 * task. `seconds` stops early (for profiling).
 */
async function logScroll(seconds = 900) {
  const { element, rowCount, grid } = await openLog();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  let maxRows = rowCount();
  const started = performance.now();
  while (grid.getAttribute('aria-rowcount') === '-1' || grid.scrollTop + grid.clientHeight < grid.scrollHeight - 1) {
    grid.scrollTop = grid.scrollHeight;
    await frame();
    await element.updateComplete;
    maxRows = Math.max(maxRows, rowCount());
    if (performance.now() - started > seconds * 1000) break;
  }
  await painted();
  // The observer reports a task once it has ended; give the last ones a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  maxRows = Math.max(maxRows, rowCount());
  observer.disconnect();
  return {
    maxRows,
    longestTask: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    scrollSeconds: (performance.now() - started) / 1000,
    rowCount: Number(grid.getAttribute('aria-rowcount')),
    /** Every element in the log's shadow DOM at the end, rows or not. */
    nodes: element.shadowRoot!.querySelectorAll('*').length,
  };
}

/**
 * The log's CSV export of every event (500 a page): from Export CSV to the finished file, and the
 * longest task meanwhile. The file is kept, not saved: the download link's click is stopped.
 */
async function logExport() {
  const { element } = await openLog();
  const log = element as typeof element & { lastExport?: { count: number } };
  element.shadowRoot!.addEventListener('click', (event) => (event.target as Element).localName === 'a' && event.preventDefault(), { capture: true });
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  (shadow(element, '[part~="export-button"]') as HTMLElement).click();
  const at = await paintedWhen(element, () => log.lastExport !== undefined && !shadow(element, '[part~="export"]'), 120_000);
  // The observer reports a task once it has ended; give the last ones a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { seconds: (at.painted - started) / 1000, longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length, events: log.lastExport!.count };
}

/** Every element under one provider. */
function everything(): void {
  mount(
    ['support-user-badge'],
    ['support-access-panel', ZONE],
    ['access-request-list', ZONE],
    ['support-session-list', ZONE],
    ['support-access-settings', { locale: 'en-US' }],
    ['support-access-log', ZONE],
  );
}

/** A grant through the provider's store, as the panel's enable form makes it. */
async function grant(request: GrantRequest): Promise<void> {
  const provider = document.querySelector('support-access-provider')!;
  await provider.store!.grant(request);
}

/** Counts the timer, frame and idle callbacks that run from now on. */
function countCallbacks() {
  const fired = { timeout: 0, interval: 0, animationFrame: 0, idle: 0 };
  const wrap = <F>(kind: keyof typeof fired, schedule: F) =>
    ((callback: (...args: unknown[]) => void, ...rest: unknown[]) =>
      (schedule as (...args: unknown[]) => number)((...args: unknown[]) => {
        fired[kind]++;
        callback(...args);
      }, ...rest)) as F;
  window.setTimeout = wrap('timeout', window.setTimeout.bind(window));
  window.setInterval = wrap('interval', window.setInterval.bind(window));
  window.requestAnimationFrame = wrap('animationFrame', window.requestAnimationFrame.bind(window));
  window.requestIdleCallback = wrap('idle', window.requestIdleCallback.bind(window));
  return fired;
}

let idleCounters: ReturnType<typeof countCallbacks> | undefined;

/**
 * The tab goes hidden: `document.visibilityState` reports "hidden" and `visibilitychange` fires
 * (headless Chromium has no background tab). From then on every callback is counted.
 */
function hide(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  document.dispatchEvent(new Event('visibilitychange'));
  idleCounters = countCallbacks();
}

const counted = () => ({ ...idleCounters! });

const bench = { panel, requests, logFirstPage, logScroll, logExport, everything, grant, hide, counted };

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;

/**
 * 200 mount/unmount cycles of every element: no timer, window or document listener, or request is
 * left behind, and the JS heap (after garbage collection, read through the DevTools Protocol)
 * returns to within 5 % of where it started. The numbers are printed for the record.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SupportAccessClient } from '../../src/client/index.js';
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/support-access-log/define.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-provider/define.js';
import '../../src/elements/support-access-settings/define.js';
import '../../src/elements/support-session-list/define.js';
import '../../src/elements/support-user-badge/define.js';
import { createOrganization, handlers, type ScenarioName } from '../../src/mocks/index.js';
import { button, deepQueryAll } from '../helpers/dom.js';
import { createClient, mockOrganization, NOW, worker } from '../helpers/mock-api.js';
import { failOnConsoleErrors } from '../helpers/probes.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();
failOnConsoleErrors();

const CYCLES = 200;
const WARM_UP = 20;
const HEAP_TOLERANCE = 0.05;

// ---------------------------------------------------------------------------------------------
// Counting what is alive: timers, frames, listeners on window and document, requests in flight.

const live = {
  timeouts: new Map<number, number>(),
  intervals: new Set<number>(),
  frames: new Set<number>(),
  listeners: new Map<string, { target: string; type: string }>(),
  requests: 0,
};

// The test's own waiting uses the timers as they were, so only what the elements start is counted.
const nativeSetTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise((resolve) => nativeSetTimeout(resolve, ms));
async function until(condition: () => boolean, what: string, timeout = 10_000) {
  const end = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out: ${what}`);
    await pause(5);
  }
}

/** Called from the package's own code (its source is served from /src/). */
const ours = () => /\/src\//.test(new Error().stack ?? '');

function installCounters() {
  const { clearTimeout: nativeClearTimeout, setInterval: nativeSetInterval, clearInterval: nativeClearInterval } = window;
  const { requestAnimationFrame: nativeRaf, cancelAnimationFrame: nativeCaf } = window;
  const patched = window as unknown as Record<string, unknown>;
  patched.setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = nativeSetTimeout(
      (...inner: unknown[]) => {
        live.timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    // Only the package's timers count: the test framework keeps its own (a test's time limit).
    if (ours()) live.timeouts.set(id, ms ?? 0);
    return id;
  };
  patched.clearTimeout = (id?: number) => {
    if (id !== undefined) live.timeouts.delete(id);
    nativeClearTimeout(id);
  };
  patched.setInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = nativeSetInterval(handler, ms, ...args);
    live.intervals.add(id);
    return id;
  };
  patched.clearInterval = (id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    nativeClearInterval(id);
  };
  patched.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id: number = nativeRaf((time) => {
      live.frames.delete(id);
      callback(time);
    });
    live.frames.add(id);
    return id;
  };
  patched.cancelAnimationFrame = (id: number) => {
    live.frames.delete(id);
    nativeCaf(id);
  };

  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: object) => {
    if (!ids.has(listener)) ids.set(listener, ++next);
    return ids.get(listener);
  };
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const key = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) =>
      `${name} ${type} ${listener ? idOf(listener) : 0} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
    target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      // A `once` listener removes itself when it fires; it is counted only until then.
      if (!listener || (typeof options === 'object' && options.once)) return add(type, listener as EventListenerOrEventListenerObject, options);
      live.listeners.set(key(type, listener, options), { target: name, type });
      add(type, listener, options);
    };
    target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (!listener) return;
      live.listeners.delete(key(type, listener, options));
      remove(type, listener, options);
    };
  }
}

/** A fetch that counts the requests in flight, handed to the client as a host would. */
const countingFetch: typeof fetch = async (input, init) => {
  live.requests++;
  try {
    return await fetch(input, init);
  } finally {
    live.requests--;
  }
};

function snapshot() {
  return {
    timeouts: [...live.timeouts.values()],
    intervals: live.intervals.size,
    frames: live.frames.size,
    listeners: [...live.listeners.values()].map(({ target, type }) => `${target}:${type}`).sort(),
    requests: live.requests,
  };
}

async function heap(): Promise<number> {
  const { usedSize } = (await executeServerCommand('js-heap')) as { usedSize: number };
  return usedSize;
}

// ---------------------------------------------------------------------------------------------
// The elements, each as a host mounts it.

interface Case {
  tag: string;
  scenario: ScenarioName;
  signInAs?: string;
  /** Builds the element (or the provider with its children). */
  create(client: SupportAccessClient): HTMLElement;
  /** Loaded and shown. */
  ready?(el: HTMLElement): boolean;
  /** What a person does once it is shown, e.g. open the dialog. */
  use?(el: HTMLElement): Promise<void>;
}

function element(tag: string, client: SupportAccessClient, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { client?: SupportAccessClient };
  el.client = client;
  el.setAttribute('locale', 'en-US');
  el.setAttribute('time-zone', 'UTC');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const status = (el: Element) => (el as HTMLElement & { status?: string }).status;
const requestsShown = (el: Element) => (el.shadowRoot?.querySelectorAll('[part~="pending"] [part~="request"]').length ?? 0) > 0;
const logShown = (el: Element) => Boolean(el.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]'));

const CASES: Case[] = [
  { tag: 'support-access-panel', scenario: 'expiring-soon', create: (client) => element('support-access-panel', client), ready: (el) => status(el) === 'on' },
  {
    tag: 'revoke-access-dialog (opened from the panel)',
    scenario: 'expiring-soon',
    create: (client) => element('support-access-panel', client),
    ready: (el) => status(el) === 'on',
    use: async (el) => {
      button(el, 'Revoke access').click();
      const dialog = deepQueryAll(el, 'revoke-access-dialog')[0];
      await until(() => dialog.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0, 'the dialog lists users');
      // A search the person started typing, cut short by leaving.
      const search = dialog.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      search.value = 'bru';
      search.dispatchEvent(new InputEvent('input'));
    },
  },
  { tag: 'access-request-list', scenario: 'keboola', create: (client) => element('access-request-list', client), ready: requestsShown },
  { tag: 'support-session-list', scenario: 'cumulocity', signInAs: 'u-ana', create: (client) => element('support-session-list', client), ready: (el) => status(el) === 'ready' },
  { tag: 'support-access-settings', scenario: 'carto', create: (client) => element('support-access-settings', client), ready: (el) => status(el) === 'editable' },
  { tag: 'support-access-log', scenario: 'carto', create: (client) => element('support-access-log', client), ready: logShown },
  {
    tag: 'support-user-badge',
    scenario: 'carto',
    create: () => {
      const badge = document.createElement('support-user-badge');
      badge.setAttribute('expires', '2026-03-11T09:00:00Z');
      badge.setAttribute('locale', 'en-US');
      return badge;
    },
    use: async (el) => {
      el.dispatchEvent(new MouseEvent('mouseenter'));
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    },
  },
  {
    tag: 'support-access-provider with all five data elements',
    scenario: 'keboola',
    create: (client) => {
      const provider = document.createElement('support-access-provider') as HTMLElement & { client?: SupportAccessClient };
      provider.client = client;
      for (const tag of ['support-access-panel', 'access-request-list', 'support-session-list', 'support-access-settings', 'support-access-log']) {
        const child = document.createElement(tag);
        child.setAttribute('locale', 'en-US');
        provider.append(child);
      }
      return provider;
    },
    ready: (provider) =>
      status(provider.querySelector('support-access-panel')!) === 'off' &&
      requestsShown(provider.querySelector('access-request-list')!) &&
      status(provider.querySelector('support-session-list')!) === 'empty' &&
      status(provider.querySelector('support-access-settings')!) === 'editable' &&
      logShown(provider.querySelector('support-access-log')!),
  },
];

/** Waits until the element shows what it loaded, nothing is in flight, and everything below has rendered. */
async function settle(el: HTMLElement, ready: (el: HTMLElement) => boolean) {
  await until(() => ready(el) && live.requests === 0, `<${el.localName}> is ready`);
  for (const node of [el, ...deepQueryAll(el, '*')]) await (node as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

describe(`leaks: ${CYCLES} mount/unmount cycles`, () => {
  before(async () => {
    await mockOrganization();
    installCounters();
  });

  for (const testCase of CASES) {
    it(`<${testCase.tag}> leaves no timer, listener, request or memory behind`, async function () {
      this.timeout(600_000);
      const org = createOrganization({ scenario: testCase.scenario, now: NOW, frozen: true });
      if (testCase.signInAs) org.signInAs(testCase.signInAs);
      // No request log here: the test itself must not be what grows.
      worker.resetHandlers(...handlers(org));
      const client = createClient({ retries: 0, fetch: countingFetch });
      const container = document.createElement('div');
      document.body.append(container);

      const cycle = async (index: number) => {
        const el = testCase.create(client);
        container.append(el);
        // Every other cycle waits for the element to load and be used; the rest leave at once,
        // cutting their requests short.
        if (index % 2 === 0) {
          await settle(el, testCase.ready ?? (() => true));
          await testCase.use?.(el);
        }
        el.remove();
      };

      for (let index = 0; index < WARM_UP; index++) await cycle(index);
      await pause(300);
      const before = snapshot();
      const baseline = await heap();

      const started = performance.now();
      for (let index = 0; index < CYCLES; index++) await cycle(index);
      const elapsed = performance.now() - started;
      // What was cut short answers or is aborted; a just-scheduled frame or short timeout fires.
      await until(() => live.requests === 0, 'cut-short requests end');
      await pause(600);
      const after = snapshot();
      const final = await heap();
      container.remove();

      const growth = (final - baseline) / baseline;
      console.log(
        `[leaks] <${testCase.tag}>: ${CYCLES} cycles in ${Math.round(elapsed)} ms; ` +
          `heap ${(baseline / 1e6).toFixed(2)} MB → ${(final / 1e6).toFixed(2)} MB (${(growth * 100).toFixed(2)} %); ` +
          `left behind: ${after.timeouts.length - before.timeouts.length} timeouts, ${after.intervals - before.intervals} intervals, ` +
          `${after.frames - before.frames} frames, ${after.listeners.length - before.listeners.length} window/document listeners, ` +
          `${after.requests} requests in flight`,
      );
      expect(after.timeouts, 'pending timeouts').to.deep.equal(before.timeouts);
      expect(after.intervals, 'intervals').to.equal(before.intervals);
      expect(after.frames, 'animation frames').to.equal(before.frames);
      expect(after.listeners, 'window and document listeners').to.deep.equal(before.listeners);
      expect(after.requests, 'requests in flight').to.equal(0);
      expect(growth, `heap growth over ${CYCLES} cycles`).to.be.at.most(HEAP_TOLERANCE);
    });
  }
});

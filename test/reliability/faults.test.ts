/**
 * Every operation of the contract, through the element a person uses to call it, against every
 * fault the network and the server can produce. The cases are keyed by the operation table, so a
 * new operation without a case fails the first test here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportAccessClient, SupportAccessError } from '../../src/client/index.js';
import { operationIds, operations, type OperationId } from '../../src/contract/index.js';
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/support-access-log/define.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-settings/define.js';
import '../../src/elements/support-session-list/define.js';
import type { SaErrorEvent } from '../../src/events/error.js';
import { en } from '../../src/i18n/en.js';
import { FAULT_PRESETS, type Fault, type MockOrganization, type ScenarioName } from '../../src/mocks/index.js';
import { alerts, button, deepQueryAll, findButton, typeInto, words } from '../helpers/dom.js';
import { createClient, mockOrganization, type SeenRequest } from '../helpers/mock-api.js';
import { failOnConsoleErrors } from '../helpers/probes.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();
failOnConsoleErrors();

/** Short enough that a request that never answers fails within the test, long enough for a loaded machine. */
const TIMEOUT = 1500;
const WAIT = { timeout: 10_000 };

type ErrorCode = keyof typeof en extends infer K ? (K extends `error.${infer C}` ? C : never) : never;

interface FaultCase {
  name: string;
  fault: Fault;
  /** What the person is told. */
  code: Exclude<ErrorCode, 'couldNot' | 'withReason'>;
  /** The client tries a GET again on its own after this fault. */
  retried: boolean;
}

const FAULTS: FaultCase[] = [
  { name: '500', fault: { status: 500 }, code: 'internal', retried: true },
  { name: '503 with Retry-After', fault: { status: 503, retryAfter: 1 }, code: 'unavailable', retried: true },
  { name: 'no answer (timeout)', fault: { hang: true }, code: 'timeout', retried: true },
  { name: 'offline', fault: { offline: true }, code: 'offline', retried: true },
  { name: 'malformed JSON', fault: { malformedJson: true }, code: 'invalid-response', retried: false },
  { name: 'schema-breaking body', fault: { breakSchema: true }, code: 'invalid-response', retried: false },
  { name: '401', fault: { status: 401 }, code: 'unauthenticated', retried: false },
  { name: '403', fault: { status: 403 }, code: 'forbidden', retried: false },
  { name: '404', fault: { status: 404 }, code: 'not-found', retried: false },
  { name: '409', fault: { status: 409 }, code: 'conflict', retried: false },
  { name: '412', fault: { status: 412 }, code: 'precondition-failed', retried: false },
  { name: '429 with Retry-After', fault: { status: 429, retryAfter: 1 }, code: 'rate-limited', retried: true },
];

interface Ctx {
  org: MockOrganization;
  requests: SeenRequest[];
  client: SupportAccessClient;
  el: HTMLElement;
}

interface Case {
  /** The element a person uses. */
  element: string;
  /** How a person calls the operation through it. */
  how: string;
  scenario: ScenarioName;
  signInAs?: string;
  /** Brings the organization to where the case starts. */
  prepare?(org: MockOrganization): void;
  /** Renders the element and waits until it is ready for the person (not used by loads on mount). */
  mount(client: SupportAccessClient): Promise<HTMLElement>;
  /** The fault hits the element's first load: it is injected before mounting. */
  onMount?: boolean;
  /** What the person types or chooses, then the action that calls the operation. */
  act(ctx: Ctx): Promise<void>;
  /** Where no Try again is offered: the action again, on the input that was kept (by default `act`). */
  again?(ctx: Ctx): Promise<void>;
  /** What the person typed or chose is still there after the failure. */
  kept?(ctx: Ctx): void;
  /** The operation's effect shows. */
  done(ctx: Ctx): boolean;
  /** A fault whose message is the element's own sentence rather than the generic one. */
  message?: Partial<Record<ErrorCode, string>>;
  /** The button that tries again after this fault, when it is not “Try again”. */
  retryButton?: Partial<Record<ErrorCode, string>>;
  /** How the person gets the element to try again after this fault, when it offers no button. */
  recover?: Partial<Record<ErrorCode, (ctx: Ctx) => void>>;
  /**
   * A change whose effect the shared state does not show (ending a session): when its answer is
   * lost after it was made, the person is told and tries again, instead of seeing the effect.
   */
  effectNotInState?: boolean;
  /** An answer the element shows as a state, not as a failure (a member's 403): the host is not told. */
  state?: ErrorCode;
}

const shadow = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => deepQueryAll<T>(el, selector)[0];

async function ready(el: HTMLElement, condition: () => boolean) {
  await waitUntil(condition, `${el.localName} is ready`, WAIT);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const panel = async (client: SupportAccessClient) => {
  const el = await fixture<HTMLElement & { status: string }>(
    html`<support-access-panel .client=${client} locale="en-US" time-zone="UTC"></support-access-panel>`,
  );
  return ready(el, () => el.status !== 'loading');
};
const requestList = async (client: SupportAccessClient) => {
  const el = await fixture<HTMLElement>(html`<access-request-list .client=${client} locale="en-US" time-zone="UTC"></access-request-list>`);
  return ready(el, () => Boolean(shadow(el).querySelector('[part~="request"]') || alerts(el).length));
};
const sessionList = async (client: SupportAccessClient) => {
  const el = await fixture<HTMLElement & { status: string }>(
    html`<support-session-list .client=${client} locale="en-US" time-zone="UTC"></support-session-list>`,
  );
  return ready(el, () => el.status !== 'loading');
};
const settings = async (client: SupportAccessClient) => {
  const el = await fixture<HTMLElement & { status: string }>(
    html`<support-access-settings .client=${client} locale="en-US" time-zone="UTC"></support-access-settings>`,
  );
  return ready(el, () => el.status !== 'loading');
};
const log = async (client: SupportAccessClient) => {
  const el = await fixture<HTMLElement>(html`<support-access-log .client=${client} locale="en-US" time-zone="UTC"></support-access-log>`);
  return ready(el, () => Boolean(shadow(el).querySelector('[role="row"][aria-rowindex="2"]') || alerts(el).length));
};

const CHURN = 'Transformation “Churn model” runs out of memory';
const pendingRow = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="pending"] [part~="request"]')].find((row) => words(row.textContent).includes(CHURN));
const decidedHas = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="decided"] [part~="request"]')].some((row) => words(row.textContent).includes(CHURN));

async function decide(ctx: Ctx, decision: 'Approve' | 'Reject') {
  const row = pendingRow(ctx.el)!;
  if (!q<HTMLTextAreaElement>(row, 'textarea').checkVisibility()) button(row, /^Add a note/).click();
  await (ctx.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  typeInto(q<HTMLTextAreaElement>(row, 'textarea'), 'Checked with the project owner');
  await (ctx.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  button(row, new RegExp(`^${decision} `)).click();
}
const noteKept = (ctx: Ctx) => expect(q<HTMLTextAreaElement>(pendingRow(ctx.el)!, 'textarea').value).to.equal('Checked with the project owner');

/** Opens the revoke dialog from the panel, the way a person does, and waits for its list. */
async function openRevoke(el: HTMLElement) {
  button(el, 'Revoke access').click();
  const dialog = q(el, 'revoke-access-dialog');
  await waitUntil(() => dialog.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0, 'the dialog lists users', WAIT);
  return dialog;
}
const radio = (el: Element, name: string) =>
  deepQueryAll<HTMLInputElement>(el, 'input[type="radio"][name="inheritor"]').find((input) => words(input.labels?.[0]?.textContent).startsWith(name));

const loadCase = (element: string, mount: (client: SupportAccessClient) => Promise<HTMLElement>, scenario: ScenarioName, done: (ctx: Ctx) => boolean, signInAs?: string): Case => ({
  element,
  how: `opening the page with <${element}>`,
  scenario,
  signInAs,
  mount,
  onMount: true,
  act: async () => {},
  done,
});

/**
 * A state refused as it was asked (no permission, no such endpoint) offers no Try again, which
 * could not help: it is asked again when the person comes back to the tab.
 */
const backToTab = () => void document.dispatchEvent(new Event('visibilitychange'));
const stateRefused = { forbidden: backToTab, 'not-found': backToTab, conflict: backToTab };

/**
 * A list refused as it was asked offers no Try again either: the person leaves the page and comes
 * back (a single-page console disconnects the element and connects it again), which loads afresh.
 */
const comeBack = ({ el }: Ctx) => {
  const parent = el.parentNode!;
  el.remove();
  parent.append(el);
};
const listRefused = { forbidden: comeBack, 'not-found': comeBack, conflict: comeBack };

const panelReady = (ctx: Ctx) => ['off', 'on', 'always-on', 'unavailable'].includes((ctx.el as HTMLElement & { status: string }).status);

/** Per operation, every element that calls it and how a person makes it do so. */
const CASES: Record<OperationId, Case[]> = {
  getState: [
    loadCase('support-access-panel', panel, 'carto', panelReady),
    loadCase('support-access-settings', settings, 'carto', (ctx) => (ctx.el as HTMLElement & { status: string }).status === 'editable'),
    loadCase('access-request-list', requestList, 'keboola', (ctx) => Boolean(pendingRow(ctx.el))),
    loadCase('support-session-list', sessionList, 'cumulocity', (ctx) => (ctx.el as HTMLElement & { status: string }).status === 'ready', 'u-ana'),
    loadCase('support-access-log', log, 'carto', (ctx) => Boolean(shadow(ctx.el).querySelector('[role="row"][aria-rowindex="2"]'))),
  ].map((testCase) => ({ ...testCase, recover: stateRefused })),
  grant: [],
  extend: [],
  revoke: [],
  listInheritors: [],
  listRequests: [{ ...loadCase('access-request-list', requestList, 'keboola', (ctx) => Boolean(pendingRow(ctx.el))), recover: listRefused }],
  approveRequest: [
    {
      element: 'access-request-list',
      how: 'writes a note and presses Approve',
      scenario: 'keboola',
      mount: requestList,
      act: (ctx) => decide(ctx, 'Approve'),
      kept: noteKept,
      done: (ctx) => !pendingRow(ctx.el) && decidedHas(ctx.el),
    },
  ],
  rejectRequest: [
    {
      element: 'access-request-list',
      how: 'writes a note and presses Reject',
      scenario: 'keboola',
      mount: requestList,
      act: (ctx) => decide(ctx, 'Reject'),
      kept: noteKept,
      done: (ctx) => !pendingRow(ctx.el) && decidedHas(ctx.el),
    },
  ],
  listSessions: [
    {
      ...loadCase('support-session-list', sessionList, 'cumulocity', (ctx) => (ctx.el as HTMLElement & { status: string }).status === 'ready', 'u-ana'),
      // A 403 on the list is no failure to retry: only admins see sessions, and it says so. The list
      // loads again with the next state, e.g. when the person comes back to the tab.
      message: { forbidden: en['sessions.forbidden'] },
      state: 'forbidden',
      recover: { ...listRefused, forbidden: backToTab },
    },
  ],
  endSession: [
    {
      element: 'support-session-list',
      how: 'presses End session on a live session',
      scenario: 'cumulocity',
      signInAs: 'u-ana',
      mount: sessionList,
      act: async ({ el }) => button(el, /^End session/).click(),
      done: ({ el, org }) => !shadow(el).querySelector('[part~="session"]') && org.listSessions({}).items.length === 0,
    },
  ],
  updatePolicy: [
    {
      element: 'support-access-settings',
      how: 'ticks “Ask for a reason” and presses Save changes',
      scenario: 'carto',
      mount: settings,
      act: async ({ el }) => {
        q<HTMLInputElement>(el, '#requireReason').click();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        button(el, 'Save changes').click();
      },
      again: async ({ el }) => button(el, 'Save changes').click(),
      kept: ({ el }) => {
        expect(q<HTMLInputElement>(el, '#requireReason').checked, 'the ticked box stays ticked').to.equal(true);
        expect((el as HTMLElement & { dirty: boolean }).dirty, 'the edit is kept').to.equal(true);
      },
      done: ({ el, org }) => org.getState().policy.requireReason === true && !(el as HTMLElement & { dirty: boolean }).dirty,
      // A stale policy gets the settings' own conflict view: their version, the person's edits on top.
      message: { 'precondition-failed': 'Someone else changed the policy while you were editing.' },
      retryButton: { 'precondition-failed': 'Keep my changes' },
    },
  ],
  listEvents: [
    {
      element: 'support-access-log',
      how: 'narrows the log to one event type',
      scenario: 'carto',
      mount: log,
      act: async ({ el }) => {
        const box = deepQueryAll<HTMLInputElement>(el, 'input[name="type"]').find((input) => input.value === 'access.granted')!;
        box.click();
      },
      kept: ({ el }) => {
        const box = deepQueryAll<HTMLInputElement>(el, 'input[name="type"]').find((input) => input.value === 'access.granted')!;
        expect(box.checked, 'the chosen type stays chosen').to.equal(true);
      },
      done: ({ el }) => {
        const rows = [...shadow(el).querySelectorAll('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')];
        return rows.length > 0 && rows.every((row) => words(row.textContent).includes('Access granted'));
      },
      recover: listRefused,
    },
    { ...loadCase('support-access-log', log, 'carto', (ctx) => Boolean(shadow(ctx.el).querySelector('[role="row"][aria-rowindex="2"]'))), recover: listRefused },
  ],
};

// The panel's grant: Segment, after its grant was revoked, asks for a level and a ticket, and here a
// reason too (Segment's own policy does not): every field the form has must survive a failure.
CASES.grant = [
  {
    element: 'support-access-panel',
    how: 'fills in the enable form (duration, level, reason, ticket, confirmation) and presses Enable access',
    scenario: 'segment',
    prepare: (org) => {
      org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
      org.updatePolicy({ requireReason: true });
    },
    mount: panel,
    act: async ({ el }) => {
      const update = () => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      typeInto(q<HTMLSelectElement>(el, '#duration'), 'P3D');
      deepQueryAll<HTMLInputElement>(el, 'input[name="accessLevel"]').find((input) => input.value === 'admin')!.click();
      typeInto(q<HTMLTextAreaElement>(el, '#reason'), 'Events from the Android source are dropped');
      typeInto(q<HTMLInputElement>(el, '#ticket'), 'SEG-9001');
      q<HTMLInputElement>(el, '#confirmed').click();
      await update();
      button(el, 'Enable access').click();
    },
    again: async ({ el }) => button(el, 'Enable access').click(),
    kept: ({ el }) => {
      expect(q<HTMLSelectElement>(el, '#duration').value).to.equal('P3D');
      expect(deepQueryAll<HTMLInputElement>(el, 'input[name="accessLevel"]').find((input) => input.checked)?.value).to.equal('admin');
      expect(q<HTMLTextAreaElement>(el, '#reason').value).to.equal('Events from the Android source are dropped');
      expect(q<HTMLInputElement>(el, '#ticket').value).to.equal('SEG-9001');
      expect(q<HTMLInputElement>(el, '#confirmed').checked).to.equal(true);
    },
    done: ({ el, org }) => (el as HTMLElement & { status: string }).status === 'on' && org.getState().grant?.ticket === 'SEG-9001',
  },
];
CASES.extend = [
  {
    element: 'support-access-panel',
    how: 'chooses how long and presses Extend',
    scenario: 'expiring-soon',
    mount: panel,
    act: async ({ el }) => {
      typeInto(q<HTMLSelectElement>(el, '#extend-duration'), 'P30D');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      button(el, 'Extend').click();
    },
    kept: ({ el }) => expect(q<HTMLSelectElement>(el, '#extend-duration').value).to.equal('P30D'),
    done: ({ org }) => org.getState().grant!.extensions.length === 1,
  },
];
CASES.revoke = [
  {
    element: 'support-access-panel → revoke-access-dialog',
    how: 'presses Revoke access, picks who takes over what support created, and confirms',
    scenario: 'expiring-soon',
    mount: panel,
    act: async ({ el }) => {
      const dialog = await openRevoke(el);
      radio(dialog, 'Bruno')!.click();
      await (dialog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    },
    kept: ({ el }) => {
      expect(radio(el, 'Bruno')?.checked, 'the chosen heir stays chosen').to.equal(true);
      expect(q<HTMLDialogElement>(el, 'dialog').open, 'the dialog stays open').to.equal(true);
    },
    done: ({ el, org }) => (el as HTMLElement & { status: string }).status === 'off' && !org.getState().grant,
  },
];
CASES.listInheritors = [
  {
    element: 'support-access-panel → revoke-access-dialog',
    how: 'opens Revoke access and searches for a user',
    scenario: 'expiring-soon',
    mount: panel,
    act: async ({ el, org }) => {
      const planned = org.faults.list();
      org.faults.clear();
      await openRevoke(el);
      for (const [target, fault] of planned) org.faults.inject(target, fault);
      typeInto(q<HTMLInputElement>(el, '#search'), 'bru');
    },
    kept: ({ el }) => expect(q<HTMLInputElement>(el, '#search').value).to.equal('bru'),
    // Refused, it offers no Try again: the person searches again (Enter in the search field).
    recover: Object.fromEntries(
      ['forbidden', 'not-found', 'conflict'].map((code) => [code, ({ el }: Ctx) => q(el, '#search').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))]),
    ),
    done: ({ el }) => {
      const options = deepQueryAll<HTMLInputElement>(el, 'input[name="inheritor"]');
      return options.length === 1 && Boolean(radio(el, 'Bruno'));
    },
  },
];

const operationName = (operation: OperationId) => en[`operation.${operation}`];

/**
 * What a person reads for `fault`: with `Retry-After`, how long the server asked to wait, and once
 * that time is over the plain reason.
 */
function reasonsFor({ code, fault }: FaultCase, operation: OperationId): string[] {
  const wait = fault.retryAfter;
  // A load answered 404 found nothing at its address; a change's 404 is about what it acted on.
  const reason = code === 'not-found' && operations[operation].method === 'GET' ? en['error.not-found.read'] : en[`error.${code}`];
  if (!wait) return [reason];
  return [en[`error.${code}.wait` as keyof typeof en].replace('{relative}', `in ${wait} second${wait === 1 ? '' : 's'}`), reason];
}

function failureFor(el: HTMLElement, operation: OperationId, fault: FaultCase, custom?: string) {
  const expected = custom ? [custom] : reasonsFor(fault, operation).map((reason) => `Could not ${operationName(operation)}. ${reason}`);
  return alerts(el).find((alert) => expected.some((sentence) => words(alert.textContent).includes(sentence)))
    // Or a message that is no alert: an empty list's, a status, or the settings' conflict notice (focused instead).
    ?? deepQueryAll(el, '[part~="empty"], [role="status"], [part~="conflict"]').find((node) => custom !== undefined && words(node.textContent).includes(custom));
}

/** Stops the last run's listener for `sa-error`. */
let stopHearing = () => {};

async function run(operation: OperationId, testCase: Case, fault: FaultCase, mode: 'lasting' | 'once') {
  const { org, requests } = await mockOrganization({ scenario: testCase.scenario });
  if (testCase.signInAs) org.signInAs(testCase.signInAs);
  testCase.prepare?.(org);
  // Requests still on their way: a list with two sections asks twice, and the second answer can fail
  // after the first message shows. A person sees every message before trying again, so the fault is
  // lifted only once nothing is in flight. A request is in flight until its body has been read: the
  // client reads it before it decides that the request failed, and until then no message shows.
  let inFlight = 0;
  const counting: typeof fetch = async (...args) => {
    inFlight += 1;
    let response: Response;
    try {
      response = await fetch(...args);
    } catch (error) {
      inFlight -= 1;
      throw error;
    }
    const read = response.text.bind(response);
    response.text = async () => {
      try {
        return await read();
      } finally {
        inFlight -= 1;
      }
    };
    return response;
  };
  const client = createClient({ retries: 2, retryDelay: 5, maxRetryDelay: 20, timeout: TIMEOUT, fetch: counting });
  const planned: Fault = mode === 'once' ? { ...fault.fault, times: 1 } : fault.fault;
  const label = `${operation} via ${testCase.element} (${testCase.how}), ${fault.name}, ${mode}`;

  // What the host hears, from the first request on: a load fails while the element is being mounted.
  const told: SupportAccessError[] = [];
  stopHearing();
  const hear = (event: Event) => told.push((event as SaErrorEvent).detail.error);
  document.addEventListener('sa-error', hear);
  stopHearing = () => document.removeEventListener('sa-error', hear);
  let el: HTMLElement;
  if (testCase.onMount) {
    org.faults.inject(operation, planned);
    el = await testCase.mount(client);
  } else {
    el = await testCase.mount(client);
    org.faults.inject(operation, planned);
  }
  const ctx: Ctx = { org, requests, client, el };
  const before = testCase.onMount ? 0 : requests.filter((request) => request.operation === operation).length;
  await testCase.act(ctx);

  if (mode === 'once') {
    // The client tries a GET again by itself: the person never sees the fault.
    await waitUntil(() => testCase.done(ctx), `${label}: the automatic retry shows the result`, WAIT);
    expect(requests.filter((request) => request.operation === operation).length - before, `${label}: tried again`).to.be.greaterThan(1);
    expect(alerts(el).map((alert) => words(alert.textContent)), `${label}: no failure shown`).to.deep.equal([]);
    return;
  }

  const custom = testCase.message?.[fault.code];
  if (fault.fault.breakSchema && operations[operation].method !== 'GET' && !testCase.effectNotInState) {
    // The server made the change; only its answer cannot be read. The element reloads and shows
    // what is true rather than a failure that contradicts it; the host is told what went wrong.
    await waitUntil(() => testCase.done(ctx), `${label}: the change that was made shows`, WAIT);
    await waitUntil(() => !failureFor(el, operation, fault, custom), `${label}: no failure contradicts it`, WAIT);
    // The server's own record (`done`) can show the change before its broken answer has arrived.
    await waitUntil(() => told.some((error) => error.operation === operation && error.code === 'invalid-response'), `${label}: the host is told`, WAIT);
    return;
  }
  await waitUntil(() => failureFor(el, operation, fault, custom), `${label}: a message names what failed`, WAIT).catch(() => {
    throw new Error(`${label}: expected “Could not ${operationName(operation)}. ${reasonsFor(fault, operation)[0]}”, saw ${JSON.stringify(alerts(el).map((alert) => words(alert.textContent)))}`);
  });
  testCase.kept?.(ctx);
  // The host hears what the person sees.
  const heard = told.map((error) => `${error.operation} ${error.code}`);
  if (testCase.state === fault.code) expect(heard, `${label}: no failure to tell the host`).to.deep.equal([]);
  else expect(heard, `${label}: the host is told`).to.include(`${operation} ${fault.code}`);
  await waitUntil(() => inFlight === 0, `${label}: every request has come back or given up`, WAIT);

  // The fault is lifted; the person tries again where offered, or does the same thing again.
  org.faults.clear();
  const recover = testCase.recover?.[fault.code];
  if (recover) {
    const offered = alerts(el).filter((alert) => findButton(alert, 'Try again'));
    expect(offered.map((alert) => words(alert.textContent)), `${label}: no Try again, which could not help`).to.deep.equal([]);
    recover(ctx);
  }
  else {
    // Every message about this failure offers its own Try again (a list shows one per section).
    const name = testCase.retryButton?.[fault.code] ?? 'Try again';
    const messages = alerts(el).filter((alert) => words(alert.textContent).includes(custom ?? `Could not ${operationName(operation)}.`));
    const retries = messages.map((message) => findButton(message, name) ?? findButton(message.getRootNode() as ShadowRoot, name));
    if (retries.some(Boolean)) {
      // A server that said how long to wait gets its wait: Try again is disabled until then.
      await waitUntil(() => retries.every((retry) => retry?.getAttribute('aria-disabled') !== 'true'), `${label}: Try again comes back`, WAIT);
      for (const retry of new Set(retries)) retry?.click();
    }
    else await (testCase.again ?? testCase.act)(ctx);
  }
  await waitUntil(() => testCase.done(ctx), `${label}: works once the fault is lifted`, WAIT);
  await waitUntil(() => !failureFor(el, operation, fault, custom), `${label}: the message goes away`, WAIT);
}

describe('fault matrix', () => {
  after(() => stopHearing());

  it('has a case for every operation of the contract', () => {
    const missing = operationIds.filter((operation) => !CASES[operation]?.length);
    expect(missing, 'operations no element case covers').to.deep.equal([]);
    for (const operation of operationIds) {
      for (const testCase of CASES[operation]) expect(testCase.how, `${operation} says how a person calls it`).to.not.equal('');
    }
  });

  it('injects every failing fault the mocks offer (a slow answer is no failure)', () => {
    const kind = (fault: Fault) => fault.status ?? (fault.hang ? 'hang' : fault.offline ? 'offline' : fault.malformedJson ? 'malformed' : fault.breakSchema ? 'schema' : 'slow');
    const covered = new Set(FAULTS.map((candidate) => kind(candidate.fault)));
    const offered = Object.values(FAULT_PRESETS).map((fault: Fault) => kind(fault)).filter((name) => name !== 'slow');
    expect(offered.filter((name) => !covered.has(name)), 'presets the matrix does not inject').to.deep.equal([]);
  });

  for (const operation of operationIds) {
    for (const testCase of CASES[operation] ?? []) {
      it(`${operation} via <${testCase.element}>: every fault is told, keeps the input, and recovers`, async function () {
        this.timeout(180_000);
        for (const fault of FAULTS) await run(operation, testCase, fault, 'lasting');
        if (operations[operation].method === 'GET') for (const fault of FAULTS.filter((candidate) => candidate.retried)) await run(operation, testCase, fault, 'once');
      });
    }
  }
});

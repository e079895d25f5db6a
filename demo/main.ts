/**
 * The demo page: a control strip over the mock organization, and the raw state it serves over HTTP.
 *
 * Everything the server (or the organization) says goes into the page as text through DOM APIs;
 * nothing here parses HTML.
 */
import { setupWorker } from 'msw/browser';
import { createSupportAccessClient, isSupportAccessError } from '../src/client/index.js';
import { operationIds, type OperationId } from '../src/contract/operations.js';
import type { AccessRequest, AuditEvent, Page, Session, State } from '../src/contract/schemas.js';
import { describeError, formatDateTime, formatRelativeTime } from '../src/i18n/index.js';
import * as events from '../src/events/index.js';
import {
  createOrganization,
  DEFAULT_BASE_URL,
  FAULT_PRESETS,
  handlers,
  MockClock,
  MockOrganization,
  MockProblem,
  SCENARIO_DESCRIPTIONS,
  SCENARIOS,
  type Fault,
  type FaultPreset,
  type OrganizationSnapshot,
  type ScenarioName,
} from '../src/mocks/index.js';

const LOCALE = 'en';
const STORAGE_KEY = 'support-access-demo';
const LOG_SIZE = 15;
/** Sent with each request so the request log can show the status its answer came back with. */
const REQUEST_ID_HEADER = 'X-Demo-Request';

// -----------------------------------------------------------------------------------------------
// DOM helpers

type Child = Node | string | number | null | undefined | false;

/** Creates an element; strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { class?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class) element.className = options.class;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
  return element;
}

function option(value: string, label: string, selected = false): HTMLOptionElement {
  const element = el('option', { text: label });
  element.value = value;
  element.selected = selected;
  return element;
}

function json(value: unknown): HTMLPreElement {
  return el('pre', { class: 'json', text: JSON.stringify(value, null, 2) });
}

function rawDetails(value: unknown, label = 'Raw response'): HTMLDetailsElement {
  return el('details', { class: 'raw' }, el('summary', { text: label }), json(value));
}

function time(iso: string): HTMLTimeElement {
  const element = el('time', { text: formatDateTime(LOCALE, iso) });
  element.dateTime = iso;
  element.title = iso;
  return element;
}

const ui = {
  scenario: byId('scenario', HTMLSelectElement),
  scenarioDescription: byId('scenario-description', HTMLParagraphElement),
  signedInAs: byId('signed-in-as', HTMLSelectElement),
  clockTime: byId('clock-time', HTMLTimeElement),
  clockNote: byId('clock-note', HTMLSpanElement),
  advanceHour: byId('advance-hour', HTMLButtonElement),
  advanceDay: byId('advance-day', HTMLButtonElement),
  jumpToExpiry: byId('jump-to-expiry', HTMLButtonElement),
  requestForm: byId('request-form', HTMLFormElement),
  requestReason: byId('request-reason', HTMLInputElement),
  requestTicket: byId('request-ticket', HTMLInputElement),
  requestKind: byId('request-kind', HTMLSelectElement),
  logInAs: byId('log-in-as', HTMLSelectElement),
  logIn: byId('log-in', HTMLButtonElement),
  act: byId('act', HTMLButtonElement),
  logOut: byId('log-out', HTMLButtonElement),
  faultOperation: byId('fault-operation', HTMLSelectElement),
  faultKind: byId('fault-kind', HTMLSelectElement),
  faultApply: byId('fault-apply', HTMLButtonElement),
  faultClear: byId('fault-clear', HTMLButtonElement),
  faultList: byId('fault-list', HTMLUListElement),
  latency: byId('latency', HTMLInputElement),
  status: byId('status', HTMLParagraphElement),
  baseUrl: byId('base-url', HTMLElement),
  refresh: byId('refresh', HTMLButtonElement),
  refreshedAt: byId('refreshed-at', HTMLSpanElement),
  requestLog: byId('request-log', HTMLDivElement),
  reset: byId('reset', HTMLButtonElement),
  orgName: byId('org-name', HTMLSpanElement),
  currentUser: byId('current-user', HTMLElement),
  eventList: byId('event-list', HTMLOListElement),
  eventCount: byId('event-count', HTMLSpanElement),
  eventsClear: byId('events-clear', HTMLButtonElement),
  underTheHood: byId('under-the-hood', HTMLDetailsElement),
};

// On a phone the demo's controls fold, so the product is in the first screen; a wide window shows them.
const wide = matchMedia('(min-width: 40em)');
const demoControls = byId('demo-controls', HTMLDetailsElement);
const foldControls = () => (demoControls.open = wide.matches);
foldControls();
wide.addEventListener('change', foldControls);

// When the settings menu is one scrolling row (a phone), the current page is scrolled into it, as
// consoles do; only the row scrolls, never the page.
const menu = document.querySelector<HTMLElement>('.sidebar ul');
const showCurrentPage = () => {
  const current = menu?.querySelector('[aria-current="page"]');
  if (!menu || !current) return;
  const row = menu.getBoundingClientRect();
  const item = current.getBoundingClientRect();
  menu.scrollLeft += Math.max(0, item.right - row.right) + Math.min(0, item.left - row.left);
};
showCurrentPage();
matchMedia('(max-width: 760px)').addEventListener('change', showCurrentPage);

// -----------------------------------------------------------------------------------------------
// The status line

function say(message: string, tone: 'info' | 'error' = 'info'): void {
  ui.status.textContent = message;
  ui.status.dataset.tone = tone;
}

function messageOf(error: unknown): string {
  if (error instanceof MockProblem) return `${error.detail ?? error.title} (${error.status} ${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Runs a control's action on the organization, and reports what happened in the status line. */
function run(label: string, action: () => string | void): void {
  try {
    say(action() ?? `${label}: done.`);
  } catch (error) {
    say(`${label} failed: ${messageOf(error)}`, 'error');
  }
}

// -----------------------------------------------------------------------------------------------
// What a reload keeps: the whole organization (its clock and signed-in user included) and its faults.
// `?scenario=carto&user=u-bruno` starts a fresh organization instead.

interface Saved {
  scenario: ScenarioName;
  /** `Date.now()` when saved: a running clock resumes as far ahead of real time as it was. */
  savedAt: number;
  userId?: string;
  /** Left out for very large organizations (the busy scenario), which start afresh. */
  snapshot?: OrganizationSnapshot;
  faults?: [OperationId | '*', Fault][];
}

/** Above this many audit events, saving the organization would outgrow the browser's storage. */
const MAX_SAVED_EVENTS = 5000;

function isScenario(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

function fromQuery(): Pick<Saved, 'scenario' | 'userId'> | undefined {
  const query = new URLSearchParams(location.search);
  const scenario = query.get('scenario');
  if (!isScenario(scenario)) return undefined;
  // Once read, the address drops them, so a reload keeps what happened since.
  const url = new URL(location.href);
  url.searchParams.delete('scenario');
  url.searchParams.delete('user');
  history.replaceState(history.state, '', url);
  return { scenario, userId: query.get('user') ?? undefined };
}

function loadSaved(): Saved | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Saved> | null;
    if (stored && isScenario(stored.scenario) && typeof stored.savedAt === 'number') return stored as Saved;
  } catch {
    // Storage blocked or garbled: start from the default.
  }
  return undefined;
}

let saveScheduled = false;

/** Saves after the current burst of changes. */
function scheduleSave(): void {
  if (saveScheduled) return;
  saveScheduled = true;
  queueMicrotask(() => {
    saveScheduled = false;
    save();
  });
}

function save(): void {
  const scenario = ui.scenario.value as ScenarioName;
  const saved: Saved = { scenario, savedAt: Date.now(), userId: org.currentUser.id, faults: org.faults.list() };
  if (org.eventCount <= MAX_SAVED_EVENTS) saved.snapshot = org.snapshot();
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage blocked or full: keep at least the scenario and the user.
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, snapshot: undefined }));
    } catch {
      // Blocked: what happened lasts until the page reloads.
    }
  }
}

/** The organization a reload left, or undefined when there is none or it does not load. */
function restore(saved: Saved): MockOrganization | undefined {
  if (!saved.snapshot) return undefined;
  try {
    const { now, frozen } = saved.snapshot.clock;
    const start = frozen ? Date.parse(now) : Date.parse(now) + Math.max(0, Date.now() - saved.savedAt);
    const restored = MockOrganization.fromSnapshot(saved.snapshot, new MockClock({ start, frozen }));
    restored.getState();
    for (const [target, fault] of saved.faults ?? []) restored.faults.inject(target, fault);
    return restored;
  } catch {
    return undefined;
  }
}

// -----------------------------------------------------------------------------------------------
// The request log, fed by the handlers' `onRequest` and completed by the client's fetch

interface LogEntry {
  id: string;
  at: Date;
  operation: OperationId;
  method: string;
  path: string;
  status?: string;
}

const requestLog: LogEntry[] = [];
/** Answers that came back before their request showed in the log (should not happen; kept just in case). */
const earlyStatuses = new Map<string, string>();
let requestSequence = 0;

function onRequest({ operation, request }: { operation: OperationId; request: Request }): void {
  const url = new URL(request.url);
  const id = request.headers.get(REQUEST_ID_HEADER) ?? `other-${++requestSequence}`;
  requestLog.unshift({
    id,
    at: new Date(),
    operation,
    method: request.method,
    path: url.pathname + url.search,
    status: earlyStatuses.get(id),
  });
  earlyStatuses.delete(id);
  requestLog.length = Math.min(requestLog.length, LOG_SIZE);
  renderRequestLog();
}

function settleRequest(id: string, status: string): void {
  const entry = requestLog.find((candidate) => candidate.id === id);
  if (entry) entry.status = status;
  else earlyStatuses.set(id, status);
  renderRequestLog();
}

const loggingFetch: typeof fetch = async (input, init) => {
  const id = `r${++requestSequence}`;
  const headers = new Headers(init?.headers);
  headers.set(REQUEST_ID_HEADER, id);
  try {
    const response = await fetch(input, { ...init, headers });
    settleRequest(id, String(response.status));
    return response;
  } catch (error) {
    // The client aborts with a private symbol when its timeout passes; this page aborts stale refreshes.
    const reason: unknown = init?.signal?.aborted ? init.signal.reason : undefined;
    settleRequest(id, init?.signal?.aborted ? (typeof reason === 'symbol' ? 'no answer' : 'cancelled') : 'network error');
    throw error;
  }
};

function renderRequestLog(): void {
  if (!requestLog.length) {
    ui.requestLog.replaceChildren(el('p', { class: 'empty', text: 'No requests yet.' }));
    return;
  }
  const head = el(
    'thead',
    {},
    el('tr', {}, ...['Time', 'Operation', 'Method', 'Path', 'Status'].map((name) => el('th', { text: name, attrs: { scope: 'col' } }))),
  );
  const rows = requestLog.map((entry) => {
    const status = entry.status ?? '…';
    const tone = /^2/.test(status) ? 'ok' : status === '403' ? 'notice' : status === '…' ? 'pending' : 'error';
    return el(
      'tr',
      {},
      el('td', { class: 'nowrap', text: entry.at.toLocaleTimeString(LOCALE) }),
      el('td', {}, el('code', { text: entry.operation })),
      el('td', { text: entry.method }),
      el('td', { class: 'path' }, el('code', { text: entry.path })),
      el('td', {}, el('span', { class: `pill pill--${tone}`, text: status })),
    );
  });
  ui.requestLog.replaceChildren(
    el('div', { class: 'table-scroll', attrs: { role: 'region', 'aria-labelledby': 'panel-log-heading', tabindex: '0' } }, el('table', { class: 'log' }, head, el('tbody', {}, ...rows))),
  );
}

// -----------------------------------------------------------------------------------------------
// The organization, its MSW worker and the client that talks to it over HTTP

let org: MockOrganization;
let unsubscribe: (() => void) | undefined;
let actCount = 0;

const worker = setupWorker();
const client = createSupportAccessClient({
  baseUrl: DEFAULT_BASE_URL,
  fetch: loggingFetch,
  // A demo should not keep a panel loading for 45 s when a fault swallows the answer.
  timeout: 5000,
  retries: 1,
});

function useScenario(scenario: ScenarioName, userId?: string): void {
  const fresh = createOrganization({ scenario });
  if (userId && fresh.users.some((user) => user.id === userId)) fresh.signInAs(userId);
  const latency = Number(ui.latency.value);
  fresh.latency = Number.isFinite(latency) && latency > 0 ? latency : 0;
  useOrganization(scenario, fresh);
}

/** Serves this organization from now on: the handlers, the controls and what a reload keeps. */
function useOrganization(scenario: ScenarioName, organization: MockOrganization): void {
  unsubscribe?.();
  org = organization;
  worker.resetHandlers(...handlers(org, { onRequest }));
  unsubscribe = org.subscribe(() => {
    renderIdentity();
    scheduleRefresh();
    scheduleSave();
  });
  lastGrantId = org.getState().grant?.id;

  ui.scenario.value = scenario;
  ui.scenarioDescription.textContent = SCENARIO_DESCRIPTIONS[scenario];
  ui.latency.value = String(org.latency);
  ui.orgName.textContent = org.name;
  fillUsers();
  renderIdentity();
  renderFaults();
  tick();
  save();
}

function renderIdentity(): void {
  const user = org.currentUser;
  ui.currentUser.textContent = `${user.displayName} (${user.role})`;
  if (ui.signedInAs.value !== user.id) ui.signedInAs.value = user.id;
}

function fillUsers(): void {
  const current = org.currentUser.id;
  ui.signedInAs.replaceChildren(
    ...org.users.map((user) => option(user.id, `${user.displayName} (${user.role})`, user.id === current)),
  );
  ui.logInAs.replaceChildren(
    option('', 'Whoever granted access'),
    ...org.users.map((user) => option(user.id, `${user.displayName} (${user.role})`)),
  );
}

// -----------------------------------------------------------------------------------------------
// The clock

const clockFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'full', timeStyle: 'medium' });
let lastGrantId: string | undefined;

/** "3 days", "5 hours", "12 minutes": how far the organization's clock runs ahead. */
function span(exact: number): string {
  // To the nearest minute: a day ahead is "1 day", even a few milliseconds short of it.
  const ms = Math.round(exact / 60_000) * 60_000;
  const [unit, size] = ms >= 86_400_000 ? ['day', 86_400_000] : ms >= 3_600_000 ? ['hour', 3_600_000] : ['minute', 60_000];
  return new Intl.NumberFormat(LOCALE, { style: 'unit', unit: unit as string, unitDisplay: 'long', maximumFractionDigits: 0 }).format(
    Math.floor(ms / (size as number)),
  );
}

function tick(): void {
  const now = org.clock.now();
  ui.clockTime.dateTime = new Date(now).toISOString();
  ui.clockTime.textContent = clockFormat.format(now);

  // Reading the state applies what time has done, e.g. an expiry the clock just passed.
  const state = org.getState();
  const grant = state.grant;
  ui.jumpToExpiry.disabled = !grant;
  ui.jumpToExpiry.title = grant ? `Move the clock to ${grant.expiresAt}` : 'No grant is active';
  const ahead = now - Date.now();
  const notes = [
    grant ? `Access expires ${formatRelativeTime(LOCALE, Date.parse(grant.expiresAt) - now)}.` : `Access is ${state.status}.`,
    ahead > 60_000 ? `Clock is ${span(ahead)} ahead of real time.` : '',
  ];
  ui.clockNote.textContent = notes.filter(Boolean).join(' ');

  if (grant?.id !== lastGrantId) {
    // The grant ended (or began): revoked in the panel, or time ran out.
    if (lastGrantId && !grant) {
      // Read past the signed-in user's permissions: a member may not list the audit log.
      const ended = org.snapshot().pastGrants?.find((past) => past.id === lastGrantId);
      say(
        ended?.endReason === 'revoked'
          ? `Support access ended: ${ended.endedBy?.displayName ?? 'someone'} revoked it.`
          : 'Support access ended: the clock passed the grant’s expiry.',
      );
    }
    lastGrantId = grant?.id;
    scheduleRefresh();
  }
}

// -----------------------------------------------------------------------------------------------
// Faults

const FAULT_NAMES = Object.keys(FAULT_PRESETS) as FaultPreset[];

function faultName(fault: Fault): string {
  const text = JSON.stringify(fault);
  return FAULT_NAMES.find((name) => JSON.stringify(FAULT_PRESETS[name]) === text) ?? text;
}

function renderFaults(): void {
  scheduleSave();
  const faults = org.faults.list();
  if (!faults.length) {
    ui.faultList.replaceChildren(el('li', { class: 'empty', text: 'No faults injected.' }));
    return;
  }
  ui.faultList.replaceChildren(
    ...faults.map(([target, fault]) => {
      const where = target === '*' ? 'every operation' : target;
      const remove = el('button', { class: 'small', text: 'Remove', attrs: { type: 'button', 'aria-label': `Remove the fault on ${where}` } });
      remove.addEventListener('click', () =>
        run('Remove fault', () => {
          org.faults.clear(target);
          renderFaults();
          scheduleRefresh();
          return `Removed the fault on ${where}.`;
        }),
      );
      return el('li', {}, el('code', { text: target === '*' ? '* (all)' : target }), ' ', el('span', { text: faultName(fault) }), ' ', remove);
    }),
  );
}

// -----------------------------------------------------------------------------------------------
// The panels: each fetches through the client, and shows its data, a failure, or "loading" — never nothing

interface Panel<T> {
  section: HTMLElement;
  body: HTMLElement;
  badge: HTMLElement;
  load: (signal: AbortSignal) => Promise<T>;
  render: (data: T) => Node[];
  controller?: AbortController;
  generation: number;
  showing: boolean;
}

function panel<T>(id: string, load: Panel<T>['load'], render: Panel<T>['render']): Panel<T> {
  const section = byId(id, HTMLElement);
  const body = section.querySelector<HTMLElement>('.panel__body');
  const badge = section.querySelector<HTMLElement>('.panel__badge');
  if (!body || !badge) throw new Error(`#${id} lacks a body or badge`);
  return { section, body, badge, load, render, generation: 0, showing: false };
}

async function loadPanel<T>(target: Panel<T>): Promise<void> {
  const generation = ++target.generation;
  target.controller?.abort();
  const controller = (target.controller = new AbortController());
  target.section.setAttribute('aria-busy', 'true');
  target.badge.textContent = 'Loading…';
  target.badge.dataset.tone = 'pending';
  if (!target.showing) target.body.replaceChildren(el('p', { class: 'loading', text: 'Loading…' }));
  try {
    const data = await target.load(controller.signal);
    if (generation !== target.generation) return;
    target.body.replaceChildren(...target.render(data));
    target.showing = true;
    target.badge.textContent = `Updated ${new Date().toLocaleTimeString(LOCALE)}`;
    target.badge.dataset.tone = 'ok';
  } catch (error) {
    if (generation !== target.generation) return;
    target.body.replaceChildren(problemBox(error, () => void loadPanel(target)));
    target.showing = false;
    const forbidden = isSupportAccessError(error) && error.code === 'forbidden';
    target.badge.textContent = forbidden ? 'Not permitted' : 'Failed';
    target.badge.dataset.tone = forbidden ? 'notice' : 'error';
  } finally {
    if (generation === target.generation) target.section.removeAttribute('aria-busy');
  }
}

function problemBox(error: unknown, retry: () => void): HTMLElement {
  const forbidden = isSupportAccessError(error) && error.code === 'forbidden';
  const user = org.currentUser;
  const facts: [string, string][] = isSupportAccessError(error)
    ? [
        ['code', error.code],
        ['status', error.status ? String(error.status) : '0 (no response)'],
        ['message', error.message],
      ]
    : [['message', messageOf(error)]];
  const again = el('button', { text: 'Try again', attrs: { type: 'button' } });
  again.addEventListener('click', retry);
  return el(
    'div',
    { class: `problem ${forbidden ? 'problem--notice' : 'problem--error'}` },
    el(
      'p',
      { class: 'problem__title' },
      forbidden ? `Not permitted for this user (${user.displayName}, ${user.role}).` : 'This call failed.',
    ),
    forbidden ? el('p', { class: 'hint', text: 'That is what the server answers such a user; switch “Signed in as” to see more.' }) : null,
    el('p', { text: describeError(LOCALE, error) }),
    el('dl', { class: 'facts' }, ...facts.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', {}, el('code', { text: value }))])),
    again,
  );
}

function pageNote(page: Page<unknown>, noun: string): HTMLElement {
  const count = `${page.items.length} ${noun}${page.items.length === 1 ? '' : 's'}`;
  return el('p', { class: 'hint', text: page.nextCursor ? `${count} shown; the server has more.` : `${count}.` });
}

function actorName(actor: AuditEvent['actor']): string {
  return actor.onBehalfOf ? `${actor.displayName}$${actor.onBehalfOf.displayName}` : actor.displayName;
}

function renderState(state: State): Node[] {
  const facts: [string, Child][] = [
    ['status', el('span', { class: `pill pill--status-${state.status}`, text: state.status })],
    ['signed in as', state.currentUser?.displayName ?? '(not said)'],
    ['server time', time(state.serverTime)],
    ['pending requests', String(state.pendingRequests)],
  ];
  if (state.grant) {
    facts.push(['expires', time(state.grant.expiresAt)], ['granted by', state.grant.grantedBy.displayName]);
  }
  if (state.unavailableReason) facts.push(['unavailable because', state.unavailableReason]);
  const allowed = Object.entries(state.permissions)
    .filter(([, value]) => value)
    .map(([name]) => name);
  facts.push(['may', allowed.length ? allowed.join(', ') : 'only look']);
  return [
    el('dl', { class: 'facts facts--summary' }, ...facts.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', {}, value)])),
    json(state),
  ];
}

function renderEvents(page: Page<AuditEvent>): Node[] {
  if (!page.items.length) return [el('p', { class: 'empty', text: 'No events yet.' }), rawDetails(page)];
  return [
    el(
      'ol',
      { class: 'rows' },
      ...page.items.map((event) =>
        el(
          'li',
          {},
          el('div', { class: 'row-meta' }, time(event.at), el('code', { class: 'tag', text: event.type }), el('span', { class: 'actor', text: actorName(event.actor) })),
          el('p', { class: 'row-text', text: event.summary }),
        ),
      ),
    ),
    pageNote(page, 'event'),
    rawDetails(page),
  ];
}

function renderRequests(page: Page<AccessRequest>): Node[] {
  if (!page.items.length) return [el('p', { class: 'empty', text: 'No pending requests.' }), rawDetails(page)];
  return [
    el(
      'ol',
      { class: 'rows' },
      ...page.items.map((request) =>
        el(
          'li',
          {},
          el(
            'div',
            { class: 'row-meta' },
            time(request.requestedAt),
            el('span', { class: 'actor', text: request.requester.displayName }),
            el('code', { class: 'tag', text: request.requester.kind }),
            request.ticket ? el('code', { class: 'tag', text: request.ticket }) : null,
            el('span', { class: 'hint', text: `${request.approvals?.length ?? 0} of ${request.approvalsRequired ?? 1} approvals` }),
          ),
          el('p', { class: 'row-text', text: request.reason }),
        ),
      ),
    ),
    pageNote(page, 'request'),
    rawDetails(page),
  ];
}

function renderSessions(page: Page<Session>): Node[] {
  if (!page.items.length) return [el('p', { class: 'empty', text: 'No live sessions: nobody from support is inside.' }), rawDetails(page)];
  return [
    el(
      'ol',
      { class: 'rows' },
      ...page.items.map((session) =>
        el(
          'li',
          {},
          el(
            'div',
            { class: 'row-meta' },
            el('span', { class: 'actor', text: session.onBehalfOf ? `${session.engineer.displayName}$${session.onBehalfOf.displayName}` : session.engineer.displayName }),
          ),
          el('p', { class: 'row-text' }, 'Since ', time(session.startedAt), ', last seen ', time(session.lastSeenAt)),
        ),
      ),
    ),
    pageNote(page, 'session'),
    rawDetails(page),
  ];
}

const panels = [
  panel('panel-state', (signal) => client.getState({ signal }), renderState),
  panel('panel-events', (signal) => client.listEvents({ limit: 10 }, { signal }), renderEvents),
  panel('panel-requests', (signal) => client.listRequests({ status: 'pending', limit: 10 }, { signal }), renderRequests),
  panel('panel-sessions', (signal) => client.listSessions({}, { signal }), renderSessions),
];

let refreshScheduled = false;
let ready = false;

/** Many changes in one go (a scenario switch, a sign-in) refresh once. */
function scheduleRefresh(): void {
  if (!ready || refreshScheduled) return;
  refreshScheduled = true;
  queueMicrotask(() => {
    refreshScheduled = false;
    refreshAll();
  });
}

function refreshAll(): void {
  ui.refreshedAt.textContent = `Refreshed ${new Date().toLocaleTimeString(LOCALE)}`;
  // What changed outside the elements (support's actions, the clock) reaches them as a host would
  // pass it on: each element's refresh(), or the shared state's.
  const store = provider().store;
  void Promise.allSettled([
    store?.refresh({ fresh: true }),
    document.querySelector('access-request-list')?.refresh(),
    document.querySelector('support-access-log')?.refresh(),
  ]).then(renderMembers);
  if (!ui.underTheHood.open) return;
  for (const target of panels as Panel<unknown>[]) void loadPanel(target);
}

// -----------------------------------------------------------------------------------------------
// Wiring the controls

function fillStaticControls(): void {
  ui.scenario.replaceChildren(...SCENARIOS.map((name) => option(name, name)));
  ui.faultOperation.replaceChildren(option('*', '* (all operations)'), ...operationIds.map((id) => option(id, id)));
  ui.faultKind.replaceChildren(option('', 'none'), ...FAULT_NAMES.map((name) => option(name, name)));
  ui.baseUrl.textContent = DEFAULT_BASE_URL;
}

function wireControls(): void {
  ui.scenario.addEventListener('change', () => {
    const scenario = ui.scenario.value;
    if (!isScenario(scenario)) return;
    run('Switch scenario', () => {
      useScenario(scenario);
      scheduleRefresh();
      return `Scenario “${scenario}”: a fresh organization, signed in as ${org.currentUser.displayName}.`;
    });
  });

  ui.signedInAs.addEventListener('change', () =>
    run('Sign in', () => {
      org.signInAs(ui.signedInAs.value);
      return `Signed in as ${org.currentUser.displayName} (${org.currentUser.role}).`;
    }),
  );

  ui.advanceHour.addEventListener('click', () =>
    run('Move the clock', () => {
      org.advance('PT1H');
      tick();
      return 'The clock moved forward 1 hour.';
    }),
  );
  ui.advanceDay.addEventListener('click', () =>
    run('Move the clock', () => {
      org.advance('P1D');
      tick();
      return 'The clock moved forward 1 day.';
    }),
  );
  ui.jumpToExpiry.addEventListener('click', () =>
    run('Jump to expiry', () => {
      org.jumpToExpiry();
      tick();
      return 'The clock is at the grant’s expiry: access has ended.';
    }),
  );

  ui.requestForm.addEventListener('submit', (event) => {
    event.preventDefault();
    run('Request access', () => {
      const kind = ui.requestKind.value === 'maintainer' ? 'maintainer' : 'support';
      const request = org.requestAccess({ reason: ui.requestReason.value, ticket: ui.requestTicket.value, kind });
      return `${org.engineer.displayName} asked to join (${request.id}).`;
    });
  });

  ui.logIn.addEventListener('click', () =>
    run('Log in', () => {
      const asUserId = ui.logInAs.value || undefined;
      const session = org.logIn({ asUserId });
      return `${session.engineer.displayName} signed in as ${session.onBehalfOf?.displayName ?? 'the organization'} (${session.id}).`;
    }),
  );

  ui.act.addEventListener('click', () =>
    run('Act', () => {
      const name = `Repro map ${++actCount}`;
      org.act({ assetType: 'map', summary: `Created map “${name}”` });
      return `Support created map “${name}”.`;
    }),
  );

  ui.logOut.addEventListener('click', () =>
    run('Log out', () => {
      org.logOut();
      return `${org.engineer.displayName} signed out (if signed in).`;
    }),
  );

  ui.faultApply.addEventListener('click', () =>
    run('Apply fault', () => {
      const target = ui.faultOperation.value as OperationId | '*';
      const where = target === '*' ? 'every operation' : target;
      const name = ui.faultKind.value;
      if (!name) {
        org.faults.clear(target);
        renderFaults();
        scheduleRefresh();
        return `No fault on ${where} now.`;
      }
      org.faults.inject(target, FAULT_PRESETS[name as FaultPreset]);
      renderFaults();
      scheduleRefresh();
      return `Injected “${name}” into ${where}.`;
    }),
  );

  ui.faultClear.addEventListener('click', () =>
    run('Clear faults', () => {
      org.faults.clear();
      renderFaults();
      scheduleRefresh();
      return 'All faults cleared.';
    }),
  );

  ui.latency.addEventListener('change', () =>
    run('Set latency', () => {
      const value = Number(ui.latency.value);
      if (!ui.latency.validity.valid || !Number.isFinite(value)) throw new Error('Enter a number of milliseconds from 0 to 60000.');
      org.latency = value;
      return `Every answer now waits ${value} ms.`;
    }),
  );

  ui.refresh.addEventListener('click', refreshAll);
  // The skip link moves focus without adding `#main` to the address (a reload then starts at the top).
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    const main = byId('main', HTMLElement);
    main.focus();
    main.scrollIntoView();
  });
  ui.underTheHood.addEventListener('toggle', () => {
    if (ui.underTheHood.open && ready) refreshAll();
  });

  ui.reset.addEventListener('click', () =>
    run('Reset', () => {
      const scenario = ui.scenario.value as ScenarioName;
      try {
        localStorage.removeItem(STORAGE_KEY);
      } catch {
        // Storage blocked: nothing was kept anyway.
      }
      org.faults.clear();
      useScenario(scenario);
      scheduleRefresh();
      return `Scenario “${scenario}” starts again: a fresh organization, signed in as ${org.currentUser.displayName}.`;
    }),
  );

  ui.eventsClear.addEventListener('click', () => {
    eventLog.length = 0;
    renderEventLog();
  });
}

// -----------------------------------------------------------------------------------------------
// The event console: every event the elements fire, as the host's listener receives it

const EVENT_NAMES = Object.values(events).map((type) => type.eventName);
const EVENT_LOG_SIZE = 50;

interface EventEntry {
  name: string;
  at: Date;
  source: string;
  cancelable: boolean;
  detail: string;
  preview: string;
  prevented?: boolean;
}

const eventLog: EventEntry[] = [];
let eventTotal = 0;

/** The detail as JSON text: errors keep their name, message and fields; cycles and functions are marked. */
function detailText(detail: unknown, indent = 2): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(
      detail,
      (_key, value: unknown) => {
        if (typeof value === 'function') return '[function]';
        if (typeof value === 'bigint') return String(value);
        if (value && typeof value === 'object') {
          if (seen.has(value)) return '[circular]';
          seen.add(value);
          if (value instanceof Error) return { ...value, name: value.name, message: value.message };
          if (value instanceof Node) return `[${value.nodeName.toLowerCase()}]`;
        }
        return value;
      },
      indent,
    ) ?? 'undefined'
  );
}

function onElementEvent(event: Event): void {
  const target = event.composedPath()[0];
  const entry: EventEntry = {
    name: event.type,
    at: new Date(),
    source: target instanceof Element ? `<${target.localName}>` : 'document',
    cancelable: event.cancelable,
    detail: detailText(event instanceof CustomEvent ? event.detail : undefined),
    preview: detailText(event instanceof CustomEvent ? event.detail : undefined, 0),
  };
  if (entry.preview.length > 96) entry.preview = `${entry.preview.slice(0, 95)}…`;
  eventTotal++;
  eventLog.unshift(entry);
  eventLog.length = Math.min(eventLog.length, EVENT_LOG_SIZE);
  renderEventLog();
  // A cancelable event is read again once every listener ran: did the host (or anyone) stop it?
  if (event.cancelable) {
    queueMicrotask(() => {
      entry.prevented = event.defaultPrevented;
      renderEventLog();
    });
  }
}

function renderEventLog(): void {
  ui.eventCount.textContent = eventTotal ? `${eventTotal} received` : '';
  if (!eventLog.length) {
    ui.eventList.replaceChildren(el('li', { class: 'empty', text: 'No events yet. Use the elements: every event shows here.' }));
    return;
  }
  ui.eventList.replaceChildren(
    ...eventLog.map((entry) =>
      el(
        'li',
        { class: 'event' },
        el(
          'div',
          { class: 'event__meta' },
          el('code', { class: 'event__name', text: entry.name }),
          el('time', { class: 'hint', text: entry.at.toLocaleTimeString(LOCALE), attrs: { datetime: entry.at.toISOString() } }),
        ),
        el(
          'p',
          { class: 'hint event__source' },
          `from ${entry.source}`,
          entry.cancelable ? (entry.prevented ? ' · cancelable, prevented' : ' · cancelable') : '',
        ),
        el('code', { class: 'event__preview', text: entry.preview }),
        el('details', { class: 'raw' }, el('summary', { text: 'Full detail' }), el('pre', { class: 'json', text: entry.detail })),
      ),
    ),
  );
}

// -----------------------------------------------------------------------------------------------
// Start

async function start(): Promise<void> {
  fillStaticControls();
  renderRequestLog();
  renderEventLog();
  for (const name of EVENT_NAMES) document.addEventListener(name, onElementEvent, { capture: true });
  const chosen = fromQuery();
  const saved = chosen ? undefined : loadSaved();
  const restored = saved && restore(saved);
  if (restored && saved) useOrganization(saved.scenario, restored);
  else useScenario(chosen?.scenario ?? saved?.scenario ?? 'carto', chosen?.userId ?? saved?.userId);
  addEventListener('pagehide', save);
  wireControls();
  setInterval(tick, 1000);

  say('Starting the mock service worker…');
  for (const target of panels as Panel<unknown>[]) {
    target.body.replaceChildren(el('p', { class: 'loading', text: 'Waiting for the mock server to start…' }));
  }
  const slow = setTimeout(() => {
    say(
      'Still waiting for the mock service worker. Service workers need http://localhost or HTTPS and may be off in private windows; a reload usually helps.',
      'error',
    );
  }, 10_000);
  try {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  } catch (error) {
    say(`The mock service worker did not start, so nothing answers at ${DEFAULT_BASE_URL}: ${messageOf(error)}`, 'error');
    for (const target of panels as Panel<unknown>[]) {
      target.body.replaceChildren(el('p', { class: 'problem problem--error', text: 'No mock server: see the status line above.' }));
    }
    return;
  } finally {
    clearTimeout(slow);
  }
  // The elements are defined only now, so their first request reaches the running worker.
  provider().client = client;
  await Promise.all([
    import('../src/elements/support-access-provider/define.js'),
    import('../src/elements/support-access-panel/define.js'),
    import('../src/elements/access-request-list/define.js'),
    import('../src/elements/support-session-list/define.js'),
    import('../src/elements/support-access-settings/define.js'),
    import('../src/elements/support-user-badge/define.js'),
    import('../src/elements/support-access-log/define.js'),
  ]);
  await Promise.all(['support-access-provider', 'access-request-list', 'support-access-log'].map((tag) => customElements.whenDefined(tag)));
  provider().addEventListener('sa-change', renderMembers);
  ready = true;
  say(`Ready: scenario “${ui.scenario.value}”, signed in as ${org.currentUser.displayName}.`);
  refreshAll();
}

/** A host's member list pages; the demo shows the first few. */
const MEMBERS_SHOWN = 8;

/** The host's own member list: the organization's users, and the support account while access is on. */
function renderMembers(): void {
  const grant = provider().store?.state?.grant;
  const current = org.currentUser.id;
  const users = org.users;
  const shown = users.length > MEMBERS_SHOWN ? users.slice(0, MEMBERS_SHOWN) : users;
  const rows = shown.map((user) =>
    el(
      'li',
      {},
      el('span', { text: user.displayName }),
      user.id === current ? el('span', { class: 'hint', text: '(you)' }) : null,
      el('span', { class: 'member__role', text: user.role }),
    ),
  );
  if (grant) {
    const badge = document.createElement('support-user-badge');
    badge.kind = 'support';
    badge.expires = grant.expiresAt;
    rows.push(el('li', {}, el('span', { text: grant.supportAccount.displayName }), badge, el('span', { class: 'member__role', text: grant.accessLevel })));
  }
  if (shown.length < users.length) {
    rows.push(el('li', { class: 'hint', text: `and ${users.length - shown.length} more members` }));
  }
  byId('members', HTMLUListElement).replaceChildren(...rows);
}

function provider(): HTMLElementTagNameMap['support-access-provider'] {
  return document.querySelector('support-access-provider')!;
}

void start();

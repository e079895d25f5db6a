/**
 * The README's embedding snippets, run as a host's page runs them: each file under docs/embedding
 * is loaded unchanged, against the package's mocks as a host's own tests would serve them
 * (docs/examples/browser-tests.ts), and through the built package (`npm run build` first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import type { SupportAccessPanel } from '../../src/elements/support-access-panel/support-access-panel.js';
import type { SupportAccessProvider } from '../../src/elements/support-access-provider/support-access-provider.js';
import type { MockOrganization, ScenarioName } from '../../src/mocks/index.js';

export interface BrowserMocks {
  worker: SetupWorker;
  mockSupportAccess(scenario: ScenarioName, baseUrl?: string): MockOrganization;
}

/** A module under docs/, by a computed specifier: it imports the built package, which the type checker must not look for. */
export function loadDoc<T = unknown>(path: string): Promise<T> {
  return import(/* @vite-ignore */ new URL(`../../docs/${path}`, import.meta.url).href) as Promise<T>;
}

export const BASE_URL = '/api/orgs/42/support-access';

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
}

/** The mocks the README tells a host to use, serving a fresh organization; `requests` lists what reached them. */
export async function serveScenario(scenario: ScenarioName) {
  const mocks = await loadDoc<BrowserMocks>('examples/browser-tests.ts');
  const org = mocks.mockSupportAccess(scenario);
  const requests: SeenRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(BASE_URL)) requests.push({ method: request.method, path: url.pathname, headers: request.headers });
  };
  mocks.worker.events.on('request:start', listener);
  return { org, requests, stop: () => mocks.worker.events.removeListener('request:start', listener) };
}

/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
export const words = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** The panel the snippet rendered, once it has loaded the scenario's state. */
export async function loadedPanel(root: ParentNode): Promise<SupportAccessPanel> {
  await waitUntil(() => root.querySelector('support-access-panel'), 'the snippet renders the panel', { timeout: 10000 });
  const panel = root.querySelector('support-access-panel') as SupportAccessPanel;
  await waitUntil(() => panel.status && panel.status !== 'loading', 'the panel loads the state', { timeout: 10000 });
  await panel.updateComplete;
  return panel;
}

function button(panel: SupportAccessPanel, label: string): HTMLButtonElement {
  const found = [...panel.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`No button "${label}" in: ${words(panel.shadowRoot!.textContent)}`);
  return found;
}

/** As an admin does it: tick the confirmation, then press "Enable access". */
export async function enableAccess(panel: SupportAccessPanel): Promise<void> {
  const box = panel.shadowRoot!.querySelector<HTMLInputElement>('#confirmed')!;
  expect(words(box.closest('label')!.textContent)).to.contain('I authorize the support team');
  if (!box.checked) box.click();
  await panel.updateComplete;
  const submit = button(panel, 'Enable access');
  submit.focus();
  submit.click();
  await waitUntil(() => panel.status === 'on', 'access is granted', { timeout: 10000 });
  await panel.updateComplete;
}

/** The expiry the panel shows, as the person reads it. */
export function shownExpiry(panel: SupportAccessPanel): string {
  return words(panel.shadowRoot!.querySelector('time')?.textContent);
}

/**
 * What each framework's snippet must do, framework aside: the panel shows the state, the client
 * object and the time zone reach the elements, every request carries the framework's header, and
 * enabling access reaches the framework's `sa-granted` handler, which updates what it shows.
 */
export async function expectEmbeddedFlow(
  container: HTMLElement,
  requests: SeenRequest[],
  { framework, handler }: { framework: string; handler: string },
): Promise<SupportAccessPanel> {
  const panel = await loadedPanel(container);
  expect(panel.status).to.equal('off');
  expect(words(panel.shadowRoot!.textContent)).to.contain('Support access is off');

  const provider = container.querySelector('support-access-provider') as SupportAccessProvider;
  expect(provider.client?.options.baseUrl).to.equal('/api/orgs/42/support-access');
  expect(panel.timeZone).to.equal('Europe/Berlin');
  expect(requests.length).to.be.greaterThan(0);
  expect(requests.map((request) => request.headers.get('X-Requested-With'))).to.deep.equal(requests.map(() => framework));

  await enableAccess(panel);
  const notice = container.querySelector('[role="status"]')!;
  await waitUntil(() => notice.textContent!.trim() !== '', `the ${handler} handler updates what the framework shows`);
  expect(notice.textContent!.trim()).to.equal('Support access granted until 2026-03-17T09:00:00.000Z');
  expect(shownExpiry(panel), 'the expiry in the time zone set through the framework').to.contain('10:00');
  expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).to.deep.equal([
    '/api/orgs/42/support-access/grants',
  ]);
  await expect(container).to.be.accessible();
  return panel;
}

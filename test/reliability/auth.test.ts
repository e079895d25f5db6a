/**
 * A signed-out session: the host is told once, however many elements notice, and everything comes
 * back once the host's header provider hands out a fresh token.
 */
import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/support-access-log/define.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-provider/define.js';
import '../../src/elements/support-access-settings/define.js';
import '../../src/elements/support-session-list/define.js';
import type { SaUnauthenticatedEvent } from '../../src/events/index.js';
import { DEFAULT_BASE_URL } from '../../src/mocks/index.js';
import { alerts, button, deepQueryAll, words } from '../helpers/dom.js';
import { createClient, mockOrganization, worker } from '../helpers/mock-api.js';
import { failOnConsoleErrors } from '../helpers/probes.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();
failOnConsoleErrors();

const WAIT = { timeout: 10_000 };
type Updating = HTMLElement & { updateComplete: Promise<unknown>; status?: string };

/** The host's gateway: only the current token gets through, anything else is a 401 problem. */
function gateway(valid: () => string) {
  worker.use(
    http.all(`${DEFAULT_BASE_URL}*`, ({ request }) => {
      if (request.headers.get('Authorization') === `Bearer ${valid()}`) return undefined;
      return HttpResponse.json(
        { type: 'urn:support-access:problem:unauthenticated', title: 'Not signed in', status: 401, code: 'unauthenticated' },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
}

async function page(headers: () => Record<string, string>) {
  const client = createClient({ retries: 0, headers });
  const provider = await fixture<HTMLElement & { store: { refresh(): Promise<void> } }>(html`
    <support-access-provider .client=${client}>
      <support-access-panel locale="en-US" time-zone="UTC"></support-access-panel>
      <access-request-list locale="en-US" time-zone="UTC"></access-request-list>
      <support-session-list locale="en-US" time-zone="UTC"></support-session-list>
      <support-access-settings locale="en-US" time-zone="UTC"></support-access-settings>
      <support-access-log locale="en-US" time-zone="UTC"></support-access-log>
    </support-access-provider>
  `);
  const events: SaUnauthenticatedEvent[] = [];
  // The host listens where it placed the elements: one listener sees every element's events.
  provider.parentElement!.addEventListener('sa-unauthenticated', (event) => events.push(event as SaUnauthenticatedEvent));
  return { provider, events, el: (tag: string) => provider.querySelector<Updating>(tag)! };
}

const SIGNED_OUT = 'Your session has ended. Sign in again to continue.';

describe('401: sa-unauthenticated', () => {
  it('fires once for five elements under one provider, and all recover with a fresh token', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.signInAs('u-ana');
    let valid = 'token-2';
    let token = 'token-1';
    gateway(() => valid);
    const { provider, events, el } = await page(() => ({ Authorization: `Bearer ${token}` }));

    await waitUntil(() => events.length > 0, 'the host is told', WAIT);
    const failures = () => deepQueryAll(provider, '.failure');
    await waitUntil(() => failures().length >= 5, 'every element says why it shows nothing', WAIT);
    // Whatever else is still in flight has answered by now.
    await aTimeout(500);
    expect(events, 'sa-unauthenticated events').to.have.length(1);
    expect(events[0].detail.error.code).to.equal('unauthenticated');
    for (const failure of failures()) expect(words(failure.textContent)).to.contain(SIGNED_OUT);
    // Four elements show the shared state's failure, and the session list its own list's: a screen
    // reader hears each failure once.
    const said = (nodes: Element[]) => nodes.map((node) => words(node.textContent));
    expect(said(alerts(provider)), 'each failure read out once').to.have.members([...new Set(said(failures()))]).and.have.length(2);

    // The host signs the person in again; its header provider now returns the fresh token.
    token = valid;
    button(el('support-access-panel'), 'Try again').click();
    await waitUntil(() => el('support-access-panel').status === 'off', 'the panel recovers', WAIT);
    await waitUntil(() => deepQueryAll(el('access-request-list'), '[part~="pending"] [part~="request"]').length === 2, 'the requests load', WAIT);
    await waitUntil(() => el('support-session-list').status === 'empty' || el('support-session-list').status === 'ready', 'the sessions load', WAIT);
    await waitUntil(() => el('support-access-settings').status === 'editable', 'the settings load', WAIT);
    await waitUntil(() => deepQueryAll(el('support-access-log'), '[role="row"][aria-rowindex="2"]').length === 1, 'the log loads', WAIT);
    expect(failures().map((failure) => words(failure.textContent))).to.deep.equal([]);

    // The token expires again while everything is shown: the next changes and reloads all get 401.
    valid = 'token-3';
    document.dispatchEvent(new Event('visibilitychange'));
    const churn = () =>
      deepQueryAll(el('access-request-list'), '[part~="pending"] [part~="request"]').find((row) => words(row.textContent).includes('Churn model'))!;
    button(churn(), 'Approve sam.support').click();
    await waitUntil(() => alerts(provider).some((alert) => words(alert.textContent).includes('Could not approve the access request')), 'the approval fails', WAIT);
    await aTimeout(500);
    expect(events, 'told once more for the second sign-out, not once per request').to.have.length(2);

    token = valid;
    button(churn(), 'Try again').click();
    await waitUntil(() => !churn(), 'the approval goes through with the fresh token', WAIT);
    expect(events).to.have.length(2);
    void provider;
  });
});

describe('401: a list read re-arms it', () => {
  it('the next page of the log, read with a fresh token, re-arms the sign-out: the next 401 tells the host again', async () => {
    await mockOrganization({ scenario: 'busy' });
    let valid = 'token-1';
    let token = 'token-1';
    gateway(() => valid);
    const client = createClient({ retries: 0, headers: () => ({ Authorization: `Bearer ${token}` }) });
    const log = await fixture<Updating>(html`<support-access-log .client=${client} locale="en-US" time-zone="UTC"></support-access-log>`);
    const events: SaUnauthenticatedEvent[] = [];
    log.parentElement!.addEventListener('sa-unauthenticated', (event) => events.push(event as SaUnauthenticatedEvent));
    const grid = () => log.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    const rows = () => log.shadowRoot!.querySelectorAll('[role="row"][aria-rowindex]').length;
    /** Scrolls to the end, where the next page is read: nothing else is loaded. */
    const more = async () => {
      grid().scrollTop = grid().scrollHeight;
      for (let index = 0; index < 3; index++) await nextFrame();
    };
    await waitUntil(() => rows() > 1, 'the first page', WAIT);

    valid = 'token-2';
    await more();
    await waitUntil(() => events.length === 1, 'the host is told of the sign-out', WAIT);
    await waitUntil(() => deepQueryAll(log, '.failure button').length, 'the next page failed', WAIT);
    token = valid;
    (deepQueryAll(log, '.failure button')[0] as HTMLButtonElement).click();
    await waitUntil(() => !deepQueryAll(log, '.failure').length, 'the next page loads with the fresh token', WAIT);

    valid = 'token-3';
    await more();
    await waitUntil(() => deepQueryAll(log, '.failure').length, 'the page after fails', WAIT);
    await aTimeout(200);
    expect(events, 'told again for the second sign-out').to.have.length(2);
  });
});

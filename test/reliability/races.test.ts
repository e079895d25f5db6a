/**
 * Repeats and races inside one page: a person clicking ten times as fast as the browser lets them,
 * and answers arriving out of order after the person changed their mind.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/access-request-list/define.js';
import '../../src/elements/support-access-log/define.js';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-session-list/define.js';
import { alerts, button, deepQueryAll, typeInto, words } from '../helpers/dom.js';
import { createClient, mockOrganization, type SeenRequest } from '../helpers/mock-api.js';
import { failOnConsoleErrors } from '../helpers/probes.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();
failOnConsoleErrors();

const WAIT = { timeout: 10_000 };
type Updating = HTMLElement & { updateComplete: Promise<unknown>; status?: string };
const count = (requests: SeenRequest[], operation: string) => requests.filter((request) => request.operation === operation).length;
const shadow = (el: Element) => el.shadowRoot!;

async function mount<T extends Updating>(template: ReturnType<typeof html>, ready: (el: T) => boolean) {
  const el = await fixture<T>(template);
  await waitUntil(() => ready(el), `${el.localName} is ready`, WAIT);
  await el.updateComplete;
  return el;
}

/** Ten clicks in one task: faster than any person, so nothing re-renders in between. */
function tenClicks(target: () => HTMLElement) {
  for (let index = 0; index < 10; index++) target().click();
}

/** Ten clicks each in its own task, with re-renders in between, like a person hammering the button. */
async function tenSpacedClicks(target: () => HTMLElement | undefined) {
  for (let index = 0; index < 10; index++) {
    target()?.click();
    await aTimeout(15);
  }
}

describe('ten rapid clicks take effect once', () => {
  for (const spaced of [false, true]) {
    const how = spaced ? 'clicks spread over 150 ms' : 'clicks in one task';
    it(`Enable access (${how}): one grant request, one grant`, async () => {
      const { org, requests } = await mockOrganization({ scenario: 'carto' });
      org.latency = 200;
      const el = await mount<Updating>(html`<support-access-panel .client=${createClient({ retries: 0 })}></support-access-panel>`, (panel) => panel.status === 'off');
      deepQueryAll<HTMLInputElement>(el, '#confirmed')[0].click();
      await el.updateComplete;
      const target = () => button(el, /^Enable access$|^Enabling/);
      if (spaced) await tenSpacedClicks(target);
      else tenClicks(target);
      await waitUntil(() => el.status === 'on', 'access is on', WAIT);
      await aTimeout(300);
      expect(count(requests, 'grant'), 'grant requests at the server').to.equal(1);
      const granted = org.listEvents({ type: ['access.granted'] }).items.filter((event) => event.at === org.clock.iso());
      expect(granted, 'access.granted events now').to.have.length(1);
      expect(alerts(el)).to.deep.equal([]);
    });

    it(`Approve (${how}): one approval request, one approval`, async () => {
      const { org, requests } = await mockOrganization({ scenario: 'keboola' });
      org.latency = 200;
      const el = await mount<Updating>(
        html`<access-request-list .client=${createClient({ retries: 0 })}></access-request-list>`,
        (list) => Boolean(shadow(list).querySelector('[part~="pending"] [part~="request"]')),
      );
      const row = () =>
        [...shadow(el).querySelectorAll<HTMLElement>('[part~="pending"] [part~="request"]')].find((candidate) =>
          words(candidate.textContent).includes('Churn model'),
        );
      // Named by what it shows, as Enable access is: 'Approving…' once the first click took.
      const target = () => row() && button(row()!, /^Approve sam\.support$|^Approving/);
      if (spaced) await tenSpacedClicks(target);
      else tenClicks(() => target()!);
      await waitUntil(() => !row(), 'the request is decided', WAIT);
      await aTimeout(300);
      expect(count(requests, 'approveRequest'), 'approve requests at the server').to.equal(1);
      expect(org.listRequests({ status: 'decided' }).items.filter((request) => request.reason.includes('Churn model'))[0].approvals).to.have.length(1);
    });

    it(`Revoke (${how} on the dialog's confirm): one revoke request`, async () => {
      const { org, requests } = await mockOrganization({ scenario: 'expiring-soon' });
      org.latency = 200;
      const el = await mount<Updating>(html`<support-access-panel .client=${createClient({ retries: 0 })}></support-access-panel>`, (panel) => panel.status === 'on');
      button(el, 'Revoke access').click();
      const dialog = deepQueryAll(el, 'revoke-access-dialog')[0];
      await waitUntil(() => dialog.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0, 'the dialog lists users', WAIT);
      const confirm = () => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!;
      await waitUntil(() => !confirm().disabled, 'confirm is ready');
      if (spaced) await tenSpacedClicks(confirm);
      else tenClicks(confirm);
      await waitUntil(() => el.status === 'off', 'access is off', WAIT);
      await aTimeout(300);
      expect(count(requests, 'revoke'), 'revoke requests at the server').to.equal(1);
      expect(org.listEvents({ type: ['access.revoked'] }).items.filter((event) => event.at === org.clock.iso())).to.have.length(1);
    });
  }

  it('End session (ten clicks): one request', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'cumulocity' });
    org.signInAs('u-ana');
    org.latency = 200;
    const el = await mount<Updating>(html`<support-session-list .client=${createClient({ retries: 0 })}></support-session-list>`, (list) => list.status === 'ready');
    tenClicks(() => button(el, /^End session/));
    await waitUntil(() => el.status === 'empty', 'the session ended', WAIT);
    await aTimeout(300);
    expect(count(requests, 'endSession')).to.equal(1);
  });
});

describe('superseded requests never paint stale results', () => {
  it('the log: filter changed twice quickly, the first answer arriving last', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'segment' });
    const el = await mount<Updating>(
      html`<support-access-log .client=${createClient({ retries: 0 })} locale="en-US" time-zone="UTC"></support-access-log>`,
      (log) => Boolean(shadow(log).querySelector('[role="row"][aria-rowindex="2"]')),
    );
    const box = (type: string) => deepQueryAll<HTMLInputElement>(el, 'input[name="type"]').find((input) => input.value === type)!;
    const before = count(requests, 'listEvents');
    // The first filter's answer is held back well past the second's.
    org.faults.inject('listEvents', { latency: 1200, times: 1 });
    box('access.granted').click();
    await waitUntil(() => count(requests, 'listEvents') === before + 1, 'the first filter is asked for');
    box('support.login').click();
    await waitUntil(() => count(requests, 'listEvents') === before + 2, 'the second filter is asked for');
    const types = () =>
      [...shadow(el).querySelectorAll('[role="row"][aria-rowindex]:not([aria-rowindex="1"]) [role="gridcell"]:nth-child(2)')].map((cell) => words(cell.textContent));
    await waitUntil(() => types().includes('Support login'), 'the second filter’s events show', WAIT);
    // Long after the first answer arrived: still the second filter's rows, never the first's alone.
    await aTimeout(1600);
    expect(new Set(types())).to.deep.equal(new Set(['Access granted', 'Support login']));
    expect(words(shadow(el).querySelector('summary')?.textContent)).to.equal('Event types: 2 selected');
  });

  it('the revoke dialog: search typed fast, the first answer arriving last', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'expiring-soon' });
    const el = await mount<Updating>(html`<support-access-panel .client=${createClient({ retries: 0 })}></support-access-panel>`, (panel) => panel.status === 'on');
    button(el, 'Revoke access').click();
    const dialog = deepQueryAll(el, 'revoke-access-dialog')[0];
    const names = () => [...dialog.shadowRoot!.querySelectorAll('.option .name')].map((name) => words(name.textContent));
    await waitUntil(() => names().length > 1, 'the dialog lists users', WAIT);
    const search = dialog.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    const before = count(requests, 'listInheritors');
    org.faults.inject('listInheritors', { latency: 1200, times: 1 });
    typeInto(search, 'a');
    await waitUntil(() => count(requests, 'listInheritors') === before + 1, 'the first search is asked for', WAIT);
    typeInto(search, 'bru');
    await waitUntil(() => count(requests, 'listInheritors') === before + 2, 'the second search is asked for', WAIT);
    await waitUntil(() => names().join() === 'Bruno Díaz', 'the second search’s answer shows', WAIT);
    await aTimeout(1600);
    expect(names(), 'still the latest search’s answer').to.deep.equal(['Bruno Díaz']);
    expect(search.value).to.equal('bru');
  });
});

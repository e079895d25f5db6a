import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportAccessClient } from '../src/client/index.js';
import { addDuration } from '../src/contract/index.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import type { State } from '../src/contract/index.js';
import type { SaChangeEvent, SaExpiredEvent, SaExtendEvent, SaGrantEvent, SaGrantedEvent } from '../src/events/index.js';
import type { MockOrganization } from '../src/mocks/index.js';
import { DEFAULT_BASE_URL, handlers } from '../src/mocks/index.js';
import { anotherOrganization, clientWithState, createClient, holding, mockOrganization, NOW, OTHER_BASE_URL, recordingFetch, refuseField, worker } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';
import { expectFocus, typeInto } from './helpers/dom.js';
import { emulateMedia } from './helpers/theming.js';

failOnUncaughtErrors();

async function panel(client: SupportAccessClient = createClient({ retries: 0 })) {
  const element = await fixture<SupportAccessPanel>(
    html`<support-access-panel
      .client=${client}
      time-zone="UTC"
      locale="en-US"
      ticket-url="https://support.example.com/tickets/{ticket}"
    ></support-access-panel>`,
  );
  await waitUntil(() => element.status !== 'loading', 'the panel loads', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
const words = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (element: Element) => words(root(element).textContent);
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => root(element).querySelector<T>(selector)!;
const button = (element: Element, label: string | RegExp) => {
  const found = [...root(element).querySelectorAll('button')].find((candidate) =>
    typeof label === 'string' ? candidate.textContent!.trim() === label : label.test(candidate.textContent!),
  );
  if (!found) throw new Error(`No button "${label}" in: ${text(element)}`);
  return found;
};
const selectedLabel = (select: HTMLSelectElement) => select.selectedOptions[0].textContent!.trim();
const grantRequests = <T extends { operation: string }>(requests: T[]) => requests.filter((request) => request.operation === 'grant');
const stateRequests = <T extends { operation: string }>(requests: T[]) => requests.filter((request) => request.operation === 'getState');

async function enable(element: SupportAccessPanel, options: { duration?: string } = {}) {
  if (options.duration) {
    const select = $<HTMLSelectElement>(element, '#duration');
    select.value = options.duration;
    select.dispatchEvent(new Event('change'));
  }
  const box = $<HTMLInputElement>(element, '#confirmed');
  if (!box.checked) box.click();
  await element.updateComplete;
  // As a person's click does, focus the button before pressing it.
  const submit = button(element, 'Enable access');
  submit.focus();
  submit.click();
}

async function settled(element: SupportAccessPanel, condition: () => boolean, message: string) {
  await waitUntil(condition, message, { timeout: 5000 });
  await element.updateComplete;
}

function revokeThroughDialog(element: SupportAccessPanel) {
  const dialog = $(element, 'revoke-access-dialog');
  return waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog opens').then(async () => {
    await waitUntil(() => !dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.disabled, 'confirm is ready');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
  });
}

describe('<support-access-panel>: states', () => {
  it('shows that it is loading, then the state', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.latency = 400;
    const element = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()}></support-access-panel>`);
    await element.updateComplete;
    expect(element.status).to.equal('loading');
    expect(text(element)).to.contain('Loading support access…');
    await expect(element).to.be.accessible();
    await settled(element, () => element.status === 'off', 'loaded');
  });

  it('off: offers the policy’s durations in words, the default chosen, and asks for confirmation', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    expect(element.status).to.equal('off');
    expect(text(element)).to.contain('Support access is off');
    const select = $<HTMLSelectElement>(element, '#duration');
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      '1 day',
      '7 days',
      '30 days',
      '90 days',
      '180 days',
    ]);
    expect(selectedLabel(select)).to.equal('7 days');
    expect(root(element).querySelector('fieldset'), 'one access level: no choice').to.equal(null);
    expect(root(element).querySelector('#reason'), 'no reason asked').to.equal(null);
    expect($(element, 'label[for="duration"]').textContent).to.contain('Duration');
    expect($<HTMLInputElement>(element, '#confirmed').required).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('off: a default written otherwise than its offer (P1D, offered as PT24H) shows that offer, and Enable grants what is shown', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.updatePolicy({ durations: ['PT8H', 'PT24H', 'P3D'] });
    expect(org.getState().policy.defaultDuration).to.equal('P1D');
    const element = await panel();
    const select = $<HTMLSelectElement>(element, '#duration');
    expect(selectedLabel(select)).to.equal('24 hours');
    const reason = $<HTMLTextAreaElement>(element, '#reason');
    if (reason) typeInto(reason, 'Investigating a failed export');
    const asked = oneEvent(element, 'sa-grant');
    await enable(element);
    expect((await asked).detail.request.duration, 'the host hears the duration shown').to.equal(select.value);
    await settled(element, () => element.status === 'on', 'on');
    const grant = org.getState().grant!;
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt)).to.equal(24 * 3600_000);
  });

  it('off: asks for an access level, a reason and a ticket where the policy wants them', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const element = await panel();
    const levels = [...root(element).querySelectorAll<HTMLInputElement>('input[name="accessLevel"]')];
    expect(levels.map((input) => input.closest('label')!.textContent!.trim())).to.deep.equal(['Read-only', 'Admin']);
    expect(levels[0].checked).to.equal(true);
    expect($(element, 'label[for="ticket"]').textContent).to.contain('Ticket');
    expect([...$<HTMLSelectElement>(element, '#duration').options].map((option) => option.textContent!.trim())).to.deep.equal([
      '1 day',
      '3 days',
      '7 days',
    ]);
    await expect(element).to.be.accessible();
  });

  it('on: who granted it, when it expires in the host’s zone, a countdown, the account, level and linked ticket', async () => {
    await mockOrganization({ scenario: 'segment' });
    const element = await panel();
    expect(element.status).to.equal('on');
    const shown = text(element);
    expect(shown).to.contain('Support access is on');
    expect(shown).to.contain('Ana Admin on Mar 8, 2026, 9:00 AM');
    expect(words($(element, 'time').textContent)).to.equal('Mar 15, 2026, 9:00 AM');
    expect(shown).to.contain('5 days left');
    expect(shown).to.contain('Segment Support');
    expect(shown).to.contain('Signs in with multi-factor authentication');
    expect(shown).to.contain('Read-only');
    expect(shown).to.contain('Events from the Android source are dropped');
    const link = $<HTMLAnchorElement>(element, 'a');
    expect(link.textContent).to.equal('SEG-8102');
    expect(link.href).to.equal('https://support.example.com/tickets/SEG-8102');
    expect(link.rel).to.contain('noopener');
    await expect(element).to.be.accessible();
  });

  it('always on: says the provider manages it, with no buttons', async () => {
    await mockOrganization({ scenario: 'always-on' });
    const element = await panel();
    expect(element.status).to.equal('always-on');
    expect(text(element)).to.contain('Support access is always on');
    expect(text(element)).to.contain('Your provider manages support access');
    expect(root(element).querySelectorAll('button')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('unavailable: says why (forced single sign-on), with no buttons', async () => {
    await mockOrganization({ scenario: 'unavailable' });
    const element = await panel();
    expect(element.status).to.equal('unavailable');
    expect(text(element)).to.contain('This workspace requires single sign-on, which support accounts cannot use.');
    expect(root(element).querySelectorAll('button, form')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('view-only: sees the grant, has no buttons', async () => {
    await mockOrganization({ scenario: 'viewer' });
    const element = await panel();
    expect(element.status).to.equal('on');
    expect(text(element)).to.contain('CARTO Support');
    expect(text(element)).to.contain('You can see support access, but you cannot change it.');
    expect(root(element).querySelectorAll('button')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('on without grant details: says so rather than showing an empty section', async () => {
    await mockOrganization({ scenario: 'segment' });
    const client = createClient({
      adapters: {
        getState: (json) => {
          const { grant: _grant, ...state } = json as { grant?: unknown };
          return state;
        },
      },
    });
    const element = await panel(client);
    expect(element.status).to.equal('on');
    expect(text(element)).to.contain('The server did not send the details of this grant.');
    await expect(element).to.be.accessible();
  });

  it('view-only and off: says who may enable it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.signInAs('u-carla');
    const element = await panel();
    expect(text(element)).to.contain('Only admins can enable support access.');
    expect(root(element).querySelector('form')).to.equal(null);
  });

  it('error: says what failed and retries', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('getState', { status: 500 });
    const element = await panel();
    expect(element.status).to.equal('error');
    expect($(element, '[role="alert"]').textContent).to.contain('Could not load support access. Something unexpected went wrong.');
    await expect(element).to.be.accessible();
    org.faults.clear();
    button(element, 'Try again').click();
    await settled(element, () => element.status === 'off', 'retried');
  });

  it('expiring soon: warns within the policy’s window and extends with one click', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    expect($(element, '[part="warning"]').textContent).to.contain('Support access ends in 3 hours.');
    await expect(element).to.be.accessible();
    const before = org.getState().grant!.expiresAt;
    button(element, 'Extend by 1 day').click();
    const { detail } = await oneEvent(element, 'sa-extended');
    expect(detail.grant.expiresAt).to.equal(addDuration(before, 'P1D'));
    await settled(element, () => !root(element).querySelector('[part="warning"]'), 'the warning goes');
  });
});

describe('<support-access-panel>: CARTO', () => {
  it('enables for 7 days with the box ticked, shows the details, and ends at expiry with assets to the admin', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    const before = oneEvent(element, 'sa-grant');
    await enable(element, { duration: 'P7D' });
    expect((await before).detail.request).to.deep.equal({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    const granted = (await oneEvent(element, 'sa-granted')) as SaGrantedEvent;
    await settled(element, () => element.status === 'on', 'on');
    expect(granted.detail.grant.expiresAt).to.equal(addDuration(NOW, 'P7D'));
    expect(text(element)).to.contain('Ana Admin on Mar 10, 2026, 9:00 AM');
    expect(text(element)).to.contain('7 days left');
    expect(root(element).activeElement?.id, 'focus stays in the panel').to.equal('heading');

    org.logIn();
    org.act({ assetType: 'map' });
    org.advance('P7D');
    const expired = oneEvent(element, 'sa-expired') as Promise<SaExpiredEvent>;
    document.dispatchEvent(new Event('visibilitychange'));
    expect((await expired).detail.grant.id).to.equal(granted.detail.grant.id);
    await settled(element, () => element.status === 'off', 'off');
    expect(text(element)).to.contain('Support access ended on Mar 17, 2026, 9:00 AM: its time ran out.');
    expect($(element, '.visually-hidden[role="status"]').textContent).to.contain('its time ran out');

    const [event] = org.listEvents({ type: ['access.expired'], grantId: granted.detail.grant.id }).items;
    expect(event.summary).to.equal('Access expired; 1 map went to Ana Admin');
  });

  it('notices the moment of expiry on its own, without a reload', async () => {
    const { org } = await mockOrganization({ scenario: 'carto', frozen: false });
    org.updatePolicy({ durations: ['PT2S'], defaultDuration: 'PT2S', maxTotalDuration: null });
    const element = await panel();
    const expired = oneEvent(element, 'sa-expired');
    await enable(element);
    await settled(element, () => element.status === 'on', 'on');
    await expired;
    await settled(element, () => element.status === 'off', 'off by itself');
    expect(text(element)).to.contain('its time ran out');
  });
});

describe('<support-access-panel>: Cumulocity', () => {
  it('lets a non-admin enable, prolong twice and disable', async () => {
    const { org } = await mockOrganization({ scenario: 'cumulocity' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-dana' });
    const element = await panel();
    expect(selectedLabel($<HTMLSelectElement>(element, '#duration'))).to.equal('24 hours');
    await enable(element);
    await settled(element, () => element.status === 'on', 'on');
    const grant = org.getState().grant!;
    expect(grant.grantedBy.displayName).to.equal('Dana Okafor');

    for (let count = 1; count <= 2; count++) {
      button(element, 'Extend by 24 hours').click();
      await oneEvent(element, 'sa-extended');
      await settled(element, () => root(element).querySelectorAll('dd li').length === count, `${count} extensions shown`);
    }
    expect(org.getState().grant!.expiresAt).to.equal(addDuration(grant.expiresAt, 'P2D'));
    expect(text(element)).to.contain('24 hours added by Dana Okafor');

    button(element, 'Revoke access').click();
    await revokeThroughDialog(element);
    await oneEvent(element, 'sa-revoked');
    await settled(element, () => element.status === 'off', 'off');
    expect(text(element)).to.contain('Support access was revoked.');
  });
});

describe('<support-access-panel>: Segment', () => {
  it('is unavailable under forced single sign-on', async () => {
    await mockOrganization({ scenario: 'unavailable' });
    const element = await panel();
    expect(text(element)).to.contain('single sign-on');
  });

  it('a ticket of spaces is missing, and a typed ticket is sent without the spaces around it', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const element = await panel();
    const ticket = $<HTMLInputElement>(element, '#ticket');
    typeInto(ticket, '   ');
    await enable(element);
    expect(ticket.getAttribute('aria-invalid')).to.equal('true');
    const described = ticket.getAttribute('aria-describedby')!.split(' ').map((id) => words($(element, `#${id}`).textContent));
    expect(described).to.include('Enter the ticket.');
    expect(grantRequests(requests), 'nothing is sent').to.deep.equal([]);

    typeInto(ticket, '  SEG-1 ');
    const asked = oneEvent(element, 'sa-grant') as Promise<SaGrantEvent>;
    await enable(element);
    expect((await asked).detail.request.ticket, 'the host is told the ticket').to.equal('SEG-1');
    await settled(element, () => element.status === 'on', 'on');
    expect(org.getState().grant!.ticket, 'the server keeps the ticket').to.equal('SEG-1');
  });

  it('never offers more than 7 days, and at the cap disables extending with the reason, still in the tab order', async () => {
    const { requests } = await mockOrganization({ scenario: 'segment' });
    const element = await panel();
    const asked: Event[] = [];
    element.addEventListener('sa-extend', (event) => asked.push(event));
    const extend = button(element, 'Extend');
    expect(extend.getAttribute('aria-disabled')).to.equal('true');
    // A keyboard user reaches it and hears why: it is not skipped.
    expect(extend.disabled, 'in the tab order').to.equal(false);
    const reason = $(element, `#${extend.getAttribute('aria-describedby')}`);
    expect(reason.textContent).to.equal('Access already lasts the maximum of 7 days.');
    expect(root(element).querySelector('#extend-duration'), 'no duration to pick that could not be added').to.equal(null);
    extend.click();
    await element.updateComplete;
    expect(asked, 'pressing it starts no extension').to.deep.equal([]);
    expect(requests.filter((request) => request.operation === 'extend')).to.deep.equal([]);
  });

  it('an extension that reaches the cap disables Extend, and focus stays on it, described by the reason', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    org.grant({ duration: 'P1D', accessLevel: 'read-only', confirmed: true, reason: 'Billing export fails', ticket: 'SEG-1' });
    const element = await panel();
    const select = $<HTMLSelectElement>(element, '#extend-duration');
    select.value = 'P7D';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const extend = button(element, 'Extend');
    extend.focus();
    extend.click();
    await settled(element, () => extend.getAttribute('aria-disabled') === 'true' && extend.getAttribute('aria-busy') !== 'true', 'at the cap');
    expect(root(element).activeElement === extend, 'focus stays on Extend').to.equal(true);
    expect(extend.getAttribute('aria-describedby')).to.equal('cap-reason');
    expect(root(element).querySelector('#extend-duration'), 'the duration select goes').to.equal(null);
  });
});

describe('<support-access-panel>: failures keep what the person chose', () => {
  async function chooseAndFail(org: MockOrganization, fault: Parameters<MockOrganization['faults']['inject']>[1]) {
    org.faults.inject('grant', { ...fault, times: 1 });
    const element = await panel(createClient({ retries: 0, timeout: 500 }));
    await enable(element, { duration: 'P30D' });
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    expect(selectedLabel($<HTMLSelectElement>(element, '#duration')), 'the choice is kept').to.equal('30 days');
    expect($<HTMLInputElement>(element, '#confirmed').checked, 'the box stays ticked').to.equal(true);
    return element;
  }

  it('a 500 says what failed, and Try again succeeds with the same idempotency key', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await chooseAndFail(org, { status: 500 });
    expect($(element, '[role="alert"]').textContent).to.contain('Could not grant support access. Something unexpected went wrong.');
    await expect(element).to.be.accessible();
    button(element, 'Try again').click();
    await settled(element, () => element.status === 'on', 'on after retry');
    const keys = grantRequests(requests).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(org.getState().grant!.expiresAt).to.equal(addDuration(NOW, 'P30D'));
  });

  it('a 429 passes on how long the server asked to wait, keeps the choices, and asks for nothing more', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await chooseAndFail(org, { status: 429, retryAfter: 90 });
    expect(words($(element, '[role="alert"]').textContent)).to.contain(
      'Could not grant support access. Too many requests in a short time. Try again in 2 minutes.',
    );
    expect(button(element, 'Try again')).to.exist;
    // Other failures reload the state at once (it may have changed); a 429 changed nothing and asks for fewer requests.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = requests.slice(requests.findLastIndex((request) => request.operation === 'grant') + 1);
    expect(after.map((request) => request.operation), 'no request after the refused grant').to.deep.equal([]);
  });

  it('Try again waits as long as the server asked: disabled and sending nothing until then, then it grants', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await chooseAndFail(org, { status: 429, retryAfter: 2 });
    const retry = button(element, 'Try again');
    expect(retry.getAttribute('aria-disabled'), 'disabled while the server asks to wait').to.equal('true');
    retry.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(grantRequests(requests), 'a click too soon sends nothing').to.have.length(1);
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Try again in 2 seconds.');
    // Nothing else happens on the page: the button comes back by itself, and the sentence (read out
    // again) says that it works now, not to wait.
    await waitUntil(() => !button(element, 'Try again').hasAttribute('aria-disabled'), 'Try again comes back once the wait is over', { timeout: 4000 });
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not grant support access. There were too many requests in a short time. You can try again now. Try again',
    );
    button(element, 'Try again').click();
    await settled(element, () => element.status === 'on', 'on after the retry');
    expect(grantRequests(requests)).to.have.length(2);
  });

  it('a timeout says the server did not answer', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await chooseAndFail(org, { hang: true });
    expect($(element, '[role="alert"]').textContent).to.contain('The server did not answer in time.');
  });

  it('a 403 says the person may not', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await chooseAndFail(org, { status: 403 });
    expect($(element, '[role="alert"]').textContent).to.contain('You do not have permission to do this.');
  });

  it('a malformed answer is an error, not a half-drawn panel', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await chooseAndFail(org, { malformedJson: true });
    expect($(element, '[role="alert"]').textContent).to.contain('The server sent an answer that could not be understood.');
    expect(element.status).to.equal('off');
  });

  it('a state that breaks the contract is an error naming the field, with Try again, and no half-drawn panel', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('getState', { breakSchema: true, times: 1 });
    const element = await panel();
    expect(element.status).to.equal('error');
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not load support access. The server sent an answer that could not be understood. Its field “serverTime” is not as expected. Try again',
    );
    expect(root(element).querySelector('form, [part~="details"]') === null, 'nothing half-drawn').to.be.true;
    button(element, 'Try again').click();
    await settled(element, () => element.status === 'off', 'the panel loads');
  });

  it('a 412 reloads and says someone else changed it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    org.signInAs('u-bruno');
    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    org.signInAs('u-ana');
    await enable(element);
    await settled(element, () => element.status === 'on', 'reloaded');
    expect($(element, '[role="alert"]').textContent).to.contain('Someone else changed support access in the meantime.');
    expect($(element, '[role="alert"]').querySelector('button'), 'no Try again: enabling no longer applies').to.equal(null);
    expect(text(element)).to.contain('Bruno Díaz on');
    expect(org.listEvents({ type: ['access.granted'] }).items.filter((event) => event.at === NOW)).to.have.length(1);
  });

  it('an access level the server refuses (422) is marked on its radios, described by the server’s words, and the chosen one takes focus', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    refuseField('/grants', 'accessLevel', 'Admin access needs a second approver.');
    const element = await panel();
    typeInto($<HTMLInputElement>(element, '#ticket'), 'SEG-1');
    await enable(element);
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the refusal shows');
    const radios = [...root(element).querySelectorAll<HTMLInputElement>('input[name="accessLevel"]')];
    for (const radio of radios) {
      expect(radio.getAttribute('aria-invalid'), radio.value).to.equal('true');
      const described = radio.getAttribute('aria-describedby')!.split(' ').map((id) => words($(element, `#${id}`).textContent));
      expect(described).to.include('Admin access needs a second approver.');
    }
    const focused = root(element).activeElement as HTMLInputElement | null;
    expect(focused?.name === 'accessLevel' && focused.checked, 'focus is on the chosen access level').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('in forced colours, a box to tick is marked by an outline (the ring is dropped), and an untouched required field is not marked', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      const element = await panel();
      const width = (selector: string) => getComputedStyle($(element, selector)).borderTopWidth;
      expect(width('#ticket'), 'the empty ticket, before anything was sent').to.equal(width('#duration'));
      button(element, 'Enable access').click();
      await element.updateComplete;
      const box = $<HTMLInputElement>(element, '#confirmed');
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(root(element).activeElement?.id, 'focus is on the first field to fix').not.to.equal('confirmed');
      expect(getComputedStyle(box).outlineStyle).to.equal('dashed');
      expect(width('#ticket'), 'the ticket, now to fix').to.equal('2px');
    } finally {
      await emulateMedia({});
    }
  });

  it('names a missing confirmation at its field and sends nothing', async () => {
    const { requests } = await mockOrganization({ scenario: 'keboola' });
    const element = await panel();
    button(element, 'Enable access').click();
    await element.updateComplete;
    const box = $<HTMLInputElement>(element, '#confirmed');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    const described = box.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => $(element, `#${id}`).textContent!.trim())).to.include('Tick the box to confirm.');
    expect(getComputedStyle(box).boxShadow, 'the box is ringed, as a border does not show on it').to.contain('2px');
    const reason = $<HTMLTextAreaElement>(element, '#reason');
    // Once its colour transition ends.
    await waitUntil(
      () => getComputedStyle(reason).borderTopColor === getComputedStyle($(element, '#reason-error')).color,
      'the reason is outlined like the message under it',
    );
    // Compared by id: a failed comparison of two elements would print them whole.
    expect(root(element).activeElement?.id, 'focus goes to the first field to fix').to.equal('reason');
    // What a screen reader says of the box: its hint, then what to fix.
    const description = (field: HTMLElement) => field.getAttribute('aria-describedby')!.split(' ').map((id) => $(element, `#${id}`).textContent!.trim());
    expect(description(reason)).to.deep.equal(['What should support look at?', 'Enter a reason.']);
    expect(grantRequests(requests)).to.have.length(0);
    await expect(element).to.be.accessible();
  });
});

describe('<support-access-panel>: events and requests', () => {
  it('sends nothing when the host cancels sa-grant or sa-extend', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    element.addEventListener('sa-grant', (event) => event.preventDefault());
    await enable(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(grantRequests(requests)).to.have.length(0);
    expect(org.getState().status).to.equal('off');

    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'on', 'on');
    element.addEventListener('sa-extend', (event) => event.preventDefault());
    button(element, 'Extend').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests.filter((request) => request.operation === 'extend')).to.have.length(0);
  });

  it('a duration the server refuses to extend by (422) is marked at the select with the server’s words, until another is picked', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    refuseField('/grants/:id/extend', 'duration', '1 day is no longer offered.');
    const element = await panel();
    await settled(element, () => element.status === 'on', 'on');
    const select = $<HTMLSelectElement>(element, '#extend-duration');
    const picked = select.value;
    button(element, 'Extend').click();
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');

    expect(words($(element, '[role="alert"] p').textContent)).to.equal('Could not extend support access. Some values are not valid. Check the highlighted fields.');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(words($(element, `#${select.getAttribute('aria-describedby')}`).textContent)).to.equal('1 day is no longer offered.');
    expect(select.value, 'the choice is kept').to.equal(picked);
    await waitUntil(() => root(element).activeElement === select, 'the select takes focus to pick another');
    expect([...root(element).querySelectorAll('button')].map((candidate) => candidate.textContent?.trim()), 'no Try again with the refused duration').to.not.include('Try again');
    await expect(element).to.be.accessible();

    select.value = [...select.options].find((option) => option.value !== picked)!.value;
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(select.getAttribute('aria-invalid'), 'another duration clears the mark').to.equal('false');
    expect(root(element).querySelector('[role="alert"]') === null, 'and the failure').to.be.true;
  });

  it('sends one request for a double click', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    org.latency = 100;
    const element = await panel();
    const box = $<HTMLInputElement>(element, '#confirmed');
    box.click();
    await element.updateComplete;
    const submit = button(element, 'Enable access');
    submit.click();
    submit.click();
    await oneEvent(element, 'sa-granted');
    expect(grantRequests(requests)).to.have.length(1);
  });

  it('shares one state request under a provider; a change in one panel shows in the other', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const host = await fixture(html`<support-access-provider .client=${createClient()}>
      <support-access-panel id="first" time-zone="UTC"></support-access-panel>
      <div><support-access-panel id="second" time-zone="UTC"></support-access-panel></div>
    </support-access-provider>`);
    const [first, second] = [...host.querySelectorAll<SupportAccessPanel>('support-access-panel')];
    await settled(first, () => first.status === 'off' && second.status === 'off', 'both loaded');
    expect(requests.filter((request) => request.operation === 'getState')).to.have.length(1);
    const change = oneEvent(host, 'sa-change');
    await enable(first);
    await change;
    await settled(second, () => second.status === 'on', 'the other panel shows the grant');
    expect(text(second)).to.contain('Ana Admin');
  });

  it('refreshes the elements under a provider on the provider’s refresh-interval', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const host = await fixture(html`<support-access-provider .client=${createClient()} refresh-interval="150">
      <support-access-panel time-zone="UTC" locale="en-US"></support-access-panel>
    </support-access-provider>`);
    const element = host.querySelector<SupportAccessPanel>('support-access-panel')!;
    await settled(element, () => element.status === 'off', 'loaded');
    await waitUntil(() => stateRequests(requests).length >= 3, 'the state is asked for again on the provider’s interval', { timeout: 5000 });
    // A grant made elsewhere shows without anyone asking.
    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    await settled(element, () => element.status === 'on', 'the panel shows a grant made elsewhere');
    expect(text(element)).to.contain('Ana Admin');
  });

  it('elements that ask for the state at the same moment share one request', async () => {
    await mockOrganization({ scenario: 'carto' });
    // Counted as the client starts them: one dropped at once for another may never reach the server.
    const recording = recordingFetch();
    const stateStarted = () => recording.started.filter((request) => request.path === DEFAULT_BASE_URL);
    const host = await fixture(html`<support-access-provider .client=${createClient({ fetch: recording.fetch })}>
      <support-access-panel time-zone="UTC" locale="en-US"></support-access-panel>
      <support-access-panel time-zone="UTC" locale="en-US"></support-access-panel>
    </support-access-provider>`);
    const [first, second] = host.querySelectorAll<SupportAccessPanel>('support-access-panel');
    await settled(first, () => first.status === 'off' && second.status === 'off', 'loaded');
    const before = stateStarted().length;
    // Two elements' refreshes (a tab shown again, a Try again) in the same task.
    const store = (host as HTMLElementTagNameMap['support-access-provider']).store!;
    await Promise.all([store.refresh(), store.refresh()]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stateStarted().length - before, 'one state request for both').to.equal(1);
    expect([first.status, second.status]).to.deep.equal(['off', 'off']);
  });

  it('fires sa-change when the state changed, never for a refresh that found it the same', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const changes: State[] = [];
    await fixture(html`<support-access-panel
      .client=${createClient()}
      refresh-interval="100"
      @sa-change=${(event: SaChangeEvent) => changes.push(event.detail.state)}
    ></support-access-panel>`);
    await waitUntil(() => stateRequests(requests).length >= 4, 'it refreshes on its interval', { timeout: 5000 });
    expect(changes.map((state) => state.policy.expiryWarning), 'once, for the first load').to.deep.equal(['P1D']);

    org.updatePolicy({ expiryWarning: 'PT2H' });
    await waitUntil(() => changes.length > 1, 'the changed state is told', { timeout: 5000 });
    const seen = stateRequests(requests).length;
    await waitUntil(() => stateRequests(requests).length >= seen + 3, 'it goes on refreshing', { timeout: 5000 });
    expect(changes.map((state) => state.policy.expiryWarning), 'once more, for the change').to.deep.equal(['P1D', 'PT2H']);
  });

  it('stops refreshing when removed', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient()} refresh-interval="150"></support-access-panel>`,
    );
    await waitUntil(() => requests.length >= 3, 'it refreshes on its interval');
    element.remove();
    const count = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests.length).to.equal(count);
  });

  it('runs no timer while the tab is hidden, and refreshes when it is visible again', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient()} refresh-interval="100"></support-access-panel>`,
    );
    await waitUntil(() => requests.length >= 2, 'it refreshes on its interval');
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      const count = requests.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(requests.length, 'nothing while hidden').to.equal(count);
      setVisibility('visible');
      await waitUntil(() => requests.length > count, 'a refresh as soon as it is visible');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      element.remove();
    }
  });

  it('tells the host when the server answers 401', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    org.faults.inject('grant', { status: 401, times: 1 });
    const event = oneEvent(element, 'sa-unauthenticated');
    await enable(element);
    expect((await event).detail.operation).to.equal('grant');
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'shown');
    expect($(element, '[role="alert"]').textContent).to.contain('Your session has ended. Sign in again to continue.');
  });

  it('works alone with a base-url attribute', async () => {
    await mockOrganization({ scenario: 'segment' });
    const element = await fixture<SupportAccessPanel>(
      html`<support-access-panel base-url="/api/support-access"></support-access-panel>`,
    );
    await settled(element, () => element.status === 'on', 'loaded through its own client');
  });

  it('only links tickets over http(s)', async () => {
    await mockOrganization({ scenario: 'segment' });
    const element = await panel();
    element.ticketUrl = 'javascript:alert(1)//{ticket}';
    await element.updateComplete;
    expect(root(element).querySelector('a')).to.equal(null);
    expect(text(element)).to.contain('SEG-8102');
  });
});

describe('<support-access-panel>: what review found', () => {
  it('reloads when put back on the page after being removed mid-load', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.latency = 300;
    const element = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()}></support-access-panel>`);
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await settled(element, () => element.status === 'on', 'loaded after coming back');
  });

  it('backs off when the server still shows a grant past its expiry', async () => {
    const { requests } = await mockOrganization({ scenario: 'segment' });
    const client = createClient({
      adapters: {
        getState: (json) => {
          const state = json as { serverTime: string; grant: { expiresAt: string } };
          return { ...state, grant: { ...state.grant, expiresAt: new Date(Date.parse(state.serverTime) - 1000).toISOString() } };
        },
      },
    });
    const element = await panel(client);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(requests.filter((request) => request.operation === 'getState').length).to.be.at.most(3);
    element.remove();
  });

  it('keeps focus in the panel when the warning’s button goes away after extending', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    const extend = button(element, 'Extend by 1 day');
    extend.focus();
    extend.click();
    await oneEvent(element, 'sa-extended');
    await settled(element, () => !root(element).querySelector('[part="warning"]'), 'the warning goes');
    expect(root(element).activeElement?.id).to.equal('heading');
  });

  it('in the last seconds, the warning and the countdown say the same number', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    // 5.3 s left: rounded to the nearest second that is 5, rounded up (as the countdown counts) 6.
    org.advance(3 * 3_600_000 - 5_300);
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => /second/.test(root(element).querySelector('[part="warning"]')?.textContent ?? ''), 'the last seconds');
    const warning = words($(element, '[part="warning"]').textContent).match(/ends in (\d+) seconds?/);
    const countdown = words($(element, '.countdown').textContent).match(/(\d+) seconds?/);
    expect(warning?.[1], `warning ${warning?.[0]}, countdown ${countdown?.[0]}`).to.equal(countdown?.[1]);
  });

  it('past the expiry, while the server still shows the grant, the countdown reads 0 seconds, not a bare "left"', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    // A backend that expires grants a little late (a job every minute, say).
    const late = createClient({
      retries: 0,
      adapters: {
        getState: (json) => {
          const state = json as State;
          return { ...state, grant: { ...state.grant!, expiresAt: new Date(Date.parse(state.serverTime) - 20_000).toISOString() } };
        },
      },
    });
    const element = await panel(late);
    expect(words($(element, '.countdown').textContent)).to.equal('0 seconds left');
    element.locale = 'de';
    await settled(element, () => words($(element, '.countdown').textContent) === 'noch 0 Sekunden', 'German');
  });

  it('above a minute too, the warning names the countdown’s first part: never more time, never "tomorrow" later today', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    const element = await panel();
    const expires = Date.parse(org.getState().grant!.expiresAt);
    const cases: [left: number, countdown: string, warning: string][] = [
      [(23 * 60 + 42) * 60_000, '23 hours, 42 minutes', 'in 23 hours'],
      [89 * 60_000, '1 hour, 29 minutes', 'in 1 hour'],
      [(45 * 60 + 40) * 1000, '45 minutes, 40 seconds', 'in 45 minutes'],
      [150_000, '2 minutes, 30 seconds', 'in 2 minutes'],
      [90_000, '1 minute, 30 seconds', 'in 1 minute'],
    ];
    for (const [left, countdown, warning] of cases) {
      org.advance(expires - left - org.clock.now());
      document.dispatchEvent(new Event('visibilitychange'));
      await settled(element, () => words(root(element).querySelector('.countdown')?.textContent ?? '').startsWith(countdown), countdown);
      expect(words($(element, '[part="warning"]').textContent), `beside "${countdown} left"`).to.contain(`Support access ends ${warning}.`);
    }
  });

  it('a warning more than a day ahead counts the days: never "tomorrow" for the day after', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.updatePolicy({ expiryWarning: 'P3D' });
    const expires = Date.parse(org.getState().grant!.expiresAt);
    // 40 hours before an expiry at 10 AM is 6 PM two days before it.
    org.advance(expires - 40 * 3_600_000 - org.clock.now());
    const element = await panel();
    expect(words($(element, '.countdown').textContent)).to.equal('1 day, 16 hours left');
    expect(words($(element, '[part="warning"]').textContent)).to.contain('Support access ends in 1 day.');
  });

  it('a grant no longer than the warning window is not "ending" from the start: the warning waits for its second half', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    // Carto warns a day ahead; a grant of one day is all inside that window.
    org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    const element = await panel();
    expect(element.status).to.equal('on');
    expect(root(element).querySelector('[part="warning"]'), 'no warning as access begins').to.equal(null);
    org.advance('PT11H');
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => words(root(element).querySelector('.countdown')?.textContent ?? '').startsWith('13 hours'), '13 hours left');
    expect(root(element).querySelector('[part="warning"]'), 'none with more than half left').to.equal(null);
    org.advance('PT2H');
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => Boolean(root(element).querySelector('[part="warning"]')), 'the warning, half way');
    expect(words($(element, '[part="warning"]').textContent)).to.contain('Support access ends in 11 hours.');
  });

  it('announces the expiry warning when the window opens', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    const element = await panel();
    expect($(element, '.visually-hidden[role="status"]').textContent).to.equal('');
    org.advance('P4DT1H');
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => Boolean(root(element).querySelector('[part="warning"]')), 'warning');
    expect($(element, '.visually-hidden[role="status"]').textContent).to.contain('Support access ends in 23 hours.');
  });

  it('shows dates in the time zone the host names', async () => {
    await mockOrganization({ scenario: 'segment' });
    const element = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient()} locale="en-US" time-zone="America/New_York"></support-access-panel>`,
    );
    await settled(element, () => element.status === 'on', 'loaded');
    expect(words($(element, 'time').textContent)).to.equal('Mar 15, 2026, 5:00 AM');
  });

  it('follows the provider to a new client', async () => {
    await mockOrganization({ scenario: 'segment' });
    const calls = { first: 0, second: 0 };
    const counting = (name: keyof typeof calls) =>
      createClient({ fetch: (input, init) => (calls[name]++, fetch(input, init)) });
    const host = await fixture<HTMLElementTagNameMap['support-access-provider']>(html`<support-access-provider .client=${counting('first')}>
      <support-access-panel></support-access-panel>
    </support-access-provider>`);
    const element = host.querySelector('support-access-panel')!;
    await settled(element, () => element.status === 'on', 'loaded');
    host.client = counting('second');
    await waitUntil(() => calls.second > 0, 'the new client is used', { timeout: 5000 });
    const before = calls.first;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => calls.second > 1, 'refreshes go to the new client', { timeout: 5000 });
    expect(calls.first).to.equal(before);
  });

  it('another organization (a new client): nothing typed, ticked, chosen or refused for the last one is offered to the next', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const other = anotherOrganization({ scenario: 'segment' });
    other.org.revoke(other.org.getState().grant!.id, { inheritorId: 'u-ana' });
    refuseField('/grants', 'accessLevel', 'Admin access needs a second approver.');
    const element = await panel();
    const defaultDuration = selectedLabel($<HTMLSelectElement>(element, '#duration'));
    typeInto($<HTMLInputElement>(element, '#ticket'), 'SEG-1');
    await enable(element, { duration: 'PT8H' });
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the refusal shows');

    // The host's route now names another organization.
    element.client = other.client;
    await settled(element, () => other.requests.some((request) => request.operation === 'getState') && element.status === 'off', 'the next one loads');
    expect($<HTMLInputElement>(element, '#ticket').value, 'no ticket of the last organization').to.equal('');
    expect($<HTMLInputElement>(element, '#confirmed').checked, 'nothing confirmed for this one').to.equal(false);
    expect(selectedLabel($<HTMLSelectElement>(element, '#duration'))).to.equal(defaultDuration);
    expect(root(element).querySelectorAll('[role="alert"], [aria-invalid="true"]'), 'the last one’s refusal').to.have.length(0);
    expect(grantRequests(other.requests)).to.have.length(0);
  });

  it('another organization by way of none (the host clears the client, then sets the next): nothing typed or ticked for the last one is offered to the next', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const other = anotherOrganization({ scenario: 'segment' });
    other.org.revoke(other.org.getState().grant!.id, { inheritorId: 'u-ana' });
    const element = await panel();
    typeInto($<HTMLInputElement>(element, '#ticket'), 'SEG-1');
    $<HTMLInputElement>(element, '#confirmed').click();
    await element.updateComplete;

    // Signed out of the organization, then into another.
    element.client = undefined;
    await element.updateComplete;
    element.client = other.client;
    await settled(element, () => other.requests.some((request) => request.operation === 'getState') && element.status === 'off', 'the next one loads');
    expect($<HTMLInputElement>(element, '#ticket').value, 'no ticket of the last organization').to.equal('');
    expect($<HTMLInputElement>(element, '#confirmed').checked, 'nothing confirmed for this one').to.equal(false);
  });

  it('access another admin turned on, then ended: the next grant starts unticked and without the last ticket', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const element = await panel();
    typeInto($<HTMLInputElement>(element, '#ticket'), 'SEG-9001');
    // Bruno enabled it a moment before Ana pressed Enable: hers is refused, and access shows on.
    org.signInAs('u-bruno');
    org.grant({ duration: 'P1D', accessLevel: 'read-only', ticket: 'SEG-9001', confirmed: true });
    org.signInAs('u-ana');
    await enable(element);
    await settled(element, () => element.status === 'on', 'the refusal reloads the state');
    // A week later, a new incident.
    org.advance('P7D');
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'access ran out');
    expect($<HTMLInputElement>(element, '#confirmed').checked, 'the last confirmation').to.equal(false);
    expect($<HTMLInputElement>(element, '#ticket').value, 'the last ticket').to.equal('');
    button(element, 'Enable access').click();
    await settled(element, () => Boolean(root(element).querySelector('[aria-invalid="true"]')), 'the form asks again');
    expect(grantRequests(requests), 'only the refused one').to.have.length(1);
  });

  it('access turned on in another tab while the form was filled in, then ended: the form is empty again', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const element = await panel();
    typeInto($<HTMLInputElement>(element, '#ticket'), 'SEG-9001');
    $<HTMLInputElement>(element, '#confirmed').click();
    org.grant({ duration: 'P1D', accessLevel: 'read-only', ticket: 'SEG-9002', confirmed: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'on', 'the other tab’s grant shows');
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'revoked');
    expect($<HTMLInputElement>(element, '#confirmed').checked).to.equal(false);
    expect($<HTMLInputElement>(element, '#ticket').value).to.equal('');
  });

  it('an unavailable spell is not access: what the person typed and ticked is there when access can be enabled again', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    let unavailable = false;
    // The provider switched off for a while (as its own state says), then on again.
    const element = await panel(
      clientWithState((state) => (unavailable ? { ...state, status: 'unavailable', unavailableReason: 'provider-disabled' } : state)),
    );
    typeInto($<HTMLInputElement>(element, '#ticket'), 'SEG-9001');
    $<HTMLInputElement>(element, '#confirmed').click();
    unavailable = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'unavailable', 'unavailable');
    unavailable = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'off again');
    expect($<HTMLInputElement>(element, '#ticket').value).to.equal('SEG-9001');
    expect($<HTMLInputElement>(element, '#confirmed').checked).to.equal(true);
  });

  it('the person’s own revoke, its answer overtaken by a refresh, is told as revoked, not as someone else’s', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    // The server carries the revoke out at once; its answer is slow to come back.
    const slowRevoke: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input instanceof Request ? input.url : input).endsWith('/revoke')) await held;
      return response;
    };
    const element = await panel(createClient({ retries: 0, fetch: slowRevoke }));
    button(element, 'Revoke access').click();
    await revokeThroughDialog(element);
    await waitUntil(() => org.getState().status === 'off', 'the server revoked', { timeout: 5000 });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'a refresh shows access off before the answer');
    const revoked = oneEvent(element, 'sa-revoked');
    answer();
    await revoked;
    await element.updateComplete;
    expect(words($(element, '[part~="notice"]').textContent)).to.equal('Support access was revoked.');
  });

  it('the person’s own revoke, refused because another admin revoked first while it was on its way, is told as someone else’s', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    // The revoke is slow to reach the server; meanwhile Bruno revokes, and a refresh shows access off.
    const { fetch: slowRevoke, send } = holding('/revoke');
    const element = await panel(createClient({ retries: 0, fetch: slowRevoke }));
    const grantId = org.getState().grant!.id;
    button(element, 'Revoke access').click();
    await revokeThroughDialog(element);
    org.signInAs('u-bruno');
    org.revoke(grantId, { inheritorId: 'u-bruno' });
    org.signInAs('u-ana');
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'a refresh shows access off before the revoke is answered');
    const dialog = $(element, 'revoke-access-dialog');
    const revoked: Event[] = [];
    element.addEventListener('sa-revoked', (event) => revoked.push(event));
    send();
    await settled(element, () => Boolean(root(element).querySelector('[part~="notice"]')?.textContent?.trim()), 'the notice');
    await waitUntil(() => !dialog.shadowRoot!.querySelector('[aria-busy="true"]'), 'the refusal is answered', { timeout: 5000 });
    expect(words($(element, '[part~="notice"]').textContent)).to.equal('Someone else ended support access.');
    expect(words(dialog.shadowRoot!.textContent), 'not that this revoke went through').not.to.contain('revoked after all');
    expect(revoked, 'no sa-revoked for a revoke the server refused').to.deep.equal([]);
  });

  it('another organization (a new client) while the revoke dialog is open: the dialog, about the last one’s grant and people, closes', async () => {
    const { requests } = await mockOrganization({ scenario: 'expiring-soon' });
    const other = anotherOrganization({ scenario: 'segment' });
    const element = await panel();
    expect(element.status).to.equal('on');
    button(element, 'Revoke access').click();
    const dialog = $(element, 'revoke-access-dialog');
    await waitUntil(() => dialog.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0, 'the dialog lists the people', { timeout: 5000 });

    element.client = other.client;
    await settled(element, () => other.requests.some((request) => request.operation === 'getState') && element.status === 'on', 'the next one loads');
    await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog')?.open, 'the dialog closes', { timeout: 2000 });
    expect([...requests, ...other.requests].filter((request) => request.operation === 'revoke'), 'nothing revoked').to.have.length(0);
  });

  it('a provider’s store is there as soon as its client or base URL is set, before it updates or is on the page', async () => {
    await mockOrganization({ scenario: 'segment' });
    const host = document.createElement('support-access-provider');
    host.baseUrl = DEFAULT_BASE_URL;
    expect(host.store !== undefined, 'before it is on the page').to.equal(true);
    document.body.append(host);
    try {
      const client = createClient();
      host.client = client;
      expect(host.store?.client === client, 'the new client’s store, at once').to.equal(true);
      await host.updateComplete;
      expect(host.store?.client === client, 'the same after the update').to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('a store handed to an element outside the provider tells the provider nothing once the provider has another', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    anotherOrganization({ scenario: 'segment' });
    const page = await fixture<HTMLDivElement>(html`<div>
      <support-access-provider base-url=${DEFAULT_BASE_URL} locale="en-US"></support-access-provider>
      <support-access-panel locale="en-US"></support-access-panel>
    </div>`);
    const host = page.querySelector('support-access-provider')!;
    const outside = page.querySelector('support-access-panel')!;
    outside.store = host.store;
    await settled(outside, () => outside.status === 'on', 'the outside panel loads');
    host.baseUrl = OTHER_BASE_URL;
    await host.updateComplete;
    const heard: string[] = [];
    host.addEventListener('sa-change', (event) => heard.push((event as SaChangeEvent).detail.state.status));
    // The first organization's access ends; the outside panel, still on its store, learns of it.
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(outside, () => outside.status === 'off', 'the outside panel follows its store');
    expect(heard, 'the provider’s organization is still on').to.not.include('off');
  });

  it('lets go of the backend when the provider loses its base URL, and says it is not configured', async () => {
    const { requests } = await mockOrganization({ scenario: 'segment' });
    const host = await fixture<HTMLElementTagNameMap['support-access-provider']>(html`<support-access-provider base-url=${DEFAULT_BASE_URL}>
      <support-access-panel locale="en-US"></support-access-panel>
    </support-access-provider>`);
    const element = host.querySelector('support-access-panel')!;
    await settled(element, () => element.status === 'on', 'loaded');
    // A host that signs the person out, or turns the integration off, by clearing the attribute.
    host.removeAttribute('base-url');
    await settled(element, () => element.status === 'unconfigured', 'not configured');
    expect(host.store).to.equal(undefined);
    const before = requests.length;
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.length, 'nothing more asked of the old backend').to.equal(before);
  });
});

describe('<support-access-panel>: keyboard', () => {
  it('enables, extends and revokes by keyboard alone', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    $<HTMLSelectElement>(element, '#duration').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.id).to.equal('confirmed');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settled(element, () => element.status === 'on', 'enabled');

    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.id).to.equal('extend-duration');
    await sendKeys({ press: 'Tab' });
    // Listen before pressing: the extend can finish before sendKeys returns.
    const extended = oneEvent(element, 'sa-extended');
    await sendKeys({ press: 'Enter' });
    await extended;
    await settled(element, () => org.getState().grant!.extensions.length === 1, 'extended');
    expect(root(element).activeElement?.textContent?.trim(), 'focus stays on Extend').to.equal('Extend');

    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.textContent?.trim()).to.equal('Revoke access');
    await sendKeys({ press: 'Enter' });
    const dialog = $(element, 'revoke-access-dialog');
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog opens');
    const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!;
    await waitUntil(() => !confirm.disabled, 'confirm ready');
    for (let step = 0; step < 10 && dialog.shadowRoot!.activeElement !== confirm; step++) await sendKeys({ press: 'Tab' });
    expectFocus(dialog.shadowRoot!.activeElement, confirm);
    await sendKeys({ press: 'Enter' });
    await settled(element, () => element.status === 'off', 'revoked');
    expect(org.getState().status).to.equal('off');
  });
});

describe('<support-access-panel>: heading level', () => {
  for (const level of ['0', 'h3']) {
    it(`falls back to a level-2 heading for heading-level="${level}"`, async () => {
      await mockOrganization({ scenario: 'carto' });
      const element = await fixture<SupportAccessPanel>(
        html`<support-access-panel .client=${createClient({ retries: 0 })} heading-level=${level}></support-access-panel>`,
      );
      await settled(element, () => element.status !== 'loading', 'the panel loads');
      const heading = $(element, '[role="heading"]');
      expect(words(heading.textContent)).to.equal('Support access is off');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      await expect(element).to.be.accessible();
    });
  }
});

describe('<support-access-panel>: refused values', () => {
  it('a refused extend says the values were not accepted, without pointing at fields it does not mark', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    org.faults.inject('extend', { status: 422, times: 1 });
    button(element, 'Extend').click();
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    const alert = words($(element, '[role="alert"]').textContent);
    expect(alert).to.contain('Could not extend support access. Some values are not valid.');
    expect(alert).not.to.contain('highlighted');
    expect(root(element).querySelector('[aria-invalid="true"]') === null, 'no field is marked').to.be.true;
    await expect(element).to.be.accessible();
  });
});

describe('<support-access-panel>: failures that no longer apply', () => {
  it('one outage is one alert: a failed extend whose reload fails too shows both, and reads out only the extend', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    org.faults.inject('extend', { status: 503, times: 1 });
    org.faults.inject('getState', { status: 503, times: 3 });
    button(element, 'Extend by 1 day').click();
    await settled(element, () => root(element).querySelectorAll('.failure').length === 2, 'both failures show');
    const alerts = [...root(element).querySelectorAll('[role="alert"]')].map((alert) => words(alert.textContent));
    expect(alerts).to.have.length(1);
    expect(alerts[0]).to.contain('Could not extend support access.');
    expect(text(element)).to.contain('Showing the last known state.');
    await expect(element).to.be.accessible();
  });

  it('drops a failed extend once the grant has expired, and shows the enable form without it', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    org.faults.inject('extend', { status: 500, times: 1 });
    button(element, 'Extend').click();
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Could not extend support access. Something unexpected went wrong.');

    // A later refresh that finds the same grant keeps the failure in view.
    document.dispatchEvent(new Event('visibilitychange'));
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(words($(element, '[role="alert"]')?.textContent)).to.contain('Could not extend support access.');

    org.jumpToExpiry();
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'the grant expired');
    const alertTexts = [...root(element).querySelectorAll('[role="alert"]')].map((alert) => words(alert.textContent));
    expect(alertTexts, 'no alert about extending a grant that is gone').to.deep.equal([]);
    expect(text(element)).not.to.contain('Could not extend');
    expect(button(element, 'Enable access').disabled).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('an extension that reaches the server just after the expiry says only that access ended', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    // Clicked in the last second: the request arrives once the grant has run out, and nobody else did anything.
    org.jumpToExpiry();
    button(element, 'Extend by 1 day').click();
    await settled(element, () => element.status === 'off', 'the grant ended');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...root(element).querySelectorAll('[role="alert"]')].map((alert) => words(alert.textContent))).to.deep.equal([]);
    expect(text(element)).to.contain('its time ran out');
    expect(text(element)).not.to.contain('Someone else');
  });

  it('an extension of a grant another admin has just revoked says someone else changed it', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    org.signInAs('u-bruno');
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-bruno' });
    org.signInAs('u-ana');
    button(element, 'Extend by 1 day').click();
    await settled(element, () => element.status === 'off', 'the grant ended');
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Someone else changed support access in the meantime.');
    expect($(element, '[role="alert"]').querySelector('button'), 'no Try again: extending no longer applies').to.equal(null);
  });

  it('a grant another admin revoked, noticed only after its expiry, is not told as run out', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    const expired: Event[] = [];
    element.addEventListener('sa-expired', (event) => expired.push(event));
    const grant = org.getState().grant!;
    // Bruno revokes from his own browser; this page next asks after the planned expiry.
    org.signInAs('u-bruno');
    org.revoke(grant.id, { inheritorId: 'u-bruno' });
    org.signInAs('u-ana');
    org.advance(Date.parse(grant.expiresAt) - org.clock.now() + 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'the grant ended');
    expect(text(element)).to.contain('Someone else ended support access.');
    expect(text(element)).not.to.contain('its time ran out');
    expect(expired, 'no sa-expired').to.have.length(0);
  });

  it('a grant that ran out, noticed after its expiry, is told as run out', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    const expired = oneEvent(element, 'sa-expired');
    org.advance(Date.parse(org.getState().grant!.expiresAt) - org.clock.now() + 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'the grant ended');
    await expired;
    expect(text(element)).to.contain('its time ran out');
  });
});

describe('<support-access-panel>: what hands-on testing found', () => {
  it('a grant whose answer is lost after it was made shows access on, not a failure that contradicts it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    const told: string[] = [];
    element.addEventListener('sa-error', (event) => told.push((event as CustomEvent).detail.error.code));
    org.faults.inject('grant', { status: 502, afterEffect: true, times: 1 });
    await enable(element);
    await settled(element, () => element.status === 'on', 'the panel shows access on');
    await element.updateComplete;
    expect(org.getState().status).to.equal('on');
    expect(root(element).querySelector('[role="alert"]') === null, 'no failure').to.be.true;
    expect(words($(element, '.visually-hidden[role="status"]').textContent)).to.match(/^Support access is on until /);
    expect(told, 'the host is told what went wrong').to.deep.equal(['unavailable']);
  });

  it('a failed grant whose answer says it was not made keeps the failure and its Try again', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    org.faults.inject('grant', { status: 502, times: 1 });
    await enable(element);
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    // The state is reloaded after the failure: it still says off, so the failure stays.
    await waitUntil(() => !org.faults.list().length, 'the fault was used');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(element.status).to.equal('off');
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Could not grant support access.');
    expect(button(element, 'Try again').disabled).to.equal(false);
  });

  it('an extend refused because the admin lost the permission (403) offers no Try again, and the panel drops what they may no longer do', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    // An admin took this admin's role away; the panel still shows what they could do before.
    org.signInAs('u-viktor');
    button(element, 'Extend').click();
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Could not extend support access. You do not have permission to do this.');
    await settled(element, () => ![...root(element).querySelectorAll('button')].some((candidate) => /^(Extend|Revoke access)/.test(words(candidate.textContent))), 'the panel reloads without Extend and Revoke');
    const labels = [...root(element).querySelectorAll('button')].map((candidate) => words(candidate.textContent));
    expect(labels).not.to.include('Try again');
    expect(words($(element, '[role="alert"]').textContent), 'the failure is still told').to.contain('You do not have permission to do this.');
    await expect(element).to.be.accessible();
  });
});

describe('<support-access-panel>: a grant the server refuses', () => {
  it('asks for a reason the server wants although the policy did not: the field appears, marked with the server’s words and focused, with no Try again', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    expect(root(element).querySelector('#reason') === null, 'no reason asked for at first').to.be.true;
    refuseField('/grants', 'reason', 'A reason is required for grants longer than 1 day.');
    await enable(element, { duration: 'P30D' });
    await settled(element, () => Boolean(root(element).querySelector('#reason')), 'the reason field appears');

    const reason = $<HTMLTextAreaElement>(element, '#reason');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(words($(element, '#reason-error').textContent)).to.equal('A reason is required for grants longer than 1 day.');
    await waitUntil(() => root(element).activeElement === reason, 'the refused field takes focus');
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not grant support access. Some values are not valid. Check the highlighted fields.',
    );
    expect([...root(element).querySelectorAll('button')].map((candidate) => words(candidate.textContent))).not.to.include('Try again');
    expect(selectedLabel($<HTMLSelectElement>(element, '#duration')), 'the choices are kept').to.equal('30 days');
    await expect(element).to.be.accessible();

    // The reason goes with the next attempt, which the server takes.
    worker.resetHandlers(...handlers(org));
    reason.value = 'Map export fails for large layers';
    reason.dispatchEvent(new Event('input'));
    await element.updateComplete;
    button(element, 'Enable access').click();
    await settled(element, () => element.status === 'on', 'access is on');
    expect(org.getState().grant!.reason).to.equal('Map export fails for large layers');

    // Asked for that grant, not for every one after it: once access is off, the policy's form is back.
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'access is off');
    expect(root(element).querySelector('#reason'), 'no reason asked for the next grant').to.equal(null);
  });

  it('tells in words what the server refused where the form has no field for it', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    refuseField('/grants', 'supportAccount', 'The support account is locked; contact the vendor.');
    await enable(element);
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not grant support access. Some values are not valid. The support account is locked; contact the vendor.',
    );
    expect(root(element).querySelector('[aria-invalid="true"]') === null, 'nothing is marked').to.be.true;
  });
});

describe('<support-access-panel>: focus after the revoke dialog', () => {
  it('when the grant ended while the dialog was open, closing it puts focus on the panel’s heading, not the page', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const element = await panel();
    const revoke = button(element, 'Revoke access');
    revoke.focus();
    revoke.click();
    const dialog = $(element, 'revoke-access-dialog');
    await waitUntil(() => dialog.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0, 'the dialog lists users');

    org.jumpToExpiry();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => words(dialog.shadowRoot!.textContent).includes('Support access has already ended'), 'the dialog says access ended');
    await waitUntil(() => words(dialog.shadowRoot!.activeElement?.textContent ?? '') === 'Close', 'focus stays in the dialog, on Close');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => root(element).activeElement?.id === 'heading', 'the heading takes focus');
  });
});

describe('<support-access-panel>: what the form shows is what it sends', () => {
  /** A keyboard user goes through the durations with the arrow keys (each a `change`). */
  async function browse(element: SupportAccessPanel, select: HTMLSelectElement, keys: string[]) {
    select.focus();
    for (const key of keys) {
      await sendKeys({ press: key });
      await element.updateComplete;
    }
  }
  /** Another admin changes the offered durations; the panel's next refresh shows them. */
  async function offerInstead(element: SupportAccessPanel, org: MockOrganization, select: () => HTMLSelectElement, durations: string[], defaultDuration: string) {
    org.updatePolicy({ durations, defaultDuration });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => select().options.length === durations.length, 'the new durations show');
  }

  it('the enable form grants the duration its select shows after the policy changes under a choice the person browsed', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    const select = () => $<HTMLSelectElement>(element, '#duration');
    // From the default 7 days down to 30 days, then up to 7 days and 1 day.
    await browse(element, select(), ['ArrowDown', 'ArrowUp', 'ArrowUp']);
    expect(selectedLabel(select())).to.equal('1 day');
    // 1 day is no longer offered, and 30 days is the new default.
    await offerInstead(element, org, select, ['P7D', 'P30D', 'P90D'], 'P30D');
    expect(selectedLabel(select()), 'the new default shows').to.equal('30 days');
    const sent = oneEvent(element, 'sa-grant');
    await enable(element);
    expect(((await sent) as SaGrantEvent).detail.request.duration).to.equal('P30D');
    await settled(element, () => element.status === 'on', 'access is on');
    expect(org.getState().grant!.expiresAt, 'granted for what was shown').to.equal(addDuration(NOW, 'P30D'));
  });

  it('Extend adds the duration its select shows after the policy changes under a choice the person browsed', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    const element = await panel();
    const select = () => $<HTMLSelectElement>(element, '#extend-duration');
    await browse(element, select(), ['ArrowDown', 'ArrowUp', 'ArrowDown']);
    // The one browsed to last is no longer offered.
    await offerInstead(element, org, select, ['P1D', 'P30D', 'P90D'], 'P1D');
    const shown = select().value;
    expect(selectedLabel(select()), 'the new default shows').to.equal('1 day');
    const sent = oneEvent(element, 'sa-extend');
    button(element, 'Extend').click();
    expect(((await sent) as SaExtendEvent).detail.duration).to.equal(shown);
  });
});

describe('<support-access-panel>: a new action is sent as new', () => {
  it('after a grant whose answer was lost has ended, enabling again with the same choices grants access again', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await panel();
    const granted: string[] = [];
    element.addEventListener('sa-granted', (event) => granted.push((event as SaGrantedEvent).detail.grant.id));
    // The server grants, but its answer is lost: the reload shows access on.
    org.faults.inject('grant', { status: 502, afterEffect: true, times: 1 });
    await enable(element);
    await settled(element, () => element.status === 'on', 'on after the lost answer');
    const first = org.getState().grant!.id;
    org.revoke(first, { inheritorId: 'u-ana' });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => element.status === 'off', 'off after another admin revoked it');
    // A new incident, the same (default) choices.
    await enable(element);
    await settled(element, () => element.status === 'on', 'on again');
    const keys = grantRequests(requests).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[1], 'a new idempotency key').not.to.equal(keys[0]);
    expect(org.getState().grant!.id, 'a new grant on the server').not.to.equal(first);
    expect(granted).to.deep.equal([org.getState().grant!.id]);
  });

  it('a grant cut short by a switch to another organization does not lend its key to that organization’s grant', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const other = anotherOrganization({ scenario: 'carto' });
    const element = await panel();
    org.faults.inject('grant', { latency: 1500, times: 1 });
    await enable(element);
    await waitUntil(() => grantRequests(requests).length === 1, 'the first organization gets the grant');
    element.client = other.client;
    await element.updateComplete;
    await settled(element, () => Boolean(root(element).querySelector('#confirmed')), 'the other organization shows');
    await enable(element);
    await settled(element, () => element.status === 'on', 'on in the other organization');
    expect(grantRequests(other.requests)[0].headers.get('Idempotency-Key')).not.to.equal(grantRequests(requests)[0].headers.get('Idempotency-Key'));
  });
});

describe('<support-access-panel>: expiry beside a slow audit log', () => {
  it('shows that access ended soon after the expiry, though the log that tells an expiry from a revocation does not answer', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    // The client's own defaults: 15 s before a request fails, and two retries.
    const element = await panel(createClient());
    org.faults.inject('listEvents', { hang: true });
    org.jumpToExpiry();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => element.status === 'off', 'the panel shows access ended', { timeout: 4000 });
    expect(text(element)).to.contain('its time ran out');
  });
});

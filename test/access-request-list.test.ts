import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportAccessClient } from '../src/client/index.js';
import '../src/elements/access-request-list/define.js';
import type { AccessRequestList } from '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-panel/define.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import type { SaApprovedEvent, SaErrorEvent, SaRejectedEvent } from '../src/events/index.js';
import { delay, http, HttpResponse } from 'msw';
import { DEFAULT_BASE_URL, type MockOrganization } from '../src/mocks/index.js';
import { anotherOrganization, createClient, mockOrganization, recordingFetch, refuseField, worker } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';
import { alerts, expectFocus } from './helpers/dom.js';

failOnUncaughtErrors();

const TICKET_URL = 'https://support.example.com/tickets/{ticket}';
const CHURN = 'Transformation “Churn model” runs out of memory';
const QUOTA = 'Check the storage quota migration';

/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
const words = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (node: Node | null | undefined) => words(node?.textContent);
const root = (el: Element) => el.shadowRoot!;
const section = (el: AccessRequestList, part: 'pending' | 'decided') => root(el).querySelector<HTMLElement>(`[part~="${part}"]`)!;
const rows = (el: AccessRequestList, part: 'pending' | 'decided') => [
  ...(section(el, part)?.querySelectorAll<HTMLLIElement>('[part~="request"]') ?? []),
];
/** The request that states this reason. */
function row(el: AccessRequestList, part: 'pending' | 'decided', reason: string): HTMLLIElement {
  const found = rows(el, part).find((candidate) => text(candidate).includes(reason));
  if (!found) throw new Error(`No ${part} request "${reason}" in: ${text(section(el, part))}`);
  return found;
}
const hasRow = (el: AccessRequestList, part: 'pending' | 'decided', reason: string) =>
  rows(el, part).some((candidate) => text(candidate).includes(reason));
/** A button by its accessible name (its `aria-label`, else its text). */
const nameOf = (button: HTMLButtonElement) => words(button.getAttribute('aria-label') ?? button.textContent);
function button(scope: Element | ShadowRoot, name: string): HTMLButtonElement {
  const all = [...scope.querySelectorAll('button')];
  const found = all.find((candidate) => nameOf(candidate) === name);
  if (!found) throw new Error(`No button "${name}" in ${JSON.stringify(all.map(nameOf))}`);
  return found;
}
/** Opens a request's note field (which takes focus) and types `note` into it. */
async function writeNote(el: AccessRequestList, request: HTMLLIElement, note: string) {
  const toggle = [...request.querySelectorAll('button')].find((candidate) => nameOf(candidate).startsWith('Add a note for '));
  if (!toggle) throw new Error('No "Add a note" button in the request');
  toggle.click();
  await el.updateComplete;
  await sendKeys({ type: note });
}
const buttonNames = (scope: ParentNode) => [...scope.querySelectorAll('button')].map(nameOf);
const operations = <T extends { operation: string }>(requests: T[], operation: string) =>
  requests.filter((request) => request.operation === operation);

/** A problem (RFC 9457) answer with `status` and the contract's `code`, and any further headers. */
const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: code, status, code }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

/** A 500 problem, as a failing server sends it. */
const serverError = () => problem(500, 'internal');

/** Every alert that appears from now on, with the list it is under and its words. */
function alertsTold(el: AccessRequestList): string[] {
  const told: string[] = [];
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        if (node instanceof Element && node.matches('[role="alert"]')) told.push(`${node.closest('[part~="decided"]') ? 'decided' : 'pending'}: ${text(node.querySelector('p'))}`);
      }
    }
  }).observe(root(el), { childList: true, subtree: true });
  return told;
}

/** Bruno, in his own browser, rejects the pending request that states `reason`. */
function rejectedByBruno(org: MockOrganization, reason: string) {
  const id = org.listRequests({ status: 'pending' }).items.find((request) => request.reason === reason)!.id;
  org.signInAs('u-bruno');
  org.rejectRequest(id, {});
  org.signInAs('u-ana');
}

/**
 * Both lists failed the same way: `sentence` under each heading, but read out (an alert) and with
 * Try again only under the first.
 */
function expectOneFailureForBoth(el: AccessRequestList, sentence: string) {
  const [pending, decided, ...more] = [...root(el).querySelectorAll('.failure')];
  expect(more, 'one failure per list').to.have.length(0);
  expect(section(el, 'pending').contains(pending) && section(el, 'decided').contains(decided), 'one under each heading').to.equal(true);
  expect([text(pending.querySelector('p')), text(decided.querySelector('p'))]).to.deep.equal([sentence, sentence]);
  expect([pending.getAttribute('role'), decided.getAttribute('role')], 'read out once').to.deep.equal(['alert', null]);
  expect(buttonNames(root(el)).filter((name) => name === 'Try again'), 'one Try again').to.have.length(1);
  expect(buttonNames(pending)).to.include('Try again');
}

async function list(client: SupportAccessClient = createClient({ retries: 0 }), attributes: { ticketUrl?: string } = {}) {
  const el = await fixture<AccessRequestList>(
    html`<access-request-list
      .client=${client}
      time-zone="UTC"
      locale="en-US"
      ticket-url=${attributes.ticketUrl ?? TICKET_URL}
    ></access-request-list>`,
  );
  await settled(el, () => Boolean(root(el).querySelector('[part~="decided"]')) && !loading(el), 'the lists load');
  return el;
}
const loading = (el: AccessRequestList) => root(el).querySelector('section')?.getAttribute('aria-busy') === 'true';

async function settled(el: AccessRequestList, condition: () => boolean, message: string) {
  await waitUntil(condition, message, { timeout: 5000 });
  await el.updateComplete;
}

describe('<access-request-list>: Keboola', () => {
  it('a request the server lists twice in a page is shown once: one row, no repeated ids', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, ({ request }) => {
        const status = new URL(request.url).searchParams.get('status') as 'pending' | 'decided';
        const page = org.listRequests({ status });
        return HttpResponse.json({ ...page, items: [...page.items, ...page.items.slice(0, 1)] });
      }),
    );
    const el = await list();
    const pending = org.listRequests({ status: 'pending' }).items;
    expect(pending.length, 'the scenario has pending requests').to.be.above(0);
    expect(rows(el, 'pending')).to.have.length(pending.length);
    const ids = [...root(el).querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size, 'no id twice').to.equal(ids.length);
    await expect(el).to.be.accessible();
  });

  it('shows each pending request: requester, badge, reason, linked ticket and when', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    expect(text(section(el, 'pending').querySelector('[role="heading"]'))).to.equal('Waiting for a decision (2)');
    // Newest first.
    expect(rows(el, 'pending').map((candidate) => text(candidate.querySelector('[part~="badge"]')))).to.deep.equal([
      'Maintainer',
      'Support engineer',
    ]);

    const support = row(el, 'pending', CHURN);
    expect(text(support.querySelector('[role="heading"]'))).to.equal('sam.support');
    expect(support.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    const link = support.querySelector('a')!;
    expect(link.textContent).to.equal('KBC-6012');
    expect(link.href).to.equal('https://support.example.com/tickets/KBC-6012');
    expect(link.rel).to.contain('noopener');
    expect(text(support)).to.contain('Requested Mar 10, 2026, 6:00 AM (3 hours ago)');
    expect(buttonNames(support)).to.include.members(['Approve sam.support', 'Reject sam.support', 'Add a note for sam.support']);

    const maintainer = row(el, 'pending', QUOTA);
    expect(maintainer.querySelector('a'), 'no ticket, no link').to.equal(null);
    expect(text(maintainer)).to.contain('Mar 10, 2026, 8:00 AM (1 hour ago)');
    expect(text(maintainer), 'one approval needed: no count').not.to.contain('approvals');
    // Both are from sam.support: each request's buttons are described by what it asks for.
    const described = (item: Element, part: string) => {
      const control = item.querySelector(`[part~="${part}"]`)!;
      return text(root(el).getElementById(control.getAttribute('aria-describedby') ?? ''));
    };
    for (const part of ['approve-button', 'reject-button']) {
      expect(described(support, part)).to.contain('Transformation “Churn model” runs out of memory').and.contain('KBC-6012');
      expect(described(maintainer, part)).to.contain('Check the storage quota migration');
    }
    await expect(el).to.be.accessible();
  });

  it('shows decided requests with the decision, who took it, when and the note', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const rejected = row(el, 'decided', 'Routine health check');
    expect(text(rejected)).to.contain('Rejected by Ana Admin');
    expect(text(rejected)).to.contain('Decided Feb 28, 2026, 9:00 AM (10 days ago)');
    expect(text(rejected)).to.contain('Note No open ticket; please open one first.');
    const approved = row(el, 'decided', 'Daily sales');
    expect(text(approved)).to.contain('Approved by Bruno Díaz');
    expect(approved.querySelectorAll('button')).to.have.length(0);
  });

  it('approves: the mock approves it, the row moves to decided with who and when, and sa-approved fires', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const approved = oneEvent(el, 'sa-approved') as Promise<SaApprovedEvent>;
    const support = row(el, 'pending', CHURN);
    button(support, 'Approve sam.support').focus();
    button(support, 'Approve sam.support').click();
    const { detail } = await approved;
    expect(detail.request.status).to.equal('approved');
    await settled(el, () => !hasRow(el, 'pending', CHURN), 'the row leaves pending');

    const stored = org.listRequests({ status: 'decided' }).items.find((request) => request.id === detail.request.id)!;
    expect(stored.status).to.equal('approved');
    expect(stored.decidedBy?.id).to.equal('u-ana');
    expect(org.getState().status).to.equal('on');

    const decided = row(el, 'decided', CHURN);
    expect(text(decided)).to.contain('Approved by Ana Admin');
    expect(text(decided)).to.contain('Decided Mar 10, 2026, 9:00 AM (now)');
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.equal('Approved the request from sam.support.');
    expect(root(el).activeElement?.id, 'focus stays in the list').to.equal('pending-heading');
    expect(text(section(el, 'pending').querySelector('[role="heading"]'))).to.equal('Waiting for a decision (1)');
    // Each list loaded once at first and once after the decision changed the shared state.
    await waitUntil(() => operations(requests, 'listRequests').length >= 4, 'the lists reload');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(operations(requests, 'listRequests').map((request) => new URL(request.url).searchParams.get('status'))).to.have.members([
      'pending',
      'decided',
      'pending',
      'decided',
    ]);
    await expect(el).to.be.accessible();
  });

  it('while an approval is on its way, every Approve and Reject is aria-disabled, and they come back after', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    // Long enough for the checks below to run while the approval is in flight, on a slow machine too.
    org.faults.inject('approveRequest', { latency: 1500, times: 1 });
    const el = await list();
    const decisions = () =>
      rows(el, 'pending').flatMap((request) =>
        [...request.querySelectorAll('button')].filter((candidate) => /^(Approv|Reject)/.test(nameOf(candidate))),
      );
    expect(decisions().map((candidate) => candidate.getAttribute('aria-disabled'))).to.deep.equal(['false', 'false', 'false', 'false']);
    const approve = button(row(el, 'pending', CHURN), 'Approve sam.support');
    approve.click();
    await settled(el, () => approve.getAttribute('aria-busy') === 'true', 'the approval is on its way');

    expect(text(approve)).to.equal('Approving…');
    // What it shows is its name (WCAG 2.5.3, label in name): a name that still said 'Approve sam.support' hid that it is approving.
    expect(approve.hasAttribute('aria-label'), 'no name other than what it shows').to.equal(false);
    expect(
      decisions().map((candidate) => `${nameOf(candidate)}: ${candidate.getAttribute('aria-disabled')}`),
      'every decision waits for this one',
    ).to.deep.equal([
      'Approve sam.support: true',
      'Reject sam.support: true',
      'Approving…: true',
      'Reject sam.support: true',
    ]);

    await settled(el, () => !hasRow(el, 'pending', CHURN), 'the approval goes through');
    expect(decisions().map((candidate) => candidate.getAttribute('aria-disabled'))).to.deep.equal(['false', 'false']);
  });

  it('while a rejection is on its way, its button is named by what it shows, "Rejecting…"', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.faults.inject('rejectRequest', { latency: 1500, times: 1 });
    const el = await list();
    const reject = button(row(el, 'pending', CHURN), 'Reject sam.support');
    reject.click();
    await settled(el, () => reject.getAttribute('aria-busy') === 'true', 'the rejection is on its way');
    expect(text(reject)).to.equal('Rejecting…');
    expect(reject.hasAttribute('aria-label'), 'no name other than what it shows').to.equal(false);
    await settled(el, () => !hasRow(el, 'pending', CHURN), 'the rejection goes through');
  });

  it('two decisions that read the same (two requests from one engineer rejected) are both read out', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const live = root(el).querySelector('.visually-hidden[role="status"]')!;
    const told: string[] = [];
    new MutationObserver(() => told.push(text(live))).observe(live, { childList: true, subtree: true, characterData: true });
    for (const reason of [QUOTA, CHURN]) {
      button(row(el, 'pending', reason), 'Reject sam.support').click();
      await settled(el, () => hasRow(el, 'decided', reason) && !hasRow(el, 'pending', reason), 'the row moves');
    }
    expect(told.filter((said) => said === 'Rejected the request from sam.support.')).to.have.length(2);
  });

  it('rejects with a note; the decided request shows it', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const maintainer = row(el, 'pending', QUOTA);
    const toggle = button(maintainer, 'Add a note for sam.support');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const field = maintainer.querySelector('textarea')!;
    expectFocus(root(el).activeElement, field, 'the note field takes focus');
    expect(text(field.labels![0])).to.equal('Note (optional)');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Please use a ticket.' });

    const before = oneEvent(el, 'sa-reject');
    const rejected = oneEvent(el, 'sa-rejected') as Promise<SaRejectedEvent>;
    button(maintainer, 'Reject sam.support').click();
    expect((await before).detail).to.deep.include({ note: 'Please use a ticket.' });
    const { detail } = await rejected;
    expect(detail.request).to.deep.include({ status: 'rejected', note: 'Please use a ticket.' });
    await settled(el, () => hasRow(el, 'decided', QUOTA) && !hasRow(el, 'pending', QUOTA), 'the row moves');

    expect(text(row(el, 'decided', QUOTA))).to.contain('Rejected by Ana Admin');
    expect(text(row(el, 'decided', QUOTA))).to.contain('Note Please use a ticket.');
    expect(org.listRequests({ status: 'decided' }).items.find((request) => request.id === detail.request.id)?.note).to.equal(
      'Please use a ticket.',
    );
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.equal('Rejected the request from sam.support.');
  });

  it('tells the host how many are pending on load and after each change', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const counts: number[] = [];
    const host = await fixture(html`<div @sa-requests-change=${(event: CustomEvent<{ pending: number }>) => counts.push(event.detail.pending)}>
      <access-request-list .client=${createClient({ retries: 0 })}></access-request-list>
    </div>`);
    const el = host.querySelector('access-request-list')!;
    await settled(el, () => counts.length > 0 && !loading(el), 'the count arrives');
    expect(counts).to.deep.equal([2]);
    expect(el.pending).to.equal(2);
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => counts.length > 1, 'the new count arrives');
    expect(counts).to.deep.equal([2, 1]);
  });

  it('sends nothing when the host cancels sa-approve', async () => {
    const { requests } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    let asked = 0;
    el.addEventListener('sa-approve', (event) => {
      asked++;
      event.preventDefault();
    });
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(operations(requests, 'approveRequest')).to.have.length(0);
    expect(hasRow(el, 'pending', CHURN)).to.equal(true);
  });

  it('another organization (a new client) with the same requests: no note written or failure shown for the last one carries over', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const other = anotherOrganization({ scenario: 'keboola' });
    org.faults.inject('approveRequest', { status: 500, times: 1 });
    const el = await list();
    await writeNote(el, row(el, 'pending', CHURN), 'Go ahead');
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => Boolean(row(el, 'pending', CHURN).querySelector('[role="alert"]')), 'the failure shows at the row');

    // The host's route now names another organization, whose requests have the same ids.
    el.client = other.client;
    await settled(el, () => other.requests.some((request) => request.operation === 'listRequests') && hasRow(el, 'pending', CHURN) && !loading(el), 'its lists load');
    const support = row(el, 'pending', CHURN);
    expect(support.querySelector('textarea')!.value, 'no note of the last one').to.equal('');
    expect(support.querySelector<HTMLElement>('[part~="note"]')!.hidden, 'its note field closed').to.equal(true);
    expect(root(el).querySelectorAll('[role="alert"]'), 'no failure of the last one').to.have.length(0);
  });

  it('another organization while an approval is in flight: the next one’s row is not busy, and the last one’s outcome never shows', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const other = anotherOrganization({ scenario: 'keboola' });
    org.faults.inject('approveRequest', { latency: 1000, times: 1 });
    const el = await list();
    const told = alertsTold(el);
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => text(row(el, 'pending', CHURN)).includes('Approving…'), 'the approval is under way');

    el.client = other.client;
    await settled(el, () => other.requests.some((request) => request.operation === 'listRequests') && hasRow(el, 'pending', CHURN) && !loading(el), 'its lists load');
    const approve = button(row(el, 'pending', CHURN), 'Approve sam.support');
    expect(approve.getAttribute('aria-disabled'), 'Approve can be used').not.to.equal('true');
    expect(text(row(el, 'pending', CHURN))).not.to.contain('Approving…');
    // Past the time the last organization's server took to answer.
    await aTimeout(1200);
    await el.updateComplete;
    expect(hasRow(el, 'pending', CHURN), 'still pending here').to.equal(true);
    expect(text(root(el).querySelector('.visually-hidden[role="status"]')), 'no approval read out').not.to.match(/approved/i);
    expect(told, 'no failure of the last one').to.deep.equal([]);
  });

  it('a 500 on approve shows at its row, keeps the note, and Try again succeeds with the same Idempotency-Key', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'keboola' });
    org.faults.inject('approveRequest', { status: 500, times: 1 });
    const el = await list();
    const errors: SaErrorEvent['detail'][] = [];
    el.addEventListener('sa-error', (event) => errors.push(event.detail));
    const support = row(el, 'pending', CHURN);
    await writeNote(el, support, 'Go ahead');
    button(support, 'Approve sam.support').click();
    await settled(el, () => Boolean(support.querySelector('[role="alert"]')), 'the failure shows at the row');

    expect(text(support.querySelector('[role="alert"] p'))).to.equal('Could not approve the access request. Something unexpected went wrong.');
    expect(row(el, 'pending', QUOTA).querySelector('[role="alert"]'), 'only at its row').to.equal(null);
    expect(support.querySelector('textarea')!.value, 'the note is kept').to.equal('Go ahead');
    expect(errors.map((detail) => [detail.operation, detail.error.status])).to.deep.equal([['approveRequest', 500]]);
    await expect(el).to.be.accessible();

    const approved = oneEvent(el, 'sa-approved') as Promise<SaApprovedEvent>;
    button(support, 'Try again').click();
    expect((await approved).detail.request).to.deep.include({ status: 'approved', note: 'Go ahead' });
    const keys = operations(requests, 'approveRequest').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.not.be.empty;
    expect(keys[1]).to.equal(keys[0]);
    await settled(el, () => hasRow(el, 'decided', CHURN), 'the row moves');
  });

  it('a note the server refuses (422) is marked at its field with the server’s words, kept, and cleared as the person edits it', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    refuseField('/requests/:id/reject', 'note', 'Notes are at most 500 characters.');
    const el = await list();
    const support = row(el, 'pending', CHURN);
    await writeNote(el, support, 'Too long');
    button(support, 'Add a note for sam.support').click(); // and closed again
    await el.updateComplete;
    button(support, 'Reject sam.support').click();
    await settled(el, () => Boolean(support.querySelector('[role="alert"]')), 'the failure shows at the row');

    expect(text(support.querySelector('[role="alert"] p'))).to.equal(
      'Could not reject the access request. Some values are not valid. Check the highlighted fields.',
    );
    const note = support.querySelector('textarea')!;
    expect(note.closest<HTMLElement>('[part~="note"]')!.hidden, 'the refused note is shown').to.equal(false);
    expect(note.value, 'the note is kept').to.equal('Too long');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => root(el).activeElement === note, 'the note takes focus to be fixed');
    expect(buttonNames(support), 'no Try again with the refused note').to.not.include('Try again');
    const danger = getComputedStyle(support.querySelector('[role="alert"]')!).borderTopColor;
    // Once its colour transition ends.
    await waitUntil(() => getComputedStyle(note).borderTopColor === danger, 'the field is outlined in the failure’s colour');
    const described = note.getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id)));
    expect(described).to.include('Notes are at most 500 characters.');
    expect(org.listRequests({ status: 'pending' }).items.some((request) => request.reason === CHURN), 'still pending').to.equal(true);
    await expect(el).to.be.accessible();

    note.focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(note.getAttribute('aria-invalid'), 'editing clears the mark').to.equal('false');
    expect(getComputedStyle(note).borderTopColor).to.not.equal(danger);
    expect(support.querySelector('[role="alert"]') === null, 'and the failure').to.be.true;
    expect(note.value).to.equal('Too lon');
  });

  it('closing a note the server refused drops its mark and its failure; the note is kept', async () => {
    await mockOrganization({ scenario: 'keboola' });
    refuseField('/requests/:id/approve', 'note', 'Notes are at most 500 characters.');
    const el = await list();
    const support = row(el, 'pending', CHURN);
    await writeNote(el, support, 'Too long');
    button(support, 'Approve sam.support').click();
    await settled(el, () => Boolean(support.querySelector('[role="alert"]')), 'the failure shows at the row');

    button(support, 'Add a note for sam.support').click();
    await el.updateComplete;
    expect(support.querySelector<HTMLElement>('[part~="note"]')!.hidden, 'the note closes').to.equal(true);
    expect(support.querySelector('[role="alert"]') === null, 'with its failure').to.be.true;
    expect(support.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('false');
    expect(support.querySelector('textarea')!.value, 'the note is kept').to.equal('Too long');
  });

  it('a stale approve gets 412: nothing is approved, the list says someone else changed it and shows the latest', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    // Another admin changes the policy after this list read the state: its ETag is stale now.
    org.updatePolicy({ requireTicket: true });
    const support = row(el, 'pending', CHURN);
    button(support, 'Approve sam.support').click();
    await settled(el, () => Boolean(root(el).querySelector('[role="alert"]')), 'the failure shows');
    expect(text(root(el).querySelector('[role="alert"] p'))).to.contain('Someone else changed support access in the meantime.');
    const [approve] = operations(requests, 'approveRequest');
    expect(approve.headers.get('If-Match'), 'the change is guarded by the ETag').to.be.a('string').and.not.be.empty;
    expect(org.listRequests({ status: 'pending' }).items.some((request) => request.reason === CHURN), 'still pending').to.equal(true);
    expect(org.getState().status).to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('puts each value under its term where the list itself is narrow, and beside it where it has room', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const reason = () => {
      const term = [...row(el, 'pending', CHURN).querySelectorAll('dt')].find((candidate) => text(candidate) === 'Reason')!;
      return { term: term.getBoundingClientRect(), value: term.nextElementSibling!.getBoundingClientRect() };
    };
    // A sidebar: the element is 300 px wide in a wide page. The value gets the row's width, not a sliver of it.
    el.style.inlineSize = '300px';
    await el.updateComplete;
    const narrow = reason();
    expect(narrow.value.top, 'narrow: the value sits under its term').to.be.at.least(narrow.term.bottom - 1);
    expect(narrow.value.width, 'narrow: the value has the row to itself').to.be.greaterThan(200);
    el.style.inlineSize = '720px';
    await el.updateComplete;
    const wide = reason();
    expect(wide.value.top, 'wide: the value sits beside its term').to.be.closeTo(wide.term.top, 2);
    expect(wide.value.left, 'wide: after the term').to.be.greaterThan(wide.term.right);
  });

  it('links a ticket only through an http(s) template', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await list(createClient({ retries: 0 }), { ticketUrl: 'javascript:alert("{ticket}")' });
    const support = row(el, 'pending', CHURN);
    expect(support.querySelector('a')).to.equal(null);
    expect(text(support)).to.contain('Ticket KBC-6012');
  });
});

describe('<access-request-list>: two-person approval', () => {
  it('shows "1 of 2" and who approved; the same user cannot approve twice; another user completes it', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    const el = await list();
    const halfApproved = row(el, 'pending', QUOTA);
    expect(text(halfApproved)).to.contain('1 of 2 approvals');
    expect(text(halfApproved)).to.contain('Approved by Bruno Díaz on Mar 10, 2026, 8:00 AM');
    expect(buttonNames(halfApproved), 'Ana has not approved it yet').to.include('Approve sam.support');
    expect(text(row(el, 'pending', CHURN))).to.contain('0 of 2 approvals');
    await expect(el).to.be.accessible();

    const approved = oneEvent(el, 'sa-approved') as Promise<SaApprovedEvent>;
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    const { detail } = await approved;
    expect(detail.request.status, 'still waiting for a second person').to.equal('pending');
    await settled(el, () => text(row(el, 'pending', CHURN)).includes('You approved'), 'her approval shows');

    const waiting = row(el, 'pending', CHURN);
    expect(text(waiting)).to.contain('1 of 2 approvals');
    expect(text(waiting)).to.contain('You approved; waiting for a second person.');
    expect(text(waiting)).to.contain('Approved by Ana Admin');
    expect(buttonNames(waiting), 'no second approval from Ana').not.to.include('Approve sam.support');
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.equal(
      'You approved the request from sam.support. A second person must approve it too.',
    );
    await expect(el).to.be.accessible();

    org.signInAs('u-bruno');
    await el.refresh();
    await el.updateComplete;
    const forBruno = row(el, 'pending', CHURN);
    expect(text(forBruno)).not.to.contain('You approved');
    const completed = oneEvent(el, 'sa-approved') as Promise<SaApprovedEvent>;
    button(forBruno, 'Approve sam.support').click();
    expect((await completed).detail.request.status).to.equal('approved');
    await settled(el, () => hasRow(el, 'decided', CHURN) && !hasRow(el, 'pending', CHURN), 'the request is decided');
    const decided = row(el, 'decided', CHURN);
    expect(text(decided)).to.contain('Approved by Bruno Díaz');
    expect(text(decided)).to.contain('2 of 2 approvals');
    expect(org.getState().status).to.equal('on');
  });

  it('a first approval’s note stays with it: the second approver reads it, before and after deciding, and the audit trail has it', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    const el = await list();
    await writeNote(el, row(el, 'pending', CHURN), 'OK for the memory issue only, not for billing');
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => text(row(el, 'pending', CHURN)).includes('You approved'), 'her approval shows');
    const approval = [...row(el, 'pending', CHURN).querySelectorAll('li')].find((item) => text(item).startsWith('Approved by Ana Admin'))!;
    expect(text(approval)).to.match(/^Approved by Ana Admin on .+ OK for the memory issue only, not for billing$/);
    // A quotation: the browser draws its quotation marks, in the page's language.
    const quote = approval.querySelector('q')!;
    expect(text(quote)).to.equal('OK for the memory issue only, not for billing');
    expect([getComputedStyle(quote, '::before').content, getComputedStyle(quote, '::after').content]).to.deep.equal(['open-quote', 'close-quote']);
    const [event] = org.listEvents({ type: ['request.approved'] }).items;
    expect((event.details as { note?: string }).note).to.equal('OK for the memory issue only, not for billing');

    org.signInAs('u-bruno');
    await el.refresh();
    await el.updateComplete;
    expect(text(row(el, 'pending', CHURN).querySelector('q'))).to.equal('OK for the memory issue only, not for billing');
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => hasRow(el, 'decided', CHURN), 'the request is decided');
    expect(text(row(el, 'decided', CHURN))).to.contain('Approved by Ana Admin on Mar 10, 2026, 9:00 AM OK for the memory issue only, not for billing');
    await expect(el).to.be.accessible();
  });

  it('a first approval from the keyboard keeps focus with the request, which stays pending, not at the top of the list', async () => {
    await mockOrganization({ scenario: 'two-person' });
    const el = await list();
    const approve = button(row(el, 'pending', CHURN), 'Approve sam.support');
    approve.focus();
    approve.click();
    await settled(el, () => text(row(el, 'pending', CHURN)).includes('You approved'), 'her approval shows');
    await waitUntil(() => root(el).activeElement?.classList.contains('name'), 'focus settles on a request', { timeout: 2000 }).catch(() => undefined);
    const focused = root(el).activeElement;
    expect(focused?.id === 'pending-heading' ? 'the list heading' : text(focused), 'focus is on the request’s name').to.equal('sam.support');
    expect(focused?.closest('[part~="request"]') === row(el, 'pending', CHURN), 'of the request just approved').to.equal(true);
  });

  it('drops a request approved elsewhere from pending when the shared state changes', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    const el = await list();
    const id = org.listRequests({ status: 'pending' }).items.find((request) => request.reason === QUOTA)!.id;
    org.approveRequest(id, {});
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(el, () => !hasRow(el, 'pending', QUOTA) && hasRow(el, 'decided', QUOTA), 'the list follows the state');
  });
});

describe('<access-request-list>: states', () => {
  it('says it is loading, then shows the lists', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.latency = 300;
    const el = await fixture<AccessRequestList>(html`<access-request-list .client=${createClient()}></access-request-list>`);
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading access requests…');
    await expect(el).to.be.accessible();
    await settled(el, () => rows(el, 'pending').length === 2, 'loaded');
  });

  it('no permission: says so and loads nothing', async () => {
    const { requests } = await mockOrganization({ scenario: 'viewer' });
    const el = await fixture<AccessRequestList>(html`<access-request-list .client=${createClient()}></access-request-list>`);
    await settled(el, () => text(root(el)).includes('You do not have permission'), 'the state loads');
    expect(text(root(el))).to.contain('You do not have permission to approve or reject access requests.');
    expect(root(el).querySelectorAll('button, ul')).to.have.length(0);
    expect(operations(requests, 'getState')).to.have.length(1);
    expect(operations(requests, 'listRequests')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('empty: says there are no pending requests', async () => {
    await mockOrganization({ scenario: 'empty' });
    const el = await list();
    expect(text(section(el, 'pending'))).to.contain('No pending requests');
    expect(text(section(el, 'decided'))).to.contain('No request has been decided yet.');
    expect(root(el).querySelectorAll('li')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('error: says what failed, and Try again loads', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.faults.inject('listRequests', { status: 500 });
    const el = await list();
    // Both lists failed: one failure, read out once under the first heading, with one Try again;
    // under the second it shows too, so that no list is left with nothing under its heading.
    expectOneFailureForBoth(el, 'Could not load access requests. Something unexpected went wrong.');
    await expect(el).to.be.accessible();
    org.faults.clear();
    button(section(el, 'pending'), 'Try again').click();
    // It loads both lists.
    await settled(el, () => rows(el, 'pending').length === 2 && rows(el, 'decided').length > 0, 'both lists load');
    expect(root(el).querySelector('.failure')).to.equal(null);
  });

  it('only the decided list fails: its failure is under its own heading, read out, and the pending requests show', async () => {
    await mockOrganization({ scenario: 'keboola' });
    let failing = true;
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, ({ request }) =>
        failing && new URL(request.url).searchParams.get('status') === 'decided' ? HttpResponse.json({ nonsense: true }) : undefined,
      ),
    );
    const el = await list();
    await settled(el, () => Boolean(root(el).querySelector('.failure')), 'the decided list fails');
    expect(rows(el, 'pending')).to.have.length(2);
    const failures = [...root(el).querySelectorAll('.failure')];
    expect(failures).to.have.length(1);
    expect(section(el, 'decided').contains(failures[0]), 'under Decided').to.equal(true);
    expect(failures[0].getAttribute('role')).to.equal('alert');
    failing = false;
    const retry = button(section(el, 'decided'), 'Try again');
    retry.focus();
    retry.click();
    await el.updateComplete;
    // The button goes while the list loads: focus waits at the heading of the list it loads, not the other one's.
    const heading = section(el, 'decided').querySelector('[role="heading"]');
    expectFocus(root(el).activeElement, heading, 'while it loads');
    await settled(el, () => rows(el, 'decided').length > 0 && !root(el).querySelector('.failure'), 'the decided list loads');
    expectFocus(root(el).activeElement, heading, 'once it shows');
    await expect(el).to.be.accessible();
  });

  it('only the decided list failed and its Try again fails as well: the failure stays under Decided, where focus is, and the pending requests stay', async () => {
    await mockOrganization({ scenario: 'keboola' });
    let failing: 'decided' | 'both' = 'decided';
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, ({ request }) =>
        failing === 'both' || new URL(request.url).searchParams.get('status') === 'decided' ? serverError() : undefined,
      ),
    );
    const el = await list();
    await settled(el, () => Boolean(root(el).querySelector('.failure')), 'the decided list fails');
    const told = alertsTold(el);
    // The server now fails every list the same way: the pending list, which had loaded, is not asked again.
    failing = 'both';
    const retry = button(section(el, 'decided'), 'Try again');
    retry.focus();
    retry.click();
    await settled(el, () => told.length > 0, 'the decided list fails again');
    expect(told).to.deep.equal(['decided: Could not load access requests. Something unexpected went wrong.']);
    expect(section(el, 'pending').querySelector('.failure'), 'nothing failed under Pending').to.equal(null);
    expect(rows(el, 'pending')).to.have.length(2);
    expectFocus(root(el).activeElement, section(el, 'decided').querySelector('[role="heading"]'), 'at the heading above the failure');
    await sendKeys({ press: 'Tab' });
    expectFocus(root(el).activeElement, button(section(el, 'decided'), 'Try again'), 'the next stop is its Try again');
  });

  it('both lists failed, for different reasons; Try again under Decided now fails as Pending did: the new failure is read out under Decided, where focus is', async () => {
    await mockOrganization({ scenario: 'keboola' });
    let decidedAnswers = 0;
    let pendingAsked = 0;
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, ({ request }) => {
        if (new URL(request.url).searchParams.get('status') === 'pending') pendingAsked++;
        else if (!decidedAnswers++) return HttpResponse.json({ nonsense: true });
        return serverError();
      }),
    );
    const el = await list();
    await settled(el, () => root(el).querySelectorAll('.failure').length === 2, 'both lists fail, differently');
    const told = alertsTold(el);
    const retry = button(section(el, 'decided'), 'Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, () => told.length > 0 && !loading(el), 'the decided list fails again');
    // In the same words as Pending's, but a failure of its own load: not merged into the one above.
    expect(told).to.deep.equal(['decided: Could not load access requests. Something unexpected went wrong.']);
    expect(root(el).querySelectorAll('.failure')).to.have.length(2);
    expectFocus(root(el).activeElement, section(el, 'decided').querySelector('[role="heading"]'), 'at the heading above the failure');
    expect(pendingAsked, 'the pending list is left as it is').to.equal(1);
  });

  it('the pending list refused (403) and the decided one failed: Try again under Decided does not ask for the refused list again', async () => {
    await mockOrganization({ scenario: 'keboola' });
    let pendingAsked = 0;
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, ({ request }) => {
        if (new URL(request.url).searchParams.get('status') !== 'pending') return serverError();
        pendingAsked++;
        return problem(403, 'forbidden');
      }),
    );
    const el = await list();
    await settled(el, () => root(el).querySelectorAll('.failure').length === 2, 'both lists fail');
    const told = alertsTold(el);
    button(section(el, 'decided'), 'Try again').click();
    await settled(el, () => told.length > 0 && !loading(el), 'the decided list fails again');
    expect(told).to.deep.equal(['decided: Could not load access requests. Something unexpected went wrong.']);
    expect(pendingAsked).to.equal(1);
  });

  it('both lists told to wait (429, Retry-After 1 s) in one reload: once the wait is over, both say so', async () => {
    await mockOrganization({ scenario: 'keboola' });
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, async ({ request }) => {
        // The decided list answers later: its copy of the failure was drawn after the pending one's.
        if (new URL(request.url).searchParams.get('status') === 'decided') await delay(300);
        return problem(429, 'rate-limited', { 'Retry-After': '1' });
      }),
    );
    const el = await list();
    await settled(el, () => root(el).querySelectorAll('.failure').length === 2, 'both lists fail');
    const sentences = () => [...root(el).querySelectorAll('.failure p')].map(text);
    expect(sentences()).to.deep.equal([
      'Could not load access requests. Too many requests in a short time. Try again in 1 second.',
      'Could not load access requests. Too many requests in a short time. Try again in 1 second.',
    ]);
    await settled(el, () => sentences().every((sentence) => sentence.endsWith('You can try again now.')), 'the wait is over under both headings');
  });

  it('the lists fail for different reasons: each reason is told, under its own heading', async () => {
    await mockOrganization({ scenario: 'keboola' });
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, ({ request }) =>
        new URL(request.url).searchParams.get('status') === 'decided' ? HttpResponse.json({ nonsense: true }) : serverError(),
      ),
    );
    const el = await list();
    expect(text(section(el, 'pending').querySelector('.failure p'))).to.equal('Could not load access requests. Something unexpected went wrong.');
    expect(text(section(el, 'decided').querySelector('.failure p'))).to.match(/^Could not load access requests\. The server sent an answer that could not be understood\./);
  });

  it('the decided list fails before the pending one, the same way: the failure is read out once, under the first heading', async () => {
    await mockOrganization({ scenario: 'keboola' });
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') === 'pending') await delay(400);
        return serverError();
      }),
    );
    const el = document.createElement('access-request-list') as AccessRequestList;
    Object.assign(el, { client: createClient({ retries: 0 }) });
    el.setAttribute('locale', 'en-US');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    const told = alertsTold(el);
    await settled(el, () => Boolean(section(el, 'pending')?.querySelector('.failure')), 'the pending list fails too');
    expect(told).to.deep.equal(['pending: Could not load access requests. Something unexpected went wrong.']);
    expectOneFailureForBoth(el, 'Could not load access requests. Something unexpected went wrong.');
  });

  it('loaded lists reloaded: the decided one fails first, the pending one later the same way: read out once, under the first heading', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    expect(rows(el, 'pending')).to.have.length(2);
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') === 'pending') await delay(600);
        return serverError();
      }),
    );
    const told = alertsTold(el);
    void el.refresh();
    await settled(el, () => Boolean(section(el, 'pending').querySelector('.failure')), 'the pending list fails');
    expectOneFailureForBoth(el, 'Could not load access requests. Something unexpected went wrong.');
    expect(told).to.deep.equal(['pending: Could not load access requests. Something unexpected went wrong.']);
  });

  it('the decided list fails while the pending one still loads: Decided says it is loading, then shows its own failure', async () => {
    await mockOrganization({ scenario: 'keboola' });
    let answer: () => void = () => {};
    const pendingAnswered = new Promise<void>((resolve) => (answer = resolve));
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/requests`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') !== 'pending') return HttpResponse.json({ nonsense: true });
        await pendingAnswered;
        return undefined;
      }),
    );
    const el = await fixture<AccessRequestList>(html`<access-request-list .client=${createClient({ retries: 0 })} locale="en-US"></access-request-list>`);
    await settled(el, () => text(section(el, 'decided')?.querySelector('[role="status"]')) === 'Loading access requests…', 'Decided says it loads');
    await aTimeout(300);
    expect(text(section(el, 'decided').querySelector('[role="status"]')), 'still, once its own answer failed').to.equal('Loading access requests…');
    answer();
    await settled(el, () => rows(el, 'pending').length === 2 && Boolean(section(el, 'decided').querySelector('.failure')), 'the failure shows');
    expect(text(section(el, 'decided').querySelector('.failure p'))).to.match(/^Could not load access requests\. The server sent an answer that could not be understood\./);
  });

  it('refused (403): says so with no Try again the same request would meet, and loads afresh when connected again', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.faults.inject('listRequests', { status: 403 });
    const el = await list();
    expect(text(section(el, 'pending').querySelector('.failure'))).to.equal(
      'Could not load access requests. You do not have permission to do this.',
    );
    expect(buttonNames(root(el)), 'no Try again').not.to.include('Try again');
    org.faults.clear();
    // The host moves it (another page of its console, and back).
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el, () => rows(el, 'pending').length === 2 && !root(el).querySelector('.failure'), 'loads afresh once connected again');
  });

  it('busy: renders 50 of 500, and Show more adds the next 50', async () => {
    const { requests } = await mockOrganization({ scenario: 'busy' });
    const el = await list();
    expect(rows(el, 'pending')).to.have.length(50);
    expect(text(section(el, 'pending'))).to.contain('Showing 50 of 500.');
    const [first] = operations(requests, 'listRequests').map((request) => new URL(request.url).searchParams);
    expect(first.get('limit')).to.equal('50');
    await expect(el).to.be.accessible();

    const more = button(section(el, 'pending'), 'Show more');
    more.focus();
    more.click();
    await settled(el, () => rows(el, 'pending').length === 100, 'the next page loads');
    expect(root(el).querySelectorAll('[part~="pending"] li[part~="request"]')).to.have.length(100);
    expect(text(section(el, 'pending'))).to.contain('Showing 100 of 500.');
    expect(text(root(el).querySelector('.visually-hidden[role="status"]')), 'what Show more added is read out').to.equal(
      '50 more requests shown, 100 so far.',
    );
    expect(root(el).activeElement === more, 'focus stays on Show more').to.be.true;
    const ids = rows(el, 'pending').map((candidate) => text(candidate.querySelector('a')));
    expect(new Set(ids).size, 'no request twice').to.equal(100);
  });
});

describe('<access-request-list>: Show more failed', () => {
  it('Try again keeps focus at Show more, where what it loads is told, not up at the Pending heading', async () => {
    const { org } = await mockOrganization({ scenario: 'busy' });
    const el = await list();
    org.faults.inject('listRequests', { status: 500, times: 1 });
    const more = button(section(el, 'pending'), 'Show more');
    more.focus();
    more.click();
    await settled(el, () => Boolean(section(el, 'pending').querySelector('.failure')), 'the next page fails');
    const retry = button(section(el, 'pending'), 'Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectFocus(root(el).activeElement, more, 'while it loads');
    await settled(el, () => rows(el, 'pending').length === 100, 'the next page loads');
    expectFocus(root(el).activeElement, more, 'once it shows');
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.equal('50 more requests shown, 100 so far.');
  });
});

describe('<access-request-list>: Show more failed, then the lists reload', () => {
  /** The busy organization with a failed Show more under `kind`, focus on its Try again. */
  async function failedMore(kind: 'pending' | 'decided') {
    const { org } = await mockOrganization({ scenario: 'busy' });
    // Sixty requests decided, so that the decided list has a next page too.
    for (const request of org.listRequests({ status: 'pending', limit: 60 }).items) org.rejectRequest(request.id, {});
    const el = await list();
    org.faults.inject('listRequests', { status: 500, times: 1 });
    const more = button(section(el, kind), 'Show more');
    more.click();
    await settled(el, () => Boolean(section(el, kind).querySelector('.failure')), 'the next page fails');
    button(section(el, kind), 'Try again').focus();
    return { org, el, more };
  }

  it('another admin decides meanwhile: focus goes from Decided’s Try again, which the reload takes away, to its Show more', async () => {
    const { org, el, more } = await failedMore('decided');
    org.rejectRequest(org.listRequests({ status: 'pending', limit: 1 }).items[0].id, {});
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(el, () => !root(el).querySelector('.failure'), 'the reload takes the failure away');
    expectFocus(root(el).activeElement, more, 'while the lists load');
    await settled(el, () => !loading(el), 'the lists load');
    expectFocus(root(el).activeElement, more, 'once they show');
  });

  it('refresh(): focus goes from Pending’s Try again to its Show more, not up to the heading above every request', async () => {
    const { el, more } = await failedMore('pending');
    const refreshed = el.refresh();
    await settled(el, () => !root(el).querySelector('.failure'), 'the reload takes the failure away');
    expectFocus(root(el).activeElement, more, 'while the lists load');
    await refreshed;
    await el.updateComplete;
    expectFocus(root(el).activeElement, more, 'once they show');
  });
});

describe('<access-request-list>: the last page', () => {
  it('after the last Show more, which goes away, focus moves to the first new request', async () => {
    await mockOrganization({ scenario: 'busy' });
    const el = await list();
    for (let shown = 50; shown < 500; shown += 50) {
      const more = button(section(el, 'pending'), 'Show more');
      more.focus();
      more.click();
      await settled(el, () => rows(el, 'pending').length === shown + 50, `${shown + 50} requests show`);
    }
    expect([...section(el, 'pending').querySelectorAll('button')].some((candidate) => text(candidate) === 'Show more'), 'no more to show').to.be.false;
    const focused = root(el).activeElement;
    expect(focused?.closest('[part~="request"]') === rows(el, 'pending')[450], 'focus is on request 451').to.be.true;
    expect(focused?.classList.contains('name'), 'on its name').to.be.true;
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.equal('50 more requests shown, 500 so far.');
  });
});

describe('<access-request-list>: under a provider', () => {
  it('approving shows the new grant in the panel without a reload', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const host = await fixture(html`<support-access-provider .client=${createClient({ retries: 0 })}>
      <support-access-panel time-zone="UTC"></support-access-panel>
      <access-request-list time-zone="UTC"></access-request-list>
    </support-access-provider>`);
    const panel = host.querySelector<SupportAccessPanel>('support-access-panel')!;
    const el = host.querySelector<AccessRequestList>('access-request-list')!;
    await settled(el, () => panel.status === 'off' && rows(el, 'pending').length === 2 && !loading(el), 'both load');
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await waitUntil(() => panel.status === 'on', 'the panel shows the grant', { timeout: 5000 });
    await panel.updateComplete;
    expect(text(root(panel))).to.contain('sam.support');
    await settled(el, () => hasRow(el, 'decided', CHURN), 'the list shows the decision');
    await expect(el).to.be.accessible();
  });
});

describe('<access-request-list>: refresh()', () => {
  it('asks for each list once, whether or not the state changed', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    // Through the host's own fetch: it sees every request, also one cancelled before the server answers.
    const recording = recordingFetch();
    const sent = recording.started;
    const el = await list(createClient({ retries: 0, fetch: recording.fetch }));
    const since = (from: number, path: string) => sent.slice(from).filter(({ path: started }) => started.endsWith(path));
    const statuses = (from: number) => since(from, '/requests').map(({ url }) => url.searchParams.get('status'));

    // A new request on the server changes the pending count the lists depend on.
    org.requestAccess({ reason: 'Look at the failing export' });
    let from = sent.length;
    await el.refresh();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(since(from, '/support-access')).to.have.length(1);
    expect(statuses(from)).to.have.members(['pending', 'decided']);
    expect(text(section(el, 'pending').querySelector('[role="heading"]'))).to.equal('Waiting for a decision (3)');
    expect(hasRow(el, 'pending', 'Look at the failing export')).to.be.true;

    // Nothing changed: refresh() still loads both lists again, once each.
    from = sent.length;
    await el.refresh();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(statuses(from)).to.have.members(['pending', 'decided']);
  });
});

describe('<access-request-list>: what hands-on testing found', () => {
  it('an approval the server answers with a request that is no longer pending (expired meanwhile) is no approval: nothing says approved, the host hears a conflict', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const request = org.listRequests({ status: 'pending' }).items.find((candidate) => candidate.reason === CHURN)!;
    worker.use(http.post(`${DEFAULT_BASE_URL}/requests/:id/approve`, () => HttpResponse.json({ ...request, status: 'expired' })));
    let approved = 0;
    el.addEventListener('sa-approved', () => approved++);
    const failed = oneEvent(el, 'sa-error') as Promise<SaErrorEvent>;
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    expect((await failed).detail.error.code).to.equal('conflict');
    await settled(el, () => Boolean(root(el).querySelector('[role="alert"]')), 'the failure shows');
    expect(approved, 'no sa-approved').to.equal(0);
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).not.to.contain('Approved');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Could not approve the access request.');
  });

  it('a rejection the server answers with a request that is not rejected (expired meanwhile) is no rejection: nothing says rejected, the host hears a conflict', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const request = org.listRequests({ status: 'pending' }).items.find((candidate) => candidate.reason === CHURN)!;
    worker.use(http.post(`${DEFAULT_BASE_URL}/requests/:id/reject`, () => HttpResponse.json({ ...request, status: 'expired' })));
    // What the host hears, in order: a conflict, and no sa-rejected.
    const told: string[] = [];
    el.addEventListener('sa-error', (event) => told.push(`sa-error ${event.detail.operation} ${event.detail.error.code}`));
    el.addEventListener('sa-rejected', () => told.push('sa-rejected'));
    button(row(el, 'pending', CHURN), 'Reject sam.support').click();
    await settled(el, () => told.length > 0, 'the host hears how the rejection ended');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(told).to.deep.equal(['sa-error rejectRequest conflict']);
    await settled(el, () => Boolean(root(el).querySelector('[role="alert"]')), 'the failure shows');
    expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).not.to.contain('Rejected');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Could not reject the access request.');
  });

  it('a rejection whose answer is lost after it was made shows the request rejected, with no failure that contradicts it', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    // The server rejects the request, but its answer cannot be read.
    org.faults.inject('rejectRequest', { breakSchema: true, times: 1 });
    const failed = oneEvent(el, 'sa-error') as Promise<SaErrorEvent>;
    button(row(el, 'pending', CHURN), 'Reject sam.support').click();
    expect((await failed).detail.error.code, 'the host is told').to.equal('invalid-response');
    await settled(el, () => hasRow(el, 'decided', CHURN) && !hasRow(el, 'pending', CHURN), 'the request moves to Decided');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(text(row(el, 'decided', CHURN))).to.contain('Rejected by Ana Admin');
    expect(text(root(el).querySelector('[role="alert"], .failure')), 'no failure says it could not be rejected').to.equal('');
  });

  it('a rejection of a request someone else decided meanwhile says how it ended, with no Try again', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    rejectedByBruno(org, CHURN);
    button(row(el, 'pending', CHURN), 'Reject sam.support').click();
    await settled(el, () => hasRow(el, 'decided', CHURN) && !hasRow(el, 'pending', CHURN), 'the request moves to Decided');
    const alert = root(el).querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Could not reject the access request.');
    expect(text(alert)).to.contain('How it ended: Rejected by Bruno Díaz.');
    expect(text(alert!.querySelector('button')), 'no Try again').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('an approval of a request that expired meanwhile says it expired', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    org.clock.advance('P7D');
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => hasRow(el, 'decided', CHURN) && !hasRow(el, 'pending', CHURN), 'the request moves to Decided');
    const alert = root(el).querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Could not approve the access request.');
    expect(text(alert)).to.contain('How it ended: Expired without a decision.');
  });

  it('approving while access is already on says to revoke first, keeps the note, and offers no Try again that cannot succeed', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    const first = row(el, 'pending', CHURN);
    button(first, 'Approve sam.support').click();
    await settled(el, () => !hasRow(el, 'pending', CHURN), 'the first approval goes through');
    expect(org.getState().status).to.equal('on');

    const second = row(el, 'pending', QUOTA);
    await writeNote(el, second, 'Needed for the migration');
    const failed = oneEvent(el, 'sa-error') as Promise<SaErrorEvent>;
    button(second, [...second.querySelectorAll('button')].map(nameOf).find((name) => name.startsWith('Approve '))!).click();
    expect((await failed).detail.error.code).to.equal('conflict');
    await settled(el, () => Boolean(second.querySelector('[role="alert"]')), 'the failure shows at its request');
    expect(text(second.querySelector('[role="alert"]'))).to.equal(
      'Could not approve the access request. It conflicts with the current state of support access. Support access is already on: revoke it first, then approve this request.',
    );
    expect(buttonNames(second)).not.to.include('Try again');
    expect(second.querySelector('textarea')!.value, 'the note is kept').to.equal('Needed for the migration');
    await expect(el).to.be.accessible();
  });

  it('a refusal because access was on goes when that access ends, and the request can then be approved with its note', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => !hasRow(el, 'pending', CHURN), 'the first approval goes through');
    const second = row(el, 'pending', QUOTA);
    await writeNote(el, second, 'Needed for the migration');
    const approve = () => button(second, buttonNames(second).find((name) => name.startsWith('Approve '))!);
    approve().click();
    await settled(el, () => Boolean(second.querySelector('[role="alert"]')), 'the refusal shows at its request');

    org.clock.advance('P2D');
    await el.refresh();
    expect(org.getState().status).to.equal('off');
    expect(second.querySelector('[role="alert"]'), 'no conflict that no longer holds').to.equal(null);
    expect(alerts(el)).to.deep.equal([]);
    expect(second.querySelector('textarea')!.value, 'the note is kept').to.equal('Needed for the migration');
    approve().click();
    await settled(el, () => !hasRow(el, 'pending', QUOTA), 'the second approval goes through');
    expect(org.getState().status).to.equal('on');
  });
});

describe('<access-request-list>: the lists follow the server', () => {
  it('a first of two approvals given elsewhere shows (its count, who and their note) on the next refresh, before this admin decides', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    const el = await fixture<AccessRequestList>(
      html`<access-request-list .client=${createClient({ retries: 0 })} refresh-interval="300" locale="en-US" time-zone="UTC"></access-request-list>`,
    );
    await settled(el, () => rows(el, 'pending').length === 2 && !loading(el), 'the lists load');
    expect(text(row(el, 'pending', CHURN))).to.contain('0 of 2 approvals');
    // Bruno, in his own browser, gives the first approval with a condition: the pending count stays.
    const id = org.listRequests({ status: 'pending' }).items.find((request) => request.reason === CHURN)!.id;
    org.signInAs('u-bruno');
    org.approveRequest(id, { note: 'Only after the customer confirms on the ticket' });
    org.signInAs('u-ana');
    await settled(el, () => text(row(el, 'pending', CHURN)).includes('1 of 2 approvals'), 'the first approval shows');
    expect(text(row(el, 'pending', CHURN))).to.contain('Only after the customer confirms on the ticket');
  });

  it('coming back to the tab shows a request decided elsewhere and one made meanwhile, though their count is the same', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    rejectedByBruno(org, CHURN);
    org.requestAccess({ reason: 'Second try: the export job' });
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(el, () => hasRow(el, 'pending', 'Second try: the export job') && !loading(el), 'the new request shows');
    expect(hasRow(el, 'pending', CHURN), 'the rejected one is no longer pending').to.equal(false);
    expect(hasRow(el, 'decided', CHURN), 'it is decided').to.equal(true);
  });

  it('a rejection whose answer was lost but which went through is never read out as a failure', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    org.faults.inject('rejectRequest', { status: 502, afterEffect: true, times: 1 });
    org.latency = 150;
    const told = alertsTold(el);
    button(row(el, 'pending', CHURN), 'Reject sam.support').click();
    await settled(el, () => !hasRow(el, 'pending', CHURN) && hasRow(el, 'decided', CHURN) && !loading(el), 'the row moves to Decided');
    await aTimeout(300);
    expect(told, 'alerts read out').to.deep.equal([]);
  });

  it('a decision refused with a 422 that names no note offers no Try again, which would be refused the same way', async () => {
    await mockOrganization({ scenario: 'keboola' });
    worker.use(
      http.post(`${DEFAULT_BASE_URL}/requests/:id/approve`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Validation failed', status: 422, code: 'validation', detail: 'A ticket is required before approving.', fields: [{ name: 'ticket', message: 'Required by policy' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await list();
    const request = row(el, 'pending', CHURN);
    button(request, 'Approve sam.support').click();
    await settled(el, () => Boolean(request.querySelector('[role="alert"]')), 'the refusal shows');
    expect(text(request.querySelector('[role="alert"] p'))).to.equal('Could not approve the access request. Some values are not valid.');
    expect(buttonNames(request.querySelector('[role="alert"]')!)).to.deep.equal([]);
  });

  describe('focus the person took to the host page stays there', () => {
    async function beside() {
      const page = await fixture<HTMLDivElement>(html`<div>
        <label>Search the console <input id="search" /></label>
        <access-request-list .client=${createClient({ retries: 0 })} time-zone="UTC" locale="en-US"></access-request-list>
      </div>`);
      const el = page.querySelector<AccessRequestList>('access-request-list')!;
      await settled(el, () => Boolean(section(el, 'decided')) && rows(el, 'pending').length > 0 && !loading(el), 'the lists load');
      return { el, search: page.querySelector<HTMLInputElement>('#search')! };
    }

    it('after Show more', async () => {
      const { org } = await mockOrganization({ scenario: 'busy' });
      const { el, search } = await beside();
      org.latency = 400;
      const more = button(section(el, 'pending'), 'Show more');
      more.focus();
      more.click();
      search.focus();
      await settled(el, () => rows(el, 'pending').length === 100, 'the next page shows');
      await aTimeout(50);
      expect(document.activeElement).to.equal(search);
    });

    it('after a first of two approvals', async () => {
      const { org } = await mockOrganization({ scenario: 'two-person' });
      const { el, search } = await beside();
      org.latency = 400;
      const approve = button(row(el, 'pending', CHURN), 'Approve sam.support');
      approve.focus();
      approve.click();
      search.focus();
      await settled(el, () => text(root(el)).includes('You approved'), 'the approval shows');
      await aTimeout(50);
      expect(document.activeElement).to.equal(search);
    });
  });

  describe('the shared state fails to load again', () => {
    it('after an approval: the failure shows with Try again above counts it could not update', async () => {
      const { org } = await mockOrganization({ scenario: 'keboola' });
      const el = await list();
      org.faults.inject('getState', { status: 503 });
      const approved = oneEvent(el, 'sa-approved');
      button(row(el, 'pending', CHURN), 'Approve sam.support').click();
      await approved;
      await settled(el, () => !hasRow(el, 'pending', CHURN) && Boolean(root(el).querySelector('.failure')), 'the failure shows');
      expect(text(root(el).querySelector('.failure p'))).to.match(/^Could not load support access\./);
      org.faults.clear();
      button(root(el), 'Try again').click();
      await settled(el, () => !root(el).querySelector('.failure'), 'the failure goes');
      expect(text(section(el, 'pending').querySelector('[role="heading"]'))).to.equal('Waiting for a decision (1)');
    });

    it('on refresh(): the failure shows', async () => {
      const { org } = await mockOrganization({ scenario: 'keboola' });
      const el = await list();
      org.faults.inject('getState', { status: 500 });
      await el.refresh();
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"] p'))).to.match(/^Could not load support access\./);
    });
  });

  describe('another organization', () => {
    it('its pending count is told to the host, also when it is the same number as the last one’s', async () => {
      await mockOrganization({ scenario: 'keboola' });
      const other = anotherOrganization({ scenario: 'keboola' });
      const told: number[] = [];
      const page = await fixture<HTMLDivElement>(html`<div @sa-requests-change=${(event: CustomEvent<{ pending: number }>) => told.push(event.detail.pending)}>
        <access-request-list .client=${createClient({ retries: 0 })} locale="en-US" time-zone="UTC"></access-request-list>
      </div>`);
      const el = page.querySelector<AccessRequestList>('access-request-list')!;
      await settled(el, () => told.length === 1 && !loading(el), 'the first organization’s count');
      el.client = other.client;
      await settled(el, () => other.requests.some((request) => request.operation === 'listRequests') && !loading(el), 'the other organization loads');
      await aTimeout(200);
      expect(told).to.deep.equal([2, 2]);
    });

    it('a decision there is another action, sent with a key of its own, although one here failed and another went through after it', async () => {
      const { org, requests } = await mockOrganization({ scenario: 'keboola' });
      const other = anotherOrganization({ scenario: 'keboola' });
      // One backend serves both organizations: one store of idempotency keys.
      Object.assign(other.org, { idempotency: org.idempotency });
      org.faults.inject('approveRequest', { status: 502, afterEffect: true, times: 1 });
      const el = await list();
      button(row(el, 'pending', CHURN), 'Approve sam.support').click();
      await settled(el, () => !hasRow(el, 'pending', CHURN) && !loading(el), 'the approval shows as done');
      [...row(el, 'pending', QUOTA).querySelectorAll('button')].find((candidate) => nameOf(candidate).startsWith('Reject '))!.click();
      await settled(el, () => rows(el, 'pending').length === 0 && !loading(el), 'the rejection goes through');
      el.client = other.client;
      await settled(el, () => other.requests.some((request) => request.operation === 'listRequests') && rows(el, 'pending').length === 2 && !loading(el), 'the other organization loads');
      button(row(el, 'pending', CHURN), 'Approve sam.support').click();
      await settled(el, () => hasRow(el, 'decided', CHURN) || Boolean(root(el).querySelector('[role="alert"]')), 'the approval answers');
      expect(text(root(el).querySelector('[role="alert"]'))).to.equal('');
      expect(other.org.getState().status).to.equal('on');
      expect(operations(other.requests, 'approveRequest')[0].headers.get('Idempotency-Key')).not.to.equal(operations(requests, 'approveRequest')[0].headers.get('Idempotency-Key'));
    });
  });
});

describe('<access-request-list>: a refresh that changed nothing', () => {
  it('keeps a failed decision’s Try again, with focus on it, and reads nothing out again', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    org.faults.inject('approveRequest', { status: 500, times: 1 });
    button(row(el, 'pending', CHURN), 'Approve sam.support').click();
    await settled(el, () => Boolean(row(el, 'pending', CHURN).querySelector('.failure button')) && !loading(el), 'the failure shows with Try again');
    const retry = row(el, 'pending', CHURN).querySelector<HTMLButtonElement>('.failure button')!;
    retry.focus();
    const told = alertsTold(el);
    org.latency = 300;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => loading(el), 'the refresh starts');
    await settled(el, () => !loading(el), 'the refresh ends');
    await aTimeout(50);
    expect(root(el).activeElement, 'focus stays on Try again').to.equal(retry);
    expect(told, 'nothing read out again').to.deep.equal([]);
  });

  it('does not undo a Show more on its way', async () => {
    const { org } = await mockOrganization({ scenario: 'busy' });
    const el = await list();
    expect(rows(el, 'pending')).to.have.length(50);
    org.faults.inject('listRequests', { latency: 800, times: 1 });
    button(section(el, 'pending'), 'Show more').click();
    await aTimeout(100);
    document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(1500);
    await settled(el, () => !loading(el), 'all settles');
    expect(rows(el, 'pending'), 'the page Show more asked for').to.have.length(100);
  });

  it('keeps a note being typed, and its focus', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    await writeNote(el, row(el, 'pending', CHURN), 'Only read-only');
    const note = root(el).activeElement as HTMLTextAreaElement;
    org.latency = 200;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => loading(el), 'the reload starts');
    await sendKeys({ type: ', please' });
    await settled(el, () => !loading(el), 'the reload ends');
    expect(root(el).activeElement, 'focus stays in the note').to.equal(note);
    expect(note.value).to.equal('Only read-only, please');
  });

  it('an outage long after a refused decision is read out, not silenced by that old failure', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const el = await list();
    org.faults.inject('rejectRequest', { status: 409, times: 1 });
    button(row(el, 'pending', CHURN), 'Reject sam.support').click();
    await settled(el, () => Boolean(root(el).querySelector('[role="alert"]')) && !loading(el), 'the refusal shows');
    org.faults.inject('getState', { status: 500 });
    const told = alertsTold(el);
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(el, () => /Could not load support access/.test(text(root(el))), 'the outage shows');
    const outage = [...root(el).querySelectorAll('.failure')].find((block) => /Could not load support access/.test(text(block)))!;
    expect(outage.getAttribute('role')).to.equal('alert');
    expect(told).to.deep.equal([`pending: ${text(outage.querySelector('p'))}`]);
  });
});

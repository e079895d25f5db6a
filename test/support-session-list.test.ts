import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportAccessClient } from '../src/client/index.js';
import '../src/elements/support-session-list/define.js';
import type { SupportSessionList } from '../src/elements/support-session-list/support-session-list.js';
import type { Session } from '../src/contract/index.js';
import type { SaSessionEndedEvent } from '../src/events/index.js';
import { http, HttpResponse } from 'msw';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { SupportAccessStore } from '../src/state/store.js';
import { linesOf, textRange } from './helpers/dom.js';
import { anotherOrganization, clientWithState, createClient, mockOrganization, worker } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

async function sessionList(client: SupportAccessClient = createClient({ retries: 0 })) {
  const element = await fixture<SupportSessionList>(
    html`<support-session-list .client=${client} time-zone="UTC" locale="en-US"></support-session-list>`,
  );
  await waitUntil(() => element.status !== 'loading', 'the list loads', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
const words = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (element: Element) => words(root(element).textContent);
const rows = (element: Element) => [...root(element).querySelectorAll<HTMLLIElement>('[part~="session"]')];
const buttonIn = (scope: ParentNode, label: RegExp) => {
  const found = [...scope.querySelectorAll('button')].find((candidate) => label.test(words(candidate.textContent)));
  if (!found) throw new Error(`No button ${label}`);
  return found;
};
const endRequests = <T extends { operation: string }>(requests: T[]) => requests.filter((request) => request.operation === 'endSession');

async function settled(element: SupportSessionList, condition: () => boolean, message: string) {
  await waitUntil(condition, message, { timeout: 5000 });
  await element.updateComplete;
}

/** A copy of `session` as the `index`th one: its own id and engineer. */
const numbered = (session: Session, index: number): Session => ({ ...session, id: `ses-${index}`, engineer: { ...session.engineer, displayName: `engineer-${index}` } });

/** A server that caps its pages at 10, whatever the limit asked for: `page` answers from an offset. Returns the cursors asked for. */
function pagesOfTen(page: (start: number) => { items: Session[]; nextCursor: string | null }): (string | null)[] {
  const asked: (string | null)[] = [];
  worker.use(
    http.get(`${DEFAULT_BASE_URL}/sessions`, ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      asked.push(cursor);
      return HttpResponse.json(page(Number(cursor ?? 0)));
    }),
  );
  return asked;
}

/**
 * A list of `items` (the server's one page) in a container `width` px wide, drawn in a known font
 * where `font` is set, once every session is shown.
 */
async function listOf(items: Session[], width: number, { client = createClient({ retries: 0 }), font = true } = {}) {
  worker.use(http.get(`${DEFAULT_BASE_URL}/sessions`, () => HttpResponse.json({ items, nextCursor: null })));
  const style = `inline-size: ${width}px${font ? '; font: 16px system-ui, sans-serif' : ''}`;
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${style}><support-session-list .client=${client} time-zone="UTC" locale="en-US"></support-session-list></div>`,
  );
  const element = wrapper.firstElementChild as SupportSessionList;
  await settled(element, () => rows(element).length === items.length, 'every session');
  return element;
}

async function asAdmin(scenario: 'cumulocity' | 'carto' | 'always-on' = 'cumulocity') {
  const mock = await mockOrganization({ scenario });
  mock.org.signInAs('u-ana');
  return mock;
}

/** A client whose state grants `permissions` (without `endSessions` where it is not given). */
function permitting(permissions: { endSessions?: boolean; revoke: boolean }) {
  return clientWithState((state) => {
    const { endSessions: _, ...others } = state.permissions;
    return { ...state, permissions: { ...others, ...permissions } };
  });
}

describe('<support-session-list>: states', () => {
  it('shows that it is loading, then the sessions', async () => {
    const { org } = await asAdmin();
    org.latency = 400;
    const element = await fixture<SupportSessionList>(html`<support-session-list .client=${createClient()}></support-session-list>`);
    await element.updateComplete;
    expect(element.status).to.equal('loading');
    expect(text(element)).to.contain('Loading support sessions…');
    await expect(element).to.be.accessible();
    await settled(element, () => element.status === 'ready', 'loaded');
  });

  it('lists a live session: engineer$user, since when and last seen', async () => {
    await asAdmin();
    const element = await sessionList();
    expect(element.status).to.equal('ready');
    expect(rows(element)).to.have.length(1);
    const row = rows(element)[0];
    expect(words(row.querySelector('[part~="name"]')!.textContent)).to.equal('supportuser$Dana Okafor');
    const shown = words(row.textContent);
    expect(shown).to.contain('Engineer supportuser');
    expect(shown).to.contain('Acting as Dana Okafor');
    // Signed in 90 minutes before the frozen "now" of 09:00 UTC.
    expect(shown).to.contain('Signed in Mar 10, 2026, 7:30 AM 2 hours ago');
    expect(shown).to.contain('Last seen 2 hours ago');
    expect(row.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-10T07:30:00.000Z');
    // The button's name says it in words: a screen reader would read the $ as "dollar".
    expect(words(buttonIn(row, /End session/).textContent)).to.equal('End session of supportuser acting as Dana Okafor');
    await expect(element).to.be.accessible();
  });

  it('a session the server lists twice, or again on its next page, is shown once, with one End button', async () => {
    const { org } = await asAdmin();
    const [session] = org.listSessions({}).items;
    worker.use(
      http.get(`${DEFAULT_BASE_URL}/sessions`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.has('cursor') ? { items: [session], nextCursor: null } : { items: [session, session], nextCursor: 'next' },
        ),
      ),
    );
    const element = await sessionList();
    expect(rows(element)).to.have.length(1);
    expect(root(element).querySelectorAll('[part~="end-button"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('puts each fact at the same place in every card, whatever the lengths of the names', async () => {
    const { org } = await asAdmin();
    const [session] = org.listSessions({}).items;
    // Three engineers at once, with short and long names (the mock has one engineer).
    const names = [
      ['j.o', 'Al Li'],
      ['priya.raghunathan-subramaniam', 'Bartholomew Featherstonehaugh-Wright'],
      ['sam.support', 'Ana Admin'],
    ];
    const items = names.map(([engineer, user], index) => ({
      ...session,
      id: `ses-${index}`,
      engineer: { ...session.engineer, id: `eng-${index}`, displayName: engineer },
      onBehalfOf: { ...session.onBehalfOf!, id: `u-${index}`, displayName: user },
    }));
    const element = await listOf(items, 768, { font: false });
    const places = rows(element).map((row) =>
      [...row.querySelectorAll('dt')].map((term) => `${words(term.textContent)} ${Math.round(term.getBoundingClientRect().left - row.getBoundingClientRect().left)}`),
    );
    expect(places[1], 'the second card').to.deep.equal(places[0]);
    expect(places[2], 'the third card').to.deep.equal(places[0]);
    await expect(element).to.be.accessible();
  });

  it('shows every live session when the server answers fewer per page than asked, following its cursor', async () => {
    const { org } = await asAdmin();
    const [session] = org.listSessions({}).items;
    const all = Array.from({ length: 15 }, (_, index) => numbered(session, index));
    const asked = pagesOfTen((start) => ({ items: all.slice(start, start + 10), nextCursor: start + 10 < all.length ? String(start + 10) : null }));
    const element = await sessionList();
    expect(asked).to.deep.equal([null, '10']);
    expect(rows(element).map((row) => words(row.querySelector('.name')!.textContent))).to.deep.equal(all.map((item) => `${item.engineer.displayName}$${item.onBehalfOf!.displayName}`));
    expect(text(element)).not.to.contain('most recent');
    // Each one can be ended, the last one too.
    expect(() => buttonIn(rows(element)[14], /End session/)).not.to.throw();
  });

  it('says it shows only the most recent sessions when the server has more than the list loads', async () => {
    const { org } = await asAdmin();
    const [session] = org.listSessions({}).items;
    // Pages of ten, and always another one.
    const asked = pagesOfTen((start) => ({ items: Array.from({ length: 10 }, (_, index) => numbered(session, start + index)), nextCursor: String(start + 10) }));
    const element = await sessionList();
    expect(asked, 'it stops asking after ten pages').to.have.length(10);
    expect(rows(element)).to.have.length(100);
    const notes = [...root(element).querySelectorAll('p')].map((paragraph) => words(paragraph.textContent));
    expect(notes, 'the list says it is not complete').to.include('Showing the 100 most recent sessions.');
    await expect(element).to.be.accessible();
  });

  for (const mayEnd of [true, false]) {
    it(`60 sessions scroll inside the card instead of pushing the page down${mayEnd ? '; a focused End session is in view' : ', reachable by keyboard without End session'}`, async () => {
      const { org } = await asAdmin();
      const [session] = org.listSessions({}).items;
      const items = Array.from({ length: 60 }, (_, index) => numbered(session, index));
      const element = await listOf(items, 768, { client: permitting({ revoke: mayEnd }) });
      const list = root(element).querySelector<HTMLElement>('[part~="list"]')!;
      expect(list.getBoundingClientRect().height, 'the list is 40rem tall at most').to.be.at.most(640);
      expect(list.scrollHeight, 'the rest scrolls').to.be.above(list.clientHeight * 5);
      if (mayEnd) {
        const last = buttonIn(rows(element)[59], /End session/);
        last.focus();
        const [box, button] = [list.getBoundingClientRect(), last.getBoundingClientRect()];
        expect(button.top >= box.top && button.bottom <= box.bottom, 'the focused button is scrolled into view').to.equal(true);
      } else {
        // Nothing inside takes focus: the list does, named by the card's heading, and the keyboard scrolls it.
        expect(list.tabIndex, 'in the tab order').to.equal(0);
        const name = (list.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => root(element).getElementById(id)?.textContent ?? '');
        expect(words(name.join(' ')), 'its name').to.equal('Support sessions');
        list.focus();
        await sendKeys({ press: 'PageDown' });
        await waitUntil(() => list.scrollTop > 0, 'Page Down scrolls the list');
      }
      await expect(element).to.be.accessible();
    });
  }

  it('End session failing on a card at the bottom edge of the scrolling list brings the failure into view; focus stays', async () => {
    const { org } = await asAdmin();
    const [session] = org.listSessions({}).items;
    const items = Array.from({ length: 60 }, (_, index) => numbered(session, index));
    const element = await listOf(items, 768);
    const list = root(element).querySelector<HTMLElement>('[part~="list"]')!;
    const box = list.getBoundingClientRect();
    // The card whose End session is in view, and whose bottom, where a failure shows, is not.
    const card = rows(element).find((row) => buttonIn(row, /End session/).getBoundingClientRect().bottom <= box.bottom && row.getBoundingClientRect().bottom > box.bottom)!;
    expect(card, 'a card at the edge').to.be.an.instanceOf(HTMLLIElement);
    org.faults.inject('endSession', { status: 500 });
    const end = buttonIn(card, /End session/);
    end.focus();
    end.click();
    await settled(element, () => Boolean(card.querySelector('[role="alert"]')), 'the failure shows');
    // Where the list is now: focusing the button may have scrolled the page.
    await waitUntil(() => {
      const [failure, shown] = [card.querySelector('[role="alert"]')!.getBoundingClientRect(), list.getBoundingClientRect()];
      return failure.top >= shown.top && failure.bottom <= shown.bottom + 1;
    }, 'the failure is scrolled into view');
    expect(root(element).activeElement === end, 'focus stays on End session').to.equal(true);
  });

  it('on a phone (320 px), breaks engineer$user after the $, not inside a name', async () => {
    const { org } = await asAdmin();
    const [session] = org.listSessions({}).items;
    const items = [
      {
        ...session,
        engineer: { ...session.engineer, displayName: 'maximilian.mustermann' },
        onBehalfOf: { ...session.onBehalfOf!, displayName: 'Viktor Lindqvist' },
      },
    ];
    const element = await listOf(items, 320);
    const name = root(element).querySelector<HTMLElement>('[part~="name"]')!;
    expect(words(name.textContent)).to.equal('maximilian.mustermann$Viktor Lindqvist');
    expect(name.getBoundingClientRect().height, 'the name needs two lines').to.be.above(1.5 * parseFloat(getComputedStyle(name).fontSize));
    for (const word of ['maximilian.mustermann', 'Viktor', 'Lindqvist']) expect(linesOf(textRange(name, word)), `"${word}" on one line`).to.equal(1);
  });

  it('says nobody from support is signed in when there are no sessions', async () => {
    await asAdmin('carto');
    const element = await sessionList();
    expect(element.status).to.equal('empty');
    expect(rows(element)).to.have.length(0);
    expect(text(element)).to.contain('Nobody from support is signed in');
    await expect(element).to.be.accessible();
  });

  it('tells a member that only admins can see sessions, without a generic error', async () => {
    await mockOrganization({ scenario: 'cumulocity' });
    const element = await sessionList();
    expect(element.status).to.equal('forbidden');
    expect(text(element)).to.contain('Only admins can see support sessions');
    expect(text(element)).not.to.contain('permission to do this');
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
    expect(root(element).querySelector('button')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('does not report a member’s expected 403 to the host as an sa-error', async () => {
    const { requests } = await mockOrganization({ scenario: 'cumulocity' });
    const errors: string[] = [];
    const element = await fixture<SupportSessionList>(
      html`<support-session-list
        .client=${createClient({ retries: 0 })}
        @sa-error=${(event: CustomEvent<{ operation: string; error: { code: string } }>) =>
          errors.push(`${event.detail.operation} ${event.detail.error.code}`)}
      ></support-session-list>`,
    );
    await settled(element, () => element.status === 'forbidden', 'the server refuses the member');
    expect(requests.filter((request) => request.operation === 'listSessions'), 'the list was asked for').to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors, 'no sa-error').to.deep.equal([]);
  });

  it('shows a failed load with Try again, which loads the sessions', async () => {
    const { org } = await asAdmin();
    org.faults.inject('listSessions', { status: 500 });
    const errors: string[] = [];
    const element = await fixture<SupportSessionList>(
      html`<support-session-list
        .client=${createClient({ retries: 0 })}
        @sa-error=${(event: CustomEvent<{ operation: string }>) => errors.push(event.detail.operation)}
      ></support-session-list>`,
    );
    await settled(element, () => element.status === 'error', 'the load fails');
    expect(errors).to.include('listSessions');
    const alert = root(element).querySelector('[role="alert"]')!;
    expect(words(alert.textContent)).to.contain('Could not load support sessions.');
    await expect(element).to.be.accessible();
    org.faults.clear();
    buttonIn(alert, /^Try again$/).click();
    await settled(element, () => element.status === 'ready', 'the retry loads');
    expect(words(rows(element)[0].textContent)).to.contain('supportuser$Dana Okafor');
  });

  it('a Try again that fails the same way is read out again: the alert’s text changes', async () => {
    const { org } = await asAdmin();
    org.faults.inject('listSessions', { status: 500 });
    const element = await sessionList();
    await settled(element, () => element.status === 'error', 'the load fails');
    const errors: string[] = [];
    element.addEventListener('sa-error', () => errors.push('failed'));
    const alert = root(element).querySelector('[role="alert"]')!;
    const before = alert.textContent;
    const changes: string[] = [];
    new MutationObserver(() => changes.push(alert.textContent ?? '')).observe(alert, { childList: true, subtree: true, characterData: true });
    buttonIn(alert, /^Try again$/).click();
    await waitUntil(() => errors.length === 1, 'the retry fails too');
    await element.updateComplete;
    expect(words(alert.textContent), 'the same words').to.equal(words(before));
    expect(changes.length, 'the live region changed, so it is read out').to.be.above(0);
  });

  /** A client whose state says what `permissions` says about ending sessions and revoking. */
  it('offers no End session where the state has no word on ending sessions and says the user may not revoke', async () => {
    await asAdmin();
    const element = await sessionList(permitting({ revoke: false }));
    expect(rows(element)).to.have.length(1);
    expect(words(rows(element)[0].textContent)).to.contain('supportuser$Dana Okafor');
    expect(root(element).querySelector('button')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers End session where the state has no word on ending sessions and says the user may revoke', async () => {
    await asAdmin();
    const element = await sessionList(permitting({ revoke: true }));
    expect(buttonIn(rows(element)[0], /End session/)).to.be.an.instanceOf(HTMLButtonElement);
  });

  it('offers no End session where the state says the user may not end sessions, though they may revoke', async () => {
    await asAdmin();
    const element = await sessionList(permitting({ endSessions: false, revoke: true }));
    expect(rows(element)).to.have.length(1);
    expect(root(element).querySelector('button')).to.equal(null);
  });
});

describe('<support-session-list>: when the shared state fails', () => {
  it('with sessions shown, says that ending them waits for it, and offers no End session', async () => {
    const { org } = await asAdmin('cumulocity');
    org.faults.inject('getState', { status: 500 });
    const element = await sessionList();
    await settled(element, () => rows(element).length > 0 && !!root(element).querySelector('[role="alert"]'), 'the sessions and the failure show');
    expect(words(root(element).querySelector('[role="alert"] p')!.textContent)).to.equal(
      'Could not load support access. Something unexpected went wrong. Sessions can be ended here once support access has loaded.',
    );
    expect(root(element).querySelector('[part~="session"] button'), 'no End session while it is unknown who may').to.equal(null);
  });

  it('a failed refresh after it loaded leaves End session as it was, with no failure here', async () => {
    const { org } = await asAdmin('cumulocity');
    const element = await sessionList();
    await settled(element, () => rows(element).length > 0, 'the sessions show');
    expect(buttonIn(rows(element)[0], /^End session/)).to.exist;
    org.faults.inject('getState', { status: 500 });
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await element.updateComplete;
    expect(root(element).querySelector('[role="alert"]'), 'the last known state still says who may end sessions').to.equal(null);
    expect(buttonIn(rows(element)[0], /^End session/)).to.exist;
  });

  it('with nobody signed in, says only that: no failure set against it', async () => {
    const { org } = await asAdmin('carto');
    org.faults.inject('getState', { status: 500 });
    const element = await sessionList();
    await settled(element, () => text(element).includes('Nobody from support is signed in.'), 'the empty list shows');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text(element)).to.equal('Support sessions Nobody from support is signed in.');
  });
});

describe('<support-session-list>: ending a session', () => {
  it('ends that one session: the grant goes on, sa-session-ended is fired, the list empties and says so', async () => {
    const { org, requests } = await asAdmin();
    const element = await sessionList();
    const sessionId = org.listSessions({}).items[0].id;
    const before: string[] = [];
    element.addEventListener('sa-session-end', (event) => before.push(event.detail.sessionId));
    const ended = oneEvent(element, 'sa-session-ended') as Promise<SaSessionEndedEvent>;
    const endButton = buttonIn(rows(element)[0], /End session/);
    endButton.focus();
    endButton.click();
    const event = await ended;
    expect(before).to.deep.equal([sessionId]);
    expect(event.detail.session.id).to.equal(sessionId);
    expect(event.detail.session.endedAt).to.be.a('string');
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(element, () => element.status === 'empty', 'the list empties');
    expect(org.listSessions({}).items).to.deep.equal([]);
    expect(org.getState().status).to.equal('on');
    expect(endRequests(requests)).to.have.length(1);
    expect(endRequests(requests)[0].headers.get('Idempotency-Key')).to.be.a('string').and.not.equal('');
    expect(text(element)).to.contain('Nobody from support is signed in');
    expect(words(root(element).querySelector('.visually-hidden[role="status"]')!.textContent)).to.equal(
      'supportuser acting as Dana Okafor was signed out. Support access itself is unchanged.',
    );
    // The focused button left with its row: focus stays in the list.
    expect(root(element).activeElement?.id).to.equal('heading');
    await expect(element).to.be.accessible();
  });

  it('sends nothing when the host cancels sa-session-end', async () => {
    const { org, requests } = await asAdmin();
    const element = await sessionList();
    element.addEventListener('sa-session-end', (event) => event.preventDefault());
    let endedFired = false;
    element.addEventListener('sa-session-ended', () => (endedFired = true));
    buttonIn(rows(element)[0], /End session/).click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.updateComplete;
    expect(endRequests(requests)).to.have.length(0);
    expect(endedFired).to.equal(false);
    expect(org.listSessions({}).items).to.have.length(1);
    expect(rows(element)).to.have.length(1);
  });

  it('shows End session as busy and aria-disabled while it ends the session', async () => {
    const { org } = await asAdmin();
    // Long enough for the checks below to run while the request is in flight, on a slow machine too.
    org.faults.inject('endSession', { latency: 1500, times: 1 });
    const element = await sessionList();
    const endButton = buttonIn(rows(element)[0], /End session/);
    expect(endButton.getAttribute('aria-disabled')).to.equal('false');
    const ended = oneEvent(element, 'sa-session-ended');
    endButton.click();
    await settled(element, () => endButton.getAttribute('aria-busy') === 'true', 'the session is being ended');
    expect(words(endButton.textContent)).to.equal('Ending… of supportuser acting as Dana Okafor');
    expect(endButton.getAttribute('aria-disabled'), 'the busy End session is aria-disabled').to.equal('true');
    await ended;
  });

  it('a stale End session gets 412: the session goes on, and the list says someone else changed it', async () => {
    const { org, requests } = await asAdmin();
    const element = await sessionList();
    // Another admin changes the policy after this list read the state: its ETag is stale now.
    org.updatePolicy({ requireTicket: true });
    buttonIn(rows(element)[0], /End session/).click();
    await settled(element, () => Boolean(root(element).querySelector('[role="alert"]')), 'the failure shows');
    expect(words(root(element).querySelector('[role="alert"]')!.textContent)).to.contain('Someone else changed support access in the meantime.');
    expect(endRequests(requests)[0].headers.get('If-Match'), 'the change is guarded by the ETag').to.be.a('string').and.not.be.empty;
    expect(org.listSessions({}).items, 'the session goes on').to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('shows a failure at its row, and Try again ends the session with the same Idempotency-Key', async () => {
    const { org, requests } = await asAdmin();
    org.faults.inject('endSession', { status: 500, times: 1 });
    const element = await sessionList();
    buttonIn(rows(element)[0], /End session/).click();
    await settled(element, () => Boolean(rows(element)[0]?.querySelector('[role="alert"]')), 'the failure shows at the row');
    const alert = rows(element)[0].querySelector('[role="alert"]')!;
    expect(words(alert.textContent)).to.contain('Could not end the support session.');
    expect(org.listSessions({}).items).to.have.length(1);
    await expect(element).to.be.accessible();

    const ended = oneEvent(element, 'sa-session-ended');
    buttonIn(alert, /^Try again$/).click();
    await ended;
    await settled(element, () => element.status === 'empty', 'the list empties');
    const keys = endRequests(requests).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
    expect(org.listSessions({}).items).to.deep.equal([]);
    expect(org.getState().status).to.equal('on');
  });
});

describe('<support-session-list>: another organization', () => {
  it('a failure to end a session of the last organization does not show at the same session of the next (a new client)', async () => {
    const { org } = await asAdmin();
    const other = anotherOrganization({ scenario: 'cumulocity' });
    other.org.signInAs('u-ana');
    org.faults.inject('endSession', { status: 500, times: 1 });
    const element = await sessionList();
    buttonIn(rows(element)[0], /End session/).click();
    await settled(element, () => Boolean(rows(element)[0]?.querySelector('[role="alert"]')), 'the failure shows at the row');

    // The host's route now names another organization, whose session has the same id.
    element.client = other.client;
    await settled(element, () => other.requests.some((request) => request.operation === 'listSessions') && rows(element).length === 1, 'its sessions load');
    expect(root(element).querySelectorAll('[role="alert"]'), 'no failure of the last one').to.have.length(0);
  });
});

describe('<support-session-list>: keeping up', () => {
  it('shows a session that starts later once the store refreshes', async () => {
    const { org } = await asAdmin();
    org.logOut();
    const element = await sessionList();
    expect(element.status).to.equal('empty');
    org.logIn();
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(element, () => rows(element).length === 1, 'the new session appears');
    expect(words(rows(element)[0].querySelector('[part~="name"]')!.textContent)).to.equal('supportuser$Dana Okafor');
    expect(words(rows(element)[0].textContent)).to.contain('Last seen now');
    await expect(element).to.be.accessible();
  });

  it('lists a session where access is always on, and an admin can end it: there is no grant to revoke', async () => {
    const { org } = await asAdmin('always-on');
    const element = await sessionList();
    expect(rows(element)).to.have.length(1);
    expect(words(rows(element)[0].textContent)).to.contain('supportuser$Carla');
    expect(org.getState().permissions.revoke).to.equal(false);
    buttonIn(rows(element)[0], /End session/).click();
    await settled(element, () => element.status === 'empty', 'the session ends');
    expect(org.listSessions({}).items).to.deep.equal([]);
    expect(org.getState().status).to.equal('always-on');
  });
});

describe('<support-session-list>: a store the host hands over', () => {
  it('refused (404) on a store it shares, with no Try again to offer, it loads afresh when it is connected again', async () => {
    const { org } = await asAdmin();
    const store = new SupportAccessStore(createClient({ retries: 0 }));
    store.connect();
    await store.refresh();
    org.faults.inject('listSessions', { status: 404, times: 1 });
    const wrapper = await fixture<HTMLElement>(html`<div><div id="a"><support-session-list .store=${store}></support-session-list></div><div id="b"></div></div>`);
    const element = wrapper.querySelector<SupportSessionList>('support-session-list')!;
    await settled(element, () => element.status === 'error', 'refused');
    expect([...root(element).querySelectorAll('button')].map((button) => words(button.textContent)), 'no Try again that the same request would meet').not.to.include('Try again');
    // The host moves it (another page of its console, and back).
    wrapper.querySelector('#b')!.append(element);
    await settled(element, () => element.status === 'ready', 'loads afresh once connected again');
    expect(rows(element)).to.have.length(1);
    store.disconnect();
  });
});

describe('<support-session-list>: heading level', () => {
  for (const level of ['0', 'h3']) {
    it(`falls back to a level-2 heading for heading-level="${level}"`, async () => {
      await asAdmin();
      const element = await fixture<SupportSessionList>(
        html`<support-session-list .client=${createClient({ retries: 0 })} heading-level=${level}></support-session-list>`,
      );
      await settled(element, () => element.status !== 'loading', 'the list loads');
      const heading = root(element).querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('2');
      await expect(element).to.be.accessible();
    });
  }
});

describe('<support-session-list>: ending a session whose answer was lost', () => {
  it('when the reload shows it ended, the person hears that it did, not only that ending it failed', async () => {
    const { org } = await asAdmin();
    const element = await sessionList();
    const live = root(element).querySelector('.visually-hidden[role="status"]')!;
    org.faults.inject('endSession', { status: 502, afterEffect: true, times: 1 });
    const end = root(element).querySelector<HTMLButtonElement>('[part~="end-button"]')!;
    end.focus();
    end.click();
    await settled(element, () => element.status === 'empty', 'the session is gone');
    expect(org.listSessions({}).items, 'the server ended it').to.deep.equal([]);
    expect(words(live.textContent)).to.contain('was signed out');
    expect(root(element).querySelector('[role="alert"]'), 'no failure left').to.equal(null);
  });
});

import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Grant } from '../src/contract/index.js';
import '../src/elements/revoke-access-dialog/define.js';
import type { RevokeAccessDialog } from '../src/elements/revoke-access-dialog/define.js';
import type { SaErrorEvent } from '../src/events/error.js';
import type { SaRevokeEvent } from '../src/events/revoke.js';
import type { MockOrganization, ScenarioName } from '../src/mocks/index.js';
import { SupportAccessStore } from '../src/state/store.js';
import { expectFocus, nextFrame, textRange } from './helpers/dom.js';
import { http, HttpResponse } from 'msw';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { anotherOrganization, createClient, holding, mockOrganization, refuseField, worker } from './helpers/mock-api.js';
import { emulateMedia } from './helpers/theming.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

let store: SupportAccessStore | undefined;

afterEach(() => {
  store?.disconnect();
  store = undefined;
});

/** A mock organization, a connected store on it with its state loaded, and a dialog using the store. */
async function setup(scenario: ScenarioName, prepare?: (mock: Awaited<ReturnType<typeof mockOrganization>>) => void) {
  const mock = await mockOrganization({ scenario });
  prepare?.(mock);
  store = new SupportAccessStore(createClient());
  store.connect();
  await store.refresh();
  const el = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .store=${store}></revoke-access-dialog>`);
  return { ...mock, el, store };
}

/** A running grant under which support created one `assetType`: revoking asks who takes it over. */
const grantWithAsset =
  (assetType: string) =>
  ({ org }: Awaited<ReturnType<typeof mockOrganization>>) => {
    org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    org.logIn();
    org.act({ assetType });
    org.logOut();
  };

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialogOf = (el: RevokeAccessDialog) => el.shadowRoot!.querySelector('dialog')!;
const radios = (el: RevokeAccessDialog) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
/** What each option of the list reads, as a person sees it. */
const options = (el: RevokeAccessDialog) => radios(el).map((radio) => text(radio.labels?.[0]));
const checkedOption = (el: RevokeAccessDialog) => text(radios(el).find((radio) => radio.checked)?.labels?.[0]);
function option(el: RevokeAccessDialog, name: string): HTMLInputElement {
  const found = radios(el).find((radio) => text(radio.labels?.[0]).startsWith(`${name} `));
  if (!found) throw new Error(`No option for ${name} in ${JSON.stringify(options(el))}`);
  return found;
}
const buttons = (el: RevokeAccessDialog) => [...el.shadowRoot!.querySelectorAll('button')];
function button(el: RevokeAccessDialog, name: string): HTMLButtonElement {
  const found = buttons(el).find((candidate) => text(candidate) === name);
  if (!found) throw new Error(`No button "${name}" in ${JSON.stringify(buttons(el).map(text))}`);
  return found;
}
function field(el: RevokeAccessDialog, label: string): HTMLInputElement {
  const found = [...el.shadowRoot!.querySelectorAll('label')].find((candidate) => text(candidate) === label);
  if (!found?.control) throw new Error(`No field labelled "${label}"`);
  return found.control as HTMLInputElement;
}
const alertText = (el: RevokeAccessDialog) => text(el.shadowRoot!.querySelector('[role="alert"]'));
const statusText = (el: RevokeAccessDialog) => text(el.shadowRoot!.querySelector('[role="status"]'));
const inheritorSearches = (requests: { operation: string; url: string }[]) =>
  requests.filter((request) => request.operation === 'listInheritors').map((request) => new URL(request.url).searchParams);

const ANA = 'Ana Admin granted access ana@acme.example';
const BRUNO = 'Bruno Díaz bruno@acme.example';
const SEARCH_LABEL = 'Search users by name or email';

async function openWithList(el: RevokeAccessDialog, count = 4) {
  const closed = el.open();
  await waitUntil(() => options(el).length === count, `the list shows ${count} users`);
  // Wrapped: an async function returning the promise itself would wait for the dialog to close.
  return { closed };
}

describe('revoke-access-dialog', () => {
  it('a user the server lists twice in a page is offered once, with one radio', async () => {
    const { el, org } = await setup('expiring-soon', ({ org }) => {
      worker.use(
        http.get(`${DEFAULT_BASE_URL}/inheritors`, () => {
          const page = org.listInheritors({});
          return HttpResponse.json({ ...page, items: [...page.items, page.items[1]] });
        }),
      );
    });
    await openWithList(el, org.listInheritors({}).items.length);
    const values = radios(el).map((radio) => radio.value);
    expect(new Set(values).size, 'no one twice').to.equal(values.length);
  });

  it('closes when it is handed another organization’s store: the grant and people it shows are the last one’s', async () => {
    const { el, requests } = await setup('expiring-soon');
    const { closed } = await openWithList(el);
    const other = anotherOrganization({ scenario: 'segment' });
    const next = new SupportAccessStore(other.client);
    next.connect();
    try {
      el.store = next;
      expect(await Promise.race([closed, aTimeout(3000).then(() => 'still open')]), 'open() ends without a revoke').to.equal(undefined);
      await el.updateComplete;
      expect(dialogOf(el).open, 'the dialog is closed').to.be.false;
      expect([...requests, ...other.requests].filter((request) => request.operation === 'revoke'), 'nothing revoked').to.have.length(0);
    } finally {
      next.disconnect();
    }
  });

  it('opens as a modal with what support created and the granting admin chosen', async () => {
    const { el } = await setup('expiring-soon');
    const { closed } = await openWithList(el);
    const dialog = dialogOf(el);

    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Revoke support access');
    expect(text(el.shadowRoot!.querySelector('[part="assets"]'))).to.equal('What CARTO Support created 1 map');
    // Viktor only views: he cannot own assets, so he is not offered.
    expect(options(el)).to.deep.equal([ANA, BRUNO, 'Carla Chen carla@acme.example', 'Dana Okafor dana@acme.example']);
    expect(checkedOption(el)).to.equal(ANA);
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal('Ana Admin will own them.');
    expect(field(el, SEARCH_LABEL).type).to.equal('search');

    await expect(el).to.be.accessible();
    await el.close();
    expect(await closed).to.equal(undefined);
    expect(dialog.open).to.be.false;
    expect(el.hasAttribute('open')).to.be.false;
  });

  it('counts each type of asset in words, and unknown types by name', async () => {
    const { el, store } = await setup('expiring-soon');
    const grant = store.state!.grant!;
    el.grant = {
      ...grant,
      assets: [
        { type: 'map', count: 3 },
        { type: 'workflow', count: 1 },
        { type: 'dataset', count: 2 },
        { type: 'report', count: 0 },
      ],
    };
    await openWithList(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part="assets"] li')].map(text);
    // The server's type is isolated (FSI…PDI, unseen), so its script cannot reorder the count.
    expect(items).to.deep.equal(['3 maps', '1 workflow', '\u2068dataset\u2069: 2']);
  });

  it('draws an unknown type in a right-to-left script before its count on an English page ("דשבורד: 3")', async () => {
    const { el, store } = await setup('expiring-soon');
    el.grant = { ...store.state!.grant!, assets: [{ type: 'דשבורד', count: 3 }] };
    await openWithList(el);
    const item = el.shadowRoot!.querySelector('[part="assets"] li')!;
    const left = (needle: string) => textRange(item, needle).getBoundingClientRect().left;
    expect(left('3'), 'the count right of the type').to.be.above(left('דשבורד'));
    expect(left(':'), 'the colon right of the type').to.be.above(left('דשבורד'));
  });

  it('filters the users as the person types, after a pause, and says when nobody matches', async () => {
    const { el, requests } = await setup('expiring-soon');
    await openWithList(el);
    // A live region is read out when its text changes, not when it arrives with its text: the count's stays.
    const count = [...el.shadowRoot!.querySelectorAll('[aria-live]')].find((region) => text(region) === '4 users shown');
    expect(count, 'the count is in a live region').to.exist;
    const search = field(el, SEARCH_LABEL);
    search.focus();
    await sendKeys({ type: 'bru' });
    await waitUntil(() => options(el).length === 1, 'the search narrows the list');

    expect(options(el)).to.deep.equal([BRUNO]);
    expect(count!.isConnected && text(count), 'the same live region tells the new count').to.equal('1 user shown');
    // One request for the whole word, not one per keystroke.
    expect(inheritorSearches(requests).map((query) => query.get('q'))).to.deep.equal([null, 'bru']);
    // The choice survives a search that hides it.
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal('Ana Admin will own them.');

    search.select();
    await sendKeys({ type: 'zzz' });
    await waitUntil(() => statusText(el) === 'No user matches “zzz”.', 'the empty state shows');
    expect(options(el)).to.deep.equal([]);
  });

  it('never paints the answer to a search that a newer one replaced', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    await openWithList(el);
    org.faults.inject('listInheritors', { latency: 1000, times: 1 });
    const search = field(el, SEARCH_LABEL);
    search.focus();
    await sendKeys({ type: 'car' });
    await waitUntil(() => inheritorSearches(requests).some((query) => query.get('q') === 'car'), 'the slow search starts');
    search.select();
    await sendKeys({ type: 'bru' });
    await waitUntil(() => options(el).join() === BRUNO, 'the newer search answers');
    await aTimeout(1200);
    expect(options(el)).to.deep.equal([BRUNO]);
  });

  it('pages through a busy organization with "Show more", keeping focus in the list', async () => {
    const { el, requests } = await setup('busy', grantWithAsset('workflow'));
    await openWithList(el, 50);
    expect(checkedOption(el)).to.equal(ANA);

    for (const shown of [100, 150]) {
      const more = button(el, 'Show more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => options(el).length === shown, `${shown} users show`);
      expectFocus(el.shadowRoot!.activeElement, button(el, 'Show more'));
    }
    button(el, 'Show more').focus();
    await sendKeys({ press: 'Enter' });
    // 200 members, of whom one only views.
    await waitUntil(() => options(el).length === 199, 'the last page shows');
    expect(buttons(el).map(text)).not.to.include('Show more');
    // The button went away with the last page: focus moves to the first user it brought.
    expect(text((el.shadowRoot!.activeElement as HTMLInputElement).labels?.[0])).to.equal('Member 147 member147@acme.example');
    expect(inheritorSearches(requests).map((query) => query.get('cursor'))).to.deep.equal([null, 'o50', 'o100', 'o150']);
    expect(new Set(options(el)).size).to.equal(199);
  });

  it('while the next page loads, "Show more" reads as busy: faded, but at full strength in forced colours (where the shared rule marks it in GrayText)', async () => {
    const { el, org } = await setup('busy', grantWithAsset('workflow'));
    await openWithList(el, 50);
    org.faults.inject('listInheritors', { latency: 3000 });
    const more = button(el, 'Show more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => more.getAttribute('aria-disabled') === 'true', 'the button is busy');
    expect(getComputedStyle(more).opacity).to.equal('0.6');
    try {
      await emulateMedia({ 'forced-colors': 'active' });
      expect(getComputedStyle(more).opacity, 'not faded away where the system picks the colours').to.equal('1');
    } finally {
      await emulateMedia({});
      org.faults.clear();
    }
  });

  it('offers the granting admin first even when the first page does not hold them, and only once', async () => {
    const { el, store } = await setup('busy', grantWithAsset('map'));
    const granter = { id: 'u-120', displayName: 'Member 120', email: 'member120@acme.example' };
    el.grant = { ...store.state!.grant!, grantedBy: granter };
    await openWithList(el, 51);
    expect(options(el)[0]).to.equal('Member 120 granted access member120@acme.example');
    expect(checkedOption(el)).to.equal('Member 120 granted access member120@acme.example');
    // The third page holds Member 120 again: it is not offered twice.
    for (const shown of [101, 150]) {
      button(el, 'Show more').click();
      await waitUntil(() => options(el).length === shown, `${shown} users show`);
    }
    expect(options(el).filter((label) => label.startsWith('Member 120 '))).to.have.length(1);
  });

  it('revokes with the chosen user, tells the host, and resolves open() with the ended grant', async () => {
    const { el, org } = await setup('expiring-soon');
    const asked: SaRevokeEvent['detail'][] = [];
    el.addEventListener('sa-revoke', (event) => asked.push(event.detail));
    const revoked = oneEvent(el, 'sa-revoked');
    const { closed } = await openWithList(el);
    const grantId = org.getState().grant!.id;

    option(el, 'Bruno Díaz').click();
    expect(checkedOption(el)).to.equal(BRUNO);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal('Bruno Díaz will own them.');
    button(el, 'Revoke access').click();

    const ended = (await closed) as Grant;
    expect(asked).to.deep.equal([{ grantId, inheritorId: 'u-bruno' }]);
    expect(ended.id).to.equal(grantId);
    expect(ended.endReason).to.equal('revoked');
    expect(ended.inheritedBy?.id).to.equal('u-bruno');
    expect((await revoked).detail.grant.id).to.equal(grantId);
    expect(org.getState().status).to.equal('off');
    expect(org.assetsOwnedBy('u-bruno')).to.deep.equal([{ type: 'map', count: 1 }]);
    expect(dialogOf(el).open).to.be.false;
    expect(el.hasAttribute('open')).to.be.false;
  });

  it('a user the server refuses as the new owner (422) is marked in the list with the server’s words, until another is chosen', async () => {
    const { el, org } = await setup('expiring-soon');
    refuseField('/grants/:id/revoke', 'inheritorId', 'Bruno Díaz left the organization.');
    await openWithList(el);
    option(el, 'Bruno Díaz').click();
    button(el, 'Revoke access').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the failure shows');

    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      'Could not revoke support access. Some values are not valid. Check the highlighted fields.',
    );
    // Said by the choices, not by their group too: entering it would read the reason twice.
    expect(el.shadowRoot!.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(getComputedStyle(list).borderTopColor, 'the list is outlined in the failure’s colour').to.equal(
      getComputedStyle(el.shadowRoot!.querySelector('#inheritor-error')!).color,
    );
    expect(checkedOption(el), 'the choice is kept').to.equal(BRUNO);
    await waitUntil(() => el.shadowRoot!.activeElement === option(el, 'Bruno Díaz'), 'the choice takes focus to be changed');
    // The focused choice itself is invalid and says why: a screen reader on it hears both.
    expect(option(el, 'Bruno Díaz').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(option(el, 'Bruno Díaz').getAttribute('aria-describedby') ?? ''))).to.equal('Bruno Díaz left the organization.');
    expect(buttons(el).map(text), 'no Try again with the refused user').to.include('Revoke access').and.not.include('Try again');
    expect(button(el, 'Revoke access').disabled, 'the refused user cannot be sent again').to.be.true;
    expect(dialogOf(el).open, 'the dialog stays open').to.be.true;
    expect(org.getState().status).to.equal('on');
    await expect(el).to.be.accessible();

    option(el, 'Ana Admin').click();
    await el.updateComplete;
    expect(radios(el).filter((radio) => radio.hasAttribute('aria-describedby')), 'another choice clears the mark').to.have.length(0);
    expect(radios(el).filter((radio) => radio.getAttribute('aria-invalid') === 'true'), 'on every choice').to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="alert"]') === null, 'and the failure').to.be.true;
    expect(button(el, 'Revoke access').disabled).to.be.false;
  });

  it('with many kinds of assets, opens with its title and its buttons in view; the assets scroll in their own box', async () => {
    const { el, org } = await setup('expiring-soon');
    const assets = Array.from({ length: 24 }, (_, index) => ({ type: `report-kind-${index}`, count: index + 1 }));
    el.grant = { ...org.getState().grant!, assets };
    el.open();
    await waitUntil(() => radios(el).length > 1, 'the list of users shows');
    const inView = (node: Element) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    };
    expect(inView(el.shadowRoot!.querySelector('h2')!), 'the title').to.equal(true);
    expect(inView(button(el, 'Revoke access')), 'Revoke access').to.equal(true);
    expect(inView(button(el, 'Cancel')), 'Cancel').to.equal(true);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="assets"] ul')!;
    expect(list.scrollHeight).to.be.above(list.clientHeight);
    expect(list.tabIndex, 'the scrolling list can be reached with the keyboard').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('revokes straight to the granting admin when support created nothing', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    el.grant = { ...org.getState().grant!, assets: [] };
    const closed = el.open();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="assets"]'))).to.equal('CARTO Support created nothing that needs a new owner.');
    expect(radios(el)).to.have.length(0);
    button(el, 'Revoke access').click();
    const ended = (await closed) as Grant;
    expect(ended.inheritedBy?.id).to.equal('u-ana');
    expect(requests.map((request) => request.operation)).not.to.include('listInheritors');
  });

  it('when support created nothing but the server refuses the granting admin as the new owner, asks for another instead of sending the same one again', async () => {
    const { el, org } = await setup('expiring-soon');
    // The admin who granted access has left the organization since.
    const grantedBy = { id: 'u-gone', displayName: 'Gus Gone', email: 'gus@acme.example' };
    el.grant = { ...org.getState().grant!, assets: [], grantedBy };
    const closed = el.open();
    await el.updateComplete;
    expect(radios(el)).to.have.length(0);
    button(el, 'Revoke access').click();

    await waitUntil(() => radios(el).length > 1, 'the list of users shows');
    expect(alertText(el)).to.equal('Could not revoke support access. Some values are not valid. Check the highlighted fields.');
    expect(text(el.shadowRoot!.querySelector('[part="assets"]'))).to.equal('CARTO Support created nothing that needs a new owner.');
    const group = el.shadowRoot!.querySelector('fieldset')!;
    expect(text(group.querySelector('legend'))).to.equal('Revoking needs a new owner all the same. Who should it be?');
    expect(group.hasAttribute('aria-describedby'), 'said by the choices, not by their group too').to.equal(false);
    expect(text(el.shadowRoot!.getElementById(option(el, 'Gus Gone').getAttribute('aria-describedby') ?? ''))).to.equal(
      'Choose a member of the organization who can own assets.',
    );
    expect(checkedOption(el), 'the refused admin is shown as the choice').to.equal('Gus Gone granted access gus@acme.example');
    await waitUntil(() => el.shadowRoot!.activeElement === option(el, 'Gus Gone'), 'the choice takes focus to be changed');
    expect(buttons(el).map(text), 'no Try again with the refused user').to.include('Revoke access').and.not.include('Try again');
    expect(button(el, 'Revoke access').disabled, 'the refused admin cannot be sent again').to.be.true;
    expect(org.getState().status).to.equal('on');
    await expect(el).to.be.accessible();

    option(el, 'Ana Admin').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]') === null, 'another choice clears the failure').to.be.true;
    button(el, 'Revoke access').click();
    const ended = (await closed) as Grant;
    expect(ended.inheritedBy?.id).to.equal('u-ana');
    expect(org.getState().status).to.equal('off');
  });

  it('when the list of users fails to load after the granting admin was refused, Revoke access waits for another choice', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    const grantedBy = { id: 'u-gone', displayName: 'Gus Gone', email: 'gus@acme.example' };
    el.grant = { ...org.getState().grant!, assets: [], grantedBy };
    const closed = el.open();
    await el.updateComplete;
    // Every attempt of the first load fails (the client tries a read three times).
    org.faults.inject('listInheritors', { status: 500, times: 3 });
    const confirm = button(el, 'Revoke access');
    confirm.focus();
    confirm.click();

    await waitUntil(() => el.shadowRoot!.querySelector('.failure button'), 'the list’s failure shows');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[role="alert"]')].map(text)).to.deep.equal([
      'Could not load the users who can take over the support account’s items. Something unexpected went wrong. Try again',
      'Could not revoke support access. Some values are not valid. Check the highlighted fields.',
    ]);
    expect(button(el, 'Revoke access').disabled, 'the refused admin is not sent again').to.be.true;
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('.failure button'), 'focus goes to the list’s Try again, not the page');
    // No choice is listed to say why the admin was refused: the group says it.
    const group = el.shadowRoot!.querySelector('fieldset')!;
    expect(text(el.shadowRoot!.getElementById(group.getAttribute('aria-describedby') ?? ''))).to.equal(
      'Choose a member of the organization who can own assets.',
    );
    await expect(el).to.be.accessible();
    const revokes = () => requests.filter((request) => request.operation === 'revoke').length;
    expect(revokes()).to.equal(1);

    (el.shadowRoot!.querySelector('.failure button') as HTMLButtonElement).click();
    await waitUntil(() => radios(el).length > 1, 'the list of users shows');
    option(el, 'Ana Admin').click();
    await el.updateComplete;
    button(el, 'Revoke access').click();
    const ended = (await closed) as Grant;
    expect(ended.inheritedBy?.id).to.equal('u-ana');
    expect(revokes()).to.equal(2);
  });

  it('a revoke whose answer is lost after it was made says access was revoked after all, with focus on Close', async () => {
    const { el, org, store } = await setup('expiring-soon');
    org.faults.inject('revoke', { status: 502, afterEffect: true, times: 1 });
    const failed = oneEvent(el, 'sa-error');
    await openWithList(el);
    const confirm = button(el, 'Revoke access');
    confirm.focus();
    confirm.click();
    expect(((await failed) as SaErrorEvent).detail.error.code, 'the host is told').to.equal('unavailable');
    await waitUntil(() => statusText(el).includes('after all'), 'the dialog says what happened');
    expect(statusText(el)).to.equal('Support access was revoked after all: only the answer to your request was lost on the way.');
    expect(org.getState().status).to.equal('off');
    expect(store.ended?.reason, 'the panel beside it says revoked, not ended by someone else').to.equal('revoked');
    expect(buttons(el).map(text)).to.deep.equal(['Close']);
    await waitUntil(() => el.shadowRoot!.activeElement === button(el, 'Close'), 'focus moves to Close rather than the page');
    await expect(el).to.be.accessible();
  });

  it('a revoke that failed before it was made leaves access on and the grant marked as still running', async () => {
    const { el, org, store } = await setup('expiring-soon');
    org.faults.inject('revoke', { status: 502, times: 1 });
    await openWithList(el);
    button(el, 'Revoke access').click();
    await waitUntil(() => alertText(el).includes('Could not revoke'), 'the failure shows');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(org.getState().status).to.equal('on');
    expect(store.state?.grant?.id).to.equal(org.getState().grant!.id);
    expect(buttons(el).map(text)).to.include('Try again');
  });

  it('keeps focus in the dialog when Show more fails: on its Try again, then back on Show more', async () => {
    const { el, org } = await setup('busy', grantWithAsset('workflow'));
    await openWithList(el, 50);
    org.faults.inject('listInheritors', { status: 500 });
    button(el, 'Show more').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(el).includes('Could not'), 'the failure shows');
    await waitUntil(() => el.shadowRoot!.activeElement === button(el, 'Try again'), 'focus moves to Try again, not the page');

    org.faults.clear();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => options(el).length === 100, 'the next page shows');
    await waitUntil(() => el.shadowRoot!.activeElement === button(el, 'Show more'), 'focus is back on Show more, where the person was');
  });

  it('closes on Escape, resolving undefined and returning focus to the opener', async () => {
    const { el, org } = await setup('expiring-soon');
    const opener = await fixture<HTMLButtonElement>(html`<button type="button">Revoke…</button>`);
    opener.focus();
    const { closed } = await openWithList(el);
    expect(document.activeElement === opener, 'focus has left the opener').to.equal(false);

    await sendKeys({ press: 'Escape' });
    expect(await closed).to.equal(undefined);
    expect(dialogOf(el).open).to.be.false;
    expect(el.hasAttribute('open')).to.be.false;
    expectFocus(document.activeElement, opener);
    expect(org.getState().status).to.equal('on');
  });

  it('opened again after a cancel, has the granting admin chosen again, not the choice the person left', async () => {
    const { el, org } = await setup('expiring-soon');
    const first = await openWithList(el);
    option(el, 'Bruno Díaz').click();
    await el.updateComplete;
    expect(checkedOption(el)).to.equal(BRUNO);
    button(el, 'Cancel').click();
    expect(await first.closed).to.equal(undefined);

    const { closed } = await openWithList(el);
    await el.updateComplete;
    expect(checkedOption(el), 'the granting admin is chosen again').to.equal(ANA);
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal('Ana Admin will own them.');
    button(el, 'Revoke access').click();
    expect(((await closed) as Grant).inheritedBy?.id, 'the host receives the granting admin').to.equal('u-ana');
    expect(org.assetsOwnedBy('u-bruno')).to.deep.equal([]);
  });

  it('closes on Cancel and returns focus to an opener inside another shadow root', async () => {
    const { el } = await setup('expiring-soon');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const opener = document.createElement('button');
    opener.textContent = 'Revoke…';
    host.attachShadow({ mode: 'open' }).append(opener);
    opener.focus();
    const { closed } = await openWithList(el);

    button(el, 'Cancel').click();
    expect(await closed).to.equal(undefined);
    expectFocus(host.shadowRoot!.activeElement, opener);
  });

  it('sends nothing and stays open when the host cancels sa-revoke', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    el.addEventListener('sa-revoke', (event) => event.preventDefault());
    await openWithList(el);
    button(el, 'Revoke access').click();
    await aTimeout(300);

    expect(requests.map((request) => request.operation)).not.to.include('revoke');
    expect(org.getState().status).to.equal('on');
    expect(dialogOf(el).open).to.be.true;
    expect(button(el, 'Revoke access').disabled).to.be.false;
  });

  it('shows a failed revoke in place, keeps the choice, and retries with the same idempotency key', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    const errors: SaErrorEvent['detail'][] = [];
    el.addEventListener('sa-error', (event) => errors.push(event.detail));
    const { closed } = await openWithList(el);
    org.faults.inject('revoke', { status: 500, times: 1 });

    option(el, 'Bruno Díaz').click();
    button(el, 'Revoke access').click();
    await waitUntil(() => alertText(el), 'the failure shows');

    expect(alertText(el)).to.equal('Could not revoke support access. Something unexpected went wrong.');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.getAttribute('part')).to.equal('error');
    expect(errors.map((detail) => [detail.operation, detail.error.status])).to.deep.equal([['revoke', 500]]);
    expect(dialogOf(el).open).to.be.true;
    expect(checkedOption(el)).to.equal(BRUNO);
    expect(org.getState().status).to.equal('on');
    await expect(el).to.be.accessible();

    button(el, 'Try again').click();
    const ended = (await closed) as Grant;
    expect(ended.inheritedBy?.id).to.equal('u-bruno');
    const keys = requests.filter((request) => request.operation === 'revoke').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.not.be.empty;
    expect(keys[1]).to.equal(keys[0]);
  });

  it('uses a new idempotency key when the person changes their choice after a failure', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    const { closed } = await openWithList(el);
    org.faults.inject('revoke', { status: 503, times: 1 });
    button(el, 'Revoke access').click();
    await waitUntil(() => alertText(el), 'the failure shows');

    option(el, 'Carla Chen').click();
    await el.updateComplete;
    button(el, 'Revoke access').click();
    expect(((await closed) as Grant).inheritedBy?.id).to.equal('u-carla');
    const keys = requests.filter((request) => request.operation === 'revoke').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).not.to.equal(keys[0]);
  });

  it('a revoke told to wait (429, Retry-After 2 s): Try again waits as long, then comes back by itself, and the failure says so', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    const { closed } = await openWithList(el);
    org.faults.inject('revoke', { status: 429, retryAfter: 2, times: 1 });
    const confirm = button(el, 'Revoke access');
    confirm.focus();
    confirm.click();
    await waitUntil(() => alertText(el), 'the failure shows');
    await el.updateComplete;

    expect(alertText(el)).to.equal('Could not revoke support access. Too many requests in a short time. Try again in 2 seconds.');
    const retry = button(el, 'Try again');
    expect(retry.getAttribute('aria-disabled'), 'it would be refused again sooner').to.equal('true');
    expect(el.shadowRoot!.activeElement === retry, 'focus stays on it').to.be.true;
    retry.click();
    await aTimeout(100);
    expect(requests.filter((request) => request.operation === 'revoke'), 'nothing is sent during the wait').to.have.length(1);

    await waitUntil(() => retry.getAttribute('aria-disabled') === 'false', 'Try again comes back by itself', { timeout: 4000 });
    expect(alertText(el)).to.equal('Could not revoke support access. There were too many requests in a short time. You can try again now.');
    retry.click();
    expect(((await closed) as Grant).endReason).to.equal('revoked');
    expect(requests.filter((request) => request.operation === 'revoke')).to.have.length(2);
  });

  it('closed while a revoke waits (429) and opened again: Revoke access works, not disabled with nothing saying why', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    await openWithList(el);
    org.faults.inject('revoke', { status: 429, retryAfter: 5, times: 1 });
    button(el, 'Revoke access').click();
    await waitUntil(() => alertText(el), 'the failure shows');
    await el.close();

    const { closed } = await openWithList(el);
    const confirm = button(el, 'Revoke access');
    expect(alertText(el), 'the last opening’s failure went with it').to.equal('');
    expect(confirm.getAttribute('aria-disabled')).to.equal('false');
    confirm.click();
    expect(((await closed) as Grant).endReason).to.equal('revoked');
    expect(requests.filter((request) => request.operation === 'revoke')).to.have.length(2);
  });

  it('shows progress on the confirm button, which keeps focus while it works, and sends one request for a double click', async () => {
    const { el, org, requests } = await setup('expiring-soon');
    const { closed } = await openWithList(el);
    org.faults.inject('revoke', { latency: 300, times: 1 });
    const confirm = button(el, 'Revoke access');
    confirm.focus();
    confirm.click();
    confirm.click();
    await el.updateComplete;

    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    expect(confirm.getAttribute('aria-busy')).to.equal('true');
    expect(text(confirm)).to.equal('Revoking…');
    // Focus stays in the modal dialog, on the button that tells the progress, not on the page behind.
    expect(el.shadowRoot!.activeElement === confirm, 'the busy button keeps focus').to.be.true;
    expect(button(el, 'Cancel').getAttribute('aria-disabled')).to.equal('true');
    expect(((await closed) as Grant).endReason).to.equal('revoked');
    expect(requests.filter((request) => request.operation === 'revoke')).to.have.length(1);
  });

  it('shows a list that failed to load, with a way to try again', async () => {
    const { el, org } = await setup('expiring-soon');
    // The client tries a GET three times before it gives up.
    org.faults.inject('listInheritors', { status: 500, times: 3 });
    const errors: SaErrorEvent['detail'][] = [];
    el.addEventListener('sa-error', (event) => errors.push(event.detail));
    void el.open();
    await waitUntil(() => alertText(el), 'the failure shows', { timeout: 5000 });

    expect(alertText(el)).to.equal(
      'Could not load the users who can take over the support account’s items. Something unexpected went wrong. Try again',
    );
    expect(errors.map((detail) => detail.operation)).to.deep.equal(['listInheritors']);
    expect(button(el, 'Revoke access').disabled, 'the granting admin is still chosen').to.be.false;
    await expect(el).to.be.accessible();

    button(el, 'Try again').click();
    await waitUntil(() => options(el).length === 4, 'the list loads');
    expect(alertText(el)).to.equal('');
  });

  it('opens through its open attribute', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    store = new SupportAccessStore(createClient());
    const el = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog open .store=${store}></revoke-access-dialog>`);
    // The store has not loaded yet: the dialog waits for the grant, then offers the users.
    await waitUntil(() => options(el).length === 4, 'the list loads');
    expect(dialogOf(el).matches(':modal')).to.be.true;
    el.removeAttribute('open');
    await waitUntil(() => !dialogOf(el).open, 'the dialog closes');
  });

  it('opens and closes when its open property is set, as React 19 and Vue set it; open() stays the method', async () => {
    const { el } = await setup('expiring-soon');
    const host = el as unknown as { open: unknown };
    host.open = true;
    await waitUntil(() => options(el).length === 4, 'the list loads');
    expect(dialogOf(el).matches(':modal') && el.opened && el.hasAttribute('open')).to.be.true;
    host.open = false;
    await waitUntil(() => !dialogOf(el).open, 'the dialog closes');
    expect(typeof el.open).to.equal('function');
    const closed = el.open();
    await waitUntil(() => dialogOf(el).open, 'open() opens it again');
    el.opened = false;
    expect(await closed).to.equal(undefined);
  });
});

/**
 * The dialog open on a store of its own, its confirm ready (and `heir` chosen, if given); then Bruno,
 * in another tab, revokes that grant (still signed in as Bruno).
 */
async function openThenRevokedElsewhere(heir?: string) {
  const { org } = await mockOrganization({ scenario: 'expiring-soon' });
  const store = new SupportAccessStore(createClient({ retries: 0 }));
  store.connect();
  await store.refresh();
  const dialog = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .store=${store}></revoke-access-dialog>`);
  const closed = dialog.open();
  await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="confirm"]:not([aria-disabled="true"])'), 'open with a confirm');
  if (heir) {
    await waitUntil(() => options(dialog).length === 4, 'the people are listed');
    option(dialog, heir).click();
    await dialog.updateComplete;
  }
  org.signInAs('u-bruno');
  org.revoke(store.state!.grant!.id, { inheritorId: 'u-bruno' });
  return { org, store, dialog, closed };
}

/** Bruno grants access again, support creates a map under it (something to take over), and Ana is back. */
function grantedAgainWithAMap(org: MockOrganization) {
  const next = org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
  org.logIn();
  org.act({ assetType: 'map' });
  org.signInAs('u-ana');
  return next;
}

describe('<revoke-access-dialog>: what review found', () => {
  it('says access already ended when the grant ends while it is open, and offers no confirm', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const store = new SupportAccessStore(createClient());
    store.connect();
    await store.refresh();
    const dialog = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .store=${store}></revoke-access-dialog>`);
    void dialog.open();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="confirm"]'), 'open with a confirm');
    org.jumpToExpiry();
    await store.refresh();
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.textContent).to.contain('Support access has already ended');
    expect(dialog.shadowRoot!.querySelector('[part~="confirm"]')).to.equal(null);
    const description = dialog.shadowRoot!.getElementById(dialogOf(dialog).getAttribute('aria-describedby')!);
    expect(text(description), 'the dialog is described by what happened').to.contain('Support access has already ended');
    await dialog.close();
    store.disconnect();
  });

  it('a dialog the host opened for one grant, which another admin revoked and replaced meanwhile, says someone else changed access, not that nothing is left to revoke', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const store = new SupportAccessStore(createClient({ retries: 0 }));
    store.connect();
    await store.refresh();
    const first = store.state!.grant!;
    const dialog = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .store=${store} .grant=${first}></revoke-access-dialog>`);
    void dialog.open();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="confirm"]:not([aria-disabled="true"])'), 'open with a confirm');
    org.signInAs('u-bruno');
    org.revoke(first.id, { inheritorId: 'u-bruno' });
    const next = org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    org.signInAs('u-ana');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await waitUntil(() => store.state?.grant?.id === next.id, 'the refusal reloads the state');
    await dialog.updateComplete;
    const said = text(dialog.shadowRoot!.querySelector('[role="status"]'));
    expect(said, 'access is on, under another grant').to.equal('Someone else changed support access in the meantime. The latest state is shown.');
    expect(dialog.shadowRoot!.querySelector('[part~="confirm"]'), 'nothing of the first grant to confirm').to.equal(null);
    await dialog.close();
    store.disconnect();
  });

  it('while a revoke is on its way, a refresh that shows another grant does not swap the dialog over to it before the answer', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const { fetch: slowRevoke, send } = holding('/revoke');
    const store = new SupportAccessStore(createClient({ retries: 0, fetch: slowRevoke }));
    store.connect();
    await store.refresh();
    const first = store.state!.grant!;
    const dialog = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .store=${store}></revoke-access-dialog>`);
    void dialog.open();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="confirm"]:not([aria-disabled="true"])'), 'open with a confirm');
    const intro = text(dialog.shadowRoot!.getElementById('intro'));
    const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!;
    confirm.click();
    await waitUntil(() => confirm.getAttribute('aria-busy') === 'true', 'the revoke is on its way');
    org.signInAs('u-bruno');
    org.revoke(first.id, { inheritorId: 'u-bruno' });
    const next = org.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    org.signInAs('u-ana');
    await store.refresh();
    expect(store.state?.grant?.id).to.equal(next.id);
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot!.getElementById('intro')), 'still about the grant being revoked').to.equal(intro);
    expect(confirm.isConnected && confirm.getAttribute('aria-busy'), 'still revoking').to.equal('true');
    send();
    await waitUntil(() => !dialog.shadowRoot!.querySelector('[aria-busy="true"]'), 'answered', { timeout: 5000 });
    await dialog.close();
    store.disconnect();
  });

  it('when another admin revoked the grant and granted access again meanwhile, a refused Revoke says why and offers the new grant in its place', async () => {
    const { org, store, dialog, closed } = await openThenRevokedElsewhere();
    const errors: string[] = [];
    dialog.addEventListener('sa-error', (event) => errors.push(event.detail.error.code));
    const next = grantedAgainWithAMap(org);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await waitUntil(() => store.state?.grant?.id === next.id, 'the refusal reloads the state');
    await dialog.updateComplete;
    const description = text(dialog.shadowRoot!.getElementById(dialogOf(dialog).getAttribute('aria-describedby')!));
    expect(description).to.match(/^The access Bruno Díaz granted on .+ ends now/);
    // The alert, read while focus stays on Revoke access, says which grant is shown now.
    expect(text(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      `Could not revoke support access. Someone else changed support access in the meantime. The latest state is shown. ${description}`,
    );
    expect(errors).to.deep.equal(['precondition-failed']);
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="confirm"]:not([aria-disabled="true"])'), 'the new grant can be revoked');
    // Nobody was chosen: the assets go to whoever granted, now Bruno.
    await waitUntil(() => checkedOption(dialog).startsWith('Bruno Díaz'), 'the new granter is the heir');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    expect((await closed)?.id, 'the new grant was revoked').to.equal(next.id);
    expect(org.getState().status).to.equal('off');
    store.disconnect();
  });

  it('an heir the person chose stays chosen when another admin’s grant replaces the one they meant to revoke', async () => {
    const { org, store, dialog, closed } = await openThenRevokedElsewhere('Dana Okafor');
    const next = grantedAgainWithAMap(org);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await waitUntil(() => store.state?.grant?.id === next.id, 'the refusal reloads the state');
    await waitUntil(() => options(dialog).length === 4 && dialog.shadowRoot!.querySelector('[part~="confirm"]:not([aria-disabled="true"])'), 'the new grant can be revoked');
    expect(checkedOption(dialog), 'still the person’s choice').to.match(/^Dana Okafor/);
    expect(text(dialog.shadowRoot!.querySelector('.summary'))).to.equal('Dana Okafor will own them.');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    const revoked = await closed;
    expect(revoked?.id).to.equal(next.id);
    expect(revoked?.inheritedBy?.displayName, 'the assets went to the one chosen').to.equal('Dana Okafor');
    store.disconnect();
  });

  it('a Revoke refused because another admin revoked first says access already ended, not that this revoke went through', async () => {
    const { org, store, dialog } = await openThenRevokedElsewhere();
    org.signInAs('u-ana');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await waitUntil(() => store.state?.status === 'off', 'the refusal reloads the state');
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot!.getElementById(dialogOf(dialog).getAttribute('aria-describedby')!))).to.equal(
      'Support access has already ended, so there is nothing left to revoke.',
    );
    expect(store.ended?.reason, 'the panel beside it says someone else ended it').to.equal('ended');
    await dialog.close();
    store.disconnect();
  });

  it('on a host’s own button, alone, asks for the state again: access turned on after the page loaded can be revoked', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'keboola' });
    const dialog = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .client=${createClient()} locale="en-US"></revoke-access-dialog>`);
    await waitUntil(() => requests.some((request) => request.operation === 'getState'), 'the state loads');
    // Another admin turns access on after this page loaded its state.
    org.signInAs('u-bruno');
    org.grant({ duration: 'P1D', accessLevel: 'admin', reason: 'Ticket 4711: a failing import', confirmed: true });
    org.signInAs('u-ana');
    await aTimeout(100);
    const closed = dialog.open();
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot), 'no "nothing to revoke" from the old state').not.to.contain('nothing to revoke');
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="confirm"]'), 'the grant shows, with a confirm');
    expect(requests.filter((request) => request.operation === 'getState')).to.have.length(2);
    button(dialog, 'Revoke access').click();
    expect(((await closed) as Grant).endReason).to.equal('revoked');
    expect(org.getState().status).to.equal('off');
  });

  it('opened by a host’s own button for a person who may only look, offers no Revoke that could only fail', async () => {
    const { requests } = await mockOrganization({ scenario: 'viewer' });
    const dialog = await fixture<RevokeAccessDialog>(html`<revoke-access-dialog .client=${createClient()} locale="en-US"></revoke-access-dialog>`);
    const closed = dialog.open();
    await waitUntil(() => text(dialog.shadowRoot).includes('You do not have permission to do this.'), 'says why there is nothing to do');
    expect(dialog.shadowRoot!.querySelector('[part~="confirm"]'), 'no Revoke access').to.equal(null);
    expect(buttons(dialog).map(text)).to.deep.equal(['Close']);
    // A screen reader hears why with the title, when the dialog opens.
    const description = dialog.shadowRoot!.getElementById(dialogOf(dialog).getAttribute('aria-describedby')!);
    expect(text(description)).to.equal('You do not have permission to do this.');
    expect(requests.filter((request) => request.operation !== 'getState'), 'no users listed, nothing revoked').to.deep.equal([]);
    await expect(dialog).to.be.accessible();
    button(dialog, 'Close').click();
    expect(await closed).to.equal(undefined);
  });

  it('tells the host when loading the users answers 401', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const store = new SupportAccessStore(createClient());
    store.connect();
    await store.refresh();
    org.faults.inject('listInheritors', { status: 401 });
    const host = await fixture(html`<div><revoke-access-dialog .store=${store}></revoke-access-dialog></div>`);
    store.host = host as HTMLElement;
    const dialog = host.querySelector('revoke-access-dialog')!;
    const event = oneEvent(host, 'sa-unauthenticated');
    void dialog.open();
    expect((await event).detail.operation).to.equal('listInheritors');
    await dialog.close();
    store.disconnect();
  });
});

describe('<revoke-access-dialog>: on small screens and with large text', () => {
  const viewport = { width: innerWidth, height: innerHeight };
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport(viewport);
  });

  /** The focused control (a choice with its label), seen whole: nothing, such as Cancel and Revoke, covers its corners or middle. */
  function expectFocusedInView(el: RevokeAccessDialog, what: string) {
    const focused = (el.shadowRoot!.activeElement!.closest('label') ?? el.shadowRoot!.activeElement) as HTMLElement;
    const box = focused.getBoundingClientRect();
    const points = [
      [box.left + 3, box.top + 3],
      [box.right - 3, box.bottom - 3],
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    ];
    for (const [x, y] of points) {
      const hit = el.shadowRoot!.elementFromPoint(x, y);
      expect(Boolean(hit && focused.contains(hit)), `${what} (${focused.localName} ${text(focused) || focused.getAttribute('aria-label') || ''}) is seen at ${Math.round(x)},${Math.round(y)}, not ${hit?.localName ?? 'nothing'}`).to.be.true;
    }
  }

  it('on a phone (320×560), Arrow Down never takes the choice under Cancel and Revoke', async () => {
    await setViewport({ width: 320, height: 560 });
    const { el } = await setup('expiring-soon');
    await openWithList(el);
    option(el, 'Ana Admin').focus();
    for (const name of ['Bruno Díaz', 'Carla Chen', 'Dana Okafor']) {
      await sendKeys({ press: 'ArrowDown' });
      await nextFrame();
      expect(checkedOption(el)).to.match(new RegExp(`^${name} `));
      expectFocusedInView(el, name);
    }
    await el.close();
  });

  it('on a phone (320×640), a failed revoke is seen whole, above Cancel and Revoke', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, org } = await setup('expiring-soon');
    await openWithList(el);
    org.faults.inject('revoke', { status: 500, times: 1 });
    button(el, 'Revoke access').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#revoke-error'), 'the failure shows');
    await nextFrame();
    const failure = el.shadowRoot!.querySelector('#revoke-error')!;
    expect(text(failure)).to.equal('Could not revoke support access. Something unexpected went wrong.');
    const box = failure.getBoundingClientRect();
    const dialog = dialogOf(el).getBoundingClientRect();
    const footer = el.shadowRoot!.querySelector('footer')!.getBoundingClientRect();
    expect(box.top, 'below the top of the dialog').to.be.at.least(dialog.top);
    expect(box.bottom, 'above Cancel and Revoke').to.be.at.most(footer.top + 1);
    await el.close();
  });

  it('on a short screen (320×256), opens on its title, and each Tab stop is seen whole', async () => {
    await setViewport({ width: 320, height: 256 });
    const { el } = await setup('expiring-soon');
    await openWithList(el);
    await nextFrame();
    expect(el.shadowRoot!.activeElement?.localName, 'focus starts on the title').to.equal('h2');
    expectFocusedInView(el, 'the title');
    for (let stop = 1; stop <= 5; stop++) {
      await sendKeys({ press: 'Tab' });
      await nextFrame();
      expectFocusedInView(el, `Tab stop ${stop}`);
    }
    await el.close();
  });

  it('with 200 % text on a laptop (1280×720), Tab never lands under Cancel and Revoke', async () => {
    await setViewport({ width: 1280, height: 720 });
    document.documentElement.style.fontSize = '32px';
    const { el } = await setup('expiring-soon');
    await openWithList(el);
    for (let stop = 1; stop <= 5; stop++) {
      await sendKeys({ press: 'Tab' });
      await nextFrame();
      expectFocusedInView(el, `Tab stop ${stop}`);
    }
    await el.close();
  });
});

describe('<revoke-access-dialog>: while a revoke is in flight', () => {
  const revokes = (requests: { operation: string }[]) => requests.filter((request) => request.operation === 'revoke');

  async function startSlowRevoke(fault: { status?: number } = {}) {
    const setupResult = await setup('expiring-soon');
    const { el, org } = setupResult;
    const { closed } = await openWithList(el);
    let settled = false;
    void closed.then(() => (settled = true));
    // Long enough for everything below to happen while it is in flight, on a slow machine too.
    org.faults.inject('revoke', { latency: 2500, times: 1, ...fault });
    button(el, 'Revoke access').click();
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part="confirm"]')) === 'Revoking…', 'the revoke is in flight');
    return { ...setupResult, closed, isSettled: () => settled };
  }

  /** Everything that could close the dialog: Escape twice (Chromium lets the second one through), close(), the attribute. */
  async function tryToClose(el: RevokeAccessDialog) {
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await aTimeout(50);
    const closing = el.close();
    el.removeAttribute('open');
    await el.updateComplete;
    el.opened = false;
    await el.updateComplete;
    await aTimeout(50);
    // Wrapped: returning the promise itself would wait for the dialog to close.
    return { closing };
  }

  it('stays open until the revoke succeeds, then resolves open() with the ended grant', async () => {
    const { el, org, requests, closed, isSettled } = await startSlowRevoke();
    const grantId = org.getState().grant!.id;
    const { closing } = await tryToClose(el);

    expect(dialogOf(el).matches(':modal'), 'the dialog is still a modal').to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(isSettled(), 'open() waits for the outcome').to.be.false;
    expect(text(button(el, 'Revoking…'))).to.equal('Revoking…');

    const ended = (await closed) as Grant;
    await closing;
    expect(ended.id).to.equal(grantId);
    expect(ended.endReason).to.equal('revoked');
    expect(dialogOf(el).open).to.be.false;
    expect(el.hasAttribute('open')).to.be.false;
    expect(revokes(requests)).to.have.length(1);
  });

  it('shows a revoke that fails after the person tried to close the dialog', async () => {
    const { el, org, requests, closed, isSettled } = await startSlowRevoke({ status: 500 });
    const errors: SaErrorEvent['detail'][] = [];
    el.addEventListener('sa-error', (event) => errors.push(event.detail));
    const { closing } = await tryToClose(el);

    await waitUntil(() => alertText(el), 'the failure shows', { timeout: 5000 });
    expect(alertText(el)).to.equal('Could not revoke support access. Something unexpected went wrong.');
    expect(errors.map((detail) => detail.operation)).to.deep.equal(['revoke']);
    expect(dialogOf(el).matches(':modal')).to.be.true;
    expect(button(el, 'Try again').disabled).to.be.false;
    expect(isSettled()).to.be.false;
    expect(org.getState().status).to.equal('on');
    await expect(el).to.be.accessible();

    button(el, 'Cancel').click();
    expect(await closed).to.equal(undefined);
    await closing;
    expect(revokes(requests)).to.have.length(1);
  });

  it('Escapes while it revokes leave focus on Revoking…, where the outcome will be told', async () => {
    const { el, closed } = await startSlowRevoke();
    // A person's own click on the busy button: it focuses it, and is the activation that lets the
    // page refuse an Escape (without one, Chromium closes a modal on the first Escape).
    const confirm = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!;
    const { x, y, width, height } = confirm.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    expect(el.shadowRoot!.activeElement === confirm, 'the click focused it').to.be.true;
    await sendKeys({ press: 'Escape' });
    await aTimeout(50);
    expect(dialogOf(el).matches(':modal'), 'the dialog is still a modal').to.be.true;
    expect(el.shadowRoot!.activeElement === confirm, 'focus stays on Revoking…').to.be.true;
    // Chromium lets a second Escape close it: it is shown again, with focus back where it was.
    await sendKeys({ press: 'Escape' });
    await aTimeout(50);
    expect(dialogOf(el).matches(':modal'), 'shown again as a modal').to.be.true;
    expect(el.shadowRoot!.activeElement === confirm, 'focus is back on Revoking…, not on the title').to.be.true;
    expect(((await closed) as Grant).endReason).to.equal('revoked');
  });

  it('keeps the choice of the new owner fixed: the list is disabled, and a click on another user changes nothing', async () => {
    const { el, closed } = await startSlowRevoke();
    expect(el.shadowRoot!.querySelector('fieldset')!.disabled, 'the new-owner fieldset is disabled').to.be.true;
    const bruno = option(el, 'Bruno Díaz');
    expect(bruno.matches(':disabled'), 'another user cannot be chosen').to.be.true;
    bruno.click();
    await el.updateComplete;
    expect(checkedOption(el)).to.equal(ANA);
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal('Ana Admin will own them.');

    const ended = (await closed) as Grant;
    expect(ended.inheritedBy?.id, 'the admin chosen when Revoke was pressed inherits').to.equal('u-ana');
  });

  it('opened again mid-revoke after the grant ended elsewhere (no Revoke button drawn), two Escapes throw nothing and leave it open', async () => {
    const { el, org, store } = await setup('expiring-soon');
    void openWithList(el);
    await waitUntil(() => options(el).length === 4, 'the list shows');
    org.faults.inject('revoke', { latency: 1500, times: 1 });
    const confirm = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!;
    const { x, y, width, height } = confirm.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await waitUntil(() => text(confirm) === 'Revoking…', 'the revoke is in flight');
    const parent = el.parentNode!;
    el.remove();
    // Meanwhile another admin ended the grant, and the shared state says so.
    const grant = org.getState().grant!;
    org.revoke(grant.id, { inheritorId: grant.grantedBy.id });
    await store.refresh({ fresh: true });
    parent.append(el);
    const reopened = el.open();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="confirm"]'), 'no Revoke button').to.equal(null);
    const title = el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(title.x + 5), Math.round(title.y + title.height / 2)] });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await aTimeout(50);
    expect(dialogOf(el).matches(':modal'), 'shown again while the revoke is in flight').to.be.true;
    // The revoke answers (the grant had ended), and then the dialog can be closed.
    await aTimeout(1600);
    await el.close();
    expect(await reopened).to.equal(undefined);
  });

  it('starts no second revoke when it is opened again before the first one answers', async () => {
    const { el, requests, closed } = await startSlowRevoke();
    const parent = el.parentNode!;
    // A host re-rendering moves the dialog out of the page and back.
    el.remove();
    expect(await closed).to.equal(undefined);
    parent.append(el);
    const reopened = el.open();
    await el.updateComplete;

    const confirm = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!;
    expect(confirm.getAttribute('aria-disabled'), 'confirm stays busy').to.equal('true');
    expect(text(confirm)).to.equal('Revoking…');
    confirm.click();

    expect(((await reopened) as Grant).endReason).to.equal('revoked');
    expect(revokes(requests)).to.have.length(1);
  });
});

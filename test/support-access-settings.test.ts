import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SupportAccessClient } from '../src/client/index.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-access-settings/define.js';
import type { SupportAccessSettings } from '../src/elements/support-access-settings/support-access-settings.js';
import type { SaPolicySavedEvent, SaPolicySaveEvent } from '../src/events/index.js';
import { DEFAULT_BASE_URL, type MockOrganization } from '../src/mocks/index.js';
import { anotherOrganization, createClient, mockOrganization, OTHER_BASE_URL, recordingFetch, validationProblem } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';
import { expectFocus } from './helpers/dom.js';

failOnUncaughtErrors();

async function settings(client: SupportAccessClient = createClient({ retries: 0 })) {
  const element = await fixture<SupportAccessSettings>(
    html`<support-access-settings .client=${client} locale="en-US" time-zone="UTC"></support-access-settings>`,
  );
  await waitUntil(() => element.status !== 'loading', 'the settings load', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const words = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (element: Element) => words(root(element).textContent);
/** Every text the element showed from now on, as it changed. */
function recordText(element: Element) {
  const said: string[] = [];
  new MutationObserver(() => said.push(text(element))).observe(root(element), { subtree: true, childList: true, characterData: true });
  return said;
}
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => {
  const found = root(element).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in: ${text(element)}`);
  return found;
};
const button = (element: Element, label: string) => {
  const found = [...root(element).querySelectorAll('button')].find((candidate) => words(candidate.textContent) === label);
  if (!found) throw new Error(`No button "${label}" in: ${text(element)}`);
  return found;
};
const selectedLabel = (select: HTMLSelectElement) => words(select.selectedOptions[0].textContent);
/** The checkbox or radio whose label reads `label`, inside the group with that id. */
const choice = (element: Element, group: string, label: string) => {
  const found = [...root(element).querySelectorAll<HTMLLabelElement>(`#${group} label`)].find(
    (candidate) => words(candidate.textContent) === label,
  );
  if (!found) throw new Error(`No "${label}" in #${group}`);
  return found.querySelector('input')!;
};
const checkedLabels = (element: Element, group: string) =>
  [...root(element).querySelectorAll<HTMLInputElement>(`#${group} input:checked`)].map((input) => words(input.closest('label')!.textContent));
const policyRequests = <T extends { operation: string }>(requests: T[]) => requests.filter((request) => request.operation === 'updatePolicy');

async function choose(element: SupportAccessSettings, id: string, value: string) {
  const select = $<HTMLSelectElement>(element, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function toggle(input: HTMLInputElement, element: SupportAccessSettings) {
  input.click();
  await element.updateComplete;
}

async function save(element: SupportAccessSettings) {
  const submit = button(element, 'Save changes');
  submit.focus();
  submit.click();
  await element.updateComplete;
}

/** Saves into a refusal: its alert is shown when this returns. */
async function saveRefused(element: SupportAccessSettings) {
  await save(element);
  await waitUntil(() => element.status === 'editable' && root(element).querySelector('[role="alert"]'), 'failed', { timeout: 5000 });
  await element.updateComplete;
}

/** Ticks "Ask for a reason" and saves it into a 500: the failure is shown when this returns. */
async function failToSaveReason(element: SupportAccessSettings, org: MockOrganization) {
  await toggle($<HTMLInputElement>(element, '#requireReason'), element);
  org.faults.inject('updatePolicy', { status: 500, times: 1 });
  const failed = oneEvent(element, 'sa-error');
  await save(element);
  await failed;
  await element.updateComplete;
}

/** The field's error, through the field's own `aria-describedby`. */
function describedError(element: SupportAccessSettings, field: HTMLElement) {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids, `${field.id || field.localName} has an error`).to.have.length(1);
  return words($(element, `#${ids[0]}`).textContent);
}

/**
 * Each box of the durations carries `message` (the group does not as well: entering it would read the
 * message twice), each box is marked, and the first has focus.
 */
function expectDurationsMarked(element: SupportAccessSettings, message: string) {
  expect($(element, '#durations').hasAttribute('aria-describedby'), 'the group is not described as well').to.equal(false);
  const boxes = [...root(element).querySelectorAll<HTMLInputElement>('#durations input')];
  for (const box of boxes) {
    expect(box.getAttribute('aria-invalid'), `${words(box.closest('label')!.textContent)} is marked`).to.equal('true');
    expect(describedError(element, box)).to.equal(message);
  }
  expectFocus(root(element).activeElement, boxes[0], 'the first box of the durations takes focus');
}

describe('<support-access-settings>: states', () => {
  it('shows that it is loading, then the form', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.latency = 400;
    const element = await fixture<SupportAccessSettings>(
      html`<support-access-settings .client=${createClient()}></support-access-settings>`,
    );
    await element.updateComplete;
    expect(element.status).to.equal('loading');
    expect(text(element)).to.contain('Loading the policy…');
    await expect(element).to.be.accessible();
    await waitUntil(() => element.status === 'editable', 'loaded', { timeout: 5000 });
  });

  it('editable (CARTO): shows the current policy in the form', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    expect(element.status).to.equal('editable');
    expect(element.dirty).to.equal(false);
    expect(element.hasAttribute('dirty')).to.equal(false);
    expect(checkedLabels(element, 'whoCanEnable')).to.deep.equal(['Admins']);
    expect($<HTMLInputElement>(element, '#requireApproval').checked).to.equal(false);
    expect(root(element).querySelector('#approvalsRequired'), 'no count of approvals unless approval is required').to.equal(null);
    const offered = [...root(element).querySelectorAll<HTMLInputElement>('#durations input')].map((input) =>
      words(input.closest('label')!.textContent),
    );
    expect(offered).to.deep.equal(['8 hours', '24 hours', '1 day', '3 days', '7 days', '30 days', '90 days', '180 days']);
    expect(checkedLabels(element, 'durations')).to.deep.equal(['1 day', '7 days', '30 days', '90 days', '180 days']);
    expect(selectedLabel($(element, '#defaultDuration'))).to.equal('7 days');
    expect(selectedLabel($(element, '#maxTotalDuration'))).to.equal('180 days');
    expect(checkedLabels(element, 'extension')).to.deep.equal(['The person chooses how long']);
    expect(root(element).querySelector('#extensionStep'), 'no step unless prolonging').to.equal(null);
    expect(selectedLabel($(element, '#expiryWarning'))).to.equal('1 day');
    expect($<HTMLInputElement>(element, '#requireReason').checked).to.equal(false);
    expect($<HTMLInputElement>(element, '#requireTicket').checked).to.equal(false);
    expect(checkedLabels(element, 'accessLevels')).to.deep.equal(['Admin']);
    expect($(element, 'label[for="defaultDuration"]').textContent).to.contain('Default duration');
    expect(words($(element, '#durations legend').textContent)).to.equal('Durations offered');
    await expect(element).to.be.accessible();
  });

  it('read-only for a user who may not edit: says why, shows the policy as text, no inputs', async () => {
    await mockOrganization({ scenario: 'viewer' });
    const element = await settings();
    expect(element.status).to.equal('read-only');
    expect(text(element)).to.contain('You can see this policy, but you do not have permission to change it.');
    expect(root(element).querySelectorAll('input, select, textarea, button, form')).to.have.length(0);
    const terms = [...root(element).querySelectorAll('dt')].map((term) => words(term.textContent));
    const values = [...root(element).querySelectorAll('dd')].map((value) => words(value.textContent));
    expect(values[terms.indexOf('Durations offered')]).to.equal('1 day, 7 days, 30 days, 90 days, and 180 days');
    expect(values[terms.indexOf('Default duration')]).to.equal('7 days');
    expect(values[terms.indexOf('Who may enable support access')]).to.equal('Admins');
    expect(values[terms.indexOf('Ask for a reason')]).to.equal('No');
    expect(values[terms.indexOf('Support must request access and wait for approval')]).to.equal('No');
    expect(terms, 'no count of approvals that nobody gives').not.to.include('Approvals needed');
    await expect(element).to.be.accessible();
  });

  it('read-only with approval required: tells how many people approve', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    org.signInAs('u-carla');
    const element = await settings();
    expect(element.status).to.equal('read-only');
    const terms = [...root(element).querySelectorAll('dt')].map((term) => words(term.textContent));
    const values = [...root(element).querySelectorAll('dd')].map((value) => words(value.textContent));
    expect(values[terms.indexOf('Support must request access and wait for approval')]).to.equal('Yes');
    expect(values[terms.indexOf('Approvals needed')]).to.equal('Two different people');
  });

  it('read-only where support access is unavailable (single sign-on enforced): says so, not that the admin lacks permission', async () => {
    await mockOrganization({ scenario: 'unavailable' });
    const element = await settings();
    expect(element.status).to.equal('read-only');
    expect(text(element)).to.contain('Support access is not available to this organization, so this policy cannot be changed here.');
    expect(text(element)).not.to.contain('permission');
  });

  it('read-only when the provider manages access (always on)', async () => {
    await mockOrganization({ scenario: 'always-on' });
    const element = await settings();
    expect(element.status).to.equal('read-only');
    expect(text(element)).to.contain('Your provider manages support access, so this policy cannot be changed here.');
    expect(root(element).querySelectorAll('input, select, button')).to.have.length(0);
    const terms = [...root(element).querySelectorAll('dt')].map((term) => words(term.textContent));
    const values = [...root(element).querySelectorAll('dd')].map((value) => words(value.textContent));
    expect(values[terms.indexOf('Extensions')]).to.equal('Prolong by a fixed step');
    expect(values[terms.indexOf('Each extension adds')]).to.equal('24 hours');
    expect(values[terms.indexOf('Who may enable support access')]).to.equal('All users');
    await expect(element).to.be.accessible();
  });

  it('error: says what failed, and Try again loads the form', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('getState', { status: 500 });
    const element = await settings();
    expect(element.status).to.equal('error');
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Could not load support access. Something unexpected went wrong.');
    await expect(element).to.be.accessible();
    org.faults.clear();
    button(element, 'Try again').click();
    await waitUntil(() => element.status === 'editable', 'retried', { timeout: 5000 });
    expect(root(element).querySelector('form')).to.not.equal(null);
  });
});

describe('<support-access-settings>: saving', () => {
  it('sends only the changed fields, updates the policy, and tracks unsaved changes', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    expect(element.dirty, 'dirty while editing').to.equal(true);
    expect(element.hasAttribute('dirty')).to.equal(true);
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    expect(selectedLabel($(element, '#approvalsRequired')), 'the count of approvals comes with approval').to.equal('One person');
    await choose(element, 'approvalsRequired', '2');

    const saving = oneEvent(element, 'sa-policy-save') as Promise<SaPolicySaveEvent>;
    const savedEvent = oneEvent(element, 'sa-policy-saved') as Promise<SaPolicySavedEvent>;
    await save(element);
    expect((await saving).detail.patch).to.deep.equal({ approvalsRequired: 2, requireApproval: true, requireReason: true });
    const saved = await savedEvent;
    expect(saved.detail.policy.requireReason).to.equal(true);
    expect(saved.detail.policy.approvalsRequired).to.equal(2);
    expect(element.dirty, 'not dirty once saved').to.equal(false);

    const policy = org.getState().policy;
    expect(policy.requireReason).to.equal(true);
    expect(policy.approvalsRequired).to.equal(2);
    expect(policy.durations).to.deep.equal(['P1D', 'P7D', 'P30D', 'P90D', 'P180D']);
    expect(policyRequests(requests)).to.have.length(1);
    expect(policyRequests(requests)[0].headers.get('If-Match'), 'guarded by the ETag').to.be.a('string');

    await element.updateComplete;
    expect(element.hasAttribute('dirty')).to.equal(false);
    expect(words($(element, '[role="status"]').textContent)).to.equal('Policy saved.');
    expect($<HTMLInputElement>(element, '#requireReason').checked).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('sets a field back to its saved value: no longer dirty', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await choose(element, 'expiryWarning', 'PT4H');
    expect(element.dirty).to.equal(true);
    await choose(element, 'expiryWarning', 'P1D');
    expect(element.dirty).to.equal(false);
  });

  it('clears optional fields with null: no maximum, no warning', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await choose(element, 'maxTotalDuration', '');
    await choose(element, 'expiryWarning', '');
    const saving = oneEvent(element, 'sa-policy-save') as Promise<SaPolicySaveEvent>;
    await save(element);
    expect((await saving).detail.patch).to.deep.equal({ maxTotalDuration: null, expiryWarning: null });
    await waitUntil(() => !element.dirty, 'saved');
    expect(org.getState().policy.maxTotalDuration).to.equal(undefined);
    expect(org.getState().policy.expiryWarning).to.equal(undefined);
  });

  it('shows progress while saving, and a double click sends one request', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'durations', '3 days'), element);
    org.latency = 300;
    const saved = oneEvent(element, 'sa-policy-saved');
    const submit = button(element, 'Save changes');
    submit.click();
    submit.click();
    await element.updateComplete;
    expect(element.status).to.equal('saving');
    expect(words(submit.textContent)).to.equal('Saving…');
    expect(submit.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    await saved;
    expect(policyRequests(requests)).to.have.length(1);
    expect(org.getState().policy.durations).to.deep.equal(['P1D', 'P3D', 'P7D', 'P30D', 'P90D', 'P180D']);
  });

  it('Discard changes puts the saved values back', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'whoCanEnable', 'All users'), element);
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    expect(element.dirty).to.equal(true);
    button(element, 'Discard changes').click();
    await element.updateComplete;
    expect(element.dirty).to.equal(false);
    expect(checkedLabels(element, 'whoCanEnable')).to.deep.equal(['Admins']);
    expect($<HTMLInputElement>(element, '#requireTicket').checked).to.equal(false);
    expect(policyRequests(requests)).to.have.length(0);
  });

  it('Discard changes pressed while a save is on its way drops nothing: the edit stays on screen and is saved', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.faults.inject('updatePolicy', { latency: 600, times: 1 });
    const saved = oneEvent(element, 'sa-policy-saved') as Promise<SaPolicySavedEvent>;
    await save(element);
    expect(element.status).to.equal('saving');
    button(element, 'Discard changes').click();
    await element.updateComplete;

    expect($<HTMLInputElement>(element, '#requireReason').checked, 'the edit stays on screen').to.equal(true);
    expect(element.dirty, 'nothing was discarded').to.equal(true);
    expect(element.status).to.equal('saving');
    expect((await saved).detail.policy.requireReason).to.equal(true);
    await element.updateComplete;
    expect(org.getState().policy.requireReason, 'the server has the edit').to.equal(true);
    expect($<HTMLInputElement>(element, '#requireReason').checked).to.equal(true);
    expect(words($(element, '[role="status"]').textContent)).to.equal('Policy saved.');
    expect(policyRequests(requests)).to.have.length(1);
  });

  it('a cancelled sa-policy-save sends nothing and keeps the edits', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    element.addEventListener('sa-policy-save', (event) => event.preventDefault(), { once: true });
    const saving = oneEvent(element, 'sa-policy-save') as Promise<SaPolicySaveEvent>;
    await save(element);
    expect((await saving).detail.patch).to.deep.equal({ requireApproval: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(policyRequests(requests)).to.have.length(0);
    expect(org.getState().policy.requireApproval).to.equal(false);
    expect(element.dirty).to.equal(true);
    expect($<HTMLInputElement>(element, '#requireApproval').checked).to.equal(true);
  });
});

/** A client whose every policy save the server refuses (422), naming `name` with `message`, after `latency` ms. */
function refusingSave(name: string, message: string, latency = 0) {
  return createClient({
    retries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'PATCH') return fetch(request);
      await aTimeout(latency);
      return validationProblem(name, message);
    },
  });
}

describe('<support-access-settings>: validation', () => {
  it('unchecking the default duration: an error at the default, focused, and no request', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'durations', '7 days'), element);
    expect(selectedLabel($(element, '#defaultDuration'))).to.equal('7 days (not offered)');
    await save(element);
    await element.updateComplete;
    const field = $<HTMLSelectElement>(element, '#defaultDuration');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, field)).to.equal('Choose a default that is one of the offered durations.');
    expectFocus(root(element).activeElement, field);
    expect(policyRequests(requests)).to.have.length(0);
    await expect(element).to.be.accessible();

    // Offering it again clears the error and lets the save through.
    await toggle(choice(element, 'durations', '7 days'), element);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(element.dirty).to.equal(false);
  });

  it('a maximum below the longest offer: an error at the maximum', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await choose(element, 'maxTotalDuration', 'P30D');
    await save(element);
    await element.updateComplete;
    const field = $<HTMLSelectElement>(element, '#maxTotalDuration');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, field)).to.equal('The maximum must be at least the longest offered duration (180 days).');
    expectFocus(root(element).activeElement, field);
    expect($<HTMLSelectElement>(element, '#defaultDuration').getAttribute('aria-invalid')).to.equal('false');
    expect(policyRequests(requests)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('the same length offered twice (24 hours and 1 day): an error at the durations, focused, and no request', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'durations', '24 hours'), element);
    expect(checkedLabels(element, 'durations')).to.deep.equal(['24 hours', '1 day', '7 days', '30 days', '90 days', '180 days']);
    await save(element);
    await element.updateComplete;
    const message = 'Two of the offered durations are the same length of time. Offer each length once.';
    expectDurationsMarked(element, message);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(policyRequests(requests)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('prolonging needs a step; no durations and no access levels are errors at their groups', async () => {
    const { requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'extension', 'Prolong by a fixed step'), element);
    expect(selectedLabel($(element, '#extensionStep'))).to.equal('Choose a step');
    await toggle(choice(element, 'accessLevels', 'Admin'), element);
    await save(element);
    await element.updateComplete;
    const step = $<HTMLSelectElement>(element, '#extensionStep');
    expect(describedError(element, step)).to.equal('Choose how much each extension adds.');
    // Each box of the group says it, not the group as well (entering it would read it twice): focus
    // lands on a box, not on the group.
    expect($(element, '#accessLevels').hasAttribute('aria-describedby')).to.equal(false);
    for (const box of root(element).querySelectorAll<HTMLInputElement>('#accessLevels input')) {
      expect(describedError(element, box)).to.equal('Offer at least one access level.');
    }
    expectFocus(root(element).activeElement, step, 'the first invalid field');
    expect(policyRequests(requests)).to.have.length(0);
    await expect(element).to.be.accessible();

    await choose(element, 'extensionStep', 'PT4H');
    await toggle(choice(element, 'accessLevels', 'Read-only'), element);
    const saved = oneEvent(element, 'sa-policy-saved') as Promise<SaPolicySavedEvent>;
    await save(element);
    const { policy } = (await saved).detail;
    expect(policy.extension).to.equal('prolong');
    expect(policy.extensionStep).to.equal('PT4H');
    expect(policy.accessLevels).to.deep.equal(['read-only']);
  });

  it('shows the server’s field errors (422) at their fields, as text', async () => {
    await mockOrganization({ scenario: 'carto' });
    const message = '<b>Not</b> allowed by your plan.';
    const element = await settings(refusingSave('expiryWarning', message));
    await choose(element, 'expiryWarning', 'PT1H');
    await saveRefused(element);
    const field = $<HTMLSelectElement>(element, '#expiryWarning');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, field)).to.equal(message);
    expect(root(element).querySelector('b'), 'server text is not markup').to.equal(null);
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Some values are not valid. Check the highlighted fields.');
    expect(element.dirty, 'the edit is kept').to.equal(true);
    await expect(element).to.be.accessible();
  });
});

/** Ticks "Ask for a ticket reference" and saves it into a refusal (422) in `message`: the failure is shown when this returns. */
async function refusedTicket(message: string) {
  await mockOrganization({ scenario: 'carto' });
  const element = await settings(refusingSave('requireTicket', message));
  const box = $<HTMLInputElement>(element, '#requireTicket');
  await toggle(box, element);
  await saveRefused(element);
  return { element, box };
}

const ALWAYS_A_TICKET = 'Your plan always asks for a ticket.';

describe('<support-access-settings>: a refused box', () => {
  it('a setting the server refuses (422 naming requireTicket) is marked on its box, which takes focus and says why', async () => {
    const { element, box } = await refusedTicket(ALWAYS_A_TICKET);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, box)).to.equal(ALWAYS_A_TICKET);
    expect(root(element).activeElement === box, 'the box takes focus to be fixed').to.equal(true);
  });

  it('a refused choice of radios (422 naming whoCanEnable) puts focus on the one the person chose, not the first', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('whoCanEnable', 'Your plan lets only admins enable support access.'));
    const [admins, anyone] = root(element).querySelectorAll<HTMLInputElement>('input[name="whoCanEnable"]');
    expect(admins.checked, 'admins decide at first').to.equal(true);
    await toggle(anyone, element);
    await saveRefused(element);
    expect(anyone.getAttribute('aria-invalid')).to.equal('true');
    // On the unchecked one, Space would change the choice the person made.
    expect(root(element).activeElement === anyone, 'the chosen radio takes focus').to.equal(true);
    expect(anyone.checked).to.equal(true);
  });
});

describe('<support-access-settings>: after a refusal', () => {
  it('a Save the host vetoes (sa-policy-save cancelled) sends nothing and leaves the refusal marked and told', async () => {
    const { element, box } = await refusedTicket(ALWAYS_A_TICKET);
    element.addEventListener('sa-policy-save', (event) => event.preventDefault(), { once: true });
    await save(element);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, box)).to.equal(ALWAYS_A_TICKET);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Check the highlighted fields.',
    );
  });

  it('a message of the form’s own check that another admin’s change made moot goes with the next check, even when the host vetoes that save', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'durations', '7 days'), element);
    await save(element);
    const field = $<HTMLSelectElement>(element, '#defaultDuration');
    expect(describedError(element, field)).to.equal('Choose a default that is one of the offered durations.');
    org.updatePolicy({ defaultDuration: 'P1D' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => root(element).querySelector('[part="conflict"]'), 'the newer policy is shown', { timeout: 5000 });
    await element.updateComplete;
    element.addEventListener('sa-policy-save', (event) => event.preventDefault(), { once: true });
    await save(element);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(root(element).querySelector('.field-error')).to.equal(null);
  });

  /** "Ask for a reason" ticked and saved into a refusal that marks "Ask for a ticket", which the person did not edit. */
  async function ticketMarkedForReason() {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('requireTicket', 'A ticket is needed when a reason is.'));
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    await saveRefused(element);
    expect($(element, '#requireTicket').getAttribute('aria-invalid'), 'marked').to.equal('true');
    return { element, org };
  }

  /** Nothing left to save: no alert, and no field marked or described as wrong. */
  function expectNothingTold(element: SupportAccessSettings) {
    expect(element.dirty).to.equal(false);
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
    expect($(element, '#requireTicket').getAttribute('aria-invalid')).to.equal('false');
    expect(root(element).querySelector('.field-error')).to.equal(null);
  }

  it('the server marks a field the person did not edit: undoing every edit leaves no mark, as nothing is left to save', async () => {
    const { element } = await ticketMarkedForReason();
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    expectNothingTold(element);
  });

  it('the server marks a field the person did not edit: another admin saving the same edit leaves no mark', async () => {
    const { element, org } = await ticketMarkedForReason();
    org.updatePolicy({ requireReason: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => !element.dirty, 'nothing is left to save', { timeout: 5000 });
    await element.updateComplete;
    expectNothingTold(element);
  });

  it('a refusal naming a field with no words marks nothing and does not point at highlighted fields', async () => {
    const { element } = await refusedTicket('');
    expect(words($(element, '[role="alert"]').textContent)).to.equal('Could not save the support access policy. Some values are not valid.');
    expect(root(element).querySelector('[aria-invalid="true"]')).to.equal(null);
    // Nothing marked keeps it: the next edit clears it, as after any other failure.
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<support-access-settings>: a refused item of a group', () => {
  it('a server field error at one item of a group (422 naming durations.1) marks the whole group, which takes focus and says why', async () => {
    await mockOrganization({ scenario: 'carto' });
    const message = 'Your plan offers at most 30 days.';
    const element = await settings(refusingSave('durations.1', message));
    await toggle(choice(element, 'durations', '3 days'), element);
    await saveRefused(element);
    expect(words($(element, '[role="alert"]').textContent)).to.contain('Check the highlighted fields.');
    expectDurationsMarked(element, message);
    expect(element.dirty, 'the edit is kept').to.equal(true);
  });
});

describe('<support-access-settings>: a refusal the form has no field for', () => {
  it('says in the server’s words what it refused where no field can be marked (422 naming mode), and keeps the edit', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('mode', 'Support access is managed by your identity provider.'));
    const saved = $<HTMLSelectElement>(element, '#expiryWarning').value;
    await choose(element, 'expiryWarning', 'PT1H');
    await saveRefused(element);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Support access is managed by your identity provider.',
    );
    expect(root(element).querySelector('[aria-invalid="true"]'), 'no field is marked').to.equal(null);
    expect(element.dirty, 'the edit is kept').to.equal(true);
    // Another field edited: the alert is the only place that tells it, so it stays.
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Support access is managed by your identity provider.',
    );
    // Every edit undone: nothing is left to save, so nothing the alert could be about.
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    await choose(element, 'expiryWarning', saved);
    expect(element.dirty).to.equal(false);
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<support-access-settings>: the form’s own step check', () => {
  it('is dropped with another extension mode, so a step another admin set meanwhile is not called missing', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle(choice(element, 'extension', 'Prolong by a fixed step'), element);
    await save(element);
    expect($(element, '#extensionStep').getAttribute('aria-invalid'), 'no step chosen').to.equal('true');
    await toggle(choice(element, 'extension', 'The person chooses how long'), element);
    expect(element.dirty, 'back at the saved policy').to.equal(false);
    // Another admin prolongs by 4 hours; the form shows the newer policy.
    org.updatePolicy({ extension: 'prolong', extensionStep: 'PT4H' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => root(element).querySelector<HTMLSelectElement>('#extensionStep')?.value === 'PT4H', 'the newer policy shows', { timeout: 5000 });
    await element.updateComplete;
    expect($(element, '#extensionStep').getAttribute('aria-invalid'), 'a step is set').to.equal('false');
  });
});

describe('<support-access-settings>: a refusal of a field the form hides', () => {
  /**
   * Settings whose server refuses the count of approvers, with two chosen and then approval unticked:
   * the count is hidden but still sent. With the organization, to change the policy underneath.
   */
  async function hiddenCount() {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('approvalsRequired', 'Your plan allows one approver.'));
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    await choose(element, 'approvalsRequired', '2');
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    return { element, org };
  }

  it('says in the server’s words what it refused of a hidden setting (422 naming approvalsRequired while approval is off), with no "highlighted fields"', async () => {
    const { element } = await hiddenCount();
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await saveRefused(element);
    expect(root(element).querySelector('#approvalsRequired'), 'the count stays hidden').to.equal(null);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Your plan allows one approver.',
    );
    expect(root(element).querySelector('[aria-invalid="true"]'), 'no field is marked').to.equal(null);
    expect(element.dirty, 'the edits are kept').to.equal(true);
    // Another field edited: the failure is the only place that tells why the next Save would be refused, so it stays.
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Your plan allows one approver.',
    );

    // Approval ticked again to fix it: the refused count shows, marked, with the server's words under it.
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    const count = $<HTMLSelectElement>(element, '#approvalsRequired');
    expect(count.value).to.equal('2');
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, count)).to.equal('Your plan allows one approver.');
    // Told at its field now, the alert points there, and stays while the server's words mark a field.
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Check the highlighted fields.',
    );

    // Unticked again without fixing it: hidden, and still to be sent, the refusal is told in the alert again.
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    expect(root(element).querySelector('#approvalsRequired'), 'the count is hidden again').to.equal(null);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Your plan allows one approver.',
    );

    // Fixed: nothing the server refused is left, and the failure goes.
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    await choose(element, 'approvalsRequired', '1');
    expect(root(element).querySelector('[role="alert"]'), 'fixed, the failure goes').to.equal(null);
    expect($(element, '#approvalsRequired').getAttribute('aria-invalid')).to.equal('false');
  });

  it('a count refused while it shows, another field edited, then approval unticked: the server’s words are told in the alert', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('approvalsRequired', 'Your plan allows one approver.'));
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    await choose(element, 'approvalsRequired', '2');
    await saveRefused(element);
    expect($(element, '#approvalsRequired').getAttribute('aria-invalid')).to.equal('true');
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    expect(element.dirty, 'the refused count is still to be sent').to.equal(true);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Your plan allows one approver.',
    );
  });

  it('another admin saves what was refused here: nothing is left to save, and the failure goes', async () => {
    const { element, org } = await hiddenCount();
    await saveRefused(element);
    org.updatePolicy({ approvalsRequired: 2 });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => !element.dirty, 'nothing is left to save', { timeout: 5000 });
    await element.updateComplete;
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
  });

  it('a hidden field, then a Save the form stops itself (no duration): fixing the durations leaves the server’s reason told', async () => {
    const { element } = await hiddenCount();
    await saveRefused(element);
    const ticked = [...root(element).querySelectorAll<HTMLInputElement>('#durations input:checked')];
    for (const box of ticked) await toggle(box, element);
    await save(element);
    for (const box of ticked) await toggle(box, element);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Your plan allows one approver.',
    );
  });

  it('says what it refused of the step beside an extension that does not prolong (422 naming extensionStep)', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('extensionStep', 'Steps are set by your plan.'));
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await saveRefused(element);
    expect(words($(element, '[role="alert"]').textContent)).to.equal(
      'Could not save the support access policy. Some values are not valid. Steps are set by your plan.',
    );

    // Prolonging chosen to fix it: the step shows, marked, with the server's words under it.
    await toggle(choice(element, 'extension', 'Prolong by a fixed step'), element);
    const step = $<HTMLSelectElement>(element, '#extensionStep');
    expect(step.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(element, step)).to.equal('Steps are set by your plan.');
  });
});

describe('<support-access-settings>: failures', () => {
  it('412: shows the newer policy beside the edits; Keep my changes saves them over it', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.updatePolicy({ expiryWarning: 'PT2H' });
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await save(element);
    await waitUntil(() => root(element).querySelector('[part="conflict"]'), 'the conflict is shown', { timeout: 5000 });
    await element.updateComplete;

    expect(text(element)).to.contain('Someone else changed the policy while you were editing.');
    expect(root(element).activeElement?.id, 'focus moves to the conflict notice').to.equal('conflict');
    // Read once, on focus, as its title and sentence; not also as an alert that ends with its buttons' names.
    const notice = $(element, '#conflict');
    expect(notice.closest('[role="alert"]'), 'the notice is no alert').to.equal(null);
    expect(words($(element, `#${notice.getAttribute('aria-labelledby')}`).textContent)).to.equal('Someone else changed the policy while you were editing.');
    expect(words($(element, `#${notice.getAttribute('aria-describedby')}`).textContent)).to.match(/^The form shows their version .* or discard yours\.$/);
    await expect(element).to.be.accessible();
    expect(selectedLabel($(element, '#expiryWarning')), 'their newer value').to.equal('2 hours');
    expect(words($(element, '#expiryWarning-conflict').textContent)).to.equal('Changed by someone else: it was 1 day.');
    expect($<HTMLInputElement>(element, '#requireTicket').checked, 'my edit is still there').to.equal(true);
    expect(words($(element, '#requireTicket-conflict').textContent)).to.equal('Now: No · Yours: Yes');
    expect($(element, '#requireTicket').getAttribute('aria-describedby')).to.contain('requireTicket-conflict');
    expect(element.dirty).to.equal(true);
    expect(org.getState().policy.requireTicket).to.equal(false);
    await expect(element).to.be.accessible();

    const saved = oneEvent(element, 'sa-policy-saved');
    button(element, 'Keep my changes').click();
    await saved;
    await element.updateComplete;
    expect(org.getState().policy.requireTicket).to.equal(true);
    expect(org.getState().policy.expiryWarning, 'their change stays').to.equal('PT2H');
    expect(root(element).querySelector('[part="conflict"]')).to.equal(null);
    expect(policyRequests(requests)).to.have.length(2);
    expect(element.dirty).to.equal(false);
  });

  it('412 where the policy did not change: sends the edits again by itself, and no error is ever shown', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('updatePolicy', { status: 412, times: 1 });
    // Every alert that enters the element's DOM, even for one task.
    const alerts: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (!(node instanceof Element)) continue;
        for (const alert of [node, ...node.querySelectorAll('*')].filter((candidate) => candidate.getAttribute('role') === 'alert')) {
          alerts.push(words(alert.textContent));
        }
      }
    });
    observer.observe(root(element), { childList: true, subtree: true });
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    const saved = oneEvent(element, 'sa-policy-saved');
    await save(element);
    await saved;
    await element.updateComplete;
    observer.disconnect();

    expect(alerts, 'no alert for a failure the element handled itself').to.deep.equal([]);
    expect(policyRequests(requests)).to.have.length(2);
    expect(org.getState().policy.requireReason).to.equal(true);
    expect(words($(element, '[role="status"]').textContent)).to.equal('Policy saved.');
  });

  it('412 on a save, with another change made while it was on its way: the edits sent again by itself are offered to the host first, as every change is', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const recording = recordingFetch();
    const element = await settings(createClient({ retries: 0, fetch: recording.fetch }));
    const offered: unknown[] = [];
    element.addEventListener('sa-policy-save', (event) => offered.push((event as SaPolicySaveEvent).detail.patch));
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    org.faults.inject('updatePolicy', { status: 412, latency: 400, times: 1 });
    const saved = oneEvent(element, 'sa-policy-saved');
    await save(element);
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    await saved;
    const sent = await Promise.all(recording.started.filter(({ request }) => request.method === 'PATCH').map(({ request }) => request.json()));
    expect(sent).to.deep.equal([{ requireTicket: true }, { requireReason: true, requireTicket: true }]);
    expect(offered, 'every patch sent was offered first').to.deep.equal(sent);
  });

  it('412 again on the edits sent again by itself: sends them no third time, and shows the conflict notice', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    // Bounded, so that an element which resends on every 412 stops once this test is over.
    org.faults.inject('updatePolicy', { status: 412, times: 5 });
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    await save(element);
    await waitUntil(() => policyRequests(requests).length >= 2, 'the edits are sent again', { timeout: 5000 });
    // Time for any further resend to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(policyRequests(requests).length, 'the first save and one resend, no more').to.equal(2);

    await waitUntil(() => root(element).querySelector('[part="conflict"]'), 'the conflict is shown', { timeout: 5000 });
    await element.updateComplete;
    expect(text(element)).to.contain('Someone else changed the policy while you were editing.');
    expect(root(element).activeElement?.id, 'focus moves to the conflict notice').to.equal('conflict');
    expect($<HTMLInputElement>(element, '#requireReason').checked, 'the edit is still there').to.equal(true);
    expect(element.dirty).to.equal(true);
    expect(org.getState().policy.requireReason).to.equal(false);
  });

  it('412 on the same field: compares both values; Discard mine takes theirs', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await choose(element, 'expiryWarning', 'P3D');
    org.updatePolicy({ expiryWarning: 'PT2H' });
    await save(element);
    await waitUntil(() => root(element).querySelector('[part="conflict"]'), 'the conflict is shown', { timeout: 5000 });
    await element.updateComplete;
    expect(words($(element, '#expiryWarning-conflict').textContent)).to.equal('Now: 2 hours · Yours: 3 days');
    expect(selectedLabel($(element, '#expiryWarning')), 'my value stays in the field').to.equal('3 days');

    button(element, 'Discard mine').click();
    await element.updateComplete;
    expect(selectedLabel($(element, '#expiryWarning'))).to.equal('2 hours');
    expect(element.dirty).to.equal(false);
    expect(root(element).querySelector('[part="conflict"]')).to.equal(null);
    expect(policyRequests(requests)).to.have.length(1);
  });

  it('a newer policy found by a refresh while the person edits is announced, and takes no focus from the field', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await choose(element, 'expiryWarning', 'P3D');
    const field = $<HTMLSelectElement>(element, '#expiryWarning');
    field.focus();
    org.updatePolicy({ expiryWarning: 'PT2H' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => root(element).querySelector('[part="conflict"]'), 'the conflict is shown', { timeout: 5000 });
    await element.updateComplete;
    // Not focused (the person is in a field), so read out as an alert.
    expect($(element, '[part="conflict"]').getAttribute('role')).to.equal('alert');
    expect(text(element)).to.contain('Someone else changed the policy while you were editing.');
    expect(root(element).activeElement, 'focus stays in the field').to.equal(field);
    expect(words($(element, '#expiryWarning-conflict').textContent)).to.equal('Now: 2 hours · Yours: 3 days');
  });

  it('500: keeps the edits, says what failed, and Try again saves them', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await failToSaveReason(element, org);
    expect(words($(element, '[role="alert"]').textContent)).to.contain(
      'Could not save the support access policy. Something unexpected went wrong.',
    );
    expect($<HTMLInputElement>(element, '#requireReason').checked).to.equal(true);
    expect(element.dirty).to.equal(true);
    expect(org.getState().policy.requireReason).to.equal(false);
    await expect(element).to.be.accessible();

    const saved = oneEvent(element, 'sa-policy-saved');
    button(element, 'Try again').click();
    await saved;
    expect(org.getState().policy.requireReason).to.equal(true);
    expect(policyRequests(requests)).to.have.length(2);
    expect(element.dirty).to.equal(false);
  });
});

describe('<support-access-settings>: another organization', () => {
  /** The settings in a provider on CARTO's organization, and another organization (`next`) to switch to. */
  async function beforeSwitching(next: Parameters<typeof anotherOrganization>[0]) {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const other = anotherOrganization(next);
    const provider = await fixture<HTMLElementTagNameMap['support-access-provider']>(html`<support-access-provider base-url=${DEFAULT_BASE_URL} locale="en-US">
      <support-access-settings></support-access-settings>
    </support-access-provider>`);
    const element = provider.querySelector('support-access-settings')!;
    await waitUntil(() => element.status === 'editable', 'the first organization loads', { timeout: 5000 });
    await element.updateComplete;
    return { org, requests, other, provider, element };
  }

  it('the provider switches organization: edits and a failed save for the last one are dropped, no conflict is claimed, and nothing is saved to the next', async () => {
    const { org, other, provider, element } = await beforeSwitching({ scenario: 'segment' });
    await failToSaveReason(element, org);
    expect(element.dirty).to.equal(true);

    // The host's route now names another organization.
    provider.baseUrl = OTHER_BASE_URL;
    await waitUntil(() => other.requests.length > 0 && element.status === 'editable', 'the next one loads', { timeout: 5000 });
    await element.updateComplete;
    expect(element.dirty, 'no edits pending for this organization').to.equal(false);
    expect(element.hasAttribute('dirty')).to.equal(false);
    expect($<HTMLInputElement>(element, '#requireReason').checked, 'its own policy, not the last one’s edit').to.equal(false);
    expect(text(element)).not.to.contain('Someone else changed');
    expect(root(element).querySelectorAll('[role="alert"]'), 'the last one’s failure').to.have.length(0);
    expect(other.requests.filter((request) => request.method === 'PATCH')).to.have.length(0);
  });

  it('a save for the last organization whose answer was lost is not told saved by the next one’s policy', async () => {
    const { org, requests, other, provider, element } = await beforeSwitching({ scenario: 'keboola' });
    const said = recordText(element);
    const told: Event[] = [];
    element.addEventListener('sa-policy-saved', (event) => told.push(event));
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    // Lost, and not made: the reload shows no reason asked for.
    org.faults.inject('updatePolicy', { status: 502, times: 1 });
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await failed;
    await waitUntil(() => requests.filter((request) => request.operation === 'getState').length === 2, 'the reload came', { timeout: 5000 });
    await aTimeout(100);
    expect($<HTMLInputElement>(element, '#requireReason').checked, 'the edit waits').to.equal(true);

    // The next organization asks for a reason already.
    provider.baseUrl = OTHER_BASE_URL;
    await waitUntil(() => other.requests.length > 0 && element.status === 'editable', 'the next one loads', { timeout: 5000 });
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#requireReason').checked).to.equal(true);
    expect(said.some((shown) => shown.includes('Policy saved.')), 'nothing was saved to it').to.equal(false);
    expect(told, 'nor is the host told so').to.have.length(0);
  });
});

describe('<support-access-settings>: heading level', () => {
  for (const level of ['0', 'h3']) {
    it(`falls back to a level-2 heading for heading-level="${level}"`, async () => {
      await mockOrganization({ scenario: 'carto' });
      const element = await fixture<SupportAccessSettings>(
        html`<support-access-settings .client=${createClient({ retries: 0 })} heading-level=${level}></support-access-settings>`,
      );
      await waitUntil(() => element.status !== 'loading', 'the settings load', { timeout: 5000 });
      await element.updateComplete;
      const heading = $(element, '[role="heading"]');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      await expect(element).to.be.accessible();
    });
  }
});

describe('<support-access-settings>: what hands-on testing found', () => {
  /** The settings in German in a 328 px column (a phone) with the host's text at `fontSize`, loaded. */
  async function germanOnPhone(fontSize: number) {
    await mockOrganization({ scenario: 'carto' });
    const wrapper = await fixture<HTMLElement>(
      html`<div style=${`inline-size: 328px; font: ${fontSize}px system-ui, sans-serif`}><support-access-settings .client=${createClient({ retries: 0 })} locale="de" time-zone="UTC"></support-access-settings></div>`,
    );
    const element = wrapper.firstElementChild as SupportAccessSettings;
    // The German catalog loads on demand, perhaps after the policy.
    await waitUntil(() => words(root(element).querySelector('form')?.textContent ?? '').includes('Administrator'), 'the settings load, in German', { timeout: 5000 });
    await element.updateComplete;
    return element;
  }

  /** Each one-word offered choice on one line: not cut inside its word ("Administrato" / "r"). */
  function expectChoicesWhole(element: SupportAccessSettings) {
    for (const label of root(element).querySelectorAll<HTMLElement>('.options .choice span')) {
      if (words(label.textContent).includes(' ')) continue;
      const range = document.createRange();
      range.selectNodeContents(label);
      expect(range.getClientRects().length, `"${words(label.textContent)}" is on one line`).to.equal(1);
    }
  }

  it('on a phone (328 px), in German, breaks no offered choice in the middle of a word', async () => {
    const element = await germanOnPhone(16);
    const labels = [...root(element).querySelectorAll<HTMLElement>('.options .choice span')];
    expect(labels.map((label) => words(label.textContent))).to.include('Administrator');
    expectChoicesWhole(element);
  });

  it('on a phone (328 px) with 20 px host text, in German, nothing runs past the element’s edge or breaks inside a word', async () => {
    const element = await germanOnPhone(20);
    const edge = element.getBoundingClientRect().right;
    const pieces = [...root(element).querySelectorAll<HTMLElement>('[part~="field"], legend, select, .choice')];
    expect(pieces.length).to.be.above(10);
    for (const piece of pieces) {
      const name = words(piece.textContent).slice(0, 40) || piece.id;
      expect(piece.getBoundingClientRect().right, `"${name}" ends inside the element`).to.be.at.most(edge + 0.5);
    }
    expectChoicesWhole(element);
  });

  it('keeps a change made while a save is on its way, and stays dirty with it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('updatePolicy', { latency: 400, times: 1 });
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    const saved = oneEvent(element, 'sa-policy-saved');
    await save(element);
    expect(element.status).to.equal('saving');
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await saved;
    await element.updateComplete;

    expect(org.getState().policy.requireReason, 'the first change is saved').to.equal(true);
    expect(org.getState().policy.requireTicket, 'the second was not sent').to.equal(false);
    expect($<HTMLInputElement>(element, '#requireTicket').checked, 'and is still shown').to.equal(true);
    expect(element.dirty, 'and waits to be saved').to.equal(true);
    await waitUntil(() => element.status === 'editable', 'the save has ended');
    await save(element);
    await waitUntil(() => org.getState().policy.requireTicket, 'the second change is saved too');
  });

  it('keeps a change undone while a save is on its way: what the person chose last shows and waits to be saved', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('updatePolicy', { latency: 400, times: 1 });
    const box = $<HTMLInputElement>(element, '#requireTicket');
    await toggle(box, element);
    const saved = oneEvent(element, 'sa-policy-saved');
    await save(element);
    expect(element.status).to.equal('saving');
    await toggle(box, element);
    // A host asking before the person leaves: the save on its way will undo the untick.
    expect(element.dirty, 'unsaved while the save is on its way').to.equal(true);
    expect(element.hasAttribute('dirty')).to.equal(true);
    await saved;
    await element.updateComplete;
    expect(org.getState().policy.requireTicket, 'the tick was saved').to.equal(true);
    expect(box.checked, 'the untick is still shown').to.equal(false);
    expect(element.dirty, 'and waits to be saved').to.equal(true);
  });

  it('every change undone while a save is on its way that the server refuses: nothing is left to save, so nothing is marked or told', async () => {
    await mockOrganization({ scenario: 'carto' });
    const element = await settings(refusingSave('requireTicket', ALWAYS_A_TICKET, 400));
    const box = $<HTMLInputElement>(element, '#requireTicket');
    await toggle(box, element);
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await toggle(box, element);
    await failed;
    await waitUntil(() => element.status === 'editable', 'the save has ended');
    await element.updateComplete;
    expect(element.dirty).to.equal(false);
    expect(box.getAttribute('aria-invalid')).to.equal('false');
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
  });

  it('a change undone while a save is on its way whose answer is lost: once the reloaded policy shows it went through, the undo waits to be saved, with no conflict', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    const ticket = $<HTMLInputElement>(element, '#requireTicket');
    await toggle(ticket, element);
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.faults.inject('updatePolicy', { status: 502, afterEffect: true, latency: 400, times: 1 });
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await toggle(ticket, element);
    await failed;
    await element.updateComplete;
    expect(text(element), 'nothing is known yet').not.to.contain('Policy saved.');
    await waitUntil(() => text(element).includes('Policy saved.'), 'the reloaded policy shows the save went through', { timeout: 5000 });
    await element.updateComplete;
    expect(org.getState().policy.requireTicket, 'the server took the tick').to.equal(true);
    expect(ticket.checked, 'the untick is still shown').to.equal(false);
    expect(element.dirty, 'and waits to be saved').to.equal(true);
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
  });

  it('a change undone while a save is on its way that fails (500): nothing says the policy was saved', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    const ticket = $<HTMLInputElement>(element, '#requireTicket');
    const said = recordText(element);
    await toggle(ticket, element);
    org.faults.inject('updatePolicy', { status: 500, latency: 400, times: 1 });
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await toggle(ticket, element);
    await failed;
    await waitUntil(() => element.status === 'editable' && !element.dirty, 'the save has ended', { timeout: 5000 });
    await aTimeout(300);
    expect(org.getState().policy.requireTicket).to.equal(false);
    expect(said.some((shown) => shown.includes('Policy saved.')), 'never "Policy saved."').to.equal(false);
  });

  it('a save whose answer is lost after it was made shows the policy saved, not a failure and not a conflict', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.faults.inject('updatePolicy', { status: 502, afterEffect: true, times: 1 });
    const failed = oneEvent(element, 'sa-error');
    const told: Event[] = [];
    element.addEventListener('sa-policy-saved', (event) => told.push(event));
    await save(element);
    expect((await failed).detail.error.code, 'the host is told').to.equal('unavailable');
    await waitUntil(() => !element.dirty, 'the saved policy is shown');
    await element.updateComplete;
    expect(root(element).querySelector('[role="alert"], [part="conflict"]') === null, 'no failure or conflict').to.be.true;
    expect(words($(element, '[role="status"]').textContent)).to.equal('Policy saved.');
    expect($<HTMLInputElement>(element, '#requireReason').checked).to.equal(true);
    expect(told, 'as after every lost answer, sa-error and the state told the host, not a past-tense event').to.have.length(0);
  });

  /** Ticks "Ask for a reason" and saves it into an answer that is lost (`fault`): the failure is shown when this returns. */
  async function loseTheAnswer(element: SupportAccessSettings, org: MockOrganization, fault: Parameters<MockOrganization['faults']['inject']>[1]) {
    const said = recordText(element);
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.faults.inject('updatePolicy', { times: 1, ...fault });
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await failed;
    await element.updateComplete;
    return said;
  }

  /** The next reload (the tab shown again) shows the saved policy. */
  async function reload(element: SupportAccessSettings) {
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => !element.dirty, 'the saved policy is shown', { timeout: 5000 });
    await element.updateComplete;
  }

  it('a save whose answer is lost and whose reload fails is told saved when a later reload shows it went through', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('getState', { status: 500, times: 1 });
    const said = await loseTheAnswer(element, org, { status: 502, afterEffect: true });
    await waitUntil(() => text(element).includes('Showing the last known policy'), 'the reload failed', { timeout: 5000 });
    await reload(element);
    expect(said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."').to.equal(true);
    expect(root(element).querySelector('[role="alert"]'), 'the failure goes').to.equal(null);
  });

  it('a save that timed out and that the server made afterwards is told saved when a later reload shows it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings(createClient({ retries: 0, timeout: 300 }));
    const said = await loseTheAnswer(element, org, { latency: 700 });
    await waitUntil(() => org.getState().policy.requireReason, 'the server makes the change late', { timeout: 5000 });
    await reload(element);
    expect(said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."').to.equal(true);
    expect(root(element).querySelector('[role="alert"]'), 'the failure goes').to.equal(null);
  });

  it('a save whose answer is lost, with the element moved while its reload is on its way, is told saved', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('getState', { latency: 300, times: 1 });
    const said = recordText(element);
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.faults.inject('updatePolicy', { status: 502, afterEffect: true, times: 1 });
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await failed;
    const parent = element.parentNode!;
    element.remove();
    await aTimeout(50);
    parent.append(element);
    await waitUntil(() => !element.dirty, 'the saved policy is shown', { timeout: 5000 });
    await element.updateComplete;
    expect(said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."').to.equal(true);
  });

  it('a change made after a lost answer, before the reload came, stays an edit: the save is told, and no other admin is claimed', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('getState', { latency: 600, times: 1 });
    const said = await loseTheAnswer(element, org, { status: 502, afterEffect: true });
    const ticket = $<HTMLInputElement>(element, '#requireTicket');
    await toggle(ticket, element);
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect(org.getState().policy.requireReason).to.equal(true);
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
    expect(ticket.checked, 'the later edit is still shown').to.equal(true);
    expect(element.dirty, 'and waits to be saved').to.equal(true);
  });

  /** "Ask for a reason" saved into a lost answer that was made, and the reload after it failed. */
  async function lostAndReloadFailed(element: SupportAccessSettings, org: MockOrganization) {
    org.faults.inject('getState', { status: 500, times: 1 });
    const said = await loseTheAnswer(element, org, { status: 502, afterEffect: true });
    await waitUntil(() => text(element).includes('Showing the last known policy'), 'the reload failed', { timeout: 5000 });
    expect(org.getState().policy.requireReason, 'the save was made').to.equal(true);
    return said;
  }

  it('a lost save that was made, with an edit before any reload showed it: another admin’s change to that field meanwhile is shown beside the edit', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    const said = await lostAndReloadFailed(element, org);
    await choose(element, 'defaultDuration', 'P30D');
    org.updatePolicy({ defaultDuration: 'P1D' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect($<HTMLSelectElement>(element, '#defaultDuration').value, 'the edit is still shown').to.equal('P30D');
    expect(root(element).querySelector('[part="conflict"]'), 'and so is the other admin’s 1 day, before a Save overwrites it').not.to.equal(null);
  });

  it('a lost save that was made, whose reload failed, then its Try again: the refusal (412) reloads the policy, which shows it was saved', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    const said = await lostAndReloadFailed(element, org);
    const failure = [...root(element).querySelectorAll('.failure')].find((block) => block.textContent!.includes('Could not save'))!;
    failure.querySelector('button')!.click();
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await waitUntil(() => element.status === 'editable', 'the retry settled', { timeout: 5000 });
    await element.updateComplete;
    expect(element.dirty).to.equal(false);
    expect(root(element).querySelector('[role="alert"], [part="conflict"]'), 'no failure or conflict').to.equal(null);
  });

  it('a lost save that was made, whose reload failed, then its Try again told to wait (429): once a reload shows the save, no failure is left beside "Policy saved."', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    const said = await lostAndReloadFailed(element, org);
    org.faults.inject('updatePolicy', { status: 429, retryAfter: 1, times: 1 });
    const limited = oneEvent(element, 'sa-error');
    [...root(element).querySelectorAll('.failure')].find((block) => block.textContent!.includes('Could not save'))!.querySelector('button')!.click();
    expect((await limited).detail.error.code).to.equal('rate-limited');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect(text(element), 'nothing is left to try again').not.to.contain('Could not save');
    expect(root(element).querySelector('[role="alert"]')).to.equal(null);
    expect(policyRequests(requests), 'the save and its one Try again').to.have.length(2);
  });

  it('a lost save that was made, whose reload failed, then another edit saved: the person’s own save is not shown as another admin’s change, and the edit is saved', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await lostAndReloadFailed(element, org);
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await save(element);
    await waitUntil(() => org.getState().policy.requireTicket && !element.dirty, 'the edit is saved', { timeout: 5000 });
    await element.updateComplete;
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
  });

  /**
   * On a server that drops the step when extensions stop prolonging, stopping them is saved into a lost
   * answer that was made, and the reload after it meets `reload`: the failure is shown when this returns.
   */
  async function droppingTheStep(reload: Parameters<MockOrganization['faults']['inject']>[1], alsoAskForReason = false) {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.updatePolicy({ extension: 'prolong', extensionStep: 'PT24H' });
    const update = org.updatePolicy.bind(org);
    org.updatePolicy = (patch) => update(patch.extension && patch.extension !== 'prolong' ? { ...patch, extensionStep: null } : patch);
    const element = await settings();
    const said = recordText(element);
    await toggle(choice(element, 'extension', 'Not allowed'), element);
    if (alsoAskForReason) await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.faults.inject('updatePolicy', { status: 502, afterEffect: true, times: 1 });
    org.faults.inject('getState', { times: 1, ...reload });
    const failed = oneEvent(element, 'sa-error');
    await save(element);
    await failed;
    await element.updateComplete;
    return { org, element, said };
  }

  it('a lost save that was made, on a server that fills in a field the form hides: an edit before the reload shows no conflict', async () => {
    const { org, element, said } = await droppingTheStep({ latency: 600 });
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect(org.getState().policy.extensionStep, 'the server dropped the step').to.equal(undefined);
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
  });

  it('a lost save that was made, on a server that fills in a field the form hides, whose reload failed: another edit saved (412) is saved, with no conflict', async () => {
    const { org, element, said } = await droppingTheStep({ status: 500 });
    await waitUntil(() => text(element).includes('Showing the last known policy'), 'the reload failed', { timeout: 5000 });
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await save(element);
    await waitUntil(() => org.getState().policy.requireTicket && !element.dirty, 'the edit is saved', { timeout: 5000 });
    await element.updateComplete;
    expect(said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."').to.equal(true);
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
  });

  /** The same, also asking for a reason; after the reload failed, the person prolongs by 4 hours again. */
  async function stepDroppedThenProlongedAgain() {
    const dropped = await droppingTheStep({ status: 500 }, true);
    const { element } = dropped;
    await waitUntil(() => text(element).includes('Showing the last known policy'), 'the reload failed', { timeout: 5000 });
    await toggle(choice(element, 'extension', 'Prolong by a fixed step'), element);
    await choose(element, 'extensionStep', 'PT4H');
    return dropped;
  }

  it('a lost save that dropped the hidden step, then prolonging again before a reload showed it: no conflict, as the step was nobody’s change', async () => {
    const { element, said } = await stepDroppedThenProlongedAgain();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
  });

  it('the same, saved (412): "Policy saved.", with no conflict', async () => {
    const { element, said } = await stepDroppedThenProlongedAgain();
    await save(element);
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')) && !element.dirty, 'saved', { timeout: 5000 });
    await element.updateComplete;
    expect(root(element).querySelector('[part="conflict"]'), 'nobody else changed the policy').to.equal(null);
  });

  it('a lost save that was made, with an edit since: another admin’s change to another field in the meantime is told beside the edit, as without the lost save', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    const said = await lostAndReloadFailed(element, org);
    await choose(element, 'defaultDuration', 'P30D');
    org.updatePolicy({ requireTicket: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => said.some((shown) => shown.includes('Policy saved.')), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#requireTicket').checked, 'the other admin’s change is shown').to.equal(true);
    expect(root(element).querySelector('[part="conflict"]'), 'and told').not.to.equal(null);
  });

  it('Discard changes while the reload after a lost save is on its way drops the edits and the failure at once', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    org.faults.inject('getState', { latency: 1500, times: 1 });
    await loseTheAnswer(element, org, { status: 502 });
    expect(text(element)).to.contain('Could not save');
    button(element, 'Discard changes').click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#requireReason').checked, 'the edit is dropped').to.equal(false);
    expect(element.dirty).to.equal(false);
    expect(text(element), 'nothing is left to try again').not.to.contain('Could not save');
    await waitUntil(() => !root(element).querySelector('[aria-busy="true"]'), 'the reload has come', { timeout: 5000 });
  });

  /** A lost save that was not made, taken back (`takeBack`): another admin's same change later is not this person's save. */
  async function takenBackThenMadeByAnother(takeBack: (element: SupportAccessSettings) => Promise<void>) {
    const { org, requests } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await loseTheAnswer(element, org, { status: 502 });
    await waitUntil(() => requests.filter((request) => request.operation === 'getState').length === 2, 'the reload came', { timeout: 5000 });
    await element.updateComplete;
    expect(org.getState().policy.requireReason, 'the save was not made').to.equal(false);
    await takeBack(element);
    const said = recordText(element);
    org.updatePolicy({ requireReason: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => $<HTMLInputElement>(element, '#requireReason').checked, 'the other admin’s change is shown', { timeout: 5000 });
    await element.updateComplete;
    expect(said.some((shown) => shown.includes('Policy saved.')), 'nothing of this person’s was saved').to.equal(false);
    return element;
  }

  it('a lost save that was not made, discarded: another admin’s same change later is not told "Policy saved."', async () => {
    await takenBackThenMadeByAnother(async (element) => {
      button(element, 'Discard changes').click();
      await element.updateComplete;
    });
  });

  it('a lost save that was not made, another edit, then the lost save undone: another admin’s same change later is shown, and the next Save does not undo it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await loseTheAnswer(element, org, { status: 502 });
    await waitUntil(() => element.status === 'editable' && !root(element).querySelector('[aria-busy="true"]'), 'the reload came', { timeout: 5000 });
    await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.updatePolicy({ requireReason: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => $<HTMLInputElement>(element, '#requireReason').checked, 'the other admin’s change is shown', { timeout: 5000 });
    await save(element);
    await waitUntil(() => !element.dirty && org.getState().policy.requireTicket, 'the ticket is saved', { timeout: 5000 });
    expect(org.getState().policy.requireReason, 'the other admin’s change stays').to.equal(true);
  });

  it('a lost save that was not made, undone, then another edit: another admin’s same change later is a conflict under that edit, not "Policy saved."', async () => {
    const element = await takenBackThenMadeByAnother(async (element) => {
      await toggle($<HTMLInputElement>(element, '#requireReason'), element);
      expect(element.dirty).to.equal(false);
      await toggle($<HTMLInputElement>(element, '#requireTicket'), element);
    });
    expect(root(element).querySelector('[part="conflict"]'), 'someone else changed the policy under the edit').not.to.equal(null);
  });

  it('a save sent while another admin’s change was shown, whose answer is lost but which went through: "Policy saved." without that notice', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.updatePolicy({ requireTicket: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => root(element).querySelector('[part="conflict"]'), 'the other admin’s change is shown', { timeout: 5000 });
    org.faults.inject('updatePolicy', { status: 502, afterEffect: true, latency: 400, times: 1 });
    await save(element);
    await toggle($<HTMLInputElement>(element, '#requireApproval'), element);
    await waitUntil(() => text(element).includes('Policy saved.'), 'told "Policy saved."', { timeout: 5000 });
    await element.updateComplete;
    expect(org.getState().policy.requireReason).to.equal(true);
    expect(root(element).querySelector('[part="conflict"]'), 'the notice is answered by the save').to.equal(null);
  });

  it('a save refused because the person lost the permission (403) offers no Try again, and the form turns read-only', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await toggle($<HTMLInputElement>(element, '#requireReason'), element);
    org.signInAs('u-viktor');
    await save(element);
    await waitUntil(() => element.status === 'read-only', 'the settings reload and turn read-only');
    await element.updateComplete;
    expect(text(element)).to.contain('You can see this policy, but you do not have permission to change it.');
    expect(root(element).querySelector('input, select') === null, 'nothing left to edit').to.be.true;
    expect([...root(element).querySelectorAll('button')].map((candidate) => words(candidate.textContent))).not.to.include('Try again');
    await expect(element).to.be.accessible();
  });

  it('after Try again saves, focus stays in the settings, on their heading', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const element = await settings();
    await failToSaveReason(element, org);
    const retry = button(element, 'Try again');
    retry.focus();
    const saved = oneEvent(element, 'sa-policy-saved');
    retry.click();
    await saved;
    await element.updateComplete;
    expect(root(element).activeElement?.id).to.equal('heading');
  });
});

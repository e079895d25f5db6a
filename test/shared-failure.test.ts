/** What the elements under one provider show together when the shared state cannot be loaded. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-log/define.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-access-settings/define.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import { words } from './helpers/dom.js';
import { createClient, mockOrganization } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

/** `children` under one provider, on a page whose first state load fails (the client tries a read three times). */
async function failingFirstLoad(children: TemplateResult) {
  const { org } = await mockOrganization({ scenario: 'carto' });
  org.faults.inject('getState', { status: 500, times: 3 });
  const host = await fixture(html`<support-access-provider .client=${createClient()}>${children}</support-access-provider>`);
  return { org, elements: [...host.children] };
}

describe('a failed state load under a provider', () => {
  it('is shown by every element but read out once; Try again in any of them loads all', async () => {
    const { elements } = await failingFirstLoad(html`
      <support-access-panel time-zone="UTC"></support-access-panel>
      <support-access-settings></support-access-settings>
      <access-request-list></access-request-list>
      <support-access-log></support-access-log>
    `);
    const failures = () => elements.map((element) => element.shadowRoot?.querySelector('.failure') ?? null);
    await waitUntil(() => failures().every(Boolean), 'every element shows the failure');
    for (const failure of failures()) expect(words(failure!.querySelector('p')!.textContent)).to.match(/^Could not load support access\. /);
    expect(failures().filter((failure) => failure!.getAttribute('role') === 'alert'), 'one announcement').to.have.length(1);
    // Several Try again buttons on one screen: each is described by what it retries.
    for (const failure of failures()) {
      const retry = failure!.querySelector('button')!;
      const description = (failure!.getRootNode() as ShadowRoot).getElementById(retry.getAttribute('aria-describedby')!);
      expect(description === failure!.querySelector('p'), 'Try again is described by its failure').to.equal(true);
    }
    for (const element of elements) await expect(element).to.be.accessible();

    failures()[2]!.querySelector('button')!.click();
    await waitUntil(() => elements.every((element) => !element.shadowRoot!.querySelector('.failure')), 'every element loads');
    const panel = elements[0] as SupportAccessPanel;
    await waitUntil(() => panel.status === 'off', 'the panel shows the state');
  });

  it('after a 503 with Retry-After, every element’s Try again waits, then comes back by itself', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('getState', { status: 503, retryAfter: 2, times: 1 });
    const host = await fixture(html`<support-access-provider .client=${createClient({ retries: 0 })}>
      <support-access-panel time-zone="UTC"></support-access-panel>
      <support-access-settings></support-access-settings>
      <access-request-list></access-request-list>
    </support-access-provider>`);
    const retries = () => [...host.children].map((element) => element.shadowRoot?.querySelector('.failure button') ?? null);
    await waitUntil(() => retries().every(Boolean), 'every element shows the failure');
    expect(retries().map((retry) => retry!.getAttribute('aria-disabled')), 'each waits as the server asked').to.deep.equal(['true', 'true', 'true']);
    await waitUntil(() => retries().every((retry) => !retry!.hasAttribute('aria-disabled')), 'every Try again comes back by itself', { timeout: 4000 });
  });

  it('a later failure is read out again', async () => {
    const { org, elements } = await failingFirstLoad(html`
      <support-access-panel time-zone="UTC"></support-access-panel>
      <access-request-list></access-request-list>
    `);
    const alerts = () => elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll('[role="alert"]')]);
    await waitUntil(() => alerts().length === 1, 'the failure is announced');
    org.faults.inject('getState', { status: 503, times: 3 });
    alerts()[0].querySelector('button')!.click();
    await waitUntil(() => alerts().length === 1 && words(alerts()[0].textContent).includes('temporarily unavailable'), 'the new failure is announced once');
  });
});

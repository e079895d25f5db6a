/**
 * A provider defined after the elements inside it (a host importing it lazily). This file never
 * imports the provider's define file: the test registers the provider itself, once the elements
 * are on the page.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/support-access-panel/define.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import { SupportAccessProvider } from '../src/elements/support-access-provider/support-access-provider.js';
import { createOrganization, handlers, type ScenarioName } from '../src/mocks/index.js';
import { words } from './helpers/dom.js';
import { mockOrganization, NOW, worker } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

/** Another organization, served under `baseUrl`; lists the paths of the requests it answered. */
function serve(baseUrl: string, scenario: ScenarioName): string[] {
  const seen: string[] = [];
  const org = createOrganization({ now: NOW, frozen: true, scenario });
  worker.use(...handlers(org, { baseUrl, onRequest: ({ request }) => seen.push(new URL(request.url).pathname) }));
  return seen;
}

const text = (element: Element) => words(element.shadowRoot!.textContent);

describe('a provider defined after the elements inside it', () => {
  it('lets go of an element that left it, and never drives it after it moved under another provider', async () => {
    await mockOrganization({ scenario: 'carto' });
    serve('/api/b', 'always-on');
    const servedToA2 = serve('/api/a2', 'expiring-soon');
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <support-access-provider id="a" base-url="/api/support-access" locale="de">
          <support-access-panel></support-access-panel>
        </support-access-provider>
        <support-access-provider id="b" base-url="/api/b" locale="en-US"></support-access-provider>
      </div>
    `);
    const panel = page.querySelector<SupportAccessPanel>('support-access-panel')!;
    const a = page.querySelector<SupportAccessProvider>('#a')!;
    const b = page.querySelector<SupportAccessProvider>('#b')!;

    SupportAccessProvider.define();
    await waitUntil(() => text(panel).includes('Zugriff aktivieren'), 'the panel speaks for provider a', { timeout: 5000 });

    // Removed: what provider a does next is none of the panel's business.
    panel.remove();
    const shownWhenRemoved = text(panel);
    a.locale = 'de-AT';
    a.baseUrl = '/api/a1';
    await a.updateComplete;
    await aTimeout(100);
    expect(text(panel), 'the removed panel is not re-rendered by provider a').to.equal(shownWhenRemoved);

    // Under provider b, it shows b's organization in b's language, and stays there.
    b.append(panel);
    await waitUntil(() => text(panel).includes('Support access is always on'), 'the panel shows provider b’s state', { timeout: 5000 });
    a.locale = 'de';
    a.baseUrl = '/api/a2';
    await a.updateComplete;
    await aTimeout(300);
    await panel.updateComplete;
    expect(text(panel)).to.contain('Support access is always on');
    expect(text(panel)).to.contain('Your provider manages support access');
    expect(servedToA2, 'nothing asked provider a’s new organization').to.deep.equal([]);
  });
});

describe('a provider that starts inside another one', () => {
  it('takes over the elements inside it from the outer provider', async () => {
    await mockOrganization({ scenario: 'carto' });
    const servedToInner = serve('/api/inner', 'always-on');
    SupportAccessProvider.define();
    // The inner provider's tag is defined only once the panel already speaks for the outer one.
    const page = await fixture<HTMLDivElement>(html`
      <support-access-provider base-url="/api/support-access" locale="en-US">
        <inner-access-provider base-url="/api/inner" locale="en-US">
          <support-access-panel></support-access-panel>
        </inner-access-provider>
      </support-access-provider>
    `);
    const panel = page.querySelector<SupportAccessPanel>('support-access-panel')!;
    await waitUntil(() => text(panel).includes('Enable access'), 'the panel shows the outer organization', { timeout: 5000 });

    SupportAccessProvider.define('inner-access-provider');
    await waitUntil(() => text(panel).includes('Support access is always on'), 'the panel moves to the inner provider', { timeout: 5000 });
    expect(servedToInner, 'the inner provider loaded its state').to.include('/api/inner');
  });
});

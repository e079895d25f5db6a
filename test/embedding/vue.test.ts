import { expect, waitUntil } from '@open-wc/testing';
import type { SupportAccessProvider } from '../../src/elements/support-access-provider/support-access-provider.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';
import { enableAccess, loadDoc, loadedPanel, serveScenario, shownExpiry, words, type SeenRequest } from './snippet-helpers.js';

failOnUncaughtErrors();

describe('README: Vue 3 (docs/embedding/vue.ts)', () => {
  let requests: SeenRequest[];
  let container: HTMLElement;

  before(async function () {
    // Loading the framework the first time (compiling it, for the browser) is slow on a busy machine.
    this.timeout(120000);
    ({ requests } = await serveScenario('carto'));
    container = Object.assign(document.createElement('div'), { id: 'support-access' });
    document.body.append(container);
    await loadDoc('embedding/vue.ts');
  });

  it('renders the state, passes the client as a property, the time zone as an attribute, and hears sa-granted', async () => {
    const panel = await loadedPanel(container);
    expect(panel.status).to.equal('off');
    expect(words(panel.shadowRoot!.textContent)).to.contain('Support access is off');

    const provider = container.querySelector('support-access-provider') as SupportAccessProvider;
    expect(provider.client?.options.baseUrl).to.equal('/api/orgs/42/support-access');
    expect(panel.timeZone).to.equal('Europe/Berlin');
    expect(requests.length).to.be.greaterThan(0);
    expect(requests.map((request) => request.headers.get('X-Requested-With'))).to.deep.equal(requests.map(() => 'vue'));

    await enableAccess(panel);
    const notice = container.querySelector('[role="status"]')!;
    await waitUntil(() => notice.textContent!.trim() !== '', 'the @sa-granted handler updates Vue state');
    expect(notice.textContent!.trim()).to.equal('Support access granted until 2026-03-17T09:00:00.000Z');
    expect(shownExpiry(panel), 'the expiry in the time zone set through the framework').to.contain('10:00');
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).to.deep.equal([
      '/api/orgs/42/support-access/grants',
    ]);
    await expect(container).to.be.accessible();
  });
});

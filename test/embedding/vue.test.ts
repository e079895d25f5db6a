import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';
import { expectEmbeddedFlow, loadDoc, serveScenario, type SeenRequest } from './snippet-helpers.js';

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
    const panel = await expectEmbeddedFlow(container, requests, { framework: 'vue', handler: '@sa-granted' });
    expect(panel.getAttribute('time-zone')).to.equal('Europe/Berlin');
  });
});

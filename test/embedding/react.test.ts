import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';
import { expectEmbeddedFlow, loadDoc, serveScenario, type SeenRequest } from './snippet-helpers.js';

failOnUncaughtErrors();

describe('README: React 19 (docs/embedding/react.tsx)', () => {
  let requests: SeenRequest[];
  let container: HTMLElement;

  before(async function () {
    // Loading the framework the first time (compiling it, for the browser) is slow on a busy machine.
    this.timeout(120000);
    ({ requests } = await serveScenario('carto'));
    container = Object.assign(document.createElement('div'), { id: 'support-access' });
    document.body.append(container);
    await loadDoc('embedding/react.tsx');
  });

  it('renders the state, passes the client and time zone as properties, and hears sa-granted', async () => {
    const panel = await expectEmbeddedFlow(container, requests, { framework: 'react', handler: 'onsa-granted' });
    // Props reach the elements as properties: the time zone without an attribute.
    expect(panel.hasAttribute('time-zone')).to.equal(false);
  });
});

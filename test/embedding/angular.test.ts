import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';
import { expectEmbeddedFlow, loadDoc, serveScenario, type SeenRequest } from './snippet-helpers.js';

failOnUncaughtErrors();

describe('README: Angular 21 (docs/embedding/angular.ts)', () => {
  let requests: SeenRequest[];
  let container: HTMLElement;

  before(async function () {
    // Loading the framework the first time (compiling it, for the browser) is slow on a busy machine.
    this.timeout(120000);
    ({ requests } = await serveScenario('carto'));
    container = document.createElement('app-support-access');
    document.body.append(container);
    await loadDoc('embedding/angular.ts');
  });

  it('renders the state, passes the client and the time zone as bound properties, and hears sa-granted', async () => {
    const panel = await expectEmbeddedFlow(container, requests, { framework: 'angular', handler: '(sa-granted)' });
    expect(panel.hasAttribute('time-zone'), '[timeZone] binds the property').to.equal(false);
  });
});

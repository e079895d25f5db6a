import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/support-access-panel/define.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import { createClient, mockOrganization } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

/**
 * Watches `element`'s shadow root for the box its views are drawn into while data is on the way.
 * Told at the end of the task that added a box: a box still there then could be painted.
 */
function watchBoxes(element: Element) {
  const boxes: { connectedWhenTold: boolean }[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof HTMLDivElement) boxes.push({ connectedWhenTold: node.isConnected });
    }
  });
  observer.observe(element.shadowRoot!, { childList: true });
  return { boxes, stop: () => observer.disconnect() };
}

const children = (element: Element) => [...element.shadowRoot!.children].map((child) => child.localName);
const words = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

// Its own file: the panel prepares its views once per page, for the first one that waits for data.
describe('preparing views while data is on its way', () => {
  it('<support-access-panel> lays them out in a box that leaves in the same task, so a person only ever sees the loading view', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.latency = 600;
    const element = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()}></support-access-panel>`);
    const watched = watchBoxes(element);
    const before = children(element);

    await waitUntil(() => watched.boxes.length > 0, 'the panel prepares its views', { timeout: 500 });
    watched.stop();
    expect(element.status).to.equal('loading');
    expect(watched.boxes.map(({ connectedWhenTold }) => connectedWhenTold)).to.deep.equal([false]);
    expect(children(element)).to.deep.equal(before);
    expect(words(element)).to.contain('Loading support access…');
    expect(words(element)).not.to.contain('Enable access');
    await expect(element).to.be.accessible();

    await waitUntil(() => element.status === 'off', 'the state arrives', { timeout: 5000 });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[part~="form"]').length).to.equal(1);
  });
});

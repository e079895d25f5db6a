import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/support-access-panel/define.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import { createClient, mockOrganization } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

// Its own file: the panel prepares its views once per page, for the first panel that waits for a state.
describe('<support-access-panel>: preparing its views while the state is on its way', () => {
  it('lays them out in a box that leaves in the same task, so a person only ever sees the loading view', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    org.latency = 600;
    const boxes: { box: Element; connectedWhenTold: boolean }[] = [];
    const element = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()}></support-access-panel>`);
    // Told at the end of the task that added the box: still there then would mean it could be painted.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLDivElement) boxes.push({ box: node, connectedWhenTold: node.isConnected });
      }
    });
    observer.observe(element.shadowRoot!, { childList: true });
    const before = [...element.shadowRoot!.children].map((child) => child.localName);

    await waitUntil(() => boxes.length > 0, 'the panel prepares its views', { timeout: 500 });
    observer.disconnect();
    expect(element.status).to.equal('loading');
    expect(boxes.map(({ connectedWhenTold }) => connectedWhenTold)).to.deep.equal([false]);
    expect([...element.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(before);
    expect(element.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Loading support access…');
    expect(element.shadowRoot!.textContent).not.to.contain('Enable access');
    await expect(element).to.be.accessible();

    await waitUntil(() => element.status === 'off', 'the state arrives', { timeout: 5000 });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[part~="form"]').length).to.equal(1);
  });
});

/**
 * What the JSX types promise, done by Preact in the browser: a prop the element has is set as a
 * property, a kebab-case name as an attribute, and `on<event>` listens for `<event>` exactly as
 * spelled, with the event class the types name.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { h, render } from 'preact';
import '../../src/elements/support-access-provider/define.js';
import type { SupportAccessProvider } from '../../src/elements/support-access-provider/support-access-provider.js';
import { SaChangeEvent } from '../../src/events/index.js';
import { DEFAULT_BASE_URL } from '../../src/mocks/index.js';
import { mockOrganization } from '../helpers/mock-api.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();

describe('the JSX props in Preact', () => {
  it('sets properties and attributes, and calls on<event> with the typed event', async () => {
    await mockOrganization({ scenario: 'carto' });
    const seen: Event[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    render(
      h('support-access-provider', { 'base-url': DEFAULT_BASE_URL, refreshInterval: 60_000, 'onsa-change': (event: Event) => seen.push(event) }),
      container,
    );
    const provider = container.querySelector<SupportAccessProvider>('support-access-provider')!;
    expect(provider.getAttribute('base-url')).to.equal(DEFAULT_BASE_URL);
    expect(provider.baseUrl).to.equal(DEFAULT_BASE_URL);
    expect(provider.refreshInterval).to.equal(60_000);
    expect(provider.hasAttribute('refreshinterval'), 'a property, not an attribute').to.be.false;
    // The store loads when an element asks for it; here the test asks.
    await provider.store!.refresh();
    await waitUntil(() => seen.length > 0, 'sa-change reaches the on<event> prop', { timeout: 5000 });
    expect(seen[0]).to.be.instanceOf(SaChangeEvent);
    expect((seen[0] as SaChangeEvent).detail.state.status).to.equal('off');
    render(null, container);
    container.remove();
  });
});

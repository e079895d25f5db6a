/**
 * The published build, not the sources: `npm test` builds dist/ first, and this page imports the
 * built elements only. It catches what a build setting can break in the shipped code alone, such
 * as class fields shadowing Lit's reactive properties.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { mockOrganization } from './helpers/mock-api.js';

// A computed specifier: the type checker runs before the build and must not look for dist/.
const built = (path: string) => import(/* @vite-ignore */ new URL(`../dist/${path}`, import.meta.url).href);

let createClient: (options: { baseUrl: string }) => unknown;

before(async () => {
  await built('elements/support-access-provider/define.js');
  await built('elements/support-access-panel/define.js');
  ({ createSupportAccessClient: createClient } = await built('index.js'));
});

describe('the built package', () => {
  it('renders the panel, and a property change re-renders it', async () => {
    await mockOrganization({ scenario: 'segment' });
    const host = await fixture(html`<support-access-provider .client=${createClient({ baseUrl: DEFAULT_BASE_URL })}>
      <support-access-panel time-zone="UTC"></support-access-panel>
    </support-access-provider>`);
    const panel = host.querySelector('support-access-panel') as HTMLElement & { status: string; headingLevel: number; updateComplete: Promise<boolean> };
    await waitUntil(() => panel.status === 'on', 'the built panel loads through the built provider');
    expect(panel.getAttribute('status')).to.equal('on');
    expect(panel.shadowRoot!.textContent).to.contain('Segment Support');
    panel.headingLevel = 4;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    expect(customElements.get('revoke-access-dialog'), 'the panel brings its dialog').to.not.equal(undefined);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';
import { enableAccess, loadedPanel, serveScenario, shownExpiry, words } from './snippet-helpers.js';

failOnUncaughtErrors();

/** The snippet as its own page, in a frame the mocks' service worker serves like the test page. */
async function openSnippet(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'The plain HTML snippet';
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/docs/embedding/plain.html';
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('README: plain HTML (docs/embedding/plain.html)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the state from attributes, takes a property, and hears sa-granted', async () => {
    const { requests } = await serveScenario('carto');
    frame = await openSnippet();
    const page = frame.contentDocument!;
    const panel = await loadedPanel(page);
    expect(panel.status).to.equal('off');
    expect(words(panel.shadowRoot!.textContent)).to.contain('Support access is off');
    expect(panel.timeZone).to.equal('Europe/Berlin');
    expect(panel.ticketUrl).to.equal('https://support.example.com/tickets/{ticket}');
    expect(panel.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level'), 'the headingLevel property').to.equal('3');
    expect(requests.map((request) => request.path)).to.include('/api/orgs/42/support-access');

    await enableAccess(panel);
    const notice = page.querySelector('#notice')!;
    await waitUntil(() => notice.textContent !== '', 'the sa-granted listener writes the notice');
    expect(notice.textContent).to.equal('Support access granted until 2026-03-17T09:00:00.000Z');
    expect(shownExpiry(panel)).to.contain('10:00');
  });

  it('sends the person to sign in when the server answers 401', async () => {
    const { org } = await serveScenario('carto');
    org.faults.inject('getState', { status: 401 });
    frame = await openSnippet();
    await waitUntil(() => frame!.contentWindow?.location.pathname === '/login', 'the sa-unauthenticated listener navigates', {
      timeout: 10000,
    });
  });
});

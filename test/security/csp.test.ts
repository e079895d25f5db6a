/**
 * Every element under a strict Content-Security-Policy with Trusted Types enforced: it renders and
 * completes its main flow without a single `securitypolicyviolation`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createOrganization, type ScenarioName } from '../../src/mocks/index.js';
import { launch } from './browser.js';
import { CSP, startServer, type TestServer } from './server.js';

const NOW = '2026-03-10T09:00:00.000Z';
const PORT = 6510;

const PAGE = `
    <support-access-provider base-url="/api/support-access">
      <support-access-panel locale="en-US" time-zone="UTC" ticket-url="https://support.example.com/tickets/{ticket}"></support-access-panel>
      <access-request-list locale="en-US" time-zone="UTC"></access-request-list>
      <support-session-list locale="en-US" time-zone="UTC"></support-session-list>
      <support-access-settings locale="en-US" time-zone="UTC"></support-access-settings>
      <support-access-log locale="en-US" time-zone="UTC"></support-access-log>
    </support-access-provider>
    <support-user-badge expires="2026-03-11T09:00:00Z" locale="en-US"></support-user-badge>`;

let browser: Browser;
let server: TestServer;

before(async () => {
  server = await startServer({ port: PORT, org: createOrganization({ scenario: 'carto', now: NOW, frozen: true }), page: PAGE });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
}

/** Opens the page on a fresh organization, recording CSP violations, page errors and console errors. */
async function open(scenario: ScenarioName, signInAs?: string): Promise<Watched> {
  const org = createOrganization({ scenario, now: NOW, frozen: true });
  if (signInAs) org.signInAs(signInAs);
  server.use(org);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  // Injected by the browser's automation, not by the page, so the policy does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
    );
  });
  const response = await page.goto(server.url);
  assert.equal(response?.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => customElements.get('support-access-panel') !== undefined);
  return { page, errors, violations: [] };
}

async function finish(watched: Watched) {
  // Let anything the flow started settle, then read what the page recorded.
  await watched.page.waitForTimeout(300);
  watched.violations = await watched.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  assert.deepEqual(watched.violations, [], 'securitypolicyviolation events');
  assert.deepEqual(watched.errors, [], 'page and console errors');
  await watched.page.context().close();
}

describe('strict CSP and Trusted Types', () => {
  it('enforces the policy: a raw string into innerHTML is refused (the test can fail)', async () => {
    const watched = await open('carto');
    const refused = await watched.page.evaluate(() => {
      try {
        // eslint-disable-next-line no-restricted-properties -- what the policy must refuse
        document.body.insertAdjacentHTML('beforeend', '<b>raw</b>');
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert.equal(refused, true, 'Trusted Types refused a plain string');
    const violations = await watched.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.equal(violations.length, 1, 'and reported one violation');
    assert.match(violations[0], /require-trusted-types-for/);
    await watched.page.context().close();
  });

  it('every element renders: panel, requests, sessions, settings, log and badge', async () => {
    const watched = await open('keboola', 'u-ana');
    const { page } = watched;
    await page.getByRole('heading', { name: 'Support access is off' }).waitFor();
    await page.getByRole('button', { name: 'Approve sam.support' }).first().waitFor();
    await page.waitForFunction(() => ['empty', 'ready'].includes(document.querySelector('support-session-list')?.getAttribute('status') ?? ''));
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await page.locator('support-user-badge').getByText(/support/i).first().waitFor();
    // The log's rows are placed by their index: the placement reached the page (CSSOM, not a style attribute).
    const transforms = await page.locator('support-access-log [role="row"][aria-rowindex="3"]').evaluate((row) => getComputedStyle(row).transform);
    assert.notEqual(transforms, 'none', 'the second row is moved to its place');
    await finish(watched);
  });

  it('panel: enable access, then revoke it through the dialog', async () => {
    const watched = await open('expiring-soon');
    const { page } = watched;
    const panel = page.locator('support-access-panel');
    await panel.getByRole('button', { name: 'Revoke access' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /Bruno Díaz/ }).check();
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await panel.getByRole('heading', { name: 'Support access is off' }).waitFor();
    await panel.getByRole('checkbox').check();
    await panel.getByRole('button', { name: 'Enable access' }).click();
    await panel.getByRole('heading', { name: 'Support access is on' }).waitFor();
    await finish(watched);
  });

  it('access-request-list: approve a request with a note', async () => {
    const watched = await open('keboola');
    const { page } = watched;
    const list = page.locator('access-request-list');
    const row = list.locator('[part~="request"]', { hasText: 'Churn model' });
    await row.getByRole('button', { name: 'Add a note for sam.support' }).click();
    await row.getByRole('textbox').fill('Go ahead');
    await row.getByRole('button', { name: 'Approve sam.support' }).click();
    await list.getByText('Approved the request from sam.support.').waitFor({ state: 'attached' });
    await finish(watched);
  });

  it('support-session-list: end a live session', async () => {
    const watched = await open('cumulocity', 'u-ana');
    const { page } = watched;
    const list = page.locator('support-session-list');
    await list.getByRole('button', { name: /End session/ }).click();
    await page.waitForFunction(() => document.querySelector('support-session-list')?.getAttribute('status') === 'empty');
    await finish(watched);
  });

  it('support-access-settings: change the policy and save it', async () => {
    const watched = await open('carto');
    const { page } = watched;
    const settings = page.locator('support-access-settings');
    await settings.locator('#requireReason').check();
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForFunction(() => !document.querySelector('support-access-settings')?.hasAttribute('dirty'));
    await settings.locator('#requireReason:checked').waitFor();
    await finish(watched);
  });

  it('support-access-log: filter, open a grant’s timeline, export CSV', async () => {
    const watched = await open('carto');
    const { page } = watched;
    const log = page.locator('support-access-log');
    await log.getByRole('row').nth(2).waitFor();
    await log.locator('summary').click();
    await log.getByRole('checkbox', { name: 'Access granted' }).check();
    await log.locator('summary', { hasText: 'Event types: 1 selected' }).waitFor();
    const download = page.waitForEvent('download');
    await log.getByRole('button', { name: 'Export CSV' }).click();
    assert.match((await download).suggestedFilename(), /\.csv$/);
    await finish(watched);
  });
});

/**
 * Two admins, two browser contexts, one organization: while one revokes, the other extends. The
 * second change is refused with 412 (its ETag is stale), the second admin sees the current state
 * and is told someone else changed it, and nothing is granted or extended twice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createOrganization, type MockOrganization } from '../../src/mocks/index.js';
import { launch } from './browser.js';
import { startServer, type TestServer } from './server.js';

const NOW = '2026-03-10T09:00:00.000Z';
const PORT = 6511;
const PAGE = `
    <support-access-provider base-url="/api/support-access">
      <support-access-panel locale="en-US" time-zone="UTC"></support-access-panel>
    </support-access-provider>`;
const SOMEONE_ELSE = 'Could not extend support access. Someone else changed support access in the meantime. The latest state is shown.';

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer({ port: PORT, org: createOrganization({ scenario: 'expiring-soon', now: NOW, frozen: true }), page: PAGE });
  browser = await launch();
});
after(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function admin(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Support access is on' }).waitFor();
  return { page, errors };
}

async function revoke(page: Page) {
  await page.getByRole('button', { name: 'Revoke access' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Bruno Díaz/ }).check();
  await dialog.getByRole('button', { name: 'Revoke access' }).click();
}

async function extend(page: Page) {
  await page.locator('#extend-duration').selectOption('P30D');
  await page.getByRole('button', { name: 'Extend', exact: true }).click();
}

function served(org: MockOrganization) {
  const statuses = (operation: string) => server.requests.filter((request) => request.operation === operation).map((request) => request.status);
  return {
    revokes: statuses('revoke'),
    extends: statuses('extend'),
    revokedEvents: org.listEvents({ type: ['access.revoked'] }).items.length,
    extendedEvents: org.listEvents({ type: ['access.extended'] }).items.length,
    grantedEvents: org.listEvents({ type: ['access.granted'] }).items.length,
  };
}

describe('two admins in two browser contexts, one organization', () => {
  it('one revokes, then the other (still showing the grant) extends: 412, the current state and why', async () => {
    const org = createOrganization({ scenario: 'expiring-soon', now: NOW, frozen: true });
    server.use(org);
    server.requests.length = 0;
    const before = served(org);
    const ana = await admin();
    const bruno = await admin();

    await revoke(ana.page);
    await ana.page.getByRole('heading', { name: 'Support access is off' }).waitFor();
    // Bruno's page still shows the grant he loaded.
    assert.equal(await bruno.page.getByRole('heading', { name: 'Support access is on' }).count(), 1);
    await extend(bruno.page);

    await bruno.page.getByRole('alert').filter({ hasText: SOMEONE_ELSE }).waitFor();
    await bruno.page.getByRole('heading', { name: 'Support access is off' }).waitFor();
    assert.equal(await bruno.page.getByRole('button', { name: 'Try again' }).count(), 0, 'no Try again for a change that no longer applies');

    const after = served(org);
    assert.deepEqual(after.revokes, [200], 'one revoke, accepted');
    assert.deepEqual(after.extends, [412], 'the extension refused as stale');
    assert.equal(after.revokedEvents - before.revokedEvents, 1, 'revoked once');
    assert.equal(after.extendedEvents - before.extendedEvents, 0, 'never extended');
    assert.equal(after.grantedEvents, before.grantedEvents, 'nothing granted');
    assert.equal(org.getState().grant, undefined);
    assert.deepEqual([...ana.errors, ...bruno.errors], []);
  });

  it('both at the same moment: exactly one change takes effect, the other admin is told and sees it', async () => {
    const org = createOrganization({ scenario: 'expiring-soon', now: NOW, frozen: true });
    // Both requests are in flight together before either is answered.
    org.latency = 300;
    server.use(org);
    server.requests.length = 0;
    const before = served(org);
    const ana = await admin();
    const bruno = await admin();
    await ana.page.getByRole('button', { name: 'Revoke access' }).click();
    await ana.page.getByRole('dialog').getByRole('radio', { name: /Bruno Díaz/ }).check();
    await bruno.page.locator('#extend-duration').selectOption('P30D');

    await Promise.all([
      ana.page.getByRole('dialog').getByRole('button', { name: 'Revoke access' }).click(),
      bruno.page.getByRole('button', { name: 'Extend', exact: true }).click(),
    ]);
    await Promise.all(
      [ana.page, bruno.page].map((page) =>
        page.waitForFunction(() => {
          const panel = document.querySelector('support-access-panel');
          return panel?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false' && !panel.shadowRoot.querySelector('[aria-busy="true"]');
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const after = served(org);
    const outcomes = [...after.revokes, ...after.extends].sort();
    assert.deepEqual(outcomes, [200, 412], `one change accepted, one refused as stale (revoke ${after.revokes}, extend ${after.extends})`);
    assert.equal(after.extendedEvents - before.extendedEvents + (after.revokedEvents - before.revokedEvents), 1, 'one change took effect');
    assert.equal(after.grantedEvents, before.grantedEvents, 'nothing granted');
    if (after.extends[0] === 412) {
      // The revoke won: Bruno sees it and why his extension did not happen.
      await bruno.page.getByRole('alert').filter({ hasText: SOMEONE_ELSE }).waitFor();
      await bruno.page.getByRole('heading', { name: 'Support access is off' }).waitFor();
    } else {
      // The extension won: Ana's revoke is refused in the dialog, and the grant is still on.
      await ana.page.getByRole('alert').filter({ hasText: 'Someone else changed support access in the meantime.' }).waitFor();
      assert.ok(org.getState().grant);
    }
    assert.deepEqual([...ana.errors, ...bruno.errors], []);
  });
});

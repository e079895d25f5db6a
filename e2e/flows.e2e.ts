/**
 * End-to-end flows of the four vendor models, on the built demo console in the system Chromium.
 * Every control is found by its role and accessible name, as a screen reader user would find it;
 * every check waits for what a person would see.
 *
 * `npm run test:e2e` builds the demo first. `E2E_URL=http://localhost:5173/` runs against a running
 * `npm start` instead.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { eventually, launch, openDemo, see, type Demo } from './harness.js';
import { serveDemo, type StaticServer } from './server.js';

let browser: Browser;
let server: StaticServer | undefined;
let url: string;

before(async () => {
  if (process.env.E2E_URL) url = process.env.E2E_URL;
  else {
    server = await serveDemo();
    url = server.url;
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The panel, by the name its heading gives its region. */
function panel(demo: Demo, status: 'on' | 'off' | 'not available') {
  return demo.app.getByRole('region', { name: `Support access is ${status}`, exact: true });
}

function auditRow(demo: Demo, text: string | RegExp) {
  return demo.app.getByRole('region', { name: 'Audit log', exact: true }).getByRole('row').filter({ hasText: text });
}

/** An event as the demo's event console lists it: what the host page's listener received. */
function hostEvent(demo: Demo, name: string) {
  return demo.page.getByRole('complementary', { name: 'Events' }).getByRole('listitem').filter({ hasText: name }).first();
}

async function useScenario(demo: Demo, scenario: string): Promise<void> {
  await demo.controls.getByLabel('Scenario').selectOption(scenario);
  await see(demo.controls.getByRole('status').filter({ hasText: `Scenario “${scenario}”` }));
}

async function withDemo(run: (demo: Demo) => Promise<void>): Promise<void> {
  const demo = await openDemo(browser, url);
  try {
    await run(demo);
    assert.deepEqual(demo.errors, [], 'the page reported no error');
  } finally {
    await demo.context.close();
  }
}

test('CARTO: an admin enables for 7 days with the box ticked; a second admin sees it; at expiry the assets go to the granting admin', () =>
  withDemo(async (demo) => {
    // A fresh profile starts on the CARTO scenario.
    assert.equal(await demo.controls.getByLabel('Scenario').inputValue(), 'carto');
    const off = await see(panel(demo, 'off'));
    await off.getByLabel('Duration', { exact: true }).selectOption({ label: '7 days' });
    // Without the box ticked, nothing is granted.
    await off.getByRole('button', { name: 'Enable access' }).click();
    await see(off.getByText('Tick the box to confirm.'));
    await off.getByRole('checkbox', { name: /^I authorize the support team/ }).check();
    await off.getByRole('button', { name: 'Enable access' }).click();

    const on = await see(panel(demo, 'on'));
    await see(on.getByText('7 days left'));
    await see(on.getByRole('definition').filter({ hasText: /^Ana Admin on / }));

    // A second admin of the organization signs in: after a reload, the page fetches everything as them.
    await demo.controls.getByLabel('Signed in as').selectOption({ label: 'Bruno Díaz (admin)' });
    await see(demo.page.getByRole('banner').getByText('Bruno Díaz (admin)'));
    await demo.page.reload();
    await see(demo.controls.getByRole('status').filter({ hasText: /^Ready/ }));
    await see(demo.page.getByRole('banner').getByText('Bruno Díaz (admin)'));
    await see(panel(demo, 'on').getByRole('definition').filter({ hasText: /^Ana Admin on / }));
    await see(panel(demo, 'on').getByText('7 days left'));
    await see(panel(demo, 'on').getByRole('button', { name: 'Revoke access' }));

    // Support signs in as the granting admin and creates a map with the support account.
    await demo.controls.getByRole('button', { name: 'Log in', exact: true }).click();
    await see(demo.app.getByRole('region', { name: 'Support sessions' }).getByText('sam.support$Ana Admin').first());
    await demo.controls.getByRole('button', { name: 'Act (create a map)' }).click();
    await see(auditRow(demo, 'Created map “Repro map 1”'));

    // The clock passes the expiry: access ends by itself, and the map goes to Ana, who granted it.
    await demo.controls.getByRole('button', { name: 'To expiry' }).click();
    await see(panel(demo, 'off'));
    await see(auditRow(demo, 'Access expired; 1 map went to Ana Admin'));
    await see(demo.app.getByRole('region', { name: 'Support sessions' }).getByText('Nobody from support is signed in.'));
  }));

test('Keboola: the engineer asks to join with a reason; an admin approves; the grant shows; the log names the approver', () =>
  withDemo(async (demo) => {
    await useScenario(demo, 'keboola');
    await see(panel(demo, 'off'));
    const reason = 'Extractor “Salesforce” times out after the upgrade';
    await demo.controls.getByLabel('Reason').fill(reason);
    await demo.controls.getByLabel('Ticket').fill('KBC-7001');
    await demo.controls.getByRole('button', { name: 'Request access' }).click();

    const waiting = demo.app.getByRole('region', { name: /^Waiting for a decision/ });
    const request = waiting.getByRole('listitem').filter({ hasText: reason });
    await see(request);
    await request.getByRole('button', { name: 'Approve sam.support' }).click();

    const on = await see(panel(demo, 'on'));
    await see(on.getByRole('definition').filter({ hasText: /^Ana Admin on / }));
    await see(demo.app.getByRole('region', { name: 'Decided', exact: true }).getByRole('listitem').filter({ hasText: reason }).filter({ hasText: 'Approved by Ana Admin' }));
    await see(on.getByRole('link', { name: 'KBC-7001' }));
    await see(on.getByText(reason));
    await see(auditRow(demo, "Ana Admin approved sam.support's request").filter({ hasText: 'KBC-7001' }));
    await see(hostEvent(demo, 'sa-approved'));
  }));

test('Cumulocity: a user who is not an admin enables support, prolongs it by 24 hours, and disables it', () =>
  withDemo(async (demo) => {
    await useScenario(demo, 'cumulocity');
    await see(demo.page.getByRole('banner').getByText('Dana Okafor (member)'));
    // The scenario starts with access on; let it run out first.
    await see(panel(demo, 'on'));
    await demo.controls.getByRole('button', { name: 'To expiry' }).click();

    const off = await see(panel(demo, 'off'));
    await off.getByRole('checkbox', { name: /^I authorize the support team/ }).check();
    await off.getByRole('button', { name: 'Enable access' }).click();

    const on = await see(panel(demo, 'on'));
    await see(on.getByRole('definition').filter({ hasText: /^Dana Okafor on / }));
    const expires = on.getByRole('definition').filter({ has: demo.page.locator('time') }).first();
    const before = await expires.locator('time').getAttribute('datetime');
    assert.ok(before, 'the expiry is a machine-readable time');

    await on.getByRole('button', { name: 'Extend by 24 hours' }).click();
    await eventually(async () => {
      const after = await expires.locator('time').getAttribute('datetime');
      assert.equal(Date.parse(after ?? '') - Date.parse(before), 24 * 3_600_000, 'the expiry moved by 24 hours');
    });

    await on.getByRole('button', { name: 'Revoke access' }).click();
    const dialog = await see(demo.page.getByRole('dialog', { name: 'Revoke support access' }));
    await see(dialog.getByText(/granted on .* ends now/));
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await see(panel(demo, 'off'));
    // The demo's status says who ended it, not that the clock ran out.
    await see(demo.controls.getByRole('status').filter({ hasText: /^Support access ended: .+ revoked it\./ }));
    // A member may not read the audit log; the host page still receives every event.
    await see(hostEvent(demo, 'sa-extended'));
    await see(hostEvent(demo, 'sa-revoked'));
  }));

test('Segment: forced single sign-on makes support unavailable; a grant is capped at 7 days; the support login is logged', () =>
  withDemo(async (demo) => {
    await useScenario(demo, 'unavailable');
    const unavailable = await see(panel(demo, 'not available'));
    await see(unavailable.getByText(/requires single sign-on/));

    await useScenario(demo, 'segment');
    // The grant running now already lasts the cap: it cannot be extended.
    let on = await see(panel(demo, 'on'));
    await see(on.getByText('Access already lasts the maximum of 7 days.'));
    assert.equal(await on.getByRole('button', { name: 'Extend' }).isDisabled(), true, 'Extend is off at the cap');

    // Revoked and granted again: no duration beyond 7 days is offered, and a ticket is required.
    await on.getByRole('button', { name: 'Revoke access' }).click();
    const dialog = await see(demo.page.getByRole('dialog', { name: 'Revoke support access' }));
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    const off = await see(panel(demo, 'off'));
    const duration = off.getByLabel('Duration', { exact: true });
    assert.deepEqual(await duration.getByRole('option').allTextContents(), ['1 day', '3 days', '7 days']);
    await duration.selectOption({ label: '7 days' });
    await off.getByRole('checkbox', { name: /^I authorize the support team/ }).check();
    await off.getByRole('button', { name: 'Enable access' }).click();
    await see(off.getByText('Enter the ticket.'));
    await off.getByLabel('Ticket').fill('SEG-9001');
    await off.getByRole('button', { name: 'Enable access' }).click();
    on = await see(panel(demo, 'on'));
    await see(on.getByRole('link', { name: 'SEG-9001' }));
    await see(on.getByText('7 days left'));
    await see(on.getByText('Access already lasts the maximum of 7 days.'));

    await demo.controls.getByLabel('Log in as').selectOption({ label: 'Bruno Díaz (admin)' });
    await demo.controls.getByRole('button', { name: 'Log in', exact: true }).click();
    await see(auditRow(demo, 'sam.support signed in as Bruno Díaz').filter({ hasText: 'Support login' }).filter({ hasText: 'SEG-9001' }));
  }));

test('The demo console: named landmarks, a skip link, no axe violation; the organization survives a reload until Reset', () =>
  withDemo(async (demo) => {
    const { page } = demo;
    await see(page.getByRole('banner'));
    await see(page.getByRole('navigation', { name: 'Settings' }));
    await see(page.getByRole('complementary', { name: 'Events' }));
    await see(demo.app.getByRole('heading', { name: 'Support access', level: 1 }));

    await page.addScriptTag({ path: fileURLToPath(import.meta.resolve('axe-core/axe.min.js')) });
    const violations = await page.evaluate(async () => {
      const { violations } = await (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document);
      return violations.map(({ id, nodes }) => `${id}: ${JSON.stringify(nodes.map((node) => (node as { target: unknown }).target))}`);
    });
    assert.deepEqual(violations, [], 'axe finds no violation');

    // The first Tab reaches the skip link; it lands in the main landmark.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the support access settings' });
    await eventually(async () => assert.equal(await skip.evaluate((link) => link === document.activeElement), true));
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'main'));

    // Access granted and the clock a day ahead: a reload keeps both.
    const off = await see(panel(demo, 'off'));
    await off.getByRole('checkbox', { name: /^I authorize the support team/ }).check();
    await off.getByRole('button', { name: 'Enable access' }).click();
    await see(panel(demo, 'on'));
    await see(hostEvent(demo, 'sa-granted'));
    await demo.controls.getByRole('button', { name: '+1 day' }).click();
    await see(demo.controls.getByText(/Clock is 1 day ahead of real time/));
    await page.reload();
    await see(demo.controls.getByRole('status').filter({ hasText: /^Ready/ }));
    await see(panel(demo, 'on').getByText(/^6 days/));
    await see(demo.controls.getByText(/Clock is 1 day ahead of real time/));

    // Reset: the scenario as it starts.
    await demo.controls.getByRole('button', { name: 'Reset the organization' }).click();
    await see(panel(demo, 'off'));
    await page.reload();
    await see(demo.controls.getByRole('status').filter({ hasText: /^Ready/ }));
    await see(panel(demo, 'off'));
  }));

test('On a phone the demo controls fold, so the support access panel is in the first screen; its summary opens them', () =>
  withDemo(async (demo) => {
    const { page } = demo;
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await see(demo.controls.getByRole('status').filter({ hasText: /^Ready/ }));
    const heading = await see(panel(demo, 'off').getByRole('heading', { name: 'Support access is off' }));
    const box = await heading.boundingBox();
    assert.ok(box && box.y + box.height <= 812, `the panel's heading is in the first screen (at ${box?.y} px)`);
    assert.equal(await demo.controls.getByLabel('Scenario').isVisible(), false, 'the controls are folded');
    const current = await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Support access' }).boundingBox();
    assert.ok(current && current.x >= 0 && current.x + current.width <= 375, `the current settings page is in the menu's visible row (at ${current?.x} px)`);
    await demo.controls.getByText('Show the demo controls').click();
    await see(demo.controls.getByLabel('Scenario'));
  }));

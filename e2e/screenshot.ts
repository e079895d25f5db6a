/**
 * Takes the README's picture of the demo: `npm run build:demo && node --import tsx e2e/screenshot.ts`
 * writes docs/screenshots/demo.png (1200 × 1000): access expiring soon, support signed in and at
 * work, an extension just made, and the events it fired in the console.
 */
import { fileURLToPath } from 'node:url';
import { launch, openDemo } from './harness.js';
import { serveDemo } from './server.js';

const out = fileURLToPath(new URL('../docs/screenshots/demo.png', import.meta.url));
const server = await serveDemo();
const browser = await launch();
try {
  const { context, page, controls } = await openDemo(browser, `${server.url}?scenario=expiring-soon`);
  await page.setViewportSize({ width: 1200, height: 1000 });
  await controls.getByRole('button', { name: 'Log in', exact: true }).click();
  await controls.getByRole('button', { name: 'Act (create a map)' }).click();
  const panel = page.getByRole('region', { name: 'Support access is on', exact: true });
  await panel.getByRole('button', { name: 'Extend by 1 day' }).click();
  await page.getByRole('complementary', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'sa-extended' }).waitFor();
  await page.getByRole('region', { name: 'Support sessions' }).getByText('sam.support$Ana Admin').first().waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: out });
  await context.close();
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}

// Photographs the "Host themes" story of the built Storybook (`npm run build-storybook` first), one
// PNG per host theme, into docs/screenshots/themes-<theme>.png.
//
//   node .storybook/screenshot-themes.mjs [port]
//
// Uses the system Chromium (CHROME_PATH, else /usr/bin/chromium) through playwright-core.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const port = Number(process.argv[2] ?? 6106);
const THEMES = ['plain', 'dark', 'branded'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  // Three columns of about 800 CSS pixels each.
  const page = await browser.newPage({ viewport: { width: 2480, height: 1200 } });
  await page.goto(`http://127.0.0.1:${port}/iframe.html?id=theming-host-themes--host-themes&viewMode=story`);
  for (const theme of THEMES) {
    const column = page.locator(`section.sa-host[data-theme="${theme}"]`);
    // Settled: the panel shows its state and the request list its requests (locators pierce shadow roots).
    await column.locator('support-access-panel [part~="heading"]').first().waitFor();
    await column.locator('access-request-list [part~="request"]').first().waitFor();
  }
  await page.waitForTimeout(300);
  for (const theme of THEMES) {
    const path = join(out, `themes-${theme}.png`);
    // The column down to the end of the requests waiting for a decision: enough to see the theme.
    const column = page.locator(`section.sa-host[data-theme="${theme}"]`);
    const box = await column.boundingBox();
    const pending = await column.locator('access-request-list [part~="pending"]').boundingBox();
    const bottom = Math.min(box.y + box.height, pending.y + pending.height + 20);
    const clip = { x: box.x, y: box.y, width: box.width, height: Math.ceil(bottom - box.y) };
    await page.screenshot({ path, clip, fullPage: true, animations: 'disabled' });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
  server.close();
}

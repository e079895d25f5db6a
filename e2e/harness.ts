import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** How long a person would wait for something to show on a loaded machine. */
export const PATIENCE = 30_000;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * The system browser, found as `.ci/run` and the browser tests find it: `CHROME_PATH` when set,
 * else `/usr/bin/chromium`, else `chromium` or `google-chrome` on PATH. Nothing is downloaded.
 */
function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // Not on PATH: try the next.
    }
  }
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}

export interface Demo {
  context: BrowserContext;
  page: Page;
  /** The demo's own controls (scenario, user, clock, support engineer, faults). */
  controls: Locator;
  /** The host page's main landmark: the elements, as an admin sees them. */
  app: Locator;
  /** What the page reported: uncaught errors and console errors. */
  errors: string[];
}

/** A fresh browser profile (empty storage) on the demo, once its mock server is running. */
export async function openDemo(browser: Browser, url: string): Promise<Demo> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(PATIENCE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A refusal the server answers (403 for a member, 409 for a stale change) is the browser's
    // network log, not the page's error; the elements show it.
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  await page.goto(url);
  const controls = page.getByRole('region', { name: 'Demo controls' });
  await controls.getByRole('status').filter({ hasText: /^Ready/ }).waitFor();
  return { context, page, controls, app: page.getByRole('main'), errors };
}

/** Retries an assertion until it holds or `timeout` passes, then throws its last failure. */
export async function eventually(assertion: () => Promise<void> | void, timeout = PATIENCE): Promise<void> {
  const deadline = Date.now() + timeout;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Waits until the locator (one element) is visible: what a person would look for. */
export async function see(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/**
 * A test-runner command that emulates CSS media features through the Chrome DevTools Protocol,
 * including `forced-colors`, which the runner's own `emulateMedia` cannot set in Chrome:
 * `executeServerCommand('emulate-media-features', { 'forced-colors': 'active' })`. Each call
 * replaces the previous emulation; `{}` ends it.
 */
export function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs Chrome, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

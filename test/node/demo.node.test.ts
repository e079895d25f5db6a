/**
 * `npm start` serves the demo page: the same Vite dev server, started here on a free port, serves
 * the page, its script (transformed) and MSW's worker at the root, where its scope covers the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createServer, type ViteDevServer } from 'vite';

describe('the demo dev server (npm start)', () => {
  let server: ViteDevServer;
  let origin: string;

  before(async () => {
    server = await createServer({
      configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
      server: { port: 0, host: '127.0.0.1' },
      logLevel: 'silent',
    });
    await server.listen();
    const address = server.httpServer!.address();
    assert.ok(address && typeof address === 'object');
    origin = `http://127.0.0.1:${address.port}`;
  });
  after(() => server.close());

  it('serves the page', async () => {
    const response = await fetch(`${origin}/`);
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /<h1[^>]*>Support access<\/h1>/);
    assert.match(page, /src="\.?\/?main\.ts"/);
  });

  it('serves its script, compiled', async () => {
    const response = await fetch(`${origin}/main.ts`);
    assert.equal(response.status, 200);
    const code = await response.text();
    assert.match(code, /createOrganization/);
    assert.doesNotMatch(code, /^import type /m);
  });

  it("serves the installed msw's worker at the root", async () => {
    const response = await fetch(`${origin}/mockServiceWorker.js`);
    assert.equal(response.status, 200);
    const installed = readFileSync(new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
    assert.equal(await response.text(), installed);
  });
});

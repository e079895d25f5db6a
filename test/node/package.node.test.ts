/**
 * Runs in Node after `npm run build`: the mocks serve the contract through `msw/node`, and the built
 * package resolves through its own exports map as a host would import it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';

const root = new URL('../../', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const BASE = 'http://localhost/api/orgs/42/support-access';

describe('the mocks in Node (setupServer)', async () => {
  const { createOrganization, handlers } = await import('support-access-elements/mocks');
  const { createSupportAccessClient } = await import('support-access-elements');
  const org = createOrganization({ scenario: 'carto', now: '2026-03-10T09:00:00.000Z', frozen: true });
  const server = setupServer(...handlers(org, { baseUrl: BASE }));
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('grants, reads and expires through the built client', async () => {
    const client = createSupportAccessClient({ baseUrl: BASE });
    assert.equal((await client.getState()).status, 'off');
    const grant = await client.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    assert.equal((await client.getState()).grant?.id, grant.id);
    org.advance('P1D');
    assert.equal((await client.getState()).status, 'off');
    const events = await client.listEvents({ grantId: grant.id, order: 'asc' });
    assert.deepEqual(
      events.items.map((event) => event.type),
      ['access.granted', 'access.expired'],
    );
  });

  it('answers a stale If-Match with 412', async () => {
    const first = createSupportAccessClient({ baseUrl: BASE });
    const second = createSupportAccessClient({ baseUrl: BASE });
    await first.getState();
    await second.getState();
    await second.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    await first.getState();
    await assert.rejects(
      second.updatePolicy({ requireReason: true }).then(() => first.updatePolicy({ requireTicket: true })),
      (error: { code?: string }) => error.code === 'precondition-failed',
    );
  });
});

describe('the built package', () => {
  it('emits openapi.json with every operation of the contract', async () => {
    const { operationIds } = await import('support-access-elements/contract');
    const document = JSON.parse(readFileSync(new URL('dist/openapi.json', root), 'utf8'));
    assert.equal(document.openapi, '3.1.0');
    const published = Object.values<Record<string, { operationId: string }>>(document.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    assert.deepEqual([...published].sort(), [...operationIds].sort());
  });

  it('resolves every entry of its exports map to a built file', () => {
    for (const [entry, target] of Object.entries<string | Record<string, string>>(packageJson.exports)) {
      if (entry.includes('*')) continue;
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        assert.ok(existsSync(new URL(file, root)), `${entry} → ${file}`);
      }
    }
  });

  it('has an entry, types and a side-effect listing for every element', () => {
    const elements = new URL('src/elements/', root);
    const names = existsSync(elements) ? readdirSync(elements).filter((name) => existsSync(new URL(`${name}/define.ts`, elements))) : [];
    for (const name of names) {
      assert.ok(existsSync(new URL(`dist/elements/${name}/define.js`, root)), name);
      assert.ok(existsSync(new URL(`dist/elements/${name}/define.d.ts`, root)), name);
    }
    assert.deepEqual(packageJson.sideEffects, ['./dist/elements/*/define.js', './src/elements/*/define.ts']);
  });

  it('keeps lit, zod and msw out of its own files', () => {
    const files = readdirSync(new URL('dist/', root), { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const code = readFileSync(new URL(`dist/${file}`, root), 'utf8');
      assert.doesNotMatch(code, /ZodMiniType|class LitElement|mockServiceWorker/, file);
    }
  });

  it('ships the custom elements manifest it names, with every element by its tag', () => {
    const manifest = JSON.parse(readFileSync(new URL(packageJson.customElements, root), 'utf8'));
    assert.equal(manifest.schemaVersion, '1.0.0');
    const tags = manifest.modules.flatMap((module: { declarations?: { customElement?: boolean; tagName?: string }[] }) =>
      (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => declaration.tagName),
    );
    const elements = new URL('src/elements/', root);
    const folders = readdirSync(elements).filter((name) => existsSync(new URL(`${name}/define.ts`, elements)));
    assert.ok(folders.length >= 8);
    assert.deepEqual([...tags].sort(), [...folders].sort());
  });

  it('keeps the mocks out of the production entries', () => {
    const production = ['dist/index.js', 'dist/client/index.js', 'dist/contract/index.js', 'dist/i18n/index.js'];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(new URL(file, root), 'utf8');
      for (const [, specifier] of code.matchAll(/from\s+["']([^"']+)["']/g)) {
        assert.ok(!specifier.startsWith('msw'), `${file} imports ${specifier}`);
        if (specifier.startsWith('.')) visit(new URL(specifier, new URL(file, root)).pathname.slice(new URL(root).pathname.length));
      }
    };
    production.forEach(visit);
    assert.ok([...seen].every((file) => !file.includes('mocks/')), [...seen].join(', '));
  });
});

/**
 * The README's client configuration (docs/examples/client.ts) against the package's mocks under
 * msw/node, answering on the same overridden endpoints: every option does what the README says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createOrganization, handlers } from 'support-access-elements/mocks';
import { supportAccessClient } from '../../docs/examples/client.js';

const BASE = 'https://admin.example.com/api/orgs/42/support-access';
const endpoints = { revoke: 'DELETE /grants/:id', listEvents: '/audit-log' };

describe('README: the client configuration (docs/examples/client.ts)', () => {
  const org = createOrganization({ scenario: 'carto', now: '2026-03-10T09:00:00.000Z', frozen: true });
  const server = setupServer(...handlers(org, { baseUrl: BASE, endpoints }));
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  let tokens = 0;
  const sent: { method: string; path: string; authorization: string | null; credentials?: RequestCredentials }[] = [];
  const client = supportAccessClient(
    async () => `token-${++tokens}`,
    (input, init) => {
      const url = new URL(String(input));
      sent.push({ method: init?.method ?? 'GET', path: url.pathname, authorization: new Headers(init?.headers).get('Authorization'), credentials: init?.credentials });
      return fetch(input, init);
    },
  );

  it('sends every request through the host’s fetch, with a fresh token, on the host’s own routes', async () => {
    assert.equal((await client.getState()).status, 'off');
    const grant = await client.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    const revoked = await client.revoke(grant.id, { inheritorId: 'u-ana' });
    assert.equal(revoked.inheritedBy?.id, 'u-ana');
    const log = await client.listEvents({ grantId: grant.id, order: 'asc' });
    assert.deepEqual(
      log.items.map((event) => event.type),
      ['access.granted', 'access.revoked'],
    );
    assert.deepEqual(
      sent.map(({ method, path }) => `${method} ${path}`),
      [
        'GET /api/orgs/42/support-access',
        'POST /api/orgs/42/support-access/grants',
        `DELETE /api/orgs/42/support-access/grants/${grant.id}`,
        'GET /api/orgs/42/support-access/audit-log',
      ],
    );
    assert.deepEqual(
      sent.map((request) => request.authorization),
      ['Bearer token-1', 'Bearer token-2', 'Bearer token-3', 'Bearer token-4'],
    );
    assert.ok(sent.every((request) => request.credentials === 'include'));
  });

  it('unwraps a backend’s own JSON with the adapter before validating it', async () => {
    const session = { id: 'ses-1', engineer: { id: 'u-eng', displayName: 'Sam Support' }, onBehalfOf: { id: 'u-ana', displayName: 'Ana Admin' }, startedAt: '2026-03-10T08:00:00.000Z', lastSeenAt: '2026-03-10T08:55:00.000Z' };
    server.use(http.get(`${BASE}/sessions`, () => HttpResponse.json({ data: { items: [session], nextCursor: null } })));
    const page = await client.listSessions();
    assert.deepEqual(page.items.map((item) => item.engineer.displayName), ['Sam Support']);
  });

  it('retries a failing GET three times, and never a change', async () => {
    org.faults.inject('getState', { status: 503, times: 3 });
    sent.length = 0;
    assert.equal((await client.getState()).status, 'off');
    assert.equal(sent.length, 4);
    org.faults.inject('grant', { status: 503, times: 1 });
    sent.length = 0;
    await assert.rejects(client.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }), { code: 'unavailable', status: 503 });
    assert.equal(sent.length, 1);
  });
});

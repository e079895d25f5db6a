// A host's Node tests (node:test here; Vitest and Jest alike): the same mocks, under msw/node.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setupServer } from 'msw/node';
import { createSupportAccessClient } from 'support-access-elements';
import { createOrganization, handlers } from 'support-access-elements/mocks';

const baseUrl = 'http://localhost/api/orgs/42/support-access'; // Node's fetch needs an absolute URL
const org = createOrganization({ scenario: 'keboola', now: '2026-03-10T09:00:00Z', frozen: true });
const server = setupServer(...handlers(org, { baseUrl }));
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

test('an approved request from support turns access on until it expires', async () => {
  const client = createSupportAccessClient({ baseUrl });
  const request = org.requestAccess({ reason: 'The nightly export fails', ticket: '4711' }); // plays support

  const { items } = await client.listRequests({ status: 'pending' });
  assert.ok(items.some((pending) => pending.id === request.id && pending.ticket === '4711'));
  await client.approveRequest(request.id);
  assert.equal((await client.getState()).status, 'on');

  org.jumpToExpiry();
  assert.equal((await client.getState()).status, 'off');
});

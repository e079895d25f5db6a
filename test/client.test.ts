import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SupportAccessError } from '../src/client/index.js';
import { operationIds, type OperationId } from '../src/contract/index.js';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { createClient, mockOrganization, rejection, worker } from './helpers/mock-api.js';

describe('client: every operation over HTTP', () => {
  it('calls each operation of the contract and gets validated results', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'keboola' });
    const client = createClient();

    const state = await client.getState();
    expect(state.status).to.equal('off');
    expect(state.policy.requireApproval).to.equal(true);

    const pending = await client.listRequests({ status: 'pending' });
    expect(pending.items).to.have.length(2);
    const rejected = await client.rejectRequest(pending.items[1].id, { note: 'Not now' });
    expect(rejected.status).to.equal('rejected');
    const approved = await client.approveRequest(pending.items[0].id, {});
    expect(approved.status).to.equal('approved');

    await client.getState();
    const revoked = await client.revoke(approved.grantId!, { inheritorId: 'u-bruno' });
    expect(revoked.endReason).to.equal('revoked');

    const grant = await client.grant({ duration: 'P1D', accessLevel: 'admin', reason: 'Reproduce job 8812', confirmed: true });
    expect(grant.grantedBy.displayName).to.equal('Ana Admin');

    org.logIn();
    const sessions = await client.listSessions();
    expect(sessions.items).to.have.length(1);
    const ended = await client.endSession(sessions.items[0].id);
    expect(ended.endedAt).to.be.a('string');

    const inheritors = await client.listInheritors({ q: 'bru' });
    expect(inheritors.items.map((user) => user.displayName)).to.deep.equal(['Bruno Díaz']);

    await client.getState();
    const policy = await client.updatePolicy({ extension: 'choose', maxTotalDuration: 'P3D' });
    expect(policy.extension).to.equal('choose');
    await client.getState();
    const extended = await client.extend(grant.id, { duration: 'PT8H' });
    expect(extended.extensions).to.have.length(1);

    const events = await client.listEvents({ grantId: grant.id, order: 'asc' });
    expect(events.items.map((event) => event.type)).to.deep.equal([
      'access.granted',
      'support.login',
      'session.ended',
      'access.extended',
    ]);

    // A new operation in the contract must be added to this walk-through.
    const called = new Set(requests.map((request) => request.operation));
    expect([...called].sort()).to.deep.equal([...operationIds].sort());
  });
});

describe('client: configuration', () => {
  it('sends an operation to the method and path a host overrides', async () => {
    const endpoints = { revoke: 'DELETE /support/grants/:id', getState: '/status' };
    const { requests } = await mockOrganization({ scenario: 'segment', handlers: { endpoints } });
    const client = createClient({ endpoints });
    const state = await client.getState();
    const ended = await client.revoke(state.grant!.id, { inheritorId: 'u-ana' });
    expect(ended.endReason).to.equal('revoked');
    const revoke = requests.find((request) => request.operation === 'revoke')!;
    expect(revoke.method).to.equal('DELETE');
    expect(new URL(revoke.url).pathname).to.equal(`${DEFAULT_BASE_URL}/support/grants/${state.grant!.id}`);
    // Still the contract's POST underneath: a retry after a lost answer must take effect once.
    expect(revoke.headers.get('Idempotency-Key')).to.be.a('string').and.not.equal('');
    expect(new URL(requests[0].url).pathname).to.equal(`${DEFAULT_BASE_URL}/status`);
  });

  it('does not reach the default path once an operation is overridden', async () => {
    const { requests } = await mockOrganization({ scenario: 'segment' });
    const client = createClient({ endpoints: { getState: '/somewhere-else' }, retries: 0 });
    const error = await rejection<SupportAccessError>(client.getState());
    expect(error.code).to.equal('not-found');
    expect(error.status).to.equal(404);
    expect(requests, 'the mock serves only the default path').to.have.length(0);
  });

  it('refuses a malformed override when it is configured', () => {
    expect(() => createClient({ endpoints: { revoke: 'DELETE' } })).to.throw(TypeError, /revoke/);
    expect(() => createClient({ endpoints: { nope: '/x' } as never })).to.throw(TypeError, /nope/);
  });

  it('sends static headers with every request', async () => {
    const { requests } = await mockOrganization();
    const client = createClient({ headers: { 'X-CSRF-Token': 'csrf-1' } });
    await client.getState();
    await client.listEvents();
    expect(requests.map((request) => request.headers.get('X-CSRF-Token'))).to.deep.equal(['csrf-1', 'csrf-1']);
  });

  it('keeps a host’s own Accept and If-Match, and adds its own only where the host set none', async () => {
    const { requests } = await mockOrganization({ scenario: 'segment' });
    const host = createClient({ headers: { Accept: 'application/json', 'If-Match': '"host-etag"' } });
    const { grant } = await host.getState();
    // The server holds another version: the host's tag is refused, as it would be.
    expect((await rejection<SupportAccessError>(host.extend(grant!.id, { duration: 'P1D' }))).code).to.equal('precondition-failed');
    expect(requests.map((request) => request.headers.get('Accept'))).to.deep.equal(['application/json', 'application/json']);
    expect(requests[1].headers.get('If-Match'), 'the host’s, not the last ETag').to.equal('"host-etag"');

    const plain = createClient();
    await plain.getState();
    expect(requests[2].headers.get('Accept')).to.equal('application/json, application/problem+json');
  });

  it('asks the header provider before every request, so a refreshed token is used', async () => {
    const { requests } = await mockOrganization();
    let token = 0;
    const asked: OperationId[] = [];
    const client = createClient({
      headers: async ({ operation }) => {
        asked.push(operation);
        return { Authorization: `Bearer token-${++token}` };
      },
    });
    await client.getState();
    await client.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    expect(asked).to.deep.equal(['getState', 'grant']);
    expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('fails as "unauthenticated" when the header provider fails, without sending anything', async () => {
    const { requests } = await mockOrganization();
    const client = createClient({
      headers: async () => {
        throw new Error('token refresh failed');
      },
    });
    const error = await rejection<SupportAccessError>(client.getState());
    expect(error.code).to.equal('unauthenticated');
    expect(requests).to.have.length(0);
  });

  it('cancels and times out a header provider that never answers', async () => {
    const { requests } = await mockOrganization();
    const hung = createClient({ headers: () => new Promise<Record<string, string>>(() => {}), timeout: 200, retries: 0 });
    expect((await rejection<SupportAccessError>(hung.getState())).code).to.equal('timeout');
    const controller = new AbortController();
    const pending = hung.getState({ signal: controller.signal });
    controller.abort();
    expect((await rejection<SupportAccessError>(pending)).code).to.equal('aborted');
    expect(requests).to.have.length(0);
  });

  it("uses the host's fetch and credentials", async () => {
    await mockOrganization();
    const seen: RequestInit[] = [];
    const client = createClient({
      credentials: 'include',
      fetch: (input, init) => {
        seen.push(init!);
        return fetch(input, init);
      },
    });
    const state = await client.getState();
    expect(state.status).to.equal('off');
    expect(seen).to.have.length(1);
    expect(seen[0].credentials).to.equal('include');
  });

  it("maps a host backend's JSON with an adapter before validating it", async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    worker.use(http.get(DEFAULT_BASE_URL, () => HttpResponse.json({ data: org.getState() })));
    // The adapter also gets the operation and the response, for what a backend says in its headers.
    const seen: string[] = [];
    const adapted = createClient({
      adapters: {
        getState: (json, { operation, response }) => {
          seen.push(`${operation} ${response.status} ${response.headers.get('Content-Type')}`);
          return (json as { data: unknown }).data;
        },
      },
    });
    expect((await adapted.getState()).status).to.equal('on');
    expect(seen).to.deep.equal(['getState 200 application/json']);

    const plain = createClient();
    const error = await rejection<SupportAccessError>(plain.getState());
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.contain('getState');
  });

  it('sends nothing for a call whose signal is already aborted', async () => {
    const { requests } = await mockOrganization();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection<SupportAccessError>(createClient().getState({ signal: controller.signal }));
    expect(error.code).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).to.have.length(0);
  });

  it('cancels a call through its AbortSignal, without retrying', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { latency: 2000 });
    const controller = new AbortController();
    const pending = createClient().getState({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection<SupportAccessError>(pending);
    expect(error).to.be.instanceOf(SupportAccessError);
    expect(error.code).to.equal('aborted');
    expect(requests).to.have.length(1);
  });
});

describe('client: HTTP caching', () => {
  it('reads null in an optional field as absent, as servers that write unset fields so send it; a null cursor is still the last page', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const state = org.getState();
    expect(state.grant, 'access is off in this scenario').to.equal(undefined);
    worker.use(
      http.get(DEFAULT_BASE_URL, () =>
        HttpResponse.json({ ...state, grant: null, unavailableReason: null, policy: { ...state.policy, maxTotalDuration: null, extensionStep: null } }),
      ),
      http.get(`${DEFAULT_BASE_URL}/sessions`, () => HttpResponse.json({ items: [], nextCursor: null })),
    );
    const client = createClient();
    const read = await client.getState();
    expect(read.status).to.equal('off');
    expect('grant' in read || 'maxTotalDuration' in read.policy, 'no null field is left').to.equal(false);
    expect((await client.listSessions()).nextCursor).to.equal(null);
    // A required field sent as null is still named.
    worker.use(http.get(DEFAULT_BASE_URL, () => HttpResponse.json({ ...state, serverTime: null })));
    const error = await rejection<SupportAccessError>(client.getState());
    expect(error.issues.map((issue) => issue.path)).to.deep.equal(['serverTime']);
  });

  it('reads a fresh state from a backend that answers a repeated GET with 304 Not Modified', async () => {
    // The state's ETag covers status, grant and policy only: the clock, pending requests and
    // permissions change under the same ETag, so a cached body would hold them at their first values.
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const serve = (body: unknown) => fetch('/http-cache-body', { method: 'PUT', body: JSON.stringify(body) });
    const client = createClient({ baseUrl: '/http-cache' });
    const first = org.getState();
    await serve(first);
    expect((await client.getState()).pendingRequests).to.equal(first.pendingRequests);
    await serve({ ...first, pendingRequests: first.pendingRequests + 1, serverTime: '2026-03-10T11:00:00.000Z' });
    const second = await client.getState();
    expect(second.pendingRequests).to.equal(first.pendingRequests + 1);
    expect(second.serverTime).to.equal('2026-03-10T11:00:00.000Z');
  });
});

describe('client: idempotency and concurrency', () => {
  it('grants once when the same action is sent twice with its key', async () => {
    const { org } = await mockOrganization();
    const client = createClient();
    const body = { duration: 'P7D', accessLevel: 'admin', confirmed: true } as const;
    const [first, second] = await Promise.all([
      client.grant(body, { idempotencyKey: 'click-1' }),
      client.grant(body, { idempotencyKey: 'click-1' }),
    ]);
    expect(second.id).to.equal(first.id);
    const granted = org.listEvents({ type: ['access.granted'], grantId: first.id });
    expect(granted.items).to.have.length(1);
  });

  it('takes effect once when an action whose answer was lost is retried with its key', async () => {
    const { org, requests } = await mockOrganization();
    const client = createClient();
    const body = { duration: 'P7D', accessLevel: 'admin', confirmed: true } as const;
    org.faults.inject('grant', { status: 500, afterEffect: true, times: 1 });

    const error = await rejection<SupportAccessError>(client.grant(body, { idempotencyKey: 'enable-1' }));
    expect(error.code).to.equal('internal');
    expect(org.getState().status, 'the first attempt took effect').to.equal('on');

    const grant = await client.grant(body, { idempotencyKey: 'enable-1' });
    expect(grant.id).to.equal(org.getState().grant!.id);
    const keys = requests.filter((request) => request.operation === 'grant').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.deep.equal(['enable-1', 'enable-1']);
    expect(org.listEvents({ type: ['access.granted'] }).items.filter((event) => event.grantId === grant.id)).to.have.length(1);
  });

  it('counts a deliberate second click with the same body as a new action', async () => {
    const { org, requests } = await mockOrganization({ scenario: 'cumulocity' });
    const client = createClient();
    const { grant } = await client.getState();
    org.faults.inject('extend', { status: 503, afterEffect: true, times: 1 });
    await rejection(client.extend(grant!.id));
    await client.getState();
    const extended = await client.extend(grant!.id);
    expect(extended.extensions, 'both extensions took effect').to.have.length(2);
    const keys = requests.filter((request) => request.operation === 'extend').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).to.be.a('string').and.not.equal(keys[1]);
  });

  it('does not retry a failed change on its own', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('grant', { status: 503 });
    const error = await rejection<SupportAccessError>(createClient().grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }));
    expect(error.code).to.equal('unavailable');
    expect(requests.filter((request) => request.operation === 'grant')).to.have.length(1);
  });

  it('sends If-Match with the last ETag and gets 412 when someone else changed the state', async () => {
    const { requests } = await mockOrganization({ scenario: 'segment' });
    const first = createClient();
    const second = createClient();
    const seenByFirst = await first.getState();
    const etagSeenByFirst = first.etag;
    expect(etagSeenByFirst).to.be.a('string').and.not.empty;
    await second.getState();
    await second.revoke(seenByFirst.grant!.id, { inheritorId: 'u-ana' });

    const error = await rejection<SupportAccessError>(first.extend(seenByFirst.grant!.id, { duration: 'P1D' }));
    expect(error.code).to.equal('precondition-failed');
    expect(error.status).to.equal(412);
    const extend = requests.find((request) => request.operation === 'extend')!;
    expect(extend.headers.get('If-Match')).to.equal(etagSeenByFirst);

    const fresh = await first.getState();
    expect(fresh.status).to.equal('off');
    const regrant = await first.grant({ duration: 'P1D', accessLevel: 'read-only', ticket: 'SEG-1', confirmed: true });
    expect(regrant.expiresAt).to.be.a('string');
  });
});

import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ERROR_CODES, SupportAccessError, type SupportAccessErrorCode } from '../src/client/index.js';
import { describeError } from '../src/i18n/index.js';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { createClient, mockOrganization, rejection, worker } from './helpers/mock-api.js';

const STATUS_CODES: [number, SupportAccessErrorCode][] = [
  [401, 'unauthenticated'],
  [403, 'forbidden'],
  [404, 'not-found'],
  [409, 'conflict'],
  [412, 'precondition-failed'],
  [422, 'validation'],
  [429, 'rate-limited'],
  [500, 'internal'],
  [503, 'unavailable'],
];

/** Statuses a server or a gateway in front of it may answer without a problem document: what each means, and what a person reads. */
const BARE_STATUS_CODES: [number, SupportAccessErrorCode, string][] = [
  [410, 'not-found', 'Could not grant support access. It no longer exists or has already ended.'],
  [428, 'precondition-failed', 'Could not grant support access. Someone else changed support access in the meantime. The latest state is shown.'],
  [502, 'unavailable', 'Could not grant support access. The service is temporarily unavailable. Try again in a few minutes.'],
  [504, 'unavailable', 'Could not grant support access. The service is temporarily unavailable. Try again in a few minutes.'],
];

describe('client: every failure is one typed error', () => {
  for (const [status, code] of STATUS_CODES) {
    it(`${status} from the server is "${code}" with its problem details`, async () => {
      const { org } = await mockOrganization();
      org.faults.inject('grant', { status, retryAfter: status === 429 ? 7 : undefined });
      const error = await rejection<SupportAccessError>(
        createClient().grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }),
      );
      expect(error).to.be.instanceOf(SupportAccessError);
      expect(error.operation).to.equal('grant');
      expect(error.status).to.equal(status);
      expect(error.code).to.equal(code);
      expect(error.problem?.code).to.equal(code);
      expect(error.problem?.status).to.equal(status);
      if (status === 429) {
        expect(error.retryAfter).to.equal(7000);
        expect(error.retryAt, 'when the wait is over').to.be.closeTo(Date.now() + 7000, 1000);
      }
    });
  }

  for (const [status, code, words] of BARE_STATUS_CODES) {
    it(`${status} without a problem document is "${code}": "${words}"`, async () => {
      await mockOrganization();
      worker.use(http.post(`${DEFAULT_BASE_URL}/grants`, () => new HttpResponse(null, { status })));
      const error = await rejection<SupportAccessError>(
        createClient({ retries: 0 }).grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }),
      );
      expect(error).to.be.instanceOf(SupportAccessError);
      expect(error.status).to.equal(status);
      expect(error.problem).to.equal(undefined);
      expect(error.code).to.equal(code);
      expect(describeError('en', error)).to.equal(words);
    });
  }

  it('falls back to the status when the body is not a problem document', async () => {
    await mockOrganization();
    worker.use(http.get(DEFAULT_BASE_URL, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = await rejection<SupportAccessError>(createClient({ retries: 0 }).getState());
    expect(error.code).to.equal('unavailable');
    expect(error.status).to.equal(502);
    expect(error.problem).to.equal(undefined);
  });

  it('names each invalid field of a refused change', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const error = await rejection<SupportAccessError>(
      createClient().grant({ duration: 'P30D', accessLevel: 'admin', reason: '  ', confirmed: true }),
    );
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(Object.keys(error.fieldErrors).sort()).to.deep.equal(['duration', 'reason']);
    expect(error.fieldErrors.reason).to.equal('A reason is required.');
  });

  it('reads field problems given as a map, { name: message } or { name: [messages] }, and keeps the problem', async () => {
    await mockOrganization();
    worker.use(
      http.post(`${DEFAULT_BASE_URL}/grants`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Invalid grant', status: 422, detail: 'The reason is missing.', code: 'validation', fields: { reason: 'Required.', ticket: ['Too long.'] } },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await rejection<SupportAccessError>(createClient().grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }));
    expect(error.code).to.equal('validation');
    expect(error.problem?.detail).to.equal('The reason is missing.');
    expect(error.fieldErrors).to.deep.equal({ reason: 'Required.', ticket: 'Too long.' });
  });

  for (const [odd, problem] of [
    ['no type or title', { status: 422, code: 'validation' }],
    ['a code of the server’s own', { type: 'about:blank', title: 'Invalid', status: 422, code: 'INVALID_INPUT' }],
    ['a field without a message', { type: 'about:blank', title: 'Invalid', status: 422, code: 'validation', extra: [{ name: 'ticket' }, 'x'] }],
  ] as [string, { extra?: unknown[] } & Record<string, unknown>][]) {
    it(`reads the field problems of a 422 whose document has ${odd}: the rest is not lost`, async () => {
      await mockOrganization();
      const { extra = [], ...rest } = problem;
      worker.use(
        http.post(`${DEFAULT_BASE_URL}/grants`, () =>
          HttpResponse.json({ ...rest, fields: [{ name: 'reason', message: 'Required.' }, ...extra] }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
        ),
      );
      const error = await rejection<SupportAccessError>(createClient().grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }));
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal({ reason: 'Required.' });
    });
  }

  it('is "timeout" when the server never answers', async () => {
    const { org } = await mockOrganization();
    org.faults.inject('getState', { hang: true });
    const error = await rejection<SupportAccessError>(createClient({ timeout: 300, retries: 0 }).getState());
    expect(error.code).to.equal('timeout');
    expect(error.status).to.equal(0);
    expect(error.operation).to.equal('getState');
  });

  it('is "offline" when the network fails', async () => {
    const { org } = await mockOrganization();
    org.faults.inject('listEvents', { offline: true });
    const error = await rejection<SupportAccessError>(createClient({ retries: 0 }).listEvents());
    expect(error.code).to.equal('offline');
    expect(error.status).to.equal(0);
  });

  it('is "invalid-response" naming the operation when the body is not JSON', async () => {
    const { org } = await mockOrganization();
    org.faults.inject('getState', { malformedJson: true });
    const error = await rejection<SupportAccessError>(createClient().getState());
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.equal('Invalid response to getState: body: the body is not valid JSON');
  });

  it('is "invalid-response" naming the operation and the field when the body breaks the schema', async () => {
    const { org } = await mockOrganization();
    org.faults.inject('getState', { breakSchema: true });
    const error = await rejection<SupportAccessError>(createClient().getState());
    expect(error.code).to.equal('invalid-response');
    expect(error.issues[0].path).to.equal('serverTime');
    expect(error.message).to.equal('Invalid response to getState: field "serverTime": expected string');
  });

  it('is "invalid-response" at nextCursor when a page gives back the cursor it was asked with, which would never end', async () => {
    await mockOrganization();
    worker.use(http.get(`${DEFAULT_BASE_URL}/events`, () => HttpResponse.json({ items: [], nextCursor: 'page-2' })));
    const client = createClient();
    expect((await client.listEvents()).nextCursor, 'a first page may name any cursor').to.equal('page-2');
    const error = await rejection<SupportAccessError>(client.listEvents({ cursor: 'page-2' }));
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.equal('Invalid response to listEvents: field "nextCursor": the cursor it was asked with');
  });

  it('names a nested field path', async () => {
    await mockOrganization({ scenario: 'segment' });
    const client = createClient({
      adapters: {
        getState: (json) => {
          const state = json as { grant: Record<string, unknown> };
          return { ...state, grant: { ...state.grant, expiresAt: 'next Tuesday' } };
        },
      },
    });
    const error = await rejection<SupportAccessError>(client.getState());
    expect(error.issues.map((issue) => issue.path)).to.deep.equal(['grant.expiresAt']);
    expect(error.message).to.contain('getState').and.contain('grant.expiresAt');
  });

  it('knows every code it can produce', () => {
    expect(ERROR_CODES).to.include.members(STATUS_CODES.map(([, code]) => code));
    expect(ERROR_CODES).to.include.members(['timeout', 'offline', 'invalid-response', 'aborted']);
  });
});

describe('client: GET retries', () => {
  it('retries a failing GET with backoff until it succeeds', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 503, times: 2 });
    const state = await createClient({ retries: 2 }).getState();
    expect(state.status).to.equal('off');
    expect(requests).to.have.length(3);
  });

  it('retries when offline or timed out', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('listRequests', { offline: true, times: 1 });
    org.faults.inject('listEvents', { hang: true, times: 1 });
    const client = createClient({ retries: 1, timeout: 300 });
    expect((await client.listRequests()).items).to.be.an('array');
    expect((await client.listEvents()).items).to.be.an('array');
    expect(requests.map((request) => request.operation)).to.deep.equal(['listRequests', 'listRequests', 'listEvents', 'listEvents']);
  });

  it('backs off longer before each retry', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 503, times: 2 });
    await createClient({ retries: 2, retryDelay: 200 }).getState();
    const [first, second, third] = requests.map((request) => request.at);
    expect(second - first, 'first backoff: 200 ms ± 25 %').to.be.at.least(150);
    expect(third - second, 'second backoff: 400 ms ± 25 %').to.be.at.least(300);
  });

  it('bounds the number of retries whatever it is given', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 503 });
    await rejection(createClient({ retries: Infinity, retryDelay: 1 }).getState());
    expect(requests).to.have.length(11);
  });

  it('gives up after the configured number of retries', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 500 });
    const error = await rejection<SupportAccessError>(createClient({ retries: 2 }).getState());
    expect(error.code).to.equal('internal');
    expect(requests).to.have.length(3);
  });

  it('does not retry what a retry cannot fix', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 403 });
    await rejection(createClient({ retries: 3 }).getState());
    org.faults.clear();
    org.faults.inject('getState', { breakSchema: true });
    await rejection(createClient({ retries: 3 }).getState());
    expect(requests).to.have.length(2);
  });

  it('waits as long as Retry-After asks', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 429, retryAfter: 1, times: 1 });
    const state = await createClient({ retries: 1, retryDelay: 1 }).getState();
    expect(state.status).to.equal('off');
    expect(requests).to.have.length(2);
    expect(requests[1].at - requests[0].at).to.be.at.least(950);
  });

  it('bounds the wait, whatever Retry-After asks', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 503, retryAfter: 3600, times: 1 });
    const state = await createClient({ retries: 1, maxRetryDelay: 50 }).getState();
    expect(state.status).to.equal('off');
    expect(requests[1].at - requests[0].at).to.be.below(3000);
  });

  it('stops waiting to retry when the call is cancelled', async () => {
    const { org, requests } = await mockOrganization();
    org.faults.inject('getState', { status: 503, retryAfter: 5 });
    const controller = new AbortController();
    const pending = createClient({ retries: 3 }).getState({ signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const error = await rejection<SupportAccessError>(pending);
    expect(error.code).to.equal('aborted');
    expect(requests).to.have.length(1);
  });
});

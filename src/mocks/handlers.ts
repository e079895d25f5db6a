import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { codeForStatus, describeIssue } from '../contract/problems.js';
import {
  joinUrl,
  operationIds,
  operations,
  resolveEndpoint,
  type EndpointOverrides,
  type OperationId,
  type OperationSpec,
} from '../contract/operations.js';
import type { FieldProblem, ProblemCode } from '../contract/schemas.js';
import { MockProblem, type MockOrganization } from './organization.js';

export const DEFAULT_BASE_URL = '/api/support-access';

export interface HandlerOptions {
  /** Where the mock serves the contract. Default `/api/support-access`. */
  baseUrl?: string;
  /** The same overrides the host gives the client, so the mock answers on the host's paths. */
  endpoints?: EndpointOverrides;
  /** Sees every request the mock answers (a copy), e.g. to show it in a demo or to assert headers. */
  onRequest?: (info: { operation: OperationId; request: Request }) => void;
}

interface Input {
  params: Record<string, string>;
  query: any;
  body: any;
}

const perform: { [K in OperationId]: (org: MockOrganization, input: Input) => unknown } = {
  getState: (org) => org.getState(),
  grant: (org, { body }) => org.grant(body),
  extend: (org, { params, body }) => org.extend(params.id, body),
  revoke: (org, { params, body }) => org.revoke(params.id, body),
  listInheritors: (org, { query }) => org.listInheritors(query),
  listRequests: (org, { query }) => org.listRequests(query),
  approveRequest: (org, { params, body }) => org.approveRequest(params.id, body),
  rejectRequest: (org, { params, body }) => org.rejectRequest(params.id, body),
  listSessions: (org, { query }) => org.listSessions(query),
  endSession: (org, { params }) => org.endSession(params.id),
  updatePolicy: (org, { body }) => org.updatePolicy(body),
  listEvents: (org, { query }) => org.listEvents(query),
};

const TITLES: Record<ProblemCode, string> = {
  unauthenticated: 'Not signed in',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'precondition-failed': 'Precondition failed',
  validation: 'Validation failed',
  unavailable: 'Service unavailable',
  'rate-limited': 'Too many requests',
  internal: 'Internal server error',
};

function problemResponse(problem: MockProblem, retryAfter?: number) {
  return HttpResponse.json(
    {
      type: `urn:support-access:problem:${problem.code}`,
      title: problem.title,
      status: problem.status,
      code: problem.code,
      ...(problem.detail ? { detail: problem.detail } : {}),
      ...(problem.fields ? { fields: problem.fields } : {}),
    },
    {
      status: problem.status,
      headers: {
        'Content-Type': 'application/problem+json',
        ...(retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {}),
      },
    },
  );
}

function injected(status: number, retryAfter?: number) {
  const code = codeForStatus(status);
  return problemResponse(new MockProblem(status, code, TITLES[code], `Injected fault: ${status}`), retryAfter);
}

function malformed() {
  return new HttpResponse('{"status": "on", "grant": {', { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** The real body with its first field emptied: broken in a way that names one field. */
function breakSchema(body: unknown): unknown {
  if (!body || typeof body !== 'object') return { broken: true };
  const [first] = Object.keys(body);
  return { ...body, [first]: null };
}

function fieldsOf(error: z.core.$ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => ({
    name: prefix + (issue.path.map(String).join('.') || '(body)'),
    message: describeIssue(issue),
  }));
}

function parseQuery(spec: OperationSpec, url: URL): unknown {
  if (!spec.query) return {};
  const query: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = name === 'type' ? values : name === 'limit' ? Number(values[0]) : values[0];
  }
  const parsed = z.safeParse(spec.query, query);
  if (!parsed.success) throw new MockProblem(422, 'validation', 'Invalid query', 'The query is invalid.', fieldsOf(parsed.error));
  return parsed.data;
}

function parseBody(spec: OperationSpec, text: string): unknown {
  if (!spec.body) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text || '{}');
  } catch {
    throw new MockProblem(400, 'validation', 'Invalid JSON', 'The request body is not JSON.', [{ name: '(body)', message: 'Not JSON' }]);
  }
  const parsed = z.safeParse(spec.body, json);
  if (!parsed.success) throw new MockProblem(422, 'validation', TITLES.validation, 'The request body is invalid.', fieldsOf(parsed.error));
  return parsed.data;
}

async function answer(org: MockOrganization, operation: OperationId, request: Request, params: Record<string, string>) {
  const spec: OperationSpec = operations[operation];
  const text = await request.text();
  const key = spec.method === 'POST' ? request.headers.get('Idempotency-Key') : null;
  const signature = `${operation} ${new URL(request.url).pathname} ${text}`;

  if (key) {
    const seen = org.idempotency.get(key);
    if (seen) {
      if (seen.signature !== signature) {
        throw new MockProblem(422, 'validation', 'Idempotency key reused', 'This Idempotency-Key was used for a different request.', [
          { name: 'Idempotency-Key', message: 'Used for a different request' },
        ]);
      }
      return { status: seen.status, body: seen.body, etag: seen.etag };
    }
  }

  const ifMatch = request.headers.get('If-Match');
  if (spec.guarded && ifMatch && ifMatch !== '*' && ifMatch !== org.etag) {
    throw new MockProblem(412, 'precondition-failed', TITLES['precondition-failed'], 'Support access was changed by someone else.');
  }

  const input: Input = { params, query: parseQuery(spec, new URL(request.url)), body: parseBody(spec, text) };
  const body = perform[operation](org, input);
  const result = { status: spec.status, body, etag: spec.etag ? org.etag : undefined };
  if (key) org.idempotency.set(key, { signature, ...result });
  return result;
}

/**
 * MSW request handlers that serve the whole contract from an in-memory organization. They run in
 * the browser (`setupWorker`) and in Node (`setupServer`).
 */
export function handlers(org: MockOrganization, options: HandlerOptions = {}): HttpHandler[] {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  return operationIds.map((operation) => {
    const endpoint = resolveEndpoint(operation, options.endpoints);
    const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return http[method](joinUrl(baseUrl, endpoint.path), async ({ request, params }) => {
      options.onRequest?.({ operation, request: request.clone() });
      const fault = org.faults.take(operation);
      const latency = org.latency + (fault?.latency ?? 0);
      if (latency) await delay(latency);
      if (fault?.hang) await delay('infinite');
      if (fault?.offline) return HttpResponse.error();
      if (fault && !fault.afterEffect) {
        if (fault.status) return injected(fault.status, fault.retryAfter);
        if (fault.malformedJson) return malformed();
      }

      try {
        const result = await answer(org, operation, request, params as Record<string, string>);
        if (fault?.status) return injected(fault.status, fault.retryAfter);
        if (fault?.malformedJson) return malformed();
        const body = fault?.breakSchema ? breakSchema(result.body) : result.body;
        return HttpResponse.json(body as never, {
          status: result.status,
          headers: result.etag ? { ETag: result.etag } : {},
        });
      } catch (error) {
        if (error instanceof MockProblem) return problemResponse(error);
        return problemResponse(new MockProblem(500, 'internal', TITLES.internal, String(error)));
      }
    });
  });
}

/**
 * Builds the OpenAPI 3.1 document of the contract from the operation table and the zod schemas,
 * so the published document can never drift from what the client validates and the mocks serve.
 */
import * as z from 'zod/mini';
import { operations, operationIds, type OperationSpec } from './operations.js';
import * as schemas from './schemas.js';

type Json = Record<string, unknown>;

/** The schemas published as components, by name. Request queries are listed so their parameters are typed. */
const components = {
  Timestamp: schemas.Timestamp,
  Duration: schemas.Duration,
  User: schemas.User,
  SupportAccount: schemas.SupportAccount,
  Extension: schemas.Extension,
  AssetCount: schemas.AssetCount,
  Grant: schemas.Grant,
  Policy: schemas.Policy,
  PolicyPatch: schemas.PolicyPatch,
  Permissions: schemas.Permissions,
  AccessStatus: schemas.AccessStatus,
  State: schemas.State,
  GrantRequest: schemas.GrantRequest,
  ExtendRequest: schemas.ExtendRequest,
  RevokeRequest: schemas.RevokeRequest,
  DecisionRequest: schemas.DecisionRequest,
  Requester: schemas.Requester,
  Approval: schemas.Approval,
  AccessRequest: schemas.AccessRequest,
  Engineer: schemas.Engineer,
  Session: schemas.Session,
  EventType: schemas.EventType,
  Actor: schemas.Actor,
  AuditEvent: schemas.AuditEvent,
  UserPage: schemas.UserPage,
  AccessRequestPage: schemas.AccessRequestPage,
  SessionPage: schemas.SessionPage,
  AuditEventPage: schemas.AuditEventPage,
  ListQuery: schemas.ListQuery,
  InheritorsQuery: schemas.InheritorsQuery,
  RequestsQuery: schemas.RequestsQuery,
  EventsQuery: schemas.EventsQuery,
  ProblemCode: schemas.ProblemCode,
  FieldProblem: schemas.FieldProblem,
  Problem: schemas.Problem,
} as const;

const PROBLEM_RESPONSES: Record<string, { name: string; description: string }> = {
  '401': { name: 'Unauthenticated', description: 'The caller is not signed in (`unauthenticated`).' },
  '403': { name: 'Forbidden', description: 'The signed-in user may not do this (`forbidden`).' },
  '404': { name: 'NotFound', description: 'No such grant, request or session (`not-found`).' },
  '409': { name: 'Conflict', description: 'Impossible in the current state, e.g. a grant while access is on (`conflict`).' },
  '412': {
    name: 'PreconditionFailed',
    description: 'The `If-Match` ETag is stale: someone else changed the state (`precondition-failed`).',
  },
  '422': { name: 'Validation', description: 'The request body breaks a rule; `fields` names each field (`validation`).' },
  '429': { name: 'RateLimited', description: 'Too many requests; retry after `Retry-After` (`rate-limited`).' },
  '500': { name: 'Internal', description: 'The server failed (`internal`).' },
  '503': { name: 'Unavailable', description: 'The service is unavailable; retry after `Retry-After` (`unavailable`).' },
};

const ref = (kind: 'schemas' | 'responses' | 'parameters' | 'headers', name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

function componentName(schema: z.ZodMiniType): string | undefined {
  return Object.entries(components).find(([, candidate]) => candidate === schema)?.[0];
}

function schemaRef(schema: z.ZodMiniType): Json {
  const name = componentName(schema);
  if (!name) throw new Error('Every schema in the operation table must be a published component');
  return ref('schemas', name);
}

const auditEventDetails = schemas.AuditEvent.shape.details.def.innerType;
const RECORD = { type: 'object', propertyNames: { type: 'string' }, additionalProperties: {} };

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    // A custom check has no JSON Schema of its own: say what it accepts.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === auditEventDetails) Object.assign(jsonSchema, RECORD);
    },
  });
  const result: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(generated)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as Json;
    result[id] = rest;
  }
  return result;
}

function queryParameters(spec: OperationSpec, published: Record<string, Json>): Json[] {
  if (!spec.query) return [];
  const name = componentName(spec.query);
  const query = name ? published[name] : undefined;
  const properties = (query?.properties ?? {}) as Record<string, Json>;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([parameter, schema]) => ({
    name: parameter,
    in: 'query',
    required: required.has(parameter),
    schema,
    ...(schema.type === 'array' ? { style: 'form', explode: true } : {}),
  }));
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/:([A-Za-z_]\w*)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function problemStatuses(spec: OperationSpec): string[] {
  const statuses = ['401', '403'];
  if (spec.path.includes(':')) statuses.push('404');
  if (spec.method !== 'GET') statuses.push('409');
  if (spec.guarded) statuses.push('412');
  if (spec.body) statuses.push('422');
  statuses.push('429', '500', '503');
  return statuses;
}

export interface OpenApiOptions {
  /** The server URL written into the document. */
  baseUrl?: string;
  version?: string;
}

/** The contract as an OpenAPI 3.1 document. */
export function buildOpenApiDocument(options: OpenApiOptions = {}): Json {
  const published = componentSchemas();
  const paths: Record<string, Record<string, Json>> = {};

  for (const operationId of operationIds) {
    const spec: OperationSpec = operations[operationId];
    const openApiPath = (spec.path || '/').replace(/:([A-Za-z_]\w*)/g, '{$1}');
    const parameters: Json[] = [...pathParameters(spec.path), ...queryParameters(spec, published)];
    if (spec.guarded) parameters.push(ref('parameters', 'IfMatch'));
    if (spec.method === 'POST') parameters.push(ref('parameters', 'IdempotencyKey'));

    const responses: Record<string, Json> = {
      [String(spec.status)]: {
        description: spec.summary,
        ...(spec.etag ? { headers: { ETag: ref('headers', 'ETag') } } : {}),
        content: { 'application/json': { schema: schemaRef(spec.response) } },
      },
    };
    for (const status of problemStatuses(spec)) responses[status] = ref('responses', PROBLEM_RESPONSES[status].name);

    paths[openApiPath] ??= {};
    paths[openApiPath][spec.method.toLowerCase()] = {
      operationId,
      summary: spec.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(spec.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaRef(spec.body) } } } }
        : {}),
      responses,
    };
  }

  const responses: Record<string, Json> = {};
  for (const [status, { name, description }] of Object.entries(PROBLEM_RESPONSES)) {
    responses[name] = {
      description,
      ...(status === '429' || status === '503' ? { headers: { 'Retry-After': ref('headers', 'RetryAfter') } } : {}),
      content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
    };
  }

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Support access',
      version: options.version ?? '0.0.0',
      description:
        "The REST contract behind support-access-elements: a customer's admins grant, extend, revoke and audit a vendor support team's access to their organization.",
    },
    servers: [{ url: options.baseUrl ?? '/api/support-access' }],
    paths,
    components: {
      schemas: published,
      responses,
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'The ETag of the state the change was made against; a stale one gets 412.',
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'One key per user action, reused when the same action is retried, so it takes effect once.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'The version of the support access state.', schema: { type: 'string' } },
        RetryAfter: {
          description: 'Seconds (or an HTTP date) to wait before retrying.',
          schema: { type: 'string' },
        },
      },
    },
  };
}

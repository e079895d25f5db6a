/**
 * Every operation of the contract, once. The client's methods, the mock handlers' routes and the
 * OpenAPI document are all generated from this table, so a new operation cannot be forgotten by one
 * of them.
 */
import type * as z from 'zod/mini';
import {
  AccessRequest,
  AccessRequestPage,
  AuditEventPage,
  DecisionRequest,
  EventsQuery,
  ExtendRequest,
  Grant,
  GrantRequest,
  InheritorsQuery,
  ListQuery,
  Policy,
  PolicyPatch,
  RequestsQuery,
  RevokeRequest,
  Session,
  SessionPage,
  State,
  UserPage,
} from './schemas.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OperationSpec {
  method: HttpMethod;
  /** Relative to the base URL; `:id` is a path parameter. */
  path: string;
  summary: string;
  /** The success status. */
  status: 200 | 201;
  response: z.ZodMiniType;
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  /** Changes the state that the state `ETag` versions: sent with `If-Match`, answered with `412` when stale. */
  guarded?: boolean;
  /** The response carries the state `ETag`. */
  etag?: boolean;
}

export const operations = {
  getState: {
    method: 'GET',
    path: '',
    summary: 'Read the support access state, policy and permissions',
    status: 200,
    response: State,
    etag: true,
  },
  grant: {
    method: 'POST',
    path: '/grants',
    summary: 'Grant support access',
    status: 201,
    body: GrantRequest,
    response: Grant,
    guarded: true,
    etag: true,
  },
  extend: {
    method: 'POST',
    path: '/grants/:id/extend',
    summary: 'Extend the current grant',
    status: 200,
    body: ExtendRequest,
    response: Grant,
    guarded: true,
    etag: true,
  },
  revoke: {
    method: 'POST',
    path: '/grants/:id/revoke',
    summary: "Revoke the current grant and hand the support account's assets to a user",
    status: 200,
    body: RevokeRequest,
    response: Grant,
    guarded: true,
    etag: true,
  },
  listInheritors: {
    method: 'GET',
    path: '/inheritors',
    summary: "List users eligible to inherit the support account's assets",
    status: 200,
    query: InheritorsQuery,
    response: UserPage,
  },
  listRequests: {
    method: 'GET',
    path: '/requests',
    summary: 'List access requests from support',
    status: 200,
    query: RequestsQuery,
    response: AccessRequestPage,
  },
  approveRequest: {
    method: 'POST',
    path: '/requests/:id/approve',
    summary: 'Approve an access request',
    status: 200,
    body: DecisionRequest,
    response: AccessRequest,
    guarded: true,
  },
  rejectRequest: {
    method: 'POST',
    path: '/requests/:id/reject',
    summary: 'Reject an access request',
    status: 200,
    body: DecisionRequest,
    response: AccessRequest,
    guarded: true,
  },
  listSessions: {
    method: 'GET',
    path: '/sessions',
    summary: 'List live support sessions',
    status: 200,
    query: ListQuery,
    response: SessionPage,
  },
  endSession: {
    method: 'POST',
    path: '/sessions/:id/end',
    summary: 'End one support session now, keeping the grant',
    status: 200,
    response: Session,
    guarded: true,
  },
  updatePolicy: {
    method: 'PATCH',
    path: '/policy',
    summary: "Change the organization's support access policy",
    status: 200,
    body: PolicyPatch,
    response: Policy,
    guarded: true,
    etag: true,
  },
  listEvents: {
    method: 'GET',
    path: '/events',
    summary: 'Read the audit trail',
    status: 200,
    query: EventsQuery,
    response: AuditEventPage,
  },
} as const satisfies Record<string, OperationSpec>;

export type Operations = typeof operations;
export type OperationId = keyof Operations;
export const operationIds = Object.keys(operations) as OperationId[];

export type OperationResult<K extends OperationId> = z.infer<Operations[K]['response']>;

/** `"DELETE /support/grants/:id"`: a host's own method and path for one operation. */
export type EndpointOverrides = Partial<Record<OperationId, string>>;

export interface Endpoint {
  method: HttpMethod;
  path: string;
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The method and path of an operation, with a host's override applied. An override is
 * `"METHOD /path"` or just `"/path"` (keeping the method); its path is relative to the base URL like
 * the defaults, unless it is an absolute URL.
 */
export function resolveEndpoint(operation: OperationId, overrides?: EndpointOverrides): Endpoint {
  const spec: OperationSpec = operations[operation];
  const override = overrides?.[operation]?.trim();
  if (!override) return { method: spec.method, path: spec.path };
  const [first, ...rest] = override.split(/\s+/);
  const upper = first.toUpperCase() as HttpMethod;
  if (METHODS.includes(upper)) {
    if (rest.length !== 1) throw new TypeError(`Endpoint override for ${operation} must be "METHOD /path": ${override}`);
    return { method: upper, path: rest[0] };
  }
  if (rest.length) throw new TypeError(`Endpoint override for ${operation} must be "METHOD /path": ${override}`);
  return { method: spec.method, path: first };
}

/** Fills `:name` parameters, each encoded as one path segment. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

/** Joins the base URL and an operation's path; an absolute URL in `path` wins. */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  const base = baseUrl.replace(/\/+$/, '');
  if (!path) return base || '/';
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

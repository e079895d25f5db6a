/**
 * Every operation of the contract, once. The client's methods, the mock handlers' routes and the
 * OpenAPI document are all generated from this table, so a new operation cannot be forgotten by one
 * of them.
 */
import type * as z from 'zod/mini';
import { calls, type CallSpec } from './calls.js';
import {
  DecisionRequest,
  EventsQuery,
  ExtendRequest,
  GrantRequest,
  InheritorsQuery,
  ListQuery,
  PolicyPatch,
  RequestsQuery,
  RevokeRequest,
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

/**
 * The whole table: each call (see `calls`) with its summary, success status and request schemas.
 * Built on demand of whoever reads it (the document, the mocks, a host), so an element's bundle
 * leaves it out.
 */
export const operations = /* @__PURE__ */ (() =>
  ({
    getState: { ...calls.getState, summary: 'Read the support access state, policy and permissions', status: 200 },
    grant: { ...calls.grant, summary: 'Grant support access', status: 201, body: GrantRequest },
    extend: { ...calls.extend, summary: 'Extend the current grant', status: 200, body: ExtendRequest },
    revoke: {
      ...calls.revoke,
      summary: "Revoke the current grant and hand the support account's assets to a user",
      status: 200,
      body: RevokeRequest,
    },
    listInheritors: {
      ...calls.listInheritors,
      summary: "List users eligible to inherit the support account's assets",
      status: 200,
      query: InheritorsQuery,
    },
    listRequests: { ...calls.listRequests, summary: 'List access requests from support', status: 200, query: RequestsQuery },
    approveRequest: { ...calls.approveRequest, summary: 'Approve an access request', status: 200, body: DecisionRequest },
    rejectRequest: { ...calls.rejectRequest, summary: 'Reject an access request', status: 200, body: DecisionRequest },
    listSessions: { ...calls.listSessions, summary: 'List live support sessions', status: 200, query: ListQuery },
    endSession: { ...calls.endSession, summary: 'End one support session now, keeping the grant', status: 200 },
    updatePolicy: { ...calls.updatePolicy, summary: "Change the organization's support access policy", status: 200, body: PolicyPatch },
    listEvents: { ...calls.listEvents, summary: 'Read the audit trail', status: 200, query: EventsQuery },
  }) as const satisfies Record<string, OperationSpec>)();

export type Operations = typeof operations;
export type OperationId = keyof Operations;
export const operationIds = /* @__PURE__ */ Object.keys(operations) as OperationId[];

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
  const spec: CallSpec = calls[operation];
  const override = overrides?.[operation]?.trim();
  if (!override) return { method: spec.method, path: spec.path };
  const [first, ...rest] = override.split(/\s+/);
  const upper = first.toUpperCase() as HttpMethod;
  const named = METHODS.includes(upper);
  // A method takes exactly one path after it; a path alone takes nothing.
  if (rest.length !== Number(named)) throw new TypeError(`Endpoint override for ${operation} must be "METHOD /path": ${override}`);
  return named ? { method: upper, path: rest[0] } : { method: spec.method, path: first };
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

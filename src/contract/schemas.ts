/**
 * The REST contract as zod schemas: the one source of truth. TypeScript types are inferred from
 * these, the client validates every response with them, the mocks validate every request body with
 * them, and the OpenAPI document is generated from them.
 *
 * `zod/mini` keeps the shipped bytes small; schemas are plain values with no side effects so a
 * bundler can drop what an entry does not use.
 */
import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';
import { DURATION_PATTERN } from './duration.js';
import { PROBLEM_CODES } from './problems.js';

// ---------------------------------------------------------------------------------------------
// Building blocks

export const Id = z.string().check(z.minLength(1));
/**
 * RFC 3339. The contract sends UTC (`Z`); an explicit offset is accepted from host backends.
 * `z.iso.datetime({ offset: true })`, spelled without the `z.iso` namespace: reaching through it
 * makes bundlers keep the whole namespace (date, time and duration formats with their regexes).
 */
export const Timestamp = _isoDateTime(z.ZodMiniISODateTime, { offset: true });
/** ISO 8601 duration in days, hours, minutes and seconds (`P7D`, `PT24H`). */
export const Duration = z.string().check(z.regex(new RegExp(DURATION_PATTERN), 'Expected an ISO 8601 duration such as P7D or PT24H'));

// Shapes that other schemas extend are spread into plain objects: zod's `extend`, `partial` and
// `omit` would add their code to every page that validates a response.
const userShape = {
  id: Id,
  displayName: z.string(),
  email: z.optional(z.string()),
};

export const User = z.object(userShape);

export const SupportAccount = z.object({
  ...userShape,
  /** Whether the support account signs in with multi-factor authentication. */
  mfa: z.boolean(),
});

export const Extension = z.object({
  at: Timestamp,
  by: User,
  addedDuration: Duration,
});

export const AssetCount = z.object({
  /** `map`, `workflow`, or any asset type the host's product has. */
  type: z.string(),
  count: z.int().check(z.gte(0)),
});

export const GrantEndReason = z.enum(['revoked', 'expired']);

export const Grant = z.object({
  id: Id,
  grantedAt: Timestamp,
  expiresAt: Timestamp,
  grantedBy: User,
  reason: z.optional(z.string()),
  ticket: z.optional(z.string()),
  /** Chosen at grant time from `policy.accessLevels`: `admin`, `read-only` or a host's own level. */
  accessLevel: z.string(),
  supportAccount: SupportAccount,
  extensions: z.array(Extension),
  /** What the support account created, counted per asset type. */
  assets: z.optional(z.array(AssetCount)),
  /** Set once the grant has ended. */
  endedAt: z.optional(Timestamp),
  endReason: z.optional(GrantEndReason),
  /** Who revoked it; absent when it expired. */
  endedBy: z.optional(User),
  /** Who received the support account's assets when the grant ended. */
  inheritedBy: z.optional(User),
});

export const PolicyMode = z.enum(['opt-in', 'always-on', 'disabled']);
export const ExtensionMode = z.enum(['none', 'prolong', 'choose']);
export const WhoCanEnable = z.enum(['admins', 'all-users']);

/** The policy's fields an organization may edit. */
const editablePolicyShape = {
  /** The durations offered when enabling, e.g. `["P1D","P7D","P30D"]`. */
  durations: z.array(Duration).check(z.minLength(1)),
  defaultDuration: Duration,
  /** No grant may last longer than this in total, extensions included. */
  maxTotalDuration: z.optional(Duration),
  extension: ExtensionMode,
  /** With `extension: "prolong"`, what each extension adds. */
  extensionStep: z.optional(Duration),
  requireReason: z.boolean(),
  requireTicket: z.boolean(),
  /** Support must ask and a user must approve before support joins. */
  requireApproval: z.boolean(),
  whoCanEnable: WhoCanEnable,
  accessLevels: z.array(z.string()).check(z.minLength(1)),
  /** 1: any one user approves; 2: two different users must approve. */
  approvalsRequired: z.int().check(z.gte(1), z.lte(2)),
  /** Warn this long before expiry. */
  expiryWarning: z.optional(Duration),
};

export const Policy = z.object({
  /** The provider's global switch: opt-in (an admin enables it), always on, or disabled. */
  mode: PolicyMode,
  ...editablePolicyShape,
});

/**
 * A request's schema (a body or a query), built by a call marked free of side effects: only the mocks
 * and the OpenAPI document read these, and a page that only sends requests (every element) leaves
 * them out.
 */
/* @__NO_SIDE_EFFECTS__ */
function request<T extends z.core.$ZodLooseShape>(shape: () => T) {
  return z.object(shape());
}

/** Every field of `shape`, optional: what `z.partial` does, without its code. */
function optionalShape<T extends Record<string, z.ZodMiniType>>(shape: T): { [K in keyof T]: z.ZodMiniOptional<T[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])) as {
    [K in keyof T]: z.ZodMiniOptional<T[K]>;
  };
}

/**
 * Any subset of the fields an organization may edit (`mode` belongs to the provider). `null`
 * removes an optional field: no cap, no extension step, no expiry warning.
 */
export const PolicyPatch = request(() => ({
  ...optionalShape(editablePolicyShape),
  maxTotalDuration: z.optional(z.nullable(Duration)),
  extensionStep: z.optional(z.nullable(Duration)),
  expiryWarning: z.optional(z.nullable(Duration)),
}));

export const Permissions = z.object({
  enable: z.boolean(),
  extend: z.boolean(),
  revoke: z.boolean(),
  decideRequests: z.boolean(),
  editPolicy: z.boolean(),
  viewLog: z.boolean(),
  /**
   * May end a live support session (`endSession`). Not in every server's answer: where it is
   * absent, `revoke` stands for it. Where access is always on there is nothing to revoke, yet an
   * admin may still end a session.
   */
  endSessions: z.optional(z.boolean()),
});

export const AccessStatus = z.enum(['off', 'on', 'always-on', 'unavailable']);

export const State = z.object({
  /** The server's clock when it answered: countdowns are computed from it, not the browser's. */
  serverTime: Timestamp,
  status: AccessStatus,
  /** `forced-sso`, `plan`, `provider-disabled`, or a host's own reason. */
  unavailableReason: z.optional(z.string()),
  /** The current grant while `status` is `on`. */
  grant: z.optional(Grant),
  policy: Policy,
  permissions: Permissions,
  pendingRequests: z.int().check(z.gte(0)),
  /** The signed-in user, so an element can tell its own approvals from others'. */
  currentUser: z.optional(User),
});

// ---------------------------------------------------------------------------------------------
// Request bodies

export const GrantRequest = request(() => ({
  duration: Duration,
  accessLevel: z.string(),
  reason: z.optional(z.string()),
  ticket: z.optional(z.string()),
  /** The confirmation box is part of the contract: a grant without it is refused. */
  confirmed: z.literal(true),
}));

export const ExtendRequest = request(() => ({
  /** With `extension: "choose"`, one of the offered durations; ignored with `prolong`. */
  duration: z.optional(Duration),
}));

export const RevokeRequest = request(() => ({
  /** The user who receives what the support account created. */
  inheritorId: Id,
}));

export const DecisionRequest = request(() => ({
  note: z.optional(z.string()),
}));

// ---------------------------------------------------------------------------------------------
// Access requests, sessions, audit events

export const RequesterKind = z.enum(['support', 'maintainer']);
export const Requester = z.object({ ...userShape, kind: RequesterKind });

/** One approval of several; `note` is what its approver wrote, where that approval did not decide (the deciding one's is the request's `note`). */
export const Approval = z.object({ by: User, at: Timestamp, note: z.optional(z.string()) });

export const RequestStatus = z.enum(['pending', 'approved', 'rejected', 'expired', 'withdrawn']);

export const AccessRequest = z.object({
  id: Id,
  requester: Requester,
  reason: z.string(),
  ticket: z.optional(z.string()),
  requestedAt: Timestamp,
  status: RequestStatus,
  /** Approvals given so far (two-person approval shows "1 of 2"). */
  approvals: z.optional(z.array(Approval)),
  /** How many approvals this request needs, as the policy said when it was made. */
  approvalsRequired: z.optional(z.int().check(z.gte(1), z.lte(2))),
  decidedBy: z.optional(User),
  decidedAt: z.optional(Timestamp),
  note: z.optional(z.string()),
  /** The grant an approved request became. */
  grantId: z.optional(Id),
});

export const Engineer = z.object({ id: Id, displayName: z.string() });

export const Session = z.object({
  id: Id,
  /** The grant the session runs under; absent where access is always on. */
  grantId: z.optional(Id),
  engineer: Engineer,
  /** The user the engineer acts as (`engineer$user`). */
  onBehalfOf: z.optional(User),
  startedAt: Timestamp,
  lastSeenAt: Timestamp,
  /** Set on the session returned by "end session". */
  endedAt: z.optional(Timestamp),
});

export const EVENT_TYPES = [
  'access.granted',
  'access.extended',
  'access.revoked',
  'access.expired',
  'support.login',
  'support.action',
  'request.created',
  'request.approved',
  'request.rejected',
  'policy.updated',
  'session.ended',
] as const;
export const EventType = z.enum(EVENT_TYPES);

export const Actor = z.object({
  kind: z.enum(['user', 'support', 'system']),
  id: Id,
  displayName: z.string(),
  /** A support engineer acting as this user shows as `engineer$user`. */
  onBehalfOf: z.optional(User),
});

/** zod's test for a record: an object whose constructor, if any, is `Object` (or one like it). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  const isObject = (candidate: unknown): candidate is object =>
    typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate);
  if (!isObject(value)) return false;
  const ctor: unknown = value.constructor;
  if (typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/**
 * `z.record(z.string(), z.unknown())`, accepting and refusing the same values with the same words:
 * a record of unknown values checks nothing but the object itself, and zod's record schema carries
 * code for enum keys, partial records and key transforms into every page that validates a response.
 * The OpenAPI document describes it as the record it is.
 */
const AuditEventDetails = z.custom<Record<string, unknown>>(isPlainObject, 'expected record');

export const AuditEvent = z.object({
  id: Id,
  at: Timestamp,
  type: EventType,
  actor: Actor,
  summary: z.string(),
  /** Every event about a grant names it, so one grant's story can be told in order. */
  grantId: z.optional(Id),
  /** The grant's ticket, so each support login can be matched to a ticket. */
  ticket: z.optional(z.string()),
  details: z.optional(AuditEventDetails),
});

// ---------------------------------------------------------------------------------------------
// Pages and queries

export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass as `cursor` to get the next page; `null` on the last page (never `""`, which a list would take for more to come). */
    nextCursor: z.nullable(Id),
  });
}

export const UserPage = page(User);
export const AccessRequestPage = page(AccessRequest);
export const SessionPage = page(Session);
export const AuditEventPage = page(AuditEvent);

/** The paging fields every list's query has (built anew for each query, inside its `request`). */
const listQueryShape = () => ({
  cursor: z.optional(z.string()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export const ListQuery = request(listQueryShape);
export const InheritorsQuery = request(() => ({
  ...listQueryShape(),
  /** Matches display name or email, case-insensitively. */
  q: z.optional(z.string()),
}));
export const RequestsQuery = request(() => ({
  ...listQueryShape(),
  status: z.optional(z.enum(['pending', 'decided'])),
}));
export const EventsQuery = request(() => ({
  ...listQueryShape(),
  /** One or more event types (repeat the parameter). */
  type: z.optional(z.array(EventType)),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
  grantId: z.optional(Id),
  /** Newest first (`desc`, the default) or oldest first (`asc`, for a grant's timeline). */
  order: z.optional(z.enum(['asc', 'desc'])),
}));

// ---------------------------------------------------------------------------------------------
// Errors: RFC 9457 problem details

export const ProblemCode = z.enum(PROBLEM_CODES);

export const FieldProblem = z.object({
  /** The request field, as a dotted path (`reason`, `durations.2`). */
  name: z.string(),
  message: z.string(),
});

export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: ProblemCode,
  fields: z.optional(z.array(FieldProblem)),
});

// ---------------------------------------------------------------------------------------------
// Types, inferred and never written twice

export type Id = z.infer<typeof Id>;
export type User = z.infer<typeof User>;
export type SupportAccount = z.infer<typeof SupportAccount>;
export type Extension = z.infer<typeof Extension>;
export type AssetCount = z.infer<typeof AssetCount>;
export type Grant = z.infer<typeof Grant>;
export type Policy = z.infer<typeof Policy>;
export type PolicyPatch = z.infer<typeof PolicyPatch>;
export type Permissions = z.infer<typeof Permissions>;
export type AccessStatus = z.infer<typeof AccessStatus>;
export type State = z.infer<typeof State>;
export type GrantRequest = z.infer<typeof GrantRequest>;
export type ExtendRequest = z.infer<typeof ExtendRequest>;
export type RevokeRequest = z.infer<typeof RevokeRequest>;
export type DecisionRequest = z.infer<typeof DecisionRequest>;
export type Requester = z.infer<typeof Requester>;
export type Approval = z.infer<typeof Approval>;
export type RequestStatus = z.infer<typeof RequestStatus>;
export type AccessRequest = z.infer<typeof AccessRequest>;
export type Engineer = z.infer<typeof Engineer>;
export type Session = z.infer<typeof Session>;
export type EventType = z.infer<typeof EventType>;
export type Actor = z.infer<typeof Actor>;
export type AuditEvent = z.infer<typeof AuditEvent>;
export type Page<T> = { items: T[]; nextCursor: string | null };
export type ListQuery = z.infer<typeof ListQuery>;
export type InheritorsQuery = z.infer<typeof InheritorsQuery>;
export type RequestsQuery = z.infer<typeof RequestsQuery>;
export type EventsQuery = z.infer<typeof EventsQuery>;
export type ProblemCode = z.infer<typeof ProblemCode>;
export type FieldProblem = z.infer<typeof FieldProblem>;
export type Problem = z.infer<typeof Problem>;

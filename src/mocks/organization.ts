import * as z from 'zod/mini';
import { describeIssue } from '../contract/problems.js';
import { durationParts, durationToMs, msToDuration } from '../contract/duration.js';
import { checkPolicy, type PolicyViolation } from '../contract/policy-rules.js';
import {
  Policy as PolicySchema,
  type AccessRequest,
  type AccessStatus,
  type Actor,
  type AssetCount,
  type AuditEvent,
  type DecisionRequest,
  type Engineer,
  type EventsQuery,
  type EventType,
  type ExtendRequest,
  type FieldProblem,
  type Grant,
  type GrantRequest,
  type InheritorsQuery,
  type ListQuery,
  type Page,
  type Permissions,
  type Policy,
  type PolicyPatch,
  type ProblemCode,
  type Requester,
  type RequestsQuery,
  type RevokeRequest,
  type Session,
  type State,
  type SupportAccount,
  type User,
} from '../contract/schemas.js';
import { MockClock } from './clock.js';
import { Faults } from './faults.js';

export type Role = 'admin' | 'member' | 'viewer';
export interface MockUser extends User {
  role: Role;
}

/** The support engineer a person can play; their email, if any, shows on the requests they make. */
export type MockEngineer = Engineer & { email?: string };

/** A refusal the mock server answers with, as RFC 9457 problem details. */
export class MockProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail?: string,
    readonly fields?: FieldProblem[],
  ) {
    super(detail ?? title);
  }
}

/** What a scenario hands the organization to start from. */
export interface OrganizationSeed {
  name: string;
  users: MockUser[];
  currentUserId: string;
  policy: Policy;
  /** Makes the state `unavailable` with this reason (e.g. `forced-sso`). */
  unavailableReason?: string;
  /** The account a grant creates for support. */
  supportAccount: SupportAccount;
  /** The support engineer a person can play. */
  engineer: MockEngineer;
  grant?: Grant;
  pastGrants?: Grant[];
  requests?: AccessRequest[];
  sessions?: Session[];
  /** Past events, oldest first. */
  events?: AuditEvent[];
}

/**
 * Everything an organization holds, as plain JSON: what a demo keeps across a reload
 * (`organization.snapshot()` → `MockOrganization.fromSnapshot(snapshot)`).
 */
export interface OrganizationSnapshot extends OrganizationSeed {
  /** The clock's time when the snapshot was taken, and whether it was frozen. */
  clock: { now: string; frozen: boolean };
  engineerSessionId?: string;
  ownedAssets: [string, AssetCount[]][];
  sequence: number;
  latency: number;
}

export interface EngineerRequestInput {
  reason: string;
  ticket?: string;
  kind?: Requester['kind'];
}

/** Pending requests nobody decides on expire after this long. */
const REQUEST_LIFETIME = 'P7D';
const DEFAULT_LIMIT = 50;

function englishDuration(iso: string): string {
  const parts = durationParts(iso);
  if (!parts) return iso;
  const words = (Object.entries(parts) as [string, number][])
    .filter(([, value]) => value)
    .map(([unit, value]) => `${value} ${value === 1 ? unit.slice(0, -1) : unit}`);
  return words.join(' ') || '0 seconds';
}

/** What one policy field now says, in the settings form's words: "asking for a reason: on", "durations offered: 8 hours, 1 day". */
function englishPolicyChange(key: string, value: unknown): string {
  const said: Record<string, string> = {
    'mode opt-in': 'support access granted by the organization',
    'mode always-on': 'support access always on',
    'mode disabled': 'support access turned off',
    'extension none': 'extensions not allowed',
    'extension prolong': 'extensions by a fixed step',
    'extension choose': 'extensions of a chosen length',
    'whoCanEnable admins': 'only admins may enable',
    'whoCanEnable all-users': 'all users may enable',
  };
  const labels: Record<string, string> = {
    requireReason: 'asking for a reason',
    requireTicket: 'asking for a ticket reference',
    requireApproval: 'requests and approval',
    durations: 'durations offered',
    defaultDuration: 'default duration',
    maxTotalDuration: 'maximum in total',
    extensionStep: 'extension step',
    expiryWarning: 'warning before access ends',
    accessLevels: 'access levels offered',
    approvalsRequired: 'approvals needed',
  };
  // A duration in words; anything else (a level, a count) as it is, which englishDuration leaves it.
  const words = (item: unknown) => englishDuration(String(item));
  const choice = said[`${key} ${String(value)}`];
  if (choice) return choice;
  const label = labels[key] ?? key;
  if (typeof value === 'boolean') return `${label}: ${value ? 'on' : 'off'}`;
  if (value === null || value === undefined) return `no ${label}`;
  return `${label}: ${Array.isArray(value) ? value.map(words).join(', ') : words(value)}`;
}

/** Where the support account's assets went: "2 maps, 1 workflow went to Ana Admin", or that there were none. */
function englishHandover(assets: AssetCount[], to: { displayName: string }): string {
  const counted = assets.filter(({ count }) => count > 0);
  if (!counted.length) return 'support created nothing to hand over';
  return `${counted.map(({ type, count }) => `${count} ${type}${count === 1 ? '' : 's'}`).join(', ')} went to ${to.displayName}`;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function offsetPage<T>(items: T[], query: ListQuery): Page<T> {
  let offset = 0;
  if (query.cursor !== undefined) {
    const match = /^o(\d+)$/.exec(query.cursor);
    if (!match) throw invalidCursor();
    offset = Number(match[1]);
  }
  const limit = query.limit ?? DEFAULT_LIMIT;
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit;
  return { items: clone(slice), nextCursor: next < items.length ? `o${next}` : null };
}

function invalidCursor() {
  return new MockProblem(422, 'validation', 'Invalid cursor', 'The cursor is not one this server gave out.', [
    { name: 'cursor', message: 'Unknown cursor' },
  ]);
}

function forbidden(detail: string) {
  return new MockProblem(403, 'forbidden', 'Forbidden', detail);
}

function conflict(detail: string) {
  return new MockProblem(409, 'conflict', 'Conflict', detail);
}

function validation(fields: FieldProblem[]) {
  return new MockProblem(422, 'validation', 'Validation failed', fields.map((field) => field.message).join(' '), fields);
}

const POLICY_RULE_MESSAGES: Record<PolicyViolation['rule'], string> = {
  'default-not-offered': 'The default duration must be one of the offered durations.',
  'cap-below-longest-offer': 'The maximum total duration must be at least the longest offered duration.',
  'step-required': 'Prolonging needs an extension step.',
  'duplicate-duration': 'Each duration may be offered once.',
};

/**
 * An in-memory organization that implements the whole support access contract: the rules a real
 * backend keeps, not canned answers. Every method acts as the signed-in user (`signInAs`) at the
 * organization's clock's time, and writes the audit trail.
 */
export class MockOrganization {
  readonly clock: MockClock;
  readonly name: string;
  readonly engineer: MockEngineer;
  /** Faults the HTTP layer injects, per operation. */
  readonly faults = new Faults();
  /** Milliseconds every answer waits, to show loading states. */
  latency = 0;
  /** Idempotency keys already answered, for the HTTP layer. */
  readonly idempotency = new Map<string, { signature: string; status: number; body: unknown; etag?: string }>();

  #users: MockUser[];
  #currentUserId: string;
  #policy: Policy;
  #unavailableReason?: string;
  #supportAccount: SupportAccount;
  #grant?: Grant;
  #pastGrants: Grant[];
  #requests: AccessRequest[];
  #sessions: Session[];
  #engineerSessionId?: string;
  #events: AuditEvent[];
  #ownedAssets = new Map<string, AssetCount[]>();
  #sequence = 0;
  #listeners = new Set<() => void>();

  constructor(seed: OrganizationSeed, clock: MockClock = new MockClock()) {
    this.clock = clock;
    this.name = seed.name;
    this.engineer = clone(seed.engineer);
    this.#users = clone(seed.users);
    this.#currentUserId = seed.currentUserId;
    this.#policy = clone(seed.policy);
    this.#unavailableReason = seed.unavailableReason;
    this.#supportAccount = clone(seed.supportAccount);
    this.#grant = seed.grant && clone(seed.grant);
    this.#pastGrants = clone(seed.pastGrants ?? []);
    this.#requests = clone(seed.requests ?? []);
    this.#sessions = clone(seed.sessions ?? []);
    this.#events = seed.events ?? [];
    this.#sequence = this.#events.length + this.#requests.length + this.#pastGrants.length + 1;
    if (!this.#user(seed.currentUserId)) throw new Error(`Unknown current user ${seed.currentUserId}`);
  }

  /** The whole organization as JSON-safe data; the clock's time included, its faults not. */
  snapshot(): OrganizationSnapshot {
    return clone({
      name: this.name,
      users: this.#users,
      currentUserId: this.#currentUserId,
      policy: this.#policy,
      ...(this.#unavailableReason ? { unavailableReason: this.#unavailableReason } : {}),
      supportAccount: this.#supportAccount,
      engineer: this.engineer,
      ...(this.#grant ? { grant: this.#grant } : {}),
      pastGrants: this.#pastGrants,
      requests: this.#requests,
      sessions: this.#sessions,
      events: this.#events,
      clock: { now: this.clock.iso(), frozen: this.clock.frozen },
      ...(this.#engineerSessionId ? { engineerSessionId: this.#engineerSessionId } : {}),
      ownedAssets: [...this.#ownedAssets],
      sequence: this.#sequence,
      latency: this.latency,
    });
  }

  /**
   * An organization from a snapshot. `clock` overrides the snapshot's (e.g. one that resumes from the
   * saved time plus the real time since).
   */
  static fromSnapshot(snapshot: OrganizationSnapshot, clock?: MockClock): MockOrganization {
    const organization = new MockOrganization(
      clone(snapshot),
      clock ?? new MockClock({ start: snapshot.clock.now, frozen: snapshot.clock.frozen }),
    );
    organization.#engineerSessionId = snapshot.engineerSessionId;
    organization.#ownedAssets = new Map(clone(snapshot.ownedAssets));
    organization.#sequence = snapshot.sequence;
    organization.latency = snapshot.latency;
    return organization;
  }

  // -------------------------------------------------------------------------------------------
  // Who, what, when

  /**
   * The `ETag` of what guarded changes depend on: status, grant and policy. It is a hash of their
   * content, so support signing in or a new access request never makes an admin's change stale.
   */
  get etag(): string {
    this.#settle();
    const text = JSON.stringify([this.#status(), this.#unavailableReason ?? null, this.#grant ?? null, this.#policy]);
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    return `"${(hash >>> 0).toString(36)}"`;
  }

  get currentUser(): MockUser {
    return clone(this.#user(this.#currentUserId)!);
  }

  get users(): MockUser[] {
    return clone(this.#users);
  }

  signInAs(userId: string): void {
    if (!this.#user(userId)) throw new Error(`Unknown user ${userId}`);
    this.#currentUserId = userId;
    this.#notify();
  }

  /** Called after every change, clock move or sign-in, e.g. to redraw a demo page. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  advance(by: string | number): void {
    this.clock.advance(by);
    this.#settle();
    this.#notify();
  }

  /** Moves the clock to the exact moment the current grant expires. */
  jumpToExpiry(): void {
    this.#settle();
    if (!this.#grant) throw new Error('No grant is active');
    this.clock.set(this.#grant.expiresAt);
    this.#settle();
    this.#notify();
  }

  /** What a user owns after inheriting from support accounts, per asset type. */
  assetsOwnedBy(userId: string): AssetCount[] {
    return clone(this.#ownedAssets.get(userId) ?? []);
  }

  get eventCount(): number {
    return this.#events.length;
  }

  // -------------------------------------------------------------------------------------------
  // The contract's operations

  getState(): State {
    this.#settle();
    const user = this.#user(this.#currentUserId)!;
    return clone({
      serverTime: this.clock.iso(),
      status: this.#status(),
      ...(this.#status() === 'unavailable' ? { unavailableReason: this.#unavailableReason ?? 'provider-disabled' } : {}),
      ...(this.#grant ? { grant: this.#grant } : {}),
      policy: this.#policy,
      permissions: this.#permissions(),
      pendingRequests: this.#requests.filter((request) => request.status === 'pending').length,
      currentUser: { id: user.id, displayName: user.displayName, ...(user.email ? { email: user.email } : {}) },
    });
  }

  grant(body: GrantRequest): Grant {
    this.#settle();
    const user = this.#actingUser();
    if (!this.#mayEnable(user)) throw forbidden('Only admins may enable support access here.');
    this.#requireOptIn();
    if (this.#grant) throw conflict('Support access is already on.');

    const fields: FieldProblem[] = [];
    const offered = this.#policy.durations.some((duration) => durationToMs(duration) === durationToMs(body.duration));
    if (!offered) fields.push({ name: 'duration', message: `${body.duration} is not one of the offered durations.` });
    if (!this.#policy.accessLevels.includes(body.accessLevel)) {
      fields.push({ name: 'accessLevel', message: `${body.accessLevel} is not an offered access level.` });
    }
    if (this.#policy.requireReason && !body.reason?.trim()) fields.push({ name: 'reason', message: 'A reason is required.' });
    if (this.#policy.requireTicket && !body.ticket?.trim()) fields.push({ name: 'ticket', message: 'A ticket is required.' });
    if (fields.length) throw validation(fields);

    const grant = this.#createGrant({
      duration: body.duration,
      accessLevel: body.accessLevel,
      grantedBy: user,
      reason: body.reason?.trim() || undefined,
      ticket: body.ticket?.trim() || undefined,
      supportAccount: { ...this.#supportAccount, id: `${this.#supportAccount.id}-${this.#sequence}` },
    });
    return clone(grant);
  }

  extend(grantId: string, body: ExtendRequest): Grant {
    this.#settle();
    const user = this.#actingUser();
    if (!this.#mayEnable(user)) throw forbidden('You may not extend support access.');
    this.#requireOptIn();
    const grant = this.#activeGrant(grantId);
    if (this.#policy.extension === 'none') throw conflict('The policy does not allow extending access.');

    let added: string;
    if (this.#policy.extension === 'prolong') {
      added = this.#policy.extensionStep ?? this.#policy.defaultDuration;
    } else {
      const chosen = body.duration;
      if (!chosen) throw validation([{ name: 'duration', message: 'Choose how long to extend by.' }]);
      if (!this.#policy.durations.some((duration) => durationToMs(duration) === durationToMs(chosen))) {
        throw validation([{ name: 'duration', message: `${chosen} is not one of the offered durations.` }]);
      }
      added = chosen;
    }

    const expiresAt = Date.parse(grant.expiresAt);
    let newExpiry = expiresAt + durationToMs(added);
    if (this.#policy.maxTotalDuration) {
      const cap = Date.parse(grant.grantedAt) + durationToMs(this.#policy.maxTotalDuration);
      if (expiresAt >= cap) {
        throw conflict(`Access already lasts the maximum of ${englishDuration(this.#policy.maxTotalDuration)}.`);
      }
      newExpiry = Math.min(newExpiry, cap);
    }
    // In the policy's own words ("24 hours" stays 24 hours) unless the cap cut it short.
    const addedDuration = newExpiry - expiresAt === durationToMs(added) ? added : msToDuration(newExpiry - expiresAt);
    grant.expiresAt = new Date(newExpiry).toISOString();
    grant.extensions.push({ at: this.clock.iso(), by: this.#publicUser(user), addedDuration });
    this.#record('access.extended', this.#userActor(user), `${user.displayName} extended access by ${englishDuration(addedDuration)}`, {
      grant,
      details: { addedDuration, expiresAt: grant.expiresAt },
    });
    this.#changed();
    return clone(grant);
  }

  revoke(grantId: string, body: RevokeRequest): Grant {
    this.#settle();
    const user = this.#actingUser();
    if (!this.#mayRevoke(user)) throw forbidden('You may not revoke support access.');
    const grant = this.#activeGrant(grantId);
    const inheritor = this.#user(body.inheritorId);
    if (!inheritor || inheritor.role === 'viewer') {
      throw validation([{ name: 'inheritorId', message: 'Choose a member of the organization who can own assets.' }]);
    }
    const assets = grant.assets ?? [];
    this.#endGrant(grant, { endReason: 'revoked', endedAt: this.clock.iso(), endedBy: user, inheritor });
    this.#record(
      'access.revoked',
      this.#userActor(user),
      `${user.displayName} revoked access; ${englishHandover(assets, inheritor)}`,
      { grant, details: { inheritedBy: this.#publicUser(inheritor), assets } },
    );
    this.#changed();
    return clone(grant);
  }

  listInheritors(query: InheritorsQuery): Page<User> {
    this.#settle();
    if (!this.#mayRevoke(this.#actingUser())) throw forbidden('You may not revoke support access.');
    const needle = query.q?.trim().toLowerCase() ?? '';
    const eligible = this.#users
      .filter((user) => user.role !== 'viewer')
      .filter((user) => !needle || `${user.displayName} ${user.email ?? ''}`.toLowerCase().includes(needle))
      .map((user) => this.#publicUser(user));
    return offsetPage(eligible, query);
  }

  listRequests(query: RequestsQuery): Page<AccessRequest> {
    this.#settle();
    if (this.#actingUser().role === 'viewer') throw forbidden('You may not see access requests.');
    const pending = query.status === 'pending';
    const decided = query.status === 'decided';
    const items = this.#requests
      .filter((request) => (pending ? request.status === 'pending' : decided ? request.status !== 'pending' : true))
      .sort((a, b) =>
        (b.decidedAt ?? b.requestedAt).localeCompare(a.decidedAt ?? a.requestedAt),
      );
    return offsetPage(items, query);
  }

  approveRequest(requestId: string, body: DecisionRequest): AccessRequest {
    this.#settle();
    const user = this.#actingUser();
    if (user.role === 'viewer') throw forbidden('You may not decide on access requests.');
    const request = this.#pendingRequest(requestId);
    const approvals = (request.approvals ??= []);
    // One user approving twice counts once.
    if (approvals.some((approval) => approval.by.id === user.id)) return clone(request);

    const required = request.approvalsRequired ?? this.#policy.approvalsRequired;
    const completes = approvals.length + 1 >= required;
    if (completes) {
      this.#requireOptIn();
      if (this.#grant) throw conflict('Support access is already on; revoke it before approving another request.');
    }
    const note = body.note?.trim() || undefined;
    // A first approval's note stays with it: the second approver reads it, and so does the audit trail.
    approvals.push({ by: this.#publicUser(user), at: this.clock.iso(), ...(note && !completes ? { note } : {}) });
    const requester = request.requester.displayName;
    if (!completes) {
      this.#record(
        'request.approved',
        this.#userActor(user),
        `${user.displayName} approved ${requester}'s request (${approvals.length} of ${required})`,
        { ticket: request.ticket, details: { requestId, approvals: approvals.length, approvalsRequired: required, ...(note ? { note } : {}) } },
      );
      this.#changed();
      return clone(request);
    }

    Object.assign(request, {
      status: 'approved',
      decidedBy: this.#publicUser(user),
      decidedAt: this.clock.iso(),
      ...(note ? { note } : {}),
    });
    const grant = this.#createGrant(
      {
        duration: this.#policy.defaultDuration,
        accessLevel: this.#policy.accessLevels[0],
        grantedBy: user,
        reason: request.reason,
        ticket: request.ticket,
        supportAccount: {
          id: request.requester.id,
          displayName: request.requester.displayName,
          ...(request.requester.email ? { email: request.requester.email } : {}),
          mfa: true,
        },
      },
      (grant) =>
        this.#record(
          'request.approved',
          this.#userActor(user),
          `${user.displayName} approved ${requester}'s request${required > 1 ? ` (${required} of ${required})` : ''}`,
          { grant, details: { requestId, approvals: approvals.length, approvalsRequired: required, note } },
        ),
    );
    request.grantId = grant.id;
    return clone(request);
  }

  rejectRequest(requestId: string, body: DecisionRequest): AccessRequest {
    this.#settle();
    const user = this.#actingUser();
    if (user.role === 'viewer') throw forbidden('You may not decide on access requests.');
    const request = this.#pendingRequest(requestId);
    const note = body.note?.trim() || undefined;
    Object.assign(request, {
      status: 'rejected',
      decidedBy: this.#publicUser(user),
      decidedAt: this.clock.iso(),
      ...(note ? { note } : {}),
    });
    this.#record(
      'request.rejected',
      this.#userActor(user),
      `${user.displayName} rejected ${request.requester.displayName}'s request${note ? `: ${note}` : ''}`,
      { ticket: request.ticket, details: { requestId, note } },
    );
    this.#changed();
    return clone(request);
  }

  listSessions(query: ListQuery): Page<Session> {
    this.#settle();
    if (this.#actingUser().role !== 'admin') throw forbidden('Only admins may see support sessions.');
    return offsetPage(
      [...this.#sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
      query,
    );
  }

  endSession(sessionId: string): Session {
    this.#settle();
    const user = this.#actingUser();
    if (user.role !== 'admin') throw forbidden('Only admins may end support sessions.');
    const session = this.#sessions.find((candidate) => candidate.id === sessionId);
    if (!session) throw new MockProblem(404, 'not-found', 'Not found', 'No such live session.');
    const ended = this.#closeSession(session);
    this.#record(
      'session.ended',
      this.#userActor(user),
      `${user.displayName} ended ${this.#engineerName(session)}'s session`,
      { grant: this.#grantById(session.grantId), details: { sessionId } },
    );
    this.#changed();
    return ended;
  }

  updatePolicy(patch: PolicyPatch): Policy {
    this.#settle();
    const user = this.#actingUser();
    if (user.role !== 'admin') throw forbidden('Only admins may change the policy.');
    if (!this.#permissions().editPolicy) throw forbidden('The provider manages this policy.');
    // `null` removes an optional field (no cap, no warning).
    const next: Record<string, unknown> = { ...this.#policy, ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === null) delete next[key];
    const parsed = z.safeParse(PolicySchema, next);
    if (!parsed.success) {
      throw validation(parsed.error.issues.map((issue) => ({ name: issue.path.join('.'), message: describeIssue(issue) })));
    }
    const violations = checkPolicy(parsed.data);
    if (violations.length) {
      throw validation(violations.map(({ field, rule }) => ({ name: field, message: POLICY_RULE_MESSAGES[rule] })));
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(patch) as (keyof Policy)[]) {
      if (JSON.stringify(this.#policy[key]) !== JSON.stringify(parsed.data[key])) {
        changes[key] = { from: this.#policy[key] ?? null, to: parsed.data[key] ?? null };
      }
    }
    this.#policy = parsed.data;
    if (Object.keys(changes).length) {
      const said = Object.entries(changes).map(([key, { to }]) => englishPolicyChange(key, to));
      this.#record('policy.updated', this.#userActor(user), `${user.displayName} changed the policy: ${said.join('; ')}`, {
        details: { changes },
      });
      this.#changed();
    }
    return clone(this.#policy);
  }

  listEvents(query: EventsQuery): Page<AuditEvent> {
    this.#settle();
    if (this.#actingUser().role !== 'admin') throw forbidden('Only admins may read the audit trail.');
    const ascending = query.order === 'asc';
    let index = ascending ? 0 : this.#events.length - 1;
    if (query.cursor !== undefined) {
      const match = /^e(\d+)$/.exec(query.cursor);
      if (!match) throw invalidCursor();
      index = Number(match[1]) + (ascending ? 1 : -1);
    }
    const types = query.type?.length ? new Set<EventType>(query.type) : undefined;
    const from = query.from ? Date.parse(query.from) : -Infinity;
    const to = query.to ? Date.parse(query.to) : Infinity;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const items: AuditEvent[] = [];
    let last = -1;
    for (; index >= 0 && index < this.#events.length; index += ascending ? 1 : -1) {
      const event = this.#events[index];
      if (types && !types.has(event.type)) continue;
      if (query.grantId && event.grantId !== query.grantId) continue;
      const at = Date.parse(event.at);
      if (at < from || at >= to) continue;
      if (items.length === limit) break;
      items.push(event);
      last = index;
    }
    const more = index >= 0 && index < this.#events.length;
    return { items: clone(items), nextCursor: more ? `e${last}` : null };
  }

  // -------------------------------------------------------------------------------------------
  // Playing the support engineer

  /** Support asks to join (the approval flow). */
  requestAccess(input: EngineerRequestInput): AccessRequest {
    this.#settle();
    if (!input.reason?.trim()) throw validation([{ name: 'reason', message: 'A reason is required.' }]);
    const request: AccessRequest = {
      id: `req-${this.#sequence++}`,
      requester: {
        id: this.engineer.id,
        displayName: this.engineer.displayName,
        ...(this.engineer.email ? { email: this.engineer.email } : {}),
        kind: input.kind ?? 'support',
      },
      reason: input.reason.trim(),
      ...(input.ticket?.trim() ? { ticket: input.ticket.trim() } : {}),
      requestedAt: this.clock.iso(),
      status: 'pending',
      approvals: [],
      approvalsRequired: this.#policy.approvalsRequired,
    };
    this.#requests.push(request);
    this.#record('request.created', this.#engineerActor(), `${this.engineer.displayName} asked to join: ${request.reason}`, {
      ticket: request.ticket,
      details: { requestId: request.id },
    });
    this.#changed();
    return clone(request);
  }

  /** Support signs in, acting as a user of the organization (`engineer$user`). */
  logIn(options: { asUserId?: string } = {}): Session {
    this.#settle();
    const status = this.#status();
    if (status !== 'on' && status !== 'always-on') {
      throw forbidden('Support has no access to this organization right now.');
    }
    const onBehalfOf = this.#user(options.asUserId ?? this.#grant?.grantedBy.id ?? this.#currentUserId);
    if (!onBehalfOf) throw new MockProblem(404, 'not-found', 'Not found', 'No such user.');
    const current = this.#liveEngineerSession();
    if (current) this.#closeSession(current);
    const now = this.clock.iso();
    const session: Session = {
      id: `ses-${this.#sequence++}`,
      ...(this.#grant ? { grantId: this.#grant.id } : {}),
      engineer: { id: this.engineer.id, displayName: this.engineer.displayName },
      onBehalfOf: this.#publicUser(onBehalfOf),
      startedAt: now,
      lastSeenAt: now,
    };
    this.#sessions.push(session);
    this.#engineerSessionId = session.id;
    this.#record('support.login', this.#engineerActor(onBehalfOf), `${this.engineer.displayName} signed in as ${onBehalfOf.displayName}`, {
      grant: this.#grant,
      details: { sessionId: session.id },
    });
    this.#changed();
    return clone(session);
  }

  /** Support does something inside; an `assetType` counts one more asset created by the support account. */
  act(options: { summary?: string; assetType?: string } = {}): AuditEvent {
    this.#settle();
    const session = this.#liveEngineerSession();
    if (!session) throw forbidden('Support is not signed in.');
    session.lastSeenAt = this.clock.iso();
    const assetType = options.assetType;
    const grant = this.#grantById(session.grantId);
    // Read-only access looks; it creates nothing that someone would have to take over.
    if (assetType && grant?.accessLevel === 'read-only') throw forbidden(`Read-only access cannot create a ${assetType}.`);
    if (assetType && grant) {
      const assets = (grant.assets ??= []);
      const entry = assets.find((asset) => asset.type === assetType);
      if (entry) entry.count++;
      else assets.push({ type: assetType, count: 1 });
    }
    const onBehalfOf = session.onBehalfOf && this.#user(session.onBehalfOf.id);
    const event = this.#record(
      'support.action',
      this.#engineerActor(onBehalfOf),
      options.summary ?? (assetType ? `Created a ${assetType}` : 'Opened the settings'),
      { grant, details: { sessionId: session.id, ...(assetType ? { assetType } : {}) } },
    );
    this.#changed();
    return clone(event);
  }

  logOut(): void {
    this.#settle();
    const session = this.#liveEngineerSession();
    if (!session) return;
    this.#closeSession(session);
    const onBehalfOf = session.onBehalfOf && this.#user(session.onBehalfOf.id);
    this.#record('session.ended', this.#engineerActor(onBehalfOf), `${this.engineer.displayName} signed out`, {
      grant: this.#grantById(session.grantId),
      details: { sessionId: session.id },
    });
    this.#changed();
  }

  // -------------------------------------------------------------------------------------------
  // Rules

  #status(): AccessStatus {
    if (this.#policy.mode === 'always-on') return 'always-on';
    if (this.#policy.mode === 'disabled' || this.#unavailableReason) return 'unavailable';
    return this.#grant ? 'on' : 'off';
  }

  #mayEnable(user: MockUser): boolean {
    if (user.role === 'viewer') return false;
    return this.#policy.whoCanEnable === 'all-users' || user.role === 'admin';
  }

  /**
   * Whoever may enable, and whoever let the current grant in: a member who approved a request
   * (Keboola: any project user decides) can take back what they allowed. A viewer neither enables
   * nor decides, so never granted one.
   */
  #mayRevoke(user: MockUser): boolean {
    return this.#mayEnable(user) || this.#grant?.grantedBy.id === user.id;
  }

  #permissions(): Permissions {
    const user = this.#user(this.#currentUserId)!;
    const optIn = this.#policy.mode === 'opt-in' && !this.#unavailableReason;
    const enabler = this.#mayEnable(user) && optIn;
    return {
      enable: enabler,
      extend: enabler && this.#policy.extension !== 'none',
      revoke: this.#mayRevoke(user) && optIn,
      decideRequests: user.role !== 'viewer',
      editPolicy: user.role === 'admin' && optIn,
      viewLog: user.role === 'admin',
      endSessions: user.role === 'admin',
    };
  }

  #requireOptIn() {
    const status = this.#status();
    if (status === 'always-on') throw conflict('Support access is always on; the provider manages it.');
    if (status === 'unavailable') {
      throw conflict(`Support access is unavailable (${this.#unavailableReason ?? 'provider-disabled'}).`);
    }
  }

  /** Applies what time has done: expiry at the exact moment, and stale requests. */
  #settle() {
    const now = this.clock.now();
    const grant = this.#grant;
    if (grant && Date.parse(grant.expiresAt) <= now) {
      const assets = grant.assets ?? [];
      const inheritor = this.#user(grant.grantedBy.id);
      this.#endGrant(grant, { endReason: 'expired', endedAt: grant.expiresAt, inheritor });
      this.#record(
        'access.expired',
        { kind: 'system', id: 'system', displayName: 'System' },
        `Access expired; ${englishHandover(assets, grant.grantedBy)}`,
        { grant, at: grant.expiresAt, details: { inheritedBy: grant.grantedBy, assets } },
      );
    }
    const lifetime = durationToMs(REQUEST_LIFETIME);
    for (const request of this.#requests) {
      if (request.status === 'pending' && Date.parse(request.requestedAt) + lifetime <= now) {
        request.status = 'expired';
        request.decidedAt = new Date(Date.parse(request.requestedAt) + lifetime).toISOString();
      }
    }
  }

  #createGrant(
    input: Pick<Grant, 'accessLevel' | 'reason' | 'ticket' | 'supportAccount'> & { duration: string; grantedBy: MockUser },
    beforeGranted?: (grant: Grant) => void,
  ): Grant {
    const now = this.clock.now();
    const grant: Grant = {
      id: `grant-${this.#sequence++}`,
      grantedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + durationToMs(input.duration)).toISOString(),
      grantedBy: this.#publicUser(input.grantedBy),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.ticket ? { ticket: input.ticket } : {}),
      accessLevel: input.accessLevel,
      supportAccount: input.supportAccount,
      extensions: [],
      assets: [],
    };
    this.#grant = grant;
    beforeGranted?.(grant);
    this.#record(
      'access.granted',
      this.#userActor(input.grantedBy),
      `${input.grantedBy.displayName} granted ${grant.accessLevel} access for ${englishDuration(input.duration)}${
        grant.reason ? `: ${grant.reason}` : ''
      }`,
      { grant, details: { duration: input.duration, accessLevel: grant.accessLevel, supportAccount: grant.supportAccount.displayName } },
    );
    this.#changed();
    return grant;
  }

  #endGrant(
    grant: Grant,
    end: { endReason: 'revoked' | 'expired'; endedAt: string; endedBy?: MockUser; inheritor?: MockUser },
  ) {
    grant.endedAt = end.endedAt;
    grant.endReason = end.endReason;
    if (end.endedBy) grant.endedBy = this.#publicUser(end.endedBy);
    if (end.inheritor) {
      grant.inheritedBy = this.#publicUser(end.inheritor);
      const owned = this.#ownedAssets.get(end.inheritor.id) ?? [];
      for (const { type, count } of grant.assets ?? []) {
        const entry = owned.find((asset) => asset.type === type);
        if (entry) entry.count += count;
        else owned.push({ type, count });
      }
      this.#ownedAssets.set(end.inheritor.id, owned);
    }
    for (const session of this.#sessions.filter((candidate) => candidate.grantId === grant.id)) {
      this.#closeSession(session, end.endedAt);
    }
    this.#pastGrants.push(grant);
    this.#grant = undefined;
  }

  #closeSession(session: Session, at = this.clock.iso()): Session {
    this.#sessions = this.#sessions.filter((candidate) => candidate !== session);
    if (this.#engineerSessionId === session.id) this.#engineerSessionId = undefined;
    return clone({ ...session, endedAt: at });
  }

  #liveEngineerSession(): Session | undefined {
    return this.#sessions.find((session) => session.id === this.#engineerSessionId);
  }

  #activeGrant(grantId: string): Grant {
    if (this.#grant?.id === grantId) return this.#grant;
    if (this.#pastGrants.some((grant) => grant.id === grantId)) throw conflict('This grant has already ended.');
    throw new MockProblem(404, 'not-found', 'Not found', 'No such grant.');
  }

  #grantById(grantId: string | undefined): Grant | undefined {
    if (!grantId) return undefined;
    return this.#grant?.id === grantId ? this.#grant : this.#pastGrants.find((grant) => grant.id === grantId);
  }

  #pendingRequest(requestId: string): AccessRequest {
    const request = this.#requests.find((candidate) => candidate.id === requestId);
    if (!request) throw new MockProblem(404, 'not-found', 'Not found', 'No such access request.');
    if (request.status !== 'pending') throw conflict(`This request is already ${request.status}.`);
    return request;
  }

  #user(id: string): MockUser | undefined {
    return this.#users.find((user) => user.id === id);
  }

  #actingUser(): MockUser {
    return this.#user(this.#currentUserId)!;
  }

  #publicUser(user: User): User {
    return { id: user.id, displayName: user.displayName, ...(user.email ? { email: user.email } : {}) };
  }

  #userActor(user: User): Actor {
    return { kind: 'user', id: user.id, displayName: user.displayName };
  }

  #engineerActor(onBehalfOf?: User): Actor {
    return {
      kind: 'support',
      id: this.engineer.id,
      displayName: this.engineer.displayName,
      ...(onBehalfOf ? { onBehalfOf: this.#publicUser(onBehalfOf) } : {}),
    };
  }

  #engineerName(session: Session): string {
    return session.onBehalfOf ? `${session.engineer.displayName}$${session.onBehalfOf.displayName}` : session.engineer.displayName;
  }

  #record(
    type: EventType,
    actor: Actor,
    summary: string,
    options: { grant?: Grant; ticket?: string; at?: string; details?: Record<string, unknown> } = {},
  ): AuditEvent {
    const ticket = options.grant?.ticket ?? options.ticket;
    const details = options.details && Object.fromEntries(Object.entries(options.details).filter(([, value]) => value !== undefined));
    const event: AuditEvent = {
      id: `evt-${this.#sequence++}`,
      at: options.at ?? this.clock.iso(),
      type,
      actor,
      summary,
      ...(options.grant ? { grantId: options.grant.id } : {}),
      ...(ticket ? { ticket } : {}),
      ...(details && Object.keys(details).length ? { details: clone(details) } : {}),
    };
    this.#events.push(event);
    return event;
  }

  #changed() {
    this.#notify();
  }

  #notify() {
    for (const listener of this.#listeners) listener();
  }
}

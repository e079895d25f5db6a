import { durationToMs } from '../contract/duration.js';
import type { AccessRequest, AuditEvent, EventType, Policy } from '../contract/schemas.js';
import { MockClock } from './clock.js';
import { MockOrganization, type MockUser, type OrganizationSeed } from './organization.js';

/** One per vendor model, plus the states every element must draw. */
export const SCENARIOS = [
  'carto',
  'cumulocity',
  'segment',
  'keboola',
  'two-person',
  'always-on',
  'unavailable',
  'viewer',
  'expiring-soon',
  'empty',
  'busy',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export const SCENARIO_DESCRIPTIONS: Record<ScenarioName, string> = {
  carto: 'CARTO: admins enable for 1–180 days with a confirmation; assets go to the granting admin at expiry',
  cumulocity: 'Cumulocity: any user enables support; each extension prolongs by 24 hours; support acts as supportuser$user',
  segment: 'Segment: owners grant up to 7 days in total, with a ticket; access is on',
  keboola: 'Keboola: support asks to join with a reason; any project user approves or rejects',
  'two-person': 'Two-person approval: one admin approved already, a second must approve',
  'always-on': 'Always on: the provider manages access for every organization',
  unavailable: 'Unavailable: the workspace forces single sign-on',
  viewer: 'A user who may only look: access is on',
  'expiring-soon': 'Access is on and expires within the warning window',
  empty: 'A new organization: nothing has happened yet',
  busy: 'A busy organization: 100,000 audit events and 500 pending requests',
};

export interface CreateOrganizationOptions {
  scenario?: ScenarioName;
  /** The organization's "now". Default: the real time. */
  now?: string | number | Date;
  /** Freeze the clock so it moves only when told (tests). Default: it follows real time. */
  frozen?: boolean;
}

const MINUTE = durationToMs('PT1M');
const HOUR = durationToMs('PT1H');
const DAY = durationToMs('P1D');

const USERS: MockUser[] = [
  { id: 'u-ana', displayName: 'Ana Admin', email: 'ana@acme.example', role: 'admin' },
  { id: 'u-bruno', displayName: 'Bruno Díaz', email: 'bruno@acme.example', role: 'admin' },
  { id: 'u-carla', displayName: 'Carla Chen', email: 'carla@acme.example', role: 'member' },
  { id: 'u-dana', displayName: 'Dana Okafor', email: 'dana@acme.example', role: 'member' },
  { id: 'u-viktor', displayName: 'Viktor Viewer', email: 'viktor@acme.example', role: 'viewer' },
];

export const POLICIES = {
  carto: {
    mode: 'opt-in',
    durations: ['P1D', 'P7D', 'P30D', 'P90D', 'P180D'],
    defaultDuration: 'P7D',
    maxTotalDuration: 'P180D',
    extension: 'choose',
    requireReason: false,
    requireTicket: false,
    requireApproval: false,
    whoCanEnable: 'admins',
    accessLevels: ['admin'],
    approvalsRequired: 1,
    expiryWarning: 'P1D',
  },
  cumulocity: {
    mode: 'opt-in',
    durations: ['PT24H'],
    defaultDuration: 'PT24H',
    extension: 'prolong',
    extensionStep: 'PT24H',
    requireReason: false,
    requireTicket: false,
    requireApproval: false,
    whoCanEnable: 'all-users',
    accessLevels: ['admin'],
    approvalsRequired: 1,
    expiryWarning: 'PT4H',
  },
  segment: {
    mode: 'opt-in',
    durations: ['P1D', 'P3D', 'P7D'],
    defaultDuration: 'P7D',
    maxTotalDuration: 'P7D',
    extension: 'choose',
    requireReason: false,
    requireTicket: true,
    requireApproval: false,
    whoCanEnable: 'admins',
    accessLevels: ['read-only', 'admin'],
    approvalsRequired: 1,
    expiryWarning: 'P1D',
  },
  keboola: {
    mode: 'opt-in',
    durations: ['PT8H', 'P1D', 'P3D'],
    defaultDuration: 'P1D',
    extension: 'none',
    requireReason: true,
    requireTicket: false,
    requireApproval: true,
    whoCanEnable: 'admins',
    accessLevels: ['admin'],
    approvalsRequired: 1,
    expiryWarning: 'PT2H',
  },
} satisfies Record<string, Policy>;

const CARTO_SUPPORT = { id: 'carto-support', displayName: 'CARTO Support', email: 'support@carto.example', mfa: true };

function seed(overrides: Partial<OrganizationSeed> & Pick<OrganizationSeed, 'policy'>): OrganizationSeed {
  return {
    name: 'Acme Analytics',
    users: USERS,
    currentUserId: 'u-ana',
    supportAccount: { id: 'support', displayName: 'Vendor Support', email: 'support@vendor.example', mfa: true },
    engineer: { id: 'eng-sam', displayName: 'sam.support' },
    ...overrides,
  };
}

/** Moves a scripted organization's clock to `offset` milliseconds from the scenario's now. */
type At = (offset: number) => void;

/**
 * Plays a scenario's past through the organization's own rules (so its history is consistent by
 * construction), then hands it over at `now` with the caller's kind of clock.
 */
function play(organizationSeed: OrganizationSeed, options: CreateOrganizationOptions, span: number, history: (org: MockOrganization, at: At) => void) {
  const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  const org = new MockOrganization(organizationSeed, new MockClock({ start: now - span, frozen: true }));
  const signedIn = organizationSeed.currentUserId;
  history(org, (offset) => org.clock.set(now + offset));
  org.clock.set(now);
  org.signInAs(signedIn);
  if (!options.frozen) org.clock.run();
  return org;
}

/** A past grant that ran its course: support created assets, and they went to the granting admin. */
function expiredGrant(org: MockOrganization, at: At, start: number) {
  at(start);
  const grant = org.grant({ duration: 'P7D', accessLevel: org.getState().policy.accessLevels[0], confirmed: true, ticket: 'SUP-1042' });
  at(start + DAY);
  org.logIn();
  org.act({ summary: 'Created map “Churn by region”', assetType: 'map' });
  org.act({ summary: 'Created map “Store coverage”', assetType: 'map' });
  org.act({ summary: 'Created workflow “Nightly geocoding”', assetType: 'workflow' });
  org.logOut();
  org.clock.set(grant.expiresAt);
  org.getState();
}

/** A deterministic pseudo-random sequence, so the busy organization is the same on every machine. */
function random(seedValue: number) {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUSY_EVENTS = 100_000;
const BUSY_REQUESTS = 500;

function busySeed(now: number): OrganizationSeed {
  const next = random(42);
  const users: MockUser[] = [...USERS];
  for (let index = 1; users.length < 200; index++) {
    users.push({ id: `u-${index}`, displayName: `Member ${index}`, email: `member${index}@acme.example`, role: 'member' });
  }
  const events: AuditEvent[] = [];
  // Grant stories, oldest first, each: granted → logins and actions → (extended) → revoked or expired.
  let time = now - 730 * DAY;
  let grantNumber = 0;
  const step = (730 * DAY) / BUSY_EVENTS;
  const push = (type: EventType, event: Omit<AuditEvent, 'id' | 'type' | 'at'>) => {
    time += Math.floor(step * (0.5 + next()));
    events.push({ id: `evt-b${events.length}`, at: new Date(Math.min(time, now - MINUTE)).toISOString(), type, ...event });
  };
  while (events.length < BUSY_EVENTS - 30) {
    const grantId = `grant-b${++grantNumber}`;
    const ticket = `SUP-${10_000 + grantNumber}`;
    const admin = USERS[Math.floor(next() * 2)];
    const adminActor = { kind: 'user' as const, id: admin.id, displayName: admin.displayName };
    const asUser = users[Math.floor(next() * users.length)];
    push('access.granted', { actor: adminActor, summary: `${admin.displayName} granted admin access for 7 days`, grantId, ticket });
    const engineer = { kind: 'support' as const, id: 'eng-sam', displayName: 'sam.support', onBehalfOf: { id: asUser.id, displayName: asUser.displayName } };
    const logins = 1 + Math.floor(next() * 3);
    for (let login = 0; login < logins; login++) {
      push('support.login', { actor: engineer, summary: `sam.support signed in as ${asUser.displayName}`, grantId, ticket });
      const actions = 1 + Math.floor(next() * 5);
      for (let action = 0; action < actions; action++) {
        push('support.action', { actor: engineer, summary: `Opened report ${Math.floor(next() * 900) + 100}`, grantId, ticket });
      }
    }
    if (next() < 0.3) {
      push('access.extended', { actor: adminActor, summary: `${admin.displayName} extended access by 1 day`, grantId, ticket });
    }
    if (next() < 0.5) {
      push('access.revoked', { actor: adminActor, summary: `${admin.displayName} revoked access; support created nothing to hand over`, grantId, ticket });
    } else {
      push('access.expired', { actor: { kind: 'system', id: 'system', displayName: 'System' }, summary: 'Access expired; support created nothing to hand over', grantId, ticket });
    }
  }
  // The organization set its policy up before the first grant: that fills the count exactly.
  const setup: AuditEvent[] = Array.from({ length: BUSY_EVENTS - events.length }, (_, index) => ({
    id: `evt-s${index}`,
    at: new Date(now - 731 * DAY + index * MINUTE).toISOString(),
    type: 'policy.updated',
    actor: { kind: 'user', id: 'u-ana', displayName: 'Ana Admin' },
    summary: 'Ana Admin changed the policy: durations offered: 1 day, 7 days',
  }));
  events.unshift(...setup);
  const requests: AccessRequest[] = [];
  for (let index = 0; index < BUSY_REQUESTS; index++) {
    requests.push({
      id: `req-b${index}`,
      requester: {
        id: `eng-${index % 40}`,
        displayName: `engineer${index % 40}.support`,
        kind: index % 5 === 0 ? 'maintainer' : 'support',
      },
      reason: `Investigating ticket SUP-${20_000 + index}: dashboard exports time out`,
      ticket: `SUP-${20_000 + index}`,
      requestedAt: new Date(now - 6 * DAY + index * 10 * MINUTE).toISOString(),
      status: 'pending',
      approvals: [],
      approvalsRequired: 1,
    });
  }
  return seed({ policy: POLICIES.carto, supportAccount: CARTO_SUPPORT, users, events, requests });
}

/** Builds an organization for a scenario. */
export function createOrganization(options: CreateOrganizationOptions = {}): MockOrganization {
  const scenario = options.scenario ?? 'carto';
  switch (scenario) {
    case 'carto':
      return play(seed({ policy: POLICIES.carto, supportAccount: CARTO_SUPPORT }), options, 60 * DAY, (org, at) =>
        expiredGrant(org, at, -45 * DAY),
      );

    case 'cumulocity':
      return play(
        seed({
          policy: POLICIES.cumulocity,
          currentUserId: 'u-dana',
          supportAccount: { id: 'supportuser', displayName: 'supportuser', mfa: true },
          engineer: { id: 'eng-supportuser', displayName: 'supportuser' },
        }),
        options,
        10 * DAY,
        (org, at) => {
          org.signInAs('u-dana');
          at(-2 * HOUR);
          org.grant({ duration: 'PT24H', accessLevel: 'admin', confirmed: true });
          at(-90 * MINUTE);
          org.logIn({ asUserId: 'u-dana' });
          org.act({ summary: 'Opened device “Pump 7” measurements' });
        },
      );

    case 'segment':
      return play(seed({ policy: POLICIES.segment, supportAccount: { id: 'segment-support', displayName: 'Segment Support', mfa: true } }), options, 30 * DAY, (org, at) => {
        at(-20 * DAY);
        const past = org.grant({ duration: 'P3D', accessLevel: 'read-only', ticket: 'SEG-7731', confirmed: true });
        at(-19 * DAY);
        org.logIn();
        org.act({ summary: 'Viewed source “iOS app” debugger' });
        org.logOut();
        org.revoke(past.id, { inheritorId: 'u-ana' });
        at(-2 * DAY);
        org.grant({ duration: 'P7D', accessLevel: 'read-only', ticket: 'SEG-8102', reason: 'Events from the Android source are dropped', confirmed: true });
        at(-1 * DAY);
        org.logIn({ asUserId: 'u-carla' });
        org.act({ summary: 'Viewed destination “Warehouse” delivery overview' });
      });

    case 'keboola':
    case 'two-person':
      return play(
        seed({
          policy: scenario === 'two-person' ? { ...POLICIES.keboola, approvalsRequired: 2 } : POLICIES.keboola,
          engineer: { id: 'eng-sam', displayName: 'sam.support' },
        }),
        options,
        30 * DAY,
        (org, at) => {
          at(-20 * DAY);
          const past = org.requestAccess({ reason: 'Orchestration “Daily sales” fails at the Snowflake writer', ticket: 'KBC-5521' });
          at(-20 * DAY + 30 * MINUTE);
          org.signInAs('u-bruno');
          org.approveRequest(past.id, {});
          if (scenario === 'two-person') {
            org.signInAs('u-carla');
            org.approveRequest(past.id, { note: 'Second approval' });
          }
          org.logIn({ asUserId: 'u-bruno' });
          org.act({ summary: 'Ran job 8812 again with debug logging' });
          org.logOut();
          at(-10 * DAY);
          const rejected = org.requestAccess({ reason: 'Routine health check', kind: 'maintainer' });
          org.signInAs('u-ana');
          org.rejectRequest(rejected.id, { note: 'No open ticket; please open one first.' });
          at(-3 * HOUR);
          org.requestAccess({ reason: 'Transformation “Churn model” runs out of memory', ticket: 'KBC-6012' });
          at(-1 * HOUR);
          const pending = org.requestAccess({ reason: 'Check the storage quota migration', kind: 'maintainer' });
          if (scenario === 'two-person') {
            org.signInAs('u-bruno');
            org.approveRequest(pending.id, { note: 'Only the quota tables, please.' });
          }
        },
      );

    case 'always-on':
      return play(
        seed({
          policy: { ...POLICIES.cumulocity, mode: 'always-on' },
          supportAccount: { id: 'supportuser', displayName: 'supportuser', mfa: true },
          engineer: { id: 'eng-supportuser', displayName: 'supportuser' },
        }),
        options,
        DAY,
        (org, at) => {
          at(-30 * MINUTE);
          org.logIn({ asUserId: 'u-carla' });
          org.act({ summary: 'Opened alarm “Temperature high” on device “Freezer 2”' });
        },
      );

    case 'unavailable':
      return play(seed({ policy: POLICIES.segment, unavailableReason: 'forced-sso' }), options, DAY, () => {});

    case 'viewer':
      return play(seed({ policy: POLICIES.carto, supportAccount: CARTO_SUPPORT, currentUserId: 'u-viktor' }), options, 10 * DAY, (org, at) => {
        org.signInAs('u-ana');
        at(-2 * DAY);
        org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
      });

    case 'expiring-soon':
      return play(seed({ policy: POLICIES.carto, supportAccount: CARTO_SUPPORT }), options, 10 * DAY, (org, at) => {
        at(-7 * DAY + 3 * HOUR);
        org.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
        at(-2 * DAY);
        org.logIn();
        org.act({ summary: 'Created map “Delivery zones”', assetType: 'map' });
        org.logOut();
      });

    case 'empty':
      return play(seed({ policy: POLICIES.carto, supportAccount: CARTO_SUPPORT }), options, 0, () => {});

    case 'busy': {
      const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
      return new MockOrganization(busySeed(now), new MockClock({ start: now, frozen: options.frozen }));
    }

    default:
      throw new Error(`Unknown scenario: ${String(scenario)}`);
  }
}

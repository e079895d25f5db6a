import { expect } from '@open-wc/testing';
import { SupportAccessError } from '../src/client/index.js';
import { addDuration, EVENT_TYPES } from '../src/contract/index.js';
import { SCENARIOS } from '../src/mocks/index.js';
import { createClient, mockOrganization, NOW, rejection } from './helpers/mock-api.js';

async function failure(promise: Promise<unknown>) {
  return rejection<SupportAccessError>(promise);
}

describe('mock organization: grant and expiry (CARTO)', () => {
  it('ends access at the exact second, with assets to the granting admin and an audit event', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const client = createClient();
    await client.getState();
    const grant = await client.grant({ duration: 'P7D', accessLevel: 'admin', confirmed: true });
    expect(grant.expiresAt).to.equal(addDuration(NOW, 'P7D'));
    org.logIn();
    org.act({ assetType: 'map' });
    org.act({ assetType: 'map' });
    org.act({ assetType: 'workflow' });
    const before = org.assetsOwnedBy('u-ana');

    org.advance('P6DT23H59M59S');
    expect((await client.getState()).status).to.equal('on');
    org.advance('PT1S');
    const after = await client.getState();
    expect(after.status).to.equal('off');
    expect(after.serverTime).to.equal(grant.expiresAt);

    const [expired] = (await client.listEvents({ type: ['access.expired'], grantId: grant.id })).items;
    expect(expired.at).to.equal(grant.expiresAt);
    expect(expired.actor.kind).to.equal('system');
    expect(expired.details?.inheritedBy).to.deep.include({ id: 'u-ana' });
    const owned = org.assetsOwnedBy('u-ana');
    const count = (list: typeof owned, type: string) => list.find((asset) => asset.type === type)?.count ?? 0;
    expect(count(owned, 'map') - count(before, 'map')).to.equal(2);
    expect(count(owned, 'workflow') - count(before, 'workflow')).to.equal(1);
    expect(org.listSessions({}).items, 'sessions end with the grant').to.have.length(0);
  });

  it('dates the expiry at the expiry, when nobody asked until long after it', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    const client = createClient();
    await client.getState();
    const grant = await client.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true });
    org.advance('P3D');
    expect((await client.getState()).status).to.equal('off');
    const [expired] = (await client.listEvents({ type: ['access.expired'], grantId: grant.id })).items;
    expect(expired.at, 'the audit trail says when access ended, not when it was noticed').to.equal(grant.expiresAt);
  });

  it('jumps the clock to the moment of expiry', async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const { grant } = org.getState();
    org.jumpToExpiry();
    const state = await createClient().getState();
    expect(state.status).to.equal('off');
    expect(state.serverTime).to.equal(grant!.expiresAt);
  });

  it('refuses a grant without the confirmation, naming the field', async () => {
    await mockOrganization({ scenario: 'carto' });
    const body = { duration: 'P7D', accessLevel: 'admin', confirmed: false } as never;
    const error = await failure(createClient().grant(body));
    expect(error.status).to.equal(422);
    expect(error.fieldErrors).to.have.property('confirmed');
  });

  it('refuses a duration or access level the policy does not offer, and a missing ticket', async () => {
    await mockOrganization({ scenario: 'segment' });
    const client = createClient();
    const { grant } = await client.getState();
    await client.revoke(grant!.id, { inheritorId: 'u-ana' });
    const error = await failure(client.grant({ duration: 'P30D', accessLevel: 'owner', confirmed: true }));
    expect(Object.keys(error.fieldErrors).sort()).to.deep.equal(['accessLevel', 'duration', 'ticket']);
  });

  it('answers 409 for a grant while access is on', async () => {
    await mockOrganization({ scenario: 'segment' });
    const error = await failure(createClient().grant({ duration: 'P1D', accessLevel: 'admin', ticket: 'T-1', confirmed: true }));
    expect(error.code).to.equal('conflict');
  });
});

describe('mock organization: every scenario', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario} serves what the contract's schemas accept`, async () => {
      const { org } = await mockOrganization({ scenario });
      org.signInAs('u-ana');
      const client = createClient();
      const state = await client.getState();
      if (state.permissions.viewLog) expect((await client.listEvents({ limit: 500 })).items).to.be.an('array');
      if (state.permissions.decideRequests) expect((await client.listRequests({ limit: 500 })).items).to.be.an('array');
      expect((await client.listSessions()).items).to.be.an('array');
      if (state.permissions.revoke) expect((await client.listInheritors()).items.length).to.be.greaterThan(0);
    });
  }

  it('empty: nothing has happened yet', async () => {
    await mockOrganization({ scenario: 'empty' });
    const client = createClient();
    const state = await client.getState();
    expect(state).to.deep.include({ status: 'off', pendingRequests: 0 });
    expect((await client.listEvents()).items).to.deep.equal([]);
    expect((await client.listRequests()).items).to.deep.equal([]);
  });
});

describe('mock organization: the ETag', () => {
  it('stays the same when only support activity or requests change', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    const client = createClient();
    const { grant } = await client.getState();
    org.logIn();
    org.act({ summary: 'Looked around' });
    org.logOut();
    org.requestAccess({ reason: 'Another question' });
    const extended = await client.extend(grant!.id, { duration: 'P1D' }).catch((error: SupportAccessError) => error);
    expect((extended as SupportAccessError).code, 'not a false 412').to.not.equal('precondition-failed');
  });

  it('read-only support creates nothing: an asset is refused, a look around is logged', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    expect(org.getState().grant!.accessLevel).to.equal('read-only');
    org.logIn();
    expect(() => org.act({ assetType: 'map' })).to.throw(/Read-only access cannot create a map/);
    expect(org.act({ summary: 'Looked at the event stream' }).summary).to.equal('Looked at the event stream');
    expect(org.getState().grant!.assets ?? []).to.deep.equal([]);
  });

  it('changes when the grant changes', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    org.grant({ duration: 'P1D', accessLevel: 'admin', ticket: 'SEG-1', confirmed: true });
    const before = org.etag;
    org.logIn();
    org.act({ assetType: 'map' });
    expect(org.etag).to.not.equal(before);
  });
});

describe('mock organization: statuses and permissions', () => {
  it('is always on where the provider manages access, and refuses grants', async () => {
    await mockOrganization({ scenario: 'always-on' });
    const client = createClient();
    const state = await client.getState();
    expect(state.status).to.equal('always-on');
    expect(state.permissions.enable).to.equal(false);
    expect(state.permissions.editPolicy).to.equal(false);
    expect((await failure(client.grant({ duration: 'PT24H', accessLevel: 'admin', confirmed: true }))).code).to.equal('conflict');
  });

  it('is unavailable with its reason under forced single sign-on', async () => {
    await mockOrganization({ scenario: 'unavailable' });
    const state = await createClient().getState();
    expect(state.status).to.equal('unavailable');
    expect(state.unavailableReason).to.equal('forced-sso');
    expect(state.permissions.enable).to.equal(false);
  });

  it('lets a view-only user see the state and nothing else', async () => {
    await mockOrganization({ scenario: 'viewer' });
    const client = createClient();
    const state = await client.getState();
    expect(state.status).to.equal('on');
    expect(Object.values(state.permissions).every((allowed) => allowed === false)).to.equal(true);
    expect((await failure(client.revoke(state.grant!.id, { inheritorId: 'u-ana' }))).code).to.equal('forbidden');
    expect((await failure(client.listEvents())).code).to.equal('forbidden');
    expect((await failure(client.listRequests())).code).to.equal('forbidden');
    expect((await failure(client.updatePolicy({ requireReason: true }))).code).to.equal('forbidden');
  });

  it('lets any user enable where the policy says all users may (Cumulocity)', async () => {
    const { org } = await mockOrganization({ scenario: 'cumulocity' });
    const client = createClient();
    const state = await client.getState();
    expect(state.currentUser?.id).to.equal('u-dana');
    expect(state.permissions.enable).to.equal(true);
    expect(state.permissions.viewLog).to.equal(false);
    await client.revoke(state.grant!.id, { inheritorId: 'u-dana' });
    org.signInAs('u-carla');
    const grant = await client.grant({ duration: 'PT24H', accessLevel: 'admin', confirmed: true });
    expect(grant.grantedBy.id).to.equal('u-carla');
  });

  it('answers 404 for a grant, request or session that does not exist', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const client = createClient();
    await client.getState();
    expect((await failure(client.extend('grant-nope'))).code).to.equal('not-found');
    expect((await failure(client.approveRequest('req-nope'))).code).to.equal('not-found');
    expect((await failure(client.endSession('ses-nope'))).code).to.equal('not-found');
  });
});

describe('mock organization: extension', () => {
  it('prolongs by the policy step (Cumulocity)', async () => {
    await mockOrganization({ scenario: 'cumulocity' });
    const client = createClient();
    const { grant } = await client.getState();
    const extended = await client.extend(grant!.id);
    expect(extended.expiresAt).to.equal(addDuration(grant!.expiresAt, 'PT24H'));
    expect(extended.extensions[0], 'in the policy step\'s own words').to.deep.include({ addedDuration: 'PT24H' });
    expect(extended.extensions[0].by.id).to.equal('u-dana');
  });

  it('prolongs by the step but never past the cap, then refuses', async () => {
    const { org } = await mockOrganization({ scenario: 'cumulocity' });
    org.signInAs('u-ana');
    const client = createClient();
    await client.getState();
    await client.updatePolicy({ maxTotalDuration: 'P2DT12H' });
    const { grant } = await client.getState();
    const once = await client.extend(grant!.id);
    expect(once.extensions.at(-1)!.addedDuration).to.equal('PT24H');
    const twice = await client.extend(grant!.id);
    expect(twice.expiresAt).to.equal(addDuration(grant!.grantedAt, 'P2DT12H'));
    expect(twice.extensions.at(-1)!.addedDuration).to.equal('PT12H');
    const atCap = await failure(client.extend(grant!.id));
    expect(atCap.code).to.equal('conflict');
    expect(org.getState().grant!.expiresAt).to.equal(twice.expiresAt);
  });

  it('never extends past the maximum total duration (Segment: 7 days)', async () => {
    await mockOrganization({ scenario: 'segment' });
    const client = createClient();
    const { grant: current } = await client.getState();
    await client.revoke(current!.id, { inheritorId: 'u-ana' });
    const grant = await client.grant({ duration: 'P3D', accessLevel: 'read-only', ticket: 'SEG-9', confirmed: true });
    const extended = await client.extend(grant.id, { duration: 'P7D' });
    expect(extended.expiresAt).to.equal(addDuration(grant.grantedAt, 'P7D'));
    expect(extended.extensions[0].addedDuration).to.equal('P4D');
    const atCap = await failure(client.extend(grant.id, { duration: 'P1D' }));
    expect(atCap.code).to.equal('conflict');
    expect(atCap.problem?.detail).to.contain('7 days');
  });

  it('refuses to extend where the policy does not allow it (Keboola)', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const client = createClient();
    const grant = await client.grant({ duration: 'P1D', accessLevel: 'admin', reason: 'Debug', confirmed: true });
    expect((await client.getState()).permissions.extend).to.equal(false);
    expect((await failure(client.extend(grant.id))).code).to.equal('conflict');
    expect(org.getState().grant!.expiresAt).to.equal(grant.expiresAt);
  });
});

describe('mock organization: revoke', () => {
  it("hands the support account's assets to the chosen user and ends the grant", async () => {
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const client = createClient();
    const { grant } = await client.getState();
    expect(grant!.assets).to.deep.equal([{ type: 'map', count: 1 }]);
    const inheritors = await client.listInheritors();
    expect(inheritors.items.map((user) => user.id)).to.not.include('u-viktor');

    const ended = await client.revoke(grant!.id, { inheritorId: 'u-bruno' });
    expect(ended).to.deep.include({ endReason: 'revoked', endedAt: NOW });
    expect(ended.inheritedBy?.id).to.equal('u-bruno');
    expect(ended.endedBy?.id).to.equal('u-ana');
    expect(org.assetsOwnedBy('u-bruno')).to.deep.equal([{ type: 'map', count: 1 }]);
    expect((await client.getState()).status).to.equal('off');

    const [revoked] = (await client.listEvents({ type: ['access.revoked'] })).items;
    expect(revoked.grantId).to.equal(grant!.id);
    expect(revoked.summary).to.contain('1 map').and.contain('Bruno Díaz');
    expect((await failure(client.revoke(grant!.id, { inheritorId: 'u-bruno' }))).code).to.equal('conflict');
  });

  it('refuses an inheritor who cannot own assets', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    const client = createClient();
    const { grant } = await client.getState();
    const error = await failure(client.revoke(grant!.id, { inheritorId: 'u-viktor' }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.property('inheritorId');
  });

  it('finds inheritors by name or email, page by page', async () => {
    await mockOrganization({ scenario: 'busy' });
    const client = createClient();
    expect((await client.listInheritors({ q: 'ANA ADMIN' })).items.map((user) => user.id)).to.deep.equal(['u-ana']);
    expect((await client.listInheritors({ q: 'bruno@acme' })).items.map((user) => user.id)).to.deep.equal(['u-bruno']);
    const first = await client.listInheritors({ limit: 150 });
    const second = await client.listInheritors({ cursor: first.nextCursor!, limit: 150 });
    expect(first.items).to.have.length(150);
    expect(second.nextCursor).to.equal(null);
    expect(first.items.length + second.items.length).to.equal(199);
  });
});

describe('mock organization: access requests (Keboola)', () => {
  it('lets a member who approved a request revoke the grant it started, and no other member', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.signInAs('u-carla');
    const client = createClient();
    const before = await client.getState();
    expect(before.permissions).to.deep.include({ enable: false, revoke: false, decideRequests: true });
    const [request] = (await client.listRequests({ status: 'pending' })).items;
    await client.approveRequest(request.id, {});
    const state = await client.getState();
    expect(state.grant!.grantedBy.id).to.equal('u-carla');
    // Who let support in can take it back; the panel shows Revoke from this permission.
    expect(state.permissions).to.deep.include({ enable: false, revoke: true });
    org.signInAs('u-dana');
    expect((await client.getState()).permissions.revoke, 'another member').to.equal(false);
    expect((await failure(client.revoke(state.grant!.id, { inheritorId: 'u-ana' }))).code).to.equal('forbidden');
    org.signInAs('u-carla');
    expect((await client.listInheritors({})).items.length).to.be.above(0);
    const revoked = await client.revoke(state.grant!.id, { inheritorId: 'u-carla' });
    expect(revoked.endedBy?.id).to.equal('u-carla');
    // Support created nothing: the log does not say that nothing went to someone.
    org.signInAs('u-ana');
    const [event] = (await client.listEvents({ type: ['access.revoked'] })).items;
    expect(event.summary).to.equal('Carla Chen revoked access; support created nothing to hand over');
    expect((await client.getState()).status).to.equal('off');
  });

  it('turns an approved request into a grant for the requester, with its reason and ticket', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const client = createClient();
    const request = org.requestAccess({ reason: 'Writer fails on table “orders”', ticket: 'KBC-7001' });
    expect((await client.getState()).pendingRequests).to.equal(3);

    const approved = await client.approveRequest(request.id, { note: 'Go ahead' });
    expect(approved).to.deep.include({ status: 'approved', note: 'Go ahead', decidedAt: NOW });
    expect(approved.decidedBy?.id).to.equal('u-ana');
    const state = await client.getState();
    expect(state.status).to.equal('on');
    expect(state.pendingRequests).to.equal(2);
    expect(state.grant).to.deep.include({ id: approved.grantId, reason: 'Writer fails on table “orders”', ticket: 'KBC-7001' });
    expect(state.grant!.supportAccount).to.deep.include({ displayName: 'sam.support', mfa: true });
    const decided = await client.listRequests({ status: 'decided' });
    expect(decided.items[0].id).to.equal(request.id);
    const [approval] = (await client.listEvents({ type: ['request.approved'] })).items;
    expect(approval.grantId).to.equal(approved.grantId);
    expect(approval.ticket).to.equal('KBC-7001');
  });

  it('keeps rejected requests with who decided, when, and the note', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const client = createClient();
    const request = org.requestAccess({ reason: 'Curious', kind: 'maintainer' });
    const rejected = await client.rejectRequest(request.id, { note: 'No ticket' });
    expect(rejected).to.deep.include({ status: 'rejected', note: 'No ticket', decidedAt: NOW });
    expect((await client.getState()).status).to.equal('off');
    const [event] = (await client.listEvents({ type: ['request.rejected'] })).items;
    expect(event.summary).to.contain('No ticket');
    expect((await failure(client.approveRequest(request.id))).code).to.equal('conflict');
  });

  it('expires requests nobody decides on within seven days', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.advance('P7D');
    const client = createClient();
    expect((await client.getState()).pendingRequests).to.equal(0);
    const decided = await client.listRequests({ status: 'decided' });
    expect(decided.items.filter((request) => request.status === 'expired')).to.have.length(2);
  });

  it('needs two different users under two-person approval; one user approving twice counts once', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    const client = createClient();
    const { items } = await client.listRequests({ status: 'pending' });
    const untouched = items.find((request) => !request.approvals?.length)!;
    const halfway = items.find((request) => request.approvals?.length === 1)!;
    expect(halfway.approvals![0].by.id).to.equal('u-bruno');
    expect(halfway.approvalsRequired).to.equal(2);

    const once = await client.approveRequest(untouched.id);
    expect(once.status).to.equal('pending');
    const twice = await client.approveRequest(untouched.id);
    expect(twice.status).to.equal('pending');
    expect(twice.approvals!.map((approval) => approval.by.id)).to.deep.equal(['u-ana']);
    expect((await client.getState()).status).to.equal('off');

    org.signInAs('u-bruno');
    const done = await client.approveRequest(untouched.id);
    expect(done.status).to.equal('approved');
    expect(done.approvals!.map((approval) => approval.by.id)).to.deep.equal(['u-ana', 'u-bruno']);
    expect((await client.getState()).grant?.id).to.equal(done.grantId);

    org.signInAs('u-ana');
    const blocked = await failure(client.approveRequest(halfway.id));
    expect(blocked.code).to.equal('conflict');
  });
});

describe('mock organization: a first approval’s note', () => {
  it('stays with that approval, for the second approver and the audit trail; the approval that completes keeps none', async () => {
    const { org } = await mockOrganization({ scenario: 'two-person' });
    const client = createClient();
    const { items } = await client.listRequests({ status: 'pending' });
    const untouched = items.find((request) => !request.approvals?.length)!;

    const first = await client.approveRequest(untouched.id, { note: '  Checked with the data team.  ' });
    expect(first.approvals!.map((approval) => approval.note)).to.deep.equal(['Checked with the data team.']);
    const [pending] = (await client.listRequests({ status: 'pending' })).items.filter((request) => request.id === untouched.id);
    expect(pending.approvals![0].note, 'the second approver reads it').to.equal('Checked with the data team.');
    const [logged] = (await client.listEvents({ type: ['request.approved'] })).items;
    expect(logged.details?.note, 'the audit trail has it').to.equal('Checked with the data team.');

    org.signInAs('u-bruno');
    const done = await client.approveRequest(untouched.id, { note: 'Fine by me.' });
    expect(done.approvals!.map((approval) => approval.note)).to.deep.equal(['Checked with the data team.', undefined]);
  });
});

describe('mock organization: live sessions and the support engineer', () => {
  it('writes the audit trail for each step the engineer takes, with grant and ticket', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    const client = createClient();
    const request = org.requestAccess({ reason: 'Check orchestration 12', ticket: 'KBC-42' });
    const approved = await client.approveRequest(request.id);
    org.logIn({ asUserId: 'u-carla' });
    org.act({ summary: 'Re-ran orchestration 12' });
    org.logOut();

    const story = await client.listEvents({ grantId: approved.grantId, order: 'asc' });
    // The approval that created the grant opens its story.
    expect(story.items.map((event) => event.type)).to.deep.equal([
      'request.approved',
      'access.granted',
      'support.login',
      'support.action',
      'session.ended',
    ]);
    for (const event of story.items) expect(event.ticket).to.equal('KBC-42');
    const login = story.items.find((event) => event.type === 'support.login')!;
    expect(login.actor).to.deep.include({ kind: 'support', displayName: 'sam.support' });
    expect(login.actor.onBehalfOf?.displayName).to.equal('Carla Chen');
    const created = (await client.listEvents({ type: ['request.created'] })).items[0];
    expect(created.ticket).to.equal('KBC-42');
    expect(created.summary).to.contain('Check orchestration 12');
  });

  it('lets support sign in only while it has access', async () => {
    const { org } = await mockOrganization({ scenario: 'carto' });
    expect(() => org.logIn()).to.throw(/no access/);
  });

  it('ends one session at once and keeps the grant', async () => {
    const { org } = await mockOrganization({ scenario: 'cumulocity' });
    org.signInAs('u-ana');
    const client = createClient();
    const [session] = (await client.listSessions()).items;
    expect(session.engineer.displayName).to.equal('supportuser');
    expect(session.onBehalfOf?.displayName).to.equal('Dana Okafor');
    const ended = await client.endSession(session.id);
    expect(ended.endedAt).to.equal(NOW);
    expect((await client.listSessions()).items).to.have.length(0);
    expect((await client.getState()).status).to.equal('on');
    const [event] = (await client.listEvents({ type: ['session.ended'] })).items;
    expect(event.summary).to.contain('supportuser$Dana Okafor');
    expect(event.grantId).to.equal(session.grantId);
  });
});

describe('mock organization: policy', () => {
  it('refuses a default that is not offered and a cap below the longest offer, naming the fields', async () => {
    await mockOrganization({ scenario: 'carto' });
    const client = createClient();
    await client.getState();
    const error = await failure(client.updatePolicy({ durations: ['P1D', 'P7D'], defaultDuration: 'P30D', maxTotalDuration: 'P3D' }));
    expect(error.code).to.equal('validation');
    expect(Object.keys(error.fieldErrors).sort()).to.deep.equal(['defaultDuration', 'maxTotalDuration']);
  });

  it('removes an optional field when the patch sets it to null', async () => {
    await mockOrganization({ scenario: 'carto' });
    const client = createClient();
    await client.getState();
    const policy = await client.updatePolicy({ maxTotalDuration: null, expiryWarning: null });
    expect(policy).to.not.have.property('maxTotalDuration');
    expect(policy).to.not.have.property('expiryWarning');
    const [event] = (await client.listEvents({ type: ['policy.updated'] })).items;
    expect(event.details?.changes).to.deep.equal({
      maxTotalDuration: { from: 'P180D', to: null },
      expiryWarning: { from: 'P1D', to: null },
    });
    expect(event.summary).to.equal('Ana Admin changed the policy: no maximum in total; no warning before access ends');
  });

  it('saves a valid change and records what changed', async () => {
    await mockOrganization({ scenario: 'carto' });
    const client = createClient();
    await client.getState();
    const policy = await client.updatePolicy({ requireReason: true, approvalsRequired: 2 });
    expect(policy).to.deep.include({ requireReason: true, approvalsRequired: 2 });
    expect((await client.getState()).policy.requireReason).to.equal(true);
    const [event] = (await client.listEvents({ type: ['policy.updated'] })).items;
    expect(event.details?.changes).to.deep.equal({
      requireReason: { from: false, to: true },
      approvalsRequired: { from: 1, to: 2 },
    });
    // In the settings form's words, not the fields' names: what an admin reads in the log.
    expect(event.summary).to.equal('Ana Admin changed the policy: asking for a reason: on; approvals needed: 2');
    await client.updatePolicy({ durations: ['PT8H', 'P1D', 'P7D'], extension: 'none' });
    const [next] = (await client.listEvents({ type: ['policy.updated'] })).items;
    expect(next.summary).to.equal('Ana Admin changed the policy: durations offered: 8 hours, 1 day, 7 days; extensions not allowed');
  });
});

describe('mock organization: the audit trail at scale', () => {
  it('serves 100,000 events in cursor pages, newest first, each once', async () => {
    await mockOrganization({ scenario: 'busy' });
    const client = createClient();
    const ids = new Set<string>();
    let previous = Infinity;
    let cursor: string | undefined;
    do {
      const page = await client.listEvents({ cursor, limit: 500 });
      for (const event of page.items) {
        ids.add(event.id);
        const at = Date.parse(event.at);
        expect(at).to.be.at.most(previous);
        previous = at;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids.size).to.equal(100_000);
  });

  it('filters by several types, a date range and a grant', async () => {
    await mockOrganization({ scenario: 'busy' });
    const client = createClient();
    const types = ['access.revoked', 'access.expired'] as const;
    const ends = await client.listEvents({ type: [...types], limit: 200 });
    expect(ends.items).to.have.length(200);
    for (const event of ends.items) expect(types).to.include(event.type);

    const from = '2025-06-01T00:00:00.000Z';
    const to = '2025-06-02T00:00:00.000Z';
    const day = await client.listEvents({ from, to, limit: 500 });
    expect(day.items.length).to.be.greaterThan(0);
    for (const event of day.items) expect(event.at >= from && event.at < to).to.equal(true);

    const grantId = ends.items[0].grantId!;
    const story = await client.listEvents({ grantId, order: 'asc' });
    expect(story.items[0].type).to.equal('access.granted');
    expect(story.items.at(-1)!.type).to.equal(ends.items[0].type);
  });

  it('has 500 pending requests', async () => {
    await mockOrganization({ scenario: 'busy' });
    const client = createClient();
    expect((await client.getState()).pendingRequests).to.equal(500);
    const first = await client.listRequests({ status: 'pending', limit: 500 });
    expect(first.items).to.have.length(500);
    expect(first.nextCursor).to.equal(null);
  });

  it('refuses an unknown event type or a cursor it did not give out', async () => {
    await mockOrganization({ scenario: 'carto' });
    const client = createClient();
    const badType = await failure(client.listEvents({ type: ['access.nope' as never] }));
    expect(badType.code).to.equal('validation');
    const badCursor = await failure(client.listEvents({ cursor: 'bogus' }));
    expect(badCursor.fieldErrors).to.have.property('cursor');
  });

  it('knows every event type of the contract', async () => {
    const { org } = await mockOrganization({ scenario: 'keboola' });
    org.signInAs('u-ana');
    const client = createClient();
    const request = org.requestAccess({ reason: 'All of it', ticket: 'KBC-1' });
    const { grantId } = await client.approveRequest(request.id);
    await client.getState();
    await client.updatePolicy({ extension: 'choose' });
    await client.getState();
    await client.extend(grantId!, { duration: 'PT8H' });
    org.logIn();
    org.act();
    const [session] = (await client.listSessions()).items;
    await client.endSession(session.id);
    await client.getState();
    await client.revoke(grantId!, { inheritorId: 'u-ana' });
    const again = await client.grant({ duration: 'PT8H', accessLevel: 'admin', reason: 'More', confirmed: true });
    org.jumpToExpiry();
    const types = new Set((await client.listEvents({ limit: 500 })).items.map((event) => event.type));
    expect([...types].sort()).to.deep.equal([...EVENT_TYPES].sort());
    expect(again.id).to.not.equal(grantId);
  });
});

/**
 * How the client calls each operation of the contract and reads its answer: the method and path, the
 * answer's schema, and whether the state `ETag` goes with it. The operation table (`operations`) adds
 * what only the OpenAPI document and the mocks read (a summary, the success status, the request's
 * schemas), so a page that only calls the contract does not carry those.
 */
import { AccessRequest, AccessRequestPage, AuditEventPage, Grant, Policy, Session, SessionPage, State, UserPage } from './schemas.js';
import type { OperationSpec } from './operations.js';

export type CallSpec = Pick<OperationSpec, 'method' | 'path' | 'response' | 'guarded' | 'etag'>;

export const calls = {
  getState: { method: 'GET', path: '', response: State, etag: true },
  grant: { method: 'POST', path: '/grants', response: Grant, guarded: true, etag: true },
  extend: { method: 'POST', path: '/grants/:id/extend', response: Grant, guarded: true, etag: true },
  revoke: { method: 'POST', path: '/grants/:id/revoke', response: Grant, guarded: true, etag: true },
  listInheritors: { method: 'GET', path: '/inheritors', response: UserPage },
  listRequests: { method: 'GET', path: '/requests', response: AccessRequestPage },
  approveRequest: { method: 'POST', path: '/requests/:id/approve', response: AccessRequest, guarded: true },
  rejectRequest: { method: 'POST', path: '/requests/:id/reject', response: AccessRequest, guarded: true },
  listSessions: { method: 'GET', path: '/sessions', response: SessionPage },
  endSession: { method: 'POST', path: '/sessions/:id/end', response: Session, guarded: true },
  updatePolicy: { method: 'PATCH', path: '/policy', response: Policy, guarded: true, etag: true },
  listEvents: { method: 'GET', path: '/events', response: AuditEventPage },
} as const satisfies Record<string, CallSpec>;

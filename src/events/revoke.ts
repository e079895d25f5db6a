import { saEvent } from './base.js';

/** Before support access is revoked and the support account's assets handed over. Cancelable. */
export class SaRevokeEvent extends saEvent<{ grantId: string; inheritorId: string }, 'sa-revoke'>('sa-revoke', true) {}

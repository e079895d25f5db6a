import { eventInit } from './base.js';

/** Before support access is revoked and the support account's assets handed over. Cancelable. */
export class SaRevokeEvent extends CustomEvent<{ grantId: string; inheritorId: string }> {
  static readonly eventName = 'sa-revoke';
  constructor(detail: { grantId: string; inheritorId: string }) {
    super('sa-revoke', eventInit(detail, true));
  }
}

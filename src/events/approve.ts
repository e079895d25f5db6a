import { eventInit } from './base.js';

/** Before an access request is approved. Cancelable: `preventDefault()` sends nothing. */
export class SaApproveEvent extends CustomEvent<{ requestId: string; note?: string }> {
  static readonly eventName = 'sa-approve';
  constructor(detail: { requestId: string; note?: string }) {
    super('sa-approve', eventInit(detail, true));
  }
}

import { eventInit } from './base.js';

/** Before an access request is rejected. Cancelable. */
export class SaRejectEvent extends CustomEvent<{ requestId: string; note?: string }> {
  static readonly eventName = 'sa-reject';
  constructor(detail: { requestId: string; note?: string }) {
    super('sa-reject', eventInit(detail, true));
  }
}

import { eventInit } from './base.js';

/** The number of pending access requests changed, e.g. to badge a menu. */
export class SaRequestsChangeEvent extends CustomEvent<{ pending: number }> {
  static readonly eventName = 'sa-requests-change';
  constructor(detail: { pending: number }) {
    super('sa-requests-change', eventInit(detail));
  }
}

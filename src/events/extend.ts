import { eventInit } from './base.js';

/** Before the grant is extended. Cancelable. */
export class SaExtendEvent extends CustomEvent<{ grantId: string; duration?: string }> {
  static readonly eventName = 'sa-extend';
  constructor(detail: { grantId: string; duration?: string }) {
    super('sa-extend', eventInit(detail, true));
  }
}

import { eventInit } from './base.js';

/** Before a live support session is ended. Cancelable. */
export class SaSessionEndEvent extends CustomEvent<{ sessionId: string }> {
  static readonly eventName = 'sa-session-end';
  constructor(detail: { sessionId: string }) {
    super('sa-session-end', eventInit(detail, true));
  }
}

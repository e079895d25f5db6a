import type { Session } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** A live support session was ended; the grant goes on. */
export class SaSessionEndedEvent extends CustomEvent<{ session: Session }> {
  static readonly eventName = 'sa-session-ended';
  constructor(detail: { session: Session }) {
    super('sa-session-ended', eventInit(detail));
  }
}

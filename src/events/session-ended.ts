import type { Session } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** A live support session was ended; the grant goes on. */
export class SaSessionEndedEvent extends saEvent<{ session: Session }, 'sa-session-ended'>('sa-session-ended') {}

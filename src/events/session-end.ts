import { saEvent } from './base.js';

/** Before a live support session is ended. Cancelable. */
export class SaSessionEndEvent extends saEvent<{ sessionId: string }, 'sa-session-end'>('sa-session-end', true) {}

import { saEvent } from './base.js';

/** Before an access request is rejected. Cancelable. */
export class SaRejectEvent extends saEvent<{ requestId: string; note?: string }, 'sa-reject'>('sa-reject', true) {}

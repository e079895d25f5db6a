import { saEvent } from './base.js';

/** Before the grant is extended. Cancelable. */
export class SaExtendEvent extends saEvent<{ grantId: string; duration?: string }, 'sa-extend'>('sa-extend', true) {}

import { saEvent } from './base.js';

/** The number of pending access requests changed, e.g. to badge a menu. */
export class SaRequestsChangeEvent extends saEvent<{ pending: number }, 'sa-requests-change'>('sa-requests-change') {}

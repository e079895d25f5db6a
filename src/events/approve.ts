import { saEvent } from './base.js';

/** Before an access request is approved. Cancelable: `preventDefault()` sends nothing. */
export class SaApproveEvent extends saEvent<{ requestId: string; note?: string }, 'sa-approve'>('sa-approve', true) {}

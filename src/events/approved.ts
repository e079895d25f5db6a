import type { AccessRequest } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** An approval was given. `request.status` is `approved`, or still `pending` when a second approval is needed. */
export class SaApprovedEvent extends saEvent<{ request: AccessRequest }, 'sa-approved'>('sa-approved') {}

import type { Grant } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** The grant reached its expiry and access ended on its own. */
export class SaExpiredEvent extends saEvent<{ grant: Grant }, 'sa-expired'>('sa-expired') {}

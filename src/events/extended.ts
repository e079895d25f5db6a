import type { Grant } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** The grant was extended; `grant.expiresAt` is the new expiry. */
export class SaExtendedEvent extends saEvent<{ grant: Grant }, 'sa-extended'>('sa-extended') {}

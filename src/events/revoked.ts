import type { Grant } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** Support access was revoked; `grant.inheritedBy` received the assets. */
export class SaRevokedEvent extends saEvent<{ grant: Grant }, 'sa-revoked'>('sa-revoked') {}

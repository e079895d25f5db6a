import type { Grant } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** Support access was revoked; `grant.inheritedBy` received the assets. */
export class SaRevokedEvent extends CustomEvent<{ grant: Grant }> {
  static readonly eventName = 'sa-revoked';
  constructor(detail: { grant: Grant }) {
    super('sa-revoked', eventInit(detail));
  }
}

import type { Grant } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** The grant was extended; `grant.expiresAt` is the new expiry. */
export class SaExtendedEvent extends CustomEvent<{ grant: Grant }> {
  static readonly eventName = 'sa-extended';
  constructor(detail: { grant: Grant }) {
    super('sa-extended', eventInit(detail));
  }
}

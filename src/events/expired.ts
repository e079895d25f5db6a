import type { Grant } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** The grant reached its expiry and access ended on its own. */
export class SaExpiredEvent extends CustomEvent<{ grant: Grant }> {
  static readonly eventName = 'sa-expired';
  constructor(detail: { grant: Grant }) {
    super('sa-expired', eventInit(detail));
  }
}

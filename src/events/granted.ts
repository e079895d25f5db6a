import type { Grant } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** Support access was granted. */
export class SaGrantedEvent extends CustomEvent<{ grant: Grant }> {
  static readonly eventName = 'sa-granted';
  constructor(detail: { grant: Grant }) {
    super('sa-granted', eventInit(detail));
  }
}

import type { AccessRequest } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** An access request was rejected. */
export class SaRejectedEvent extends CustomEvent<{ request: AccessRequest }> {
  static readonly eventName = 'sa-rejected';
  constructor(detail: { request: AccessRequest }) {
    super('sa-rejected', eventInit(detail));
  }
}

import type { AccessRequest } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** An approval was given. `request.status` is `approved`, or still `pending` when a second approval is needed. */
export class SaApprovedEvent extends CustomEvent<{ request: AccessRequest }> {
  static readonly eventName = 'sa-approved';
  constructor(detail: { request: AccessRequest }) {
    super('sa-approved', eventInit(detail));
  }
}

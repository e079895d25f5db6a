import type { Policy } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** The policy was saved. */
export class SaPolicySavedEvent extends CustomEvent<{ policy: Policy }> {
  static readonly eventName = 'sa-policy-saved';
  constructor(detail: { policy: Policy }) {
    super('sa-policy-saved', eventInit(detail));
  }
}

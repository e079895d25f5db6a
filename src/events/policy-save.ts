import type { PolicyPatch } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** Before the policy is saved. Cancelable. `patch` holds only the changed fields. */
export class SaPolicySaveEvent extends CustomEvent<{ patch: PolicyPatch }> {
  static readonly eventName = 'sa-policy-save';
  constructor(detail: { patch: PolicyPatch }) {
    super('sa-policy-save', eventInit(detail, true));
  }
}

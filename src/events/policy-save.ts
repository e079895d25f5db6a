import type { PolicyPatch } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** Before the policy is saved. Cancelable. `patch` holds only the changed fields. */
export class SaPolicySaveEvent extends saEvent<{ patch: PolicyPatch }, 'sa-policy-save'>('sa-policy-save', true) {}

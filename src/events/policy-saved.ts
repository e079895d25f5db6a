import type { Policy } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** The policy was saved. */
export class SaPolicySavedEvent extends saEvent<{ policy: Policy }, 'sa-policy-saved'>('sa-policy-saved') {}

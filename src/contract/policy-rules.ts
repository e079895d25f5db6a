/**
 * The rules a policy must keep beyond its shape. The server enforces them (the mocks do), and the
 * settings element checks them before sending, so both say the same thing about the same field.
 */
import { durationToMs } from './duration.js';
import type { Policy } from './schemas.js';

export type PolicyRule =
  | 'default-not-offered'
  | 'cap-below-longest-offer'
  | 'step-required'
  | 'duplicate-duration';

export interface PolicyViolation {
  /** The policy field the violation belongs to. */
  field: keyof Policy;
  rule: PolicyRule;
}

/** What the rules read: a policy, or a form's draft of one, where a duration left unset may be null. */
export type CheckedPolicy = Pick<Policy, 'durations' | 'defaultDuration' | 'extension'> & {
  maxTotalDuration?: string | null;
  extensionStep?: string | null;
};

export function checkPolicy(policy: CheckedPolicy): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const offered = policy.durations.map(durationToMs);
  if (new Set(offered).size !== offered.length) violations.push({ field: 'durations', rule: 'duplicate-duration' });
  if (!offered.includes(durationToMs(policy.defaultDuration))) {
    violations.push({ field: 'defaultDuration', rule: 'default-not-offered' });
  }
  if (policy.maxTotalDuration && durationToMs(policy.maxTotalDuration) < Math.max(...offered)) {
    violations.push({ field: 'maxTotalDuration', rule: 'cap-below-longest-offer' });
  }
  if (policy.extension === 'prolong' && !policy.extensionStep) {
    violations.push({ field: 'extensionStep', rule: 'step-required' });
  }
  return violations;
}

/**
 * The mock organization: MSW handlers over an in-memory organization that plays the whole support
 * access flow, with scenarios, a controllable clock and injectable faults.
 *
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { createOrganization, handlers } from 'support-access-elements/mocks';
 * const org = createOrganization({ scenario: 'carto' });
 * await setupWorker(...handlers(org)).start();
 * ```
 */
export { MockClock, type MockClockOptions } from './clock.js';
export { Faults, FAULT_PRESETS, type Fault, type FaultPreset } from './faults.js';
export { DEFAULT_BASE_URL, handlers, type HandlerOptions } from './handlers.js';
export {
  MockOrganization,
  MockProblem,
  type EngineerRequestInput,
  type MockEngineer,
  type MockUser,
  type OrganizationSeed,
  type OrganizationSnapshot,
  type Role,
} from './organization.js';
export {
  createOrganization,
  POLICIES,
  SCENARIO_DESCRIPTIONS,
  SCENARIOS,
  type CreateOrganizationOptions,
  type ScenarioName,
} from './scenarios.js';

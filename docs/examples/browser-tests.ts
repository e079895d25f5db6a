// A host's browser tests (web-test-runner, Vitest browser mode, Storybook…): the package's mocks,
// served by MSW's service worker at the host's own base URL.
import { setupWorker } from 'msw/browser';
import { createOrganization, handlers, type ScenarioName } from 'support-access-elements/mocks';

export const worker = setupWorker();
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });

/** A fresh organization for one test, on a clock that moves only when the test says so. */
export function mockSupportAccess(scenario: ScenarioName, baseUrl = '/api/orgs/42/support-access') {
  const org = createOrganization({ scenario, now: '2026-03-10T09:00:00Z', frozen: true });
  worker.resetHandlers(...handlers(org, { baseUrl }));
  return org; // org.advance('P1D'), org.requestAccess({ reason }), org.faults.inject('grant', { status: 503 }), …
}

/**
 * What every story shares: an organization from the package's own mocks at a fixed moment, served
 * through MSW (`parameters.msw`), and a provider that talks to it exactly as a host's page would.
 */
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createSupportAccessClient } from '../src/client/index.js';
import type { OperationId } from '../src/contract/index.js';
import {
  createOrganization,
  DEFAULT_BASE_URL,
  handlers,
  SCENARIO_DESCRIPTIONS,
  type MockOrganization,
  type ScenarioName,
} from '../src/mocks/index.js';

/** Every story's organization stands still at this moment, so each story looks the same on every run. */
export const NOW = '2026-03-10T09:00:00.000Z';
/** Dates show in one time zone, whatever the machine's. */
export const TIME_ZONE = 'UTC';
export const TICKET_URL = 'https://support.example.com/tickets/{ticket}';

export interface StoryArgs {
  /** The language of the elements; by default the toolbar's. */
  locale?: string;
  /** How often a failed read is retried; the failure stories show the error at once with 0. */
  retries?: number;
  /** The audit log's filters, where a story opens it on them. */
  grant?: string;
  types?: string;
}

export type Story = StoryObj<StoryArgs>;

/** What a story's organization does wrong: never answer, answer 500, or refuse with 401 or 403. */
export type Fault = 'loading' | 'error' | 'signed-out' | 'forbidden';

/** How each fault answers, and what the docs page says of it. */
const FAULTS = {
  error: [{ status: 500 }, 'The server answers 500 Internal Server Error.'],
  'signed-out': [{ status: 401 }, 'The person’s session has ended: the server answers 401.'],
  forbidden: [{ status: 403 }, 'The person may not see support access: the server answers 403.'],
} as const;

export interface MockedOptions {
  fault?: Fault;
  /** The operation the fault hits; every operation by default. */
  operation?: OperationId;
  /** Shown on the docs page under the story. */
  description?: string;
}

/** A fresh organization for a scenario, standing still at {@link NOW}. */
export function organization(scenario: ScenarioName): MockOrganization {
  return createOrganization({ scenario, now: NOW, frozen: true });
}

/**
 * A story served by a scenario's organization through the package's MSW handlers. `loading` makes
 * the server never answer (the story stays in its loading state); `error` makes it answer 500.
 */
export function mocked(scenario: ScenarioName, options: MockedOptions = {}): Story {
  const org = organization(scenario);
  const { fault, operation = '*' } = options;
  if (fault === 'loading') org.faults.inject(operation, { hang: true });
  const failing = fault && fault !== 'loading' ? FAULTS[fault] : undefined;
  if (failing) org.faults.inject(operation, { ...failing[0] });
  const description =
    options.description ?? (fault === 'loading' ? 'The server has not answered yet.' : (failing?.[1] ?? SCENARIO_DESCRIPTIONS[scenario]));
  return {
    args: failing ? { retries: 0 } : {},
    parameters: {
      msw: { handlers: handlers(org) },
      // The story tests wait for a story to settle, except for one that must stay loading.
      settles: fault !== 'loading',
      docs: { description: { story: description } },
    },
  };
}

/** The language: the story's `locale` arg, else the toolbar's. */
export function localeOf(args: StoryArgs, context: Pick<StoryContext, 'globals'>): string | undefined {
  const locale = args.locale || (context.globals?.locale as string | undefined);
  return locale || undefined;
}

/** The elements inside a provider that talks to the mock organization, as a host page sets them up. */
export function provided(args: StoryArgs, content: TemplateResult): TemplateResult {
  const client = createSupportAccessClient({
    baseUrl: DEFAULT_BASE_URL,
    ...(args.retries === undefined ? {} : { retries: args.retries }),
  });
  return html`<support-access-provider .client=${client}>${content}</support-access-provider>`;
}

/** A taller frame on the docs page, for a modal dialog or a long list. */
export const tallFrame = { docs: { story: { inline: false, height: '640px' } } };

/** Arg types hidden from the controls: they are the stories' plumbing, not the element's API. */
export const plumbing = { retries: { table: { disable: true } } } as const;

import type { OperationId } from '../contract/operations.js';
import { PROBLEM_CODES } from '../contract/problems.js';
import type { Problem, ProblemCode } from '../contract/schemas.js';

/**
 * Every way a call can fail. The first nine are the contract's problem codes; the rest are what
 * the client itself observes: no answer in time, no network, an answer that breaks the contract,
 * and the caller giving up.
 */
export type SupportAccessErrorCode = ProblemCode | 'timeout' | 'offline' | 'invalid-response' | 'aborted';

// Marked pure, so a page that never reads the list (every element) does not ship it.
export const ERROR_CODES: readonly SupportAccessErrorCode[] = /* @__PURE__ */ (PROBLEM_CODES as readonly SupportAccessErrorCode[]).concat([
  'timeout',
  'offline',
  'invalid-response',
  'aborted',
]);

export interface ResponseIssue {
  /** Dotted path into the response body (`grant.expiresAt`, `items.3.id`); empty for the body itself. */
  path: string;
  message: string;
}

export interface SupportAccessErrorInit {
  operation: OperationId;
  code: SupportAccessErrorCode;
  /** The HTTP status; 0 when no response arrived. */
  status: number;
  message: string;
  problem?: Problem;
  issues?: ResponseIssue[];
  /** Milliseconds the server asked us to wait (`Retry-After`). */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type every client method rejects with. */
export class SupportAccessError extends Error {
  override readonly name = 'SupportAccessError';
  readonly operation: OperationId;
  readonly code: SupportAccessErrorCode;
  readonly status: number;
  readonly problem?: Problem;
  readonly issues: ResponseIssue[];
  readonly retryAfter?: number;
  /** When the wait the server asked for is over (a `Date.now()` time), if it asked for one. */
  readonly retryAt?: number;

  constructor(init: SupportAccessErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.operation = init.operation;
    this.code = init.code;
    this.status = init.status;
    this.problem = init.problem;
    this.issues = init.issues ?? [];
    this.retryAfter = init.retryAfter;
    this.retryAt = init.retryAfter && Date.now() + init.retryAfter;
  }

  /** Field messages from a `validation` problem, by field name. */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.fields ?? []).map(({ name, message }) => [name, message]));
  }
}

export function isSupportAccessError(value: unknown): value is SupportAccessError {
  return value instanceof SupportAccessError;
}

/** `error` as the error type every caller reads: anything else that was thrown is an `internal` failure of `operation`. */
export function asSupportAccessError(operation: OperationId, error: unknown): SupportAccessError {
  return isSupportAccessError(error)
    ? error
    : new SupportAccessError({ operation, code: 'internal', status: 0, message: String(error), cause: error });
}

/** The server's words about `field` when `error` refused its value: a `validation` problem naming it. */
export function refusedField(error: unknown, field: string): string | undefined {
  return isSupportAccessError(error) && error.code === 'validation' ? error.fieldErrors[field] : undefined;
}

/**
 * A failure after which a change may or may not have been made: the answer was lost or could not be
 * read (the server may have failed after doing the work). Reload before believing either way.
 */
export function outcomeUnknown(error: unknown): boolean {
  return isSupportAccessError(error) && ['internal', 'unavailable', 'timeout', 'offline', 'invalid-response'].includes(error.code);
}

/** What is left, in milliseconds, of the wait the server asked for before trying again (none: 0 or less). */
export function waitLeft(error: unknown): number {
  return ((error as SupportAccessError | undefined)?.retryAt ?? 0) - Date.now();
}

/**
 * A change that trying again as it was cannot mend: the person lacks the permission, what it acts on
 * is gone or in a state that refuses it (access already on, a request already decided), or the
 * server refused what was sent (422), which the same request would send again.
 */
export function retryCannotHelp(error: unknown): boolean {
  return isSupportAccessError(error) && ['forbidden', 'conflict', 'not-found', 'validation'].includes(error.code);
}

export { codeForStatus } from '../contract/problems.js';

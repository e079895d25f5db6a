/**
 * Reading failures in the contract's terms: which problem code an HTTP status means, and words for
 * a schema issue. Shared by the client (reading answers) and the mocks (writing them).
 */
import type * as z from 'zod/mini';
import type { ProblemCode } from './schemas.js';

/**
 * The closed set of problem codes. Kept here, free of zod, so code that only reads errors (every
 * element, through its error messages) does not pull the schemas in.
 */
export const PROBLEM_CODES = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'precondition-failed',
  'validation',
  'unavailable',
  'rate-limited',
  'internal',
] as const;

/** The problem code for a status when the body is not a problem document. */
export function codeForStatus(status: number): ProblemCode {
  const codes: Record<number, ProblemCode> = {
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not-found',
    410: 'not-found',
    409: 'conflict',
    412: 'precondition-failed',
    428: 'precondition-failed',
    400: 'validation',
    422: 'validation',
    429: 'rate-limited',
    502: 'unavailable',
    503: 'unavailable',
    504: 'unavailable',
  };
  return codes[status] ?? 'internal';
}

/**
 * Words for a schema issue. zod/mini ships no messages, and configuring a global locale would
 * change the host's own zod as well, so the few kinds the contract's schemas raise are described
 * here; any other (a custom check's) brings its own message.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      // map's index and array land in stringify's replacer and space, which ignore a number and an array.
      return `expected one of ${issue.values.map(JSON.stringify as (value: unknown) => string).join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'text matching the contract' : `a ${issue.format}`}`;
    case 'too_small':
      return `expected at least ${issue.minimum}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `expected at most ${issue.maximum}${issue.origin === 'array' ? ' items' : ''}`;
    default:
      return issue.message || issue.code;
  }
}

import { isSupportAccessError } from '../client/errors.js';
import { translate } from './localize.js';

/**
 * One or two sentences a person understands: what could not be done, and why. Built only from the
 * catalog, never from a server's message, so no server HTML or jargon reaches the page. A validation
 * problem says nothing about single fields here: those messages belong next to their fields. An
 * answer that breaks the contract names the field where it broke, as the client read it.
 */
export function describeError(locale: string, error: unknown): string {
  if (!isSupportAccessError(error)) return translate(locale, 'error.internal');
  const operation = translate(locale, `operation.${error.operation}`);
  // An answer that breaks the contract names where, for whoever reports it to the vendor.
  const field = error.code === 'invalid-response' ? error.issues[0]?.path : '';
  return translate(locale, 'error.withReason', {
    failure: translate(locale, 'error.couldNot', { operation }),
    reason: translate(locale, `error.${error.code}`) + (field ? ` ${translate(locale, 'error.invalidField', { field })}` : ''),
  });
}

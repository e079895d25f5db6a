import { isSupportAccessError } from '../client/errors.js';
import { formatRelativeTime, translate } from './localize.js';

/**
 * One or two sentences a person understands: what could not be done, and why. Built only from the
 * catalog, never from a server's message, so no server HTML or jargon reaches the page. A validation
 * problem says nothing about single fields here: those messages belong next to their fields. An
 * answer that breaks the contract names the field where it broke, as the client read it. A server
 * that said how long to wait (`Retry-After`, a second or more) has it passed on: "Try again in 2 minutes.";
 * once `waited`, when that time is over, "You can try again now.". A load answered 404 says the address is wrong, not that something ended.
 */
export function describeError(locale: string, error: unknown, waited?: boolean): string {
  if (!isSupportAccessError(error)) return translate(locale, 'error.internal');
  const operation = translate(locale, `operation.${error.operation}`);
  // An answer that breaks the contract names where, for whoever reports it to the vendor.
  const { code, retryAfter = 0 } = error;
  const field = code === 'invalid-response' ? error.issues[0]?.path : '';
  return translate(locale, 'error.withReason', {
    failure: translate(locale, 'error.couldNot', { operation }),
    reason:
      ((code === 'rate-limited' || code === 'unavailable') && retryAfter >= 1000
        ? translate(locale, `error.${code}.${waited ? 'ready' : 'wait'}`, { relative: formatRelativeTime(locale, retryAfter) })
        : // A load that finds nothing (no grant or request is looked up by its id): the address is wrong.
          translate(locale, code === 'not-found' && /^(get|list)/.test(error.operation) ? 'error.not-found.read' : `error.${code}`)) + (field ? ` ${translate(locale, 'error.invalidField', { field })}` : ''),
  });
}

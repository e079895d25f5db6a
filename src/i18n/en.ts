/**
 * The English catalog: the source every other locale translates and the last step of every lookup,
 * so a message missing from a host's catalog still reads as a sentence. `{name}` is a placeholder.
 */
import { prefixed } from './messages/prefixed.js';
// Not in alphabetical order on purpose: this order places the modules where the bundle gzips
// smallest (about 30 B). The catalog's order is the spread order below; modules have no side effects.
import { userBadgeMessages } from './messages/user-badge.js';
import { commonMessages } from './messages/common.js';
import { logMessages } from './messages/log.js';
import { sessionListMessages } from './messages/session-list.js';
import { panelMessages } from './messages/panel.js';
import { revokeDialogMessages } from './messages/revoke-dialog.js';
import { settingsMessages } from './messages/settings.js';
import { requestListMessages } from './messages/request-list.js';

export const en = {
  ...commonMessages,
  ...panelMessages,
  ...revokeDialogMessages,
  ...requestListMessages,
  ...settingsMessages,
  ...sessionListMessages,
  ...userBadgeMessages,
  ...logMessages,

  'action.retry': 'Try again',

  'state.loading': 'Loading…',

  ...prefixed('operation.', {
    'getState': 'load support access',
    'grant': 'grant support access',
    'extend': 'extend support access',
    'revoke': 'revoke support access',
    'listInheritors': 'load the users who can take over the support account’s items',
    'listRequests': 'load access requests',
    'approveRequest': 'approve the access request',
    'rejectRequest': 'reject the access request',
    'listSessions': 'load support sessions',
    'endSession': 'end the support session',
    'updatePolicy': 'save the support access policy',
    'listEvents': 'load the audit log',
  }),

  ...prefixed('error.', {
    'couldNot': 'Could not {operation}.',
    // Joining the two sentences is a message too: not every language separates sentences with a space.
    'withReason': '{failure} {reason}',
    'unauthenticated': 'Your session has ended. Sign in again to continue.',
    'forbidden': 'You do not have permission to do this.',
    'not-found': 'It no longer exists or has already ended.',
    // A load that finds nothing at its address: the host's base URL or endpoints are likely wrong.
    'not-found.read': 'The server offers nothing at this address; the page may be set up wrong.',
    'conflict': 'It conflicts with the current state of support access.',
    'precondition-failed': 'Someone else changed support access in the meantime. The latest state is shown.',
    'validation': 'Some values are not valid.',
    // Added after a validation failure only where the element marks the fields the server named.
    'checkFields': 'Check the highlighted fields.',
    'unavailable': 'The service is temporarily unavailable. Try again in a few minutes.',
    'rate-limited': 'Too many requests in a short time. Wait a moment, then try again.',
    // When the server said how long to wait (`Retry-After`); {relative} reads "in 2 minutes".
    'unavailable.wait': 'The service is temporarily unavailable. Try again {relative}.',
    'rate-limited.wait': 'Too many requests in a short time. Try again {relative}.',
    // Once that time has passed: Try again works again, and the block says so.
    'unavailable.ready': 'The service was temporarily unavailable. You can try again now.',
    'rate-limited.ready': 'There were too many requests in a short time. You can try again now.',
    'internal': 'Something unexpected went wrong.',
    'timeout': 'The server did not answer in time.',
    'offline': 'Your device appears to be offline.',
    'invalid-response': 'The server sent an answer that could not be understood.',
    'invalidField': 'Its field “{field}” is not as expected.',
    'aborted': 'The request was cancelled.',
  }),
} as const;

export type MessageKey = keyof typeof en;
/** A complete catalog; hosts register `Partial<Catalog>` and missing messages fall back to English. */
export type Catalog = Record<MessageKey, string>;

/** A plural category of `Intl.PluralRules`: English needs `one` and `other`, Polish also `few` and `many`, Arabic all six. */
export type PluralCategory = Intl.LDMLPluralRule;
type PluralBaseOf<Key> = Key extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
/** A message with plural forms: `log.count` for `log.count.one` and `log.count.other`. */
export type PluralBase = PluralBaseOf<MessageKey>;
/** Any plural form of a plural message, including those English does not need (`log.count.few`). */
export type PluralKey = `${PluralBase}.${PluralCategory}`;
/** What a host registers for a language: any messages, and the plural forms that language needs. */
export type Translations = Partial<Record<MessageKey | PluralKey, string>>;

import { prefixed } from './prefixed.js';

/** `<support-session-list>`'s English messages (`sessions.*`). */
export const sessionListMessages = prefixed('sessions.', {
  'title': 'Support sessions',
  'loading': 'Loading support sessions…',
  'empty': 'Nobody from support is signed in.',
  'forbidden': 'Only admins can see support sessions.',
  // After the shared state's failure, above sessions that did load: what it keeps from working.
  'stateFailed': 'Sessions can be ended here once support access has loaded.',
  'more': 'Showing the {count} most recent sessions.',
  // The support engineer acting as a user, as audit trails write it: `supportuser$Dana Okafor`.
  'actingAsName': '{engineer}${user}',
  // The same in words, for what a screen reader reads out (it would say "dollar").
  'actingAsSpoken': '{engineer} acting as {user}',
  'engineer': 'Engineer',
  'actingAs': 'Acting as',
  'since': 'Signed in',
  'lastSeen': 'Last seen',
  'end': 'End session',
  'endOf': 'of {name}',
  'ending': 'Ending…',
  'announce.ended': '{name} was signed out. Support access itself is unchanged.',
} as const);

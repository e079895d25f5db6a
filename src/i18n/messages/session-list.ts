/** `<support-session-list>`'s English messages (`sessions.*`). */
export const sessionListMessages = {
  'sessions.title': 'Support sessions',
  'sessions.loading': 'Loading support sessions…',
  'sessions.empty': 'Nobody from support is signed in.',
  'sessions.forbidden': 'Only admins can see support sessions.',
  'sessions.more': 'Showing the {count} most recent sessions.',
  // The support engineer acting as a user, as audit trails write it: `supportuser$Dana Okafor`.
  'sessions.actingAsName': '{engineer}${user}',
  // The same in words, for what a screen reader reads out (it would say "dollar").
  'sessions.actingAsSpoken': '{engineer} acting as {user}',
  'sessions.engineer': 'Engineer',
  'sessions.actingAs': 'Acting as',
  'sessions.since': 'Signed in',
  'sessions.lastSeen': 'Last seen',
  'sessions.end': 'End session',
  'sessions.endOf': 'of {name}',
  'sessions.ending': 'Ending…',
  'sessions.announce.ended': '{name} was signed out. Support access itself is unchanged.',
} as const;

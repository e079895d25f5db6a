import { prefixed } from './prefixed.js';

/** `<revoke-access-dialog>`'s English messages (`dialog.*`). */
export const revokeDialogMessages = prefixed('dialog.', {
  'title': 'Revoke support access',
  'intro': 'The access {name} granted on {date} ends now, and {account} can no longer sign in.',
  'noGrant': 'Support access is not on, so there is nothing to revoke.',
  'endedElsewhere': 'Support access has already ended, so there is nothing left to revoke.',
  'revokedAfterAll': 'Support access was revoked after all: only the answer to your request was lost on the way.',
  'loading': 'Loading support access…',

  'assets.heading': 'What {account} created',
  'assets.none': '{account} created nothing that needs a new owner.',

  'inheritor.legend': 'Who takes them over?',
  'inheritor.required': 'Revoking needs a new owner all the same. Who should it be?',
  'inheritor.granter': 'granted access',
  'inheritor.summary': '{name} will own them.',

  'search.label': 'Search users by name or email',
  ...prefixed('list.', {
    'loading': 'Loading users…',
    'empty': 'No user matches “{query}”.',
    'none': 'No user can take them over.',
    'count.one': '{count} user shown',
    'count.other': '{count} users shown',
    'more': 'Show more',
    'loadingMore': 'Loading more…',
  }),

  'confirm': 'Revoke access',
  'confirming': 'Revoking…',
} as const);

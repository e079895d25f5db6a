/** `<revoke-access-dialog>`'s English messages (`dialog.*`). */
export const revokeDialogMessages = {
  'dialog.title': 'Revoke support access',
  'dialog.intro': 'The access {name} granted on {date} ends now, and {account} can no longer sign in.',
  'dialog.noGrant': 'Support access is not on, so there is nothing to revoke.',
  'dialog.endedElsewhere': 'Support access has already ended, so there is nothing left to revoke.',
  'dialog.revokedAfterAll': 'Support access was revoked after all: only the answer to your request was lost on the way.',
  'dialog.loading': 'Loading support access…',

  'dialog.assets.heading': 'What {account} created',
  'dialog.assets.none': '{account} created nothing that needs a new owner.',

  'dialog.inheritor.legend': 'Who takes them over?',
  'dialog.inheritor.required': 'Revoking needs a new owner all the same. Who should it be?',
  'dialog.inheritor.granter': 'granted access',
  'dialog.inheritor.summary': '{name} will own them.',

  'dialog.search.label': 'Search users by name or email',
  'dialog.list.loading': 'Loading users…',
  'dialog.list.empty': 'No user matches “{query}”.',
  'dialog.list.none': 'No user can take them over.',
  'dialog.list.count.one': '{count} user shown',
  'dialog.list.count.other': '{count} users shown',
  'dialog.list.more': 'Show more',
  'dialog.list.loadingMore': 'Loading more…',

  'dialog.confirm': 'Revoke access',
  'dialog.confirming': 'Revoking…',
} as const;

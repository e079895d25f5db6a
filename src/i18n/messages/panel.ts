import { prefixed } from './prefixed.js';

/** `<support-access-panel>`'s English messages (`panel.*`). */
export const panelMessages = prefixed('panel.', {
  'title': 'Support access',
  'loading': 'Loading support access…',
  'staleState': 'Showing the last known state.',

  'off.heading': 'Support access is off',
  'off.intro':
    'Let the support team into this organization for a limited time. Every admin sees it, and it can be revoked at any time.',
  'off.viewOnly.admins': 'Only admins can enable support access.',
  'off.viewOnly.users': 'You cannot enable support access.',

  ...prefixed('form.', {
    'duration': 'Duration',
    'accessLevel': 'Access level',
    'reason': 'Reason',
    'reasonHint': 'What should support look at?',
    'ticket': 'Ticket',
    'ticketHint': 'The support ticket this access is for.',
    'confirm':
      'I authorize the support team to access this organization until access expires or is revoked.',
    'submit': 'Enable access',
    'submitting': 'Enabling…',
    'reasonRequired': 'Enter a reason.',
    'ticketRequired': 'Enter the ticket.',
    'confirmRequired': 'Tick the box to confirm.',
  }),

  ...prefixed('on.', {
    'heading': 'Support access is on',
    'grantedBy': 'Granted by',
    'grantedByValue': '{name} on {date}',
    'expires': 'Expires',
    'countdown': '{duration} left',
    'account': 'Support account',
    'mfa': 'Signs in with multi-factor authentication',
    'noMfa': 'Signs in without multi-factor authentication',
    'accessLevel': 'Access level',
    'ticket': 'Ticket',
    'reason': 'Reason',
    'extensions': 'Extensions',
    'noExtensions': 'None',
    'extension': '{duration} added by {name} on {date}',
    'noDetails': 'The server did not send the details of this grant.',
    'viewOnly': 'You can see support access, but you cannot change it.',
  }),

  'warning': 'Support access ends {relative}.',
  'extend.by': 'Extend by {duration}',
  'extend.duration': 'Extend by',
  'extend.submit': 'Extend',
  'extend.busy': 'Extending…',
  'extend.atCap': 'Access already lasts the maximum of {duration}.',
  'revoke': 'Revoke access',

  'alwaysOn.heading': 'Support access is always on',
  'alwaysOn.body':
    'Your provider manages support access for every organization, so the support team can sign in at any time. There is nothing to change here.',

  ...prefixed('unavailable.', {
    'heading': 'Support access is not available',
    'forced-sso': 'This workspace requires single sign-on, which support accounts cannot use.',
    'plan': 'Your plan does not include support access.',
    'provider-disabled': 'Your provider has turned support access off.',
    'other': 'The reason given: {reason}',
  }),

  'ended.expired': 'Support access ended on {date}: its time ran out.',
  'ended.revoked': 'Support access was revoked.',
  'ended.ended': 'Someone else ended support access.',

  'announce.on': 'Support access is on until {date}.',
  'announce.extended': 'Support access now lasts until {date}.',
  'announce.off': 'Support access is off.',
} as const);

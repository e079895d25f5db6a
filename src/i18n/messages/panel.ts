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

  'form.duration': 'Duration',
  'form.accessLevel': 'Access level',
  'form.reason': 'Reason',
  'form.reasonHint': 'What should support look at?',
  'form.ticket': 'Ticket',
  'form.ticketHint': 'The support ticket this access is for.',
  'form.confirm':
    'I authorize the support team to access this organization until access expires or is revoked.',
  'form.submit': 'Enable access',
  'form.submitting': 'Enabling…',
  'form.reasonRequired': 'Enter a reason.',
  'form.ticketRequired': 'Enter the ticket.',
  'form.confirmRequired': 'Tick the box to confirm.',

  'on.heading': 'Support access is on',
  'on.grantedBy': 'Granted by',
  'on.grantedByValue': '{name} on {date}',
  'on.expires': 'Expires',
  'on.countdown': '{duration} left',
  'on.account': 'Support account',
  'on.mfa': 'Signs in with multi-factor authentication',
  'on.noMfa': 'Signs in without multi-factor authentication',
  'on.accessLevel': 'Access level',
  'on.ticket': 'Ticket',
  'on.reason': 'Reason',
  'on.extensions': 'Extensions',
  'on.noExtensions': 'None',
  'on.extension': '{duration} added by {name} on {date}',
  'on.noDetails': 'The server did not send the details of this grant.',
  'on.viewOnly': 'You can see support access, but you cannot change it.',

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

  'unavailable.heading': 'Support access is not available',
  'unavailable.forced-sso': 'This workspace requires single sign-on, which support accounts cannot use.',
  'unavailable.plan': 'Your plan does not include support access.',
  'unavailable.provider-disabled': 'Your provider has turned support access off.',
  'unavailable.other': 'The reason given: {reason}',

  'ended.expired': 'Support access ended on {date}: its time ran out.',
  'ended.revoked': 'Support access was revoked.',
  'ended.ended': 'Someone else ended support access.',

  'announce.on': 'Support access is on until {date}.',
  'announce.extended': 'Support access now lasts until {date}.',
  'announce.off': 'Support access is off.',
} as const);

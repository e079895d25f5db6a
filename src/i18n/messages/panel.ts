/** `<support-access-panel>`'s English messages (`panel.*`). */
export const panelMessages = {
  'panel.title': 'Support access',
  'panel.loading': 'Loading support access…',
  'panel.staleState': 'Showing the last known state.',

  'panel.off.heading': 'Support access is off',
  'panel.off.intro':
    'Let the support team into this organization for a limited time. Every admin sees it, and it can be revoked at any time.',
  'panel.off.viewOnly.admins': 'Only admins can enable support access.',
  'panel.off.viewOnly.users': 'You cannot enable support access.',

  'panel.form.duration': 'Duration',
  'panel.form.accessLevel': 'Access level',
  'panel.form.reason': 'Reason',
  'panel.form.reasonHint': 'What should support look at?',
  'panel.form.ticket': 'Ticket',
  'panel.form.ticketHint': 'The support ticket this access is for.',
  'panel.form.confirm':
    'I authorize the support team to access this organization until access expires or is revoked.',
  'panel.form.submit': 'Enable access',
  'panel.form.submitting': 'Enabling…',
  'panel.form.reasonRequired': 'Enter a reason.',
  'panel.form.ticketRequired': 'Enter the ticket.',
  'panel.form.confirmRequired': 'Tick the box to confirm.',

  'panel.on.heading': 'Support access is on',
  'panel.on.grantedBy': 'Granted by',
  'panel.on.grantedByValue': '{name} on {date}',
  'panel.on.expires': 'Expires',
  'panel.on.countdown': '{duration} left',
  'panel.on.account': 'Support account',
  'panel.on.mfa': 'Signs in with multi-factor authentication',
  'panel.on.noMfa': 'Signs in without multi-factor authentication',
  'panel.on.accessLevel': 'Access level',
  'panel.on.ticket': 'Ticket',
  'panel.on.reason': 'Reason',
  'panel.on.extensions': 'Extensions',
  'panel.on.noExtensions': 'None',
  'panel.on.extension': '{duration} added by {name} on {date}',
  'panel.on.noDetails': 'The server did not send the details of this grant.',
  'panel.on.viewOnly': 'You can see support access, but you cannot change it.',

  'panel.warning': 'Support access ends {relative}.',
  'panel.extend.by': 'Extend by {duration}',
  'panel.extend.duration': 'Extend by',
  'panel.extend.submit': 'Extend',
  'panel.extend.busy': 'Extending…',
  'panel.extend.atCap': 'Access already lasts the maximum of {duration}.',
  'panel.revoke': 'Revoke access',

  'panel.alwaysOn.heading': 'Support access is always on',
  'panel.alwaysOn.body':
    'Your provider manages support access for every organization, so the support team can sign in at any time. There is nothing to change here.',

  'panel.unavailable.heading': 'Support access is not available',
  'panel.unavailable.forced-sso': 'This workspace requires single sign-on, which support accounts cannot use.',
  'panel.unavailable.plan': 'Your plan does not include support access.',
  'panel.unavailable.provider-disabled': 'Your provider has turned support access off.',
  'panel.unavailable.other': 'The reason given: {reason}',

  'panel.ended.expired': 'Support access ended on {date}: its time ran out.',
  'panel.ended.revoked': 'Support access was revoked.',
  'panel.ended.ended': 'Someone else ended support access.',

  'panel.announce.on': 'Support access is on until {date}.',
  'panel.announce.extended': 'Support access now lasts until {date}.',
  'panel.announce.off': 'Support access is off.',
} as const;

/** Messages several elements share (`common.*`): access levels, asset types, reasons. */
export const commonMessages = {
  'common.accessLevel.admin': 'Admin',
  'common.accessLevel.read-only': 'Read-only',
  'common.asset.map.one': '{count} map',
  'common.asset.map.other': '{count} maps',
  'common.asset.workflow.one': '{count} workflow',
  'common.asset.workflow.other': '{count} workflows',
  'common.asset.other': '{type}: {count}',
  'common.notConfigured': 'No server to talk to yet: set base-url or client on this element, or on the <support-access-provider> around it.',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
} as const;

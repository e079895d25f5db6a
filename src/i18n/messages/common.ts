/** Messages several elements share (`common.*`): access levels, asset types, reasons. */
export const commonMessages = {
  'common.accessLevel.admin': 'Admin',
  'common.accessLevel.read-only': 'Read-only',
  'common.asset.map.one': '{count} map',
  'common.asset.map.other': '{count} maps',
  'common.asset.workflow.one': '{count} workflow',
  'common.asset.workflow.other': '{count} workflows',
  'common.asset.other': '{type}: {count}',
  'common.notConfigured': 'This element has no server to talk to: set its base-url, or place it inside <support-access-provider>.',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
} as const;

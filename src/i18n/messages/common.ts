import { prefixed } from './prefixed.js';

/** Messages several elements share (`common.*`): access levels, asset types, reasons. */
export const commonMessages = prefixed('common.', {
  'accessLevel.admin': 'Admin',
  'accessLevel.read-only': 'Read-only',
  'asset.map.one': '{count} map',
  'asset.map.other': '{count} maps',
  'asset.workflow.one': '{count} workflow',
  'asset.workflow.other': '{count} workflows',
  'asset.other': '{type}: {count}',
  'notConfigured': 'No server to talk to yet: set base-url or client on this element, or on the <support-access-provider> around it.',
  'cancel': 'Cancel',
  'close': 'Close',
} as const);

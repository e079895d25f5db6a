import { prefixed } from './prefixed.js';

/** `<support-user-badge>`'s English messages (`badge.*`). */
export const userBadgeMessages = prefixed('badge.', {
  'support': 'Support',
  'maintainer': 'Maintainer',
  'account.support': 'Support account',
  'account.maintainer': 'Maintainer account',
  'accountUntil': '{account}, access until {date}',
  'accountEnded': '{account}, access ended {date}',
  'until': 'Access until {date} ({relative})',
  'ended': 'Access ended {date} ({relative})',
} as const);

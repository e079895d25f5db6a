/** `<support-user-badge>`'s English messages (`badge.*`). */
export const userBadgeMessages = {
  'badge.support': 'Support',
  'badge.maintainer': 'Maintainer',
  'badge.account.support': 'Support account',
  'badge.account.maintainer': 'Maintainer account',
  'badge.accountUntil': '{account}, access until {date}',
  'badge.accountEnded': '{account}, access ended {date}',
  'badge.until': 'Access until {date} ({relative})',
  'badge.ended': 'Access ended {date} ({relative})',
} as const;

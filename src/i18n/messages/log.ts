import { prefixed } from './prefixed.js';

/** `<support-access-log>`'s English messages (`log.*`). */
export const logMessages = prefixed('log.', {
  'title': 'Audit log',
  'loading': 'Loading events…',
  'loadingMore': 'Loading more events…',
  'noPermission': 'You do not have permission to view the audit log.',
  'empty': 'No events yet',
  'emptyFiltered': 'No events match these filters.',
  'clearFilters': 'Clear filters',
  'count.one': '{count} event loaded',
  'count.other': '{count} events loaded',
  'count.more': '{count} events loaded; scroll for more',

  'filters': 'Filters',
  'filter.types': 'Event types',
  'filter.types.all': 'Event types: all',
  'filter.types.some': 'Event types: {count} selected',
  'filter.from': 'From',
  'filter.to': 'To',
  'filter.backwards': 'From is after To: choose a To day on or after From.',
  'filter.zone': 'Dates are whole days in {zone}.',
  'filter.zone.local': 'Dates are whole days in your time zone.',

  ...prefixed('column.', {
    'time': 'Time',
    'type': 'Event',
    'actor': 'Actor',
    'summary': 'Summary',
    'ticket': 'Ticket',
    'grant': 'Grant',
  }),

  ...prefixed('type.', {
    'access.granted': 'Access granted',
    'access.extended': 'Access extended',
    'access.revoked': 'Access revoked',
    'access.expired': 'Access expired',
    'support.login': 'Support login',
    'support.action': 'Support action',
    'request.created': 'Access requested',
    'request.approved': 'Request approved',
    'request.rejected': 'Request rejected',
    'policy.updated': 'Policy changed',
    'session.ended': 'Session ended',
  }),

  ...prefixed('actor.', {
    'system': 'System',
    'support': '{name} (support)',
    'actingAs': '{engineer} acting as {user}',
  }),

  'grant.open': 'Show the timeline of {grant}',
  ...prefixed('timeline.', {
    'heading': 'Timeline of {grant}',
    'back': 'Back to all events',
    'by': 'By',
    'duration': 'Duration',
    'accessLevel': 'Access level',
    'added': 'Added',
    'expiresAt': 'Now expires',
    'inheritedBy': 'Assets went to',
    'assets': 'Assets',
    'noAssets': 'None',
    'ticket': 'Ticket',
    'more': 'Show more',
  }),
  'when': '{date} ({relative})',

  'export': 'Export CSV',
  'export.progress.one': 'Exported {count} event…',
  'export.progress.other': 'Exported {count} events…',
  'export.done.one': 'Exported {count} event.',
  'export.done.other': 'Exported {count} events.',
  'export.cancel': 'Cancel export',
  'export.cancelled': 'Export cancelled.',
  'export.failed': 'The export failed.',
  // After a failed reload, above the rows it kept: they are not what failed.
  'reload.failed': 'The events shown were loaded before.',
} as const);

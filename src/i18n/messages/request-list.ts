import { prefixed } from './prefixed.js';

/** `<access-request-list>`'s English messages (`requests.*`). */
export const requestListMessages = prefixed('requests.', {
  'title': 'Access requests',
  'loading': 'Loading access requests…',
  'noPermission': 'You do not have permission to approve or reject access requests.',

  'pending.heading': 'Waiting for a decision ({count})',
  'pending.empty': 'No pending requests',
  'decided.heading': 'Decided',
  'decided.empty': 'No request has been decided yet.',
  'shown': 'Showing {shown} of {total}.',
  'more': 'Show more',
  'loadingMore': 'Loading more…',

  'kind.support': 'Support engineer',
  'kind.maintainer': 'Maintainer',
  'reason': 'Reason',
  'ticket': 'Ticket',
  'requestedAt': 'Requested',
  'when': '{date} ({relative})',

  'approvals': '{count} of {required} approvals',
  'approvedBy': 'Approved by {name} on {date}',
  'youApproved': 'You approved; waiting for a second person.',

  'approve': 'Approve',
  'approve.label': 'Approve {name}',
  'approving': 'Approving…',
  'error.alreadyOn': 'Support access is already on: revoke it first, then approve this request.',
  'reject': 'Reject',
  'reject.label': 'Reject {name}',
  'rejecting': 'Rejecting…',
  'note.toggle': 'Add a note',
  'note.toggle.label': 'Add a note for {name}',
  'note.label': 'Note (optional)',
  'note.hint': 'Sent with your approval or rejection, and kept with the request.',

  'decision': 'Decision',
  'decidedAt': 'Decided',
  'note': 'Note',
  'status.approved': 'Approved',
  'status.rejected': 'Rejected',
  'status.expired': 'Expired without a decision',
  'status.withdrawn': 'Withdrawn',
  'status.pending': 'Pending',
  'decidedBy': '{status} by {name}',
  // After a decision that failed because the request was decided meanwhile: {outcome} is how it ended.
  'ended': 'How it ended: {outcome}.',

  'announce.approved': 'Approved the request from {name}.',
  'announce.firstApproval': 'You approved the request from {name}. A second person must approve it too.',
  'announce.rejected': 'Rejected the request from {name}.',
  'announce.more.one': '{count} more request shown, {shown} so far.',
  'announce.more.other': '{count} more requests shown, {shown} so far.',
} as const);

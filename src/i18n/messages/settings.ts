import { prefixed } from './prefixed.js';

/** `<support-access-settings>`'s English messages (`settings.*`). */
export const settingsMessages = prefixed('settings.', {
  'title': 'Support access policy',
  'loading': 'Loading the policy…',
  'intro': 'Decide how the support team gets in: who may let them in, for how long, and what they must state.',
  'staleState': 'Showing the last known policy.',
  'readOnly.provider': 'Your provider manages support access, so this policy cannot be changed here.',
  'readOnly.unavailable': 'Support access is not available to this organization, so this policy cannot be changed here.',
  'readOnly.permission': 'You can see this policy, but you do not have permission to change it.',

  'group.who': 'Who decides',
  'group.durations': 'How long',
  'group.extension': 'Extending and expiry',
  'group.enabling': 'When enabling',

  'whoCanEnable': 'Who may enable support access',
  'whoCanEnable.admins': 'Admins',
  'whoCanEnable.all-users': 'All users',
  'requireApproval': 'Support must request access and wait for approval',
  'approvalsRequired': 'Approvals needed',
  'approvalsRequired.1': 'One person',
  'approvalsRequired.2': 'Two different people',

  'durations': 'Durations offered',
  'defaultDuration': 'Default duration',
  'notOffered': '{duration} (not offered)',
  'maxTotalDuration': 'Maximum in total, extensions included',
  'noMaximum': 'No maximum',

  'extension': 'Extensions',
  'extension.none': 'Not allowed',
  'extension.prolong': 'Prolong by a fixed step',
  'extension.choose': 'The person chooses how long',
  'extensionStep': 'Each extension adds',
  'noStep': 'Choose a step',
  'expiryWarning': 'Warn before access ends',
  'noWarning': 'No warning',

  'requireReason': 'Ask for a reason',
  'requireTicket': 'Ask for a ticket reference',
  'accessLevels': 'Access levels offered',

  'value.yes': 'Yes',
  'value.no': 'No',
  'value.none': 'None',

  'save': 'Save changes',
  'saving': 'Saving…',
  'discard': 'Discard changes',
  'saved': 'Policy saved.',

  'error.default-not-offered': 'Choose a default that is one of the offered durations.',
  'error.cap-below-longest-offer': 'The maximum must be at least the longest offered duration ({duration}).',
  'error.step-required': 'Choose how much each extension adds.',
  'error.duplicate-duration': 'Two of the offered durations are the same length of time. Offer each length once.',
  'error.durations-required': 'Offer at least one duration.',
  'error.accessLevels-required': 'Offer at least one access level.',

  ...prefixed('conflict.', {
    'title': 'Someone else changed the policy while you were editing.',
    'body':
      'The form shows their version with your changes on top; each changed field compares them. Keep your changes to save them over the new version, or discard yours.',
    'compare': 'Now: {theirs} · Yours: {yours}',
    'theirs': 'Changed by someone else: it was {was}.',
    'keep': 'Keep my changes',
    'discard': 'Discard mine',
  }),
} as const);

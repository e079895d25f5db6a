/** `<support-access-settings>`'s English messages (`settings.*`). */
export const settingsMessages = {
  'settings.title': 'Support access policy',
  'settings.loading': 'Loading the policy…',
  'settings.intro': 'Decide how the support team gets in: who may let them in, for how long, and what they must state.',
  'settings.staleState': 'Showing the last known policy.',
  'settings.readOnly.provider': 'Your provider manages support access, so this policy cannot be changed here.',
  'settings.readOnly.unavailable': 'Support access is not available to this organization, so this policy cannot be changed here.',
  'settings.readOnly.permission': 'You can see this policy, but you do not have permission to change it.',

  'settings.group.who': 'Who decides',
  'settings.group.durations': 'How long',
  'settings.group.extension': 'Extending and expiry',
  'settings.group.enabling': 'When enabling',

  'settings.whoCanEnable': 'Who may enable support access',
  'settings.whoCanEnable.admins': 'Admins',
  'settings.whoCanEnable.all-users': 'All users',
  'settings.requireApproval': 'Support must request access and wait for approval',
  'settings.approvalsRequired': 'Approvals needed',
  'settings.approvalsRequired.1': 'One person',
  'settings.approvalsRequired.2': 'Two different people',

  'settings.durations': 'Durations offered',
  'settings.defaultDuration': 'Default duration',
  'settings.notOffered': '{duration} (not offered)',
  'settings.maxTotalDuration': 'Maximum in total, extensions included',
  'settings.noMaximum': 'No maximum',

  'settings.extension': 'Extensions',
  'settings.extension.none': 'Not allowed',
  'settings.extension.prolong': 'Prolong by a fixed step',
  'settings.extension.choose': 'The person chooses how long',
  'settings.extensionStep': 'Each extension adds',
  'settings.noStep': 'Choose a step',
  'settings.expiryWarning': 'Warn before access ends',
  'settings.noWarning': 'No warning',

  'settings.requireReason': 'Ask for a reason',
  'settings.requireTicket': 'Ask for a ticket reference',
  'settings.accessLevels': 'Access levels offered',

  'settings.value.yes': 'Yes',
  'settings.value.no': 'No',
  'settings.value.none': 'None',

  'settings.save': 'Save changes',
  'settings.saving': 'Saving…',
  'settings.discard': 'Discard changes',
  'settings.saved': 'Policy saved.',

  'settings.error.default-not-offered': 'Choose a default that is one of the offered durations.',
  'settings.error.cap-below-longest-offer': 'The maximum must be at least the longest offered duration ({duration}).',
  'settings.error.step-required': 'Choose how much each extension adds.',
  'settings.error.duplicate-duration': 'Two of the offered durations are the same length of time. Offer each length once.',
  'settings.error.durations-required': 'Offer at least one duration.',
  'settings.error.accessLevels-required': 'Offer at least one access level.',

  'settings.conflict.title': 'Someone else changed the policy while you were editing.',
  'settings.conflict.body':
    'The form shows their version with your changes on top; each changed field compares them. Keep your changes to save them over the new version, or discard yours.',
  'settings.conflict.compare': 'Now: {theirs} · Yours: {yours}',
  'settings.conflict.theirs': 'Changed by someone else: it was {was}.',
  'settings.conflict.keep': 'Keep my changes',
  'settings.conflict.discard': 'Discard mine',
} as const;

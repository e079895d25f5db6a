/** `<support-user-badge>`'s English messages (`badge.*`). */
export const userBadgeMessages = {} as const;

/** `<support-session-list>`'s English messages (`sessions.*`). */
export const sessionListMessages = {} as const;

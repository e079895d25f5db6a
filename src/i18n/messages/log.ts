/** `<support-access-log>`'s English messages (`log.*`). */
export const logMessages = {} as const;

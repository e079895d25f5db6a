/** `<support-access-settings>`'s English messages (`settings.*`). */
export const settingsMessages = {} as const;

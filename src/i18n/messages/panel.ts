/** `<support-access-panel>`'s English messages (`panel.*`). */
export const panelMessages = {} as const;

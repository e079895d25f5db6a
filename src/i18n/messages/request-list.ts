/** `<access-request-list>`'s English messages (`requests.*`). */
export const requestListMessages = {} as const;

/** `<revoke-access-dialog>`'s English messages (`dialog.*`). */
export const revokeDialogMessages = {} as const;

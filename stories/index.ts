/**
 * Every story module, by file name. Storybook loads exactly these (and refuses to start when a
 * `*.stories.ts` file is missing here), and the story tests render every story of each of them.
 */
export const STORY_MODULES = [
  'support-access-provider',
  'support-access-panel',
  'revoke-access-dialog',
  'access-request-list',
  'support-access-settings',
  'support-session-list',
  'support-user-badge',
  'support-access-log',
  'host-themes',
] as const;

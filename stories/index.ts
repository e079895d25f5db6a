/** Every element of the package, in the order a reader meets them (the README's reference too). */
export const ELEMENT_TAGS = [
  'support-access-provider',
  'support-access-panel',
  'revoke-access-dialog',
  'access-request-list',
  'support-access-settings',
  'support-session-list',
  'support-user-badge',
  'support-access-log',
] as const;

/**
 * Every story module, by file name. Storybook loads exactly these (and refuses to start when a
 * `*.stories.ts` file is missing here), and the story tests render every story of each of them.
 */
export const STORY_MODULES = [...ELEMENT_TAGS, 'host-themes'] as const;

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { STORY_MODULES } from '../stories/index.ts';

// The story tests render the modules listed in stories/index.ts: a story file that is not listed
// there would escape them, so Storybook refuses to show it.
const storiesDir = fileURLToPath(new URL('../stories/', import.meta.url));
const unlisted = readdirSync(storiesDir)
  .filter((file) => file.endsWith('.stories.ts'))
  .map((file) => file.replace(/\.stories\.ts$/, ''))
  .filter((name) => !(STORY_MODULES as readonly string[]).includes(name));
if (unlisted.length) throw new Error(`List these story modules in stories/index.ts: ${unlisted.join(', ')}`);

/**
 * Storybook for the elements: every story is served by the package's own MSW handlers, and the docs
 * pages are read from the custom elements manifest (`dist/custom-elements.json`, made by `cem analyze`).
 */
const config: StorybookConfig = {
  // Its own Vite settings: the project's vite.config.ts serves the demo and builds the library.
  framework: { name: '@storybook/web-components-vite', options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } } },
  stories: STORY_MODULES.map((name) => `../stories/${name}.stories.ts`),
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The worker comes from the installed msw, so it can never drift from the library's version. It is
  // served at the root: a worker's scope is where it is served from.
  staticDirs: [{ from: '../node_modules/msw/lib/mockServiceWorker.js', to: '/mockServiceWorker.js' }],
};

export default config;

import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
// Made by `cem analyze` (the storybook scripts run it first): the docs pages come from it.
import manifest from '../dist/custom-elements.json';
import { en, registerTranslations } from '../src/i18n/index.js';
import { PSEUDO_LOCALE, pseudoCatalog } from '../stories/pseudo-locale.js';
import { publicManifest } from '../stories/public-manifest.js';
import { installHostThemes } from '../stories/themes.js';

// Only what a host can use: no private state on the docs pages, each with a control.
setCustomElementsManifest(publicManifest(manifest));
registerTranslations(PSEUDO_LOCALE, pseudoCatalog(en));

/** The host page around every story: its direction, language, colour scheme and theme come from the toolbar. */
const host: Decorator = (story, context) => {
  installHostThemes();
  const { dir = 'ltr', scheme = 'light', theme = 'plain' } = context.globals as Record<string, string>;
  return html`<div class="sa-host" dir=${dir} data-scheme=${scheme} data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  decorators: [host],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Each story in its own frame on a docs page: the mock server's handlers belong to a page, and
    // every story on the page would otherwise be served by the last one's organization.
    docs: { story: { inline: false, height: '520px' } },
  },
  globalTypes: {
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: PSEUDO_LOCALE, title: 'Pseudo-locale (⟦…⟧ marks translated text)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host theme: what the host page sets on the elements',
      toolbar: {
        title: 'Host theme',
        icon: 'paintbrush',
        items: [
          { value: 'plain', title: 'Plain host' },
          { value: 'dark', title: 'Dark host' },
          { value: 'branded', title: 'Branded host' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { dir: 'ltr', locale: 'en', scheme: 'light', theme: 'plain' },
};

export default preview;

import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import { localeOf, mocked, plumbing, provided, TICKET_URL, TIME_ZONE, type Story, type StoryArgs } from './support.js';
import { HOST_THEME_NAMES, HOST_THEMES, installHostThemes } from './themes.js';

/**
 * The same elements in three host pages: a plain one, a dark one and a branded one. Each sets only
 * its own colours, font and `color-scheme`, and the public `--support-access-*` custom properties.
 */
const meta: Meta<StoryArgs> = {
  title: 'Theming/Host themes',
  argTypes: plumbing,
  parameters: {
    layout: 'fullscreen',
    // The same panel and request list three times on one page, by design: their landmarks share names.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: (args, context) => {
    installHostThemes();
    const locale = ifDefined(localeOf(args, context));
    return html`<div class="sa-themes">
      ${HOST_THEMES.map(
        (theme) =>
          html`<section class="sa-host" data-theme=${theme} aria-label=${HOST_THEME_NAMES[theme]}>
            <p class="sa-host-name">${HOST_THEME_NAMES[theme]}</p>
            ${provided(
              args,
              html`<support-access-panel locale=${locale} time-zone=${TIME_ZONE} ticket-url=${TICKET_URL} heading-level="3"></support-access-panel>
                <access-request-list locale=${locale} time-zone=${TIME_ZONE} ticket-url=${TICKET_URL} heading-level="3"></access-request-list>`,
            )}
          </section>`,
      )}
    </div>`;
  },
};
export default meta;

export const HostThemes: Story = mocked('two-person', {
  description: 'A second admin must approve; the panel and the request list in three host themes.',
});

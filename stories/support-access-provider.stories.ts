import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-session-list/define.js';
import { localeOf, mocked, plumbing, tallFrame, provided, TICKET_URL, TIME_ZONE, type Story, type StoryArgs } from './support.js';

/** One provider shares one client and one state with the panel, the request list and the session list. */
const meta: Meta<StoryArgs> = {
  title: 'Elements/Provider',
  component: 'support-access-provider',
  argTypes: plumbing,
  parameters: tallFrame,
  render: (args, context) => {
    const locale = ifDefined(localeOf(args, context));
    return provided(
      args,
      html`<div style="display: grid; gap: 1rem;">
        <support-access-panel locale=${locale} time-zone=${TIME_ZONE} ticket-url=${TICKET_URL}></support-access-panel>
        <access-request-list locale=${locale} time-zone=${TIME_ZONE} ticket-url=${TICKET_URL}></access-request-list>
        <support-session-list locale=${locale} time-zone=${TIME_ZONE}></support-session-list>
      </div>`,
    );
  },
};
export default meta;

export const Carto: Story = mocked('carto');
export const Cumulocity: Story = mocked('cumulocity');
export const Segment: Story = mocked('segment');
export const Keboola: Story = mocked('keboola');
export const Loading: Story = mocked('keboola', { fault: 'loading' });
export const ServerError: Story = mocked('keboola', { fault: 'error' });

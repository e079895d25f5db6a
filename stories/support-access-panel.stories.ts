import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import { localeOf, mocked, plumbing, provided, TICKET_URL, TIME_ZONE, type Story, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/Panel',
  component: 'support-access-panel',
  argTypes: plumbing,
  render: (args, context) =>
    provided(
      args,
      html`<support-access-panel
        locale=${ifDefined(localeOf(args, context))}
        time-zone=${TIME_ZONE}
        ticket-url=${TICKET_URL}
      ></support-access-panel>`,
    ),
};
export default meta;

export const Carto: Story = mocked('carto');
export const Cumulocity: Story = mocked('cumulocity');
export const Segment: Story = mocked('segment');
export const Keboola: Story = mocked('keboola');
export const ExpiringSoon: Story = mocked('expiring-soon');
export const AlwaysOn: Story = mocked('always-on');
export const Unavailable: Story = mocked('unavailable');
export const ViewOnly: Story = mocked('viewer');
export const Loading: Story = mocked('carto', { fault: 'loading' });
export const ServerError: Story = mocked('carto', { fault: 'error' });
export const SignedOut: Story = mocked('carto', { fault: 'signed-out', operation: 'getState' });
export const NoPermission: Story = mocked('carto', { fault: 'forbidden', operation: 'getState' });
export const German: Story = { ...mocked('expiring-soon'), args: { locale: 'de' } };

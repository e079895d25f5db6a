import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-access-settings/define.js';
import { localeOf, mocked, plumbing, provided, TIME_ZONE, type Story, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/Settings',
  component: 'support-access-settings',
  argTypes: plumbing,
  render: (args, context) =>
    provided(
      args,
      html`<support-access-settings locale=${ifDefined(localeOf(args, context))} time-zone=${TIME_ZONE}></support-access-settings>`,
    ),
};
export default meta;

export const Carto: Story = mocked('carto');
export const Cumulocity: Story = mocked('cumulocity');
export const Segment: Story = mocked('segment');
export const Keboola: Story = mocked('keboola');
export const AlwaysOn: Story = mocked('always-on');
export const Unavailable: Story = mocked('unavailable');
export const ViewOnly: Story = mocked('viewer');
export const Loading: Story = mocked('carto', { fault: 'loading' });
export const ServerError: Story = mocked('carto', { fault: 'error' });

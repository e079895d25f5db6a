import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-session-list/define.js';
import { localeOf, mocked, plumbing, provided, TIME_ZONE, type Story, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/Session list',
  component: 'support-session-list',
  argTypes: plumbing,
  render: (args, context) =>
    provided(
      args,
      html`<support-session-list locale=${ifDefined(localeOf(args, context))} time-zone=${TIME_ZONE}></support-session-list>`,
    ),
};
export default meta;

export const Cumulocity: Story = mocked('cumulocity');
export const AlwaysOn: Story = mocked('always-on');
export const Segment: Story = mocked('segment');
export const ViewOnly: Story = mocked('viewer');
export const Empty: Story = mocked('empty');
export const Loading: Story = mocked('cumulocity', { fault: 'loading' });
export const ServerError: Story = mocked('cumulocity', { fault: 'error' });

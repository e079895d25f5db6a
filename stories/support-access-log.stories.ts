import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/support-access-log/define.js';
import '../src/elements/support-access-provider/define.js';
import { localeOf, mocked, plumbing, tallFrame, provided, TICKET_URL, TIME_ZONE, type Story, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/Audit log',
  component: 'support-access-log',
  argTypes: plumbing,
  parameters: tallFrame,
  render: (args, context) =>
    provided(
      args,
      html`<support-access-log
        locale=${ifDefined(localeOf(args, context))}
        time-zone=${TIME_ZONE}
        ticket-url=${TICKET_URL}
        grant=${ifDefined(args.grant)}
        types=${ifDefined(args.types)}
      ></support-access-log>`,
    ),
};
export default meta;

export const Carto: Story = mocked('carto');
export const Cumulocity: Story = mocked('cumulocity');
export const Segment: Story = mocked('segment');
export const Keboola: Story = mocked('keboola');
export const TwoPersonPending: Story = mocked('two-person');
export const AlwaysOn: Story = mocked('always-on');
export const Busy: Story = mocked('busy');
export const ViewOnly: Story = mocked('viewer');
export const Empty: Story = mocked('empty');
export const Loading: Story = mocked('carto', { fault: 'loading' });
export const ServerError: Story = mocked('carto', { fault: 'error' });
/** One grant's timeline: granted, what support did, how it ended, who took the assets over. */
export const GrantTimeline: Story = { ...mocked('carto'), args: { grant: 'grant-1' } };
/** Opened on a filter, as a deep link does: only what support did. */
export const SupportActivity: Story = { ...mocked('segment'), args: { types: 'support.login,support.action' } };

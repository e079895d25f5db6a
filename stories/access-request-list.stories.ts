import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/access-request-list/define.js';
import '../src/elements/support-access-provider/define.js';
import { localeOf, mocked, plumbing, tallFrame, provided, TICKET_URL, TIME_ZONE, type Story, type StoryArgs } from './support.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/Request list',
  component: 'access-request-list',
  argTypes: plumbing,
  parameters: tallFrame,
  render: (args, context) =>
    provided(
      args,
      html`<access-request-list
        locale=${ifDefined(localeOf(args, context))}
        time-zone=${TIME_ZONE}
        ticket-url=${TICKET_URL}
      ></access-request-list>`,
    ),
};
export default meta;

export const Keboola: Story = mocked('keboola');
export const TwoPersonPending: Story = mocked('two-person');
export const Busy: Story = mocked('busy');
export const ViewOnly: Story = mocked('viewer');
export const Empty: Story = mocked('empty');
export const Loading: Story = mocked('keboola', { fault: 'loading' });
export const ServerError: Story = mocked('keboola', { fault: 'error' });
export const German: Story = { ...mocked('two-person'), args: { locale: 'de' } };

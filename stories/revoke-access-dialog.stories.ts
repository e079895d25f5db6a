import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/revoke-access-dialog/define.js';
import '../src/elements/support-access-provider/define.js';
import { localeOf, mocked, tallFrame, plumbing, provided, TIME_ZONE, type Story, type StoryArgs } from './support.js';

/** The dialog opened on the organization's current grant, as the panel's Revoke access button opens it. */
const meta: Meta<StoryArgs> = {
  title: 'Elements/Revoke dialog',
  component: 'revoke-access-dialog',
  argTypes: plumbing,
  parameters: tallFrame,
  render: (args, context) =>
    provided(
      args,
      html`<revoke-access-dialog open locale=${ifDefined(localeOf(args, context))} time-zone=${TIME_ZONE}></revoke-access-dialog>`,
    ),
};
export default meta;

export const CartoWithAssets: Story = mocked('expiring-soon', {
  description: 'CARTO: support created a map, so the admin picks who takes it over.',
});
export const Cumulocity: Story = mocked('cumulocity');
export const Segment: Story = mocked('segment');
export const ViewOnly: Story = mocked('viewer');
export const LoadingUsers: Story = mocked('expiring-soon', {
  fault: 'loading',
  operation: 'listInheritors',
  description: 'The list of users who can take the assets over has not arrived yet.',
});
export const ServerError: Story = mocked('expiring-soon', {
  fault: 'error',
  operation: 'listInheritors',
  description: 'Loading the users who can take the assets over fails with 500.',
});

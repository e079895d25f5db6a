import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/support-user-badge/define.js';
import { localeOf, NOW, organization, TIME_ZONE, type Story, type StoryArgs } from './support.js';

interface BadgeArgs extends StoryArgs {
  /** The member's name, as the host's member list shows it. */
  member: string;
  kind: 'support' | 'maintainer';
  /** Milliseconds from now to the end of the account's access; none for an account without an end. */
  expiresIn?: number;
}

/**
 * The mock organization stands still at a fixed moment, while the badge compares the expiry with
 * the browser's clock: the expiry is carried over as the same distance from now.
 */
const fromNow = (at: string) => Date.parse(at) - Date.parse(NOW);

/** The support account of the organization's current grant. */
function grantedAccount() {
  const grant = organization('expiring-soon').getState().grant!;
  return { member: grant.supportAccount.displayName, expiresIn: fromNow(grant.expiresAt) };
}

/** Who from support last signed in, and when their access ended (if it has an end). */
function lastSupportLogin(scenario: 'carto' | 'always-on') {
  const org = organization(scenario);
  const login = org.listEvents({ type: ['support.login'], limit: 1 }).items[0];
  const expired = org.listEvents({ type: ['access.expired'], limit: 1 }).items[0];
  return { member: login.actor.displayName, expiresIn: expired ? fromNow(expired.at) : undefined };
}

function maintainer() {
  const request = organization('keboola')
    .listRequests({ status: 'pending', limit: 50 })
    .items.find((candidate) => candidate.requester.kind === 'maintainer')!;
  return { member: request.requester.displayName };
}

/** A host's member list, with the badge next to the support account's name. */
const meta: Meta<BadgeArgs> = {
  title: 'Elements/User badge',
  component: 'support-user-badge',
  argTypes: {
    kind: { control: 'inline-radio', options: ['support', 'maintainer'] },
    expiresIn: { control: 'number' },
  },
  render: (args, context) => {
    const expires = args.expiresIn === undefined ? undefined : new Date(Date.now() + args.expiresIn).toISOString();
    return html`<ul aria-label="Members" style="list-style: none; padding: 0; margin: 0;">
      <li style="display: flex; gap: 0.5rem; align-items: center;">
        <span>${args.member}</span>
        <support-user-badge
          kind=${args.kind}
          expires=${ifDefined(expires)}
          locale=${ifDefined(localeOf(args, context))}
          time-zone=${TIME_ZONE}
        ></support-user-badge>
      </li>
    </ul>`;
  },
};
export default meta;

type BadgeStory = Story & { args: BadgeArgs };

export const SupportUntil: BadgeStory = { args: { kind: 'support', ...grantedAccount() } };
export const SupportEnded: BadgeStory = { args: { kind: 'support', ...lastSupportLogin('carto') } };
export const SupportAlwaysOn: BadgeStory = { args: { kind: 'support', ...lastSupportLogin('always-on') } };
export const Maintainer: BadgeStory = { args: { kind: 'maintainer', ...maintainer() } };

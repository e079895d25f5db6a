/** @jsxImportSource react */
// Every element in React 19 JSX, with the props, attributes and event handlers the generated types
// allow, and the mistakes they must refuse (each `@ts-expect-error` fails the build if it stops
// being an error, so the types cannot quietly turn into `any`).
import type {} from 'support-access-elements/jsx-react';
import { createSupportAccessClient, type Grant, type Policy, type SupportAccessClient } from 'support-access-elements';
import { createRef } from 'react';
import type { SupportAccessPanel } from 'support-access-elements/support-access-panel';

const client: SupportAccessClient = createSupportAccessClient({ baseUrl: '/api/orgs/42/support-access' });
const panelRef = createRef<SupportAccessPanel>();
const seen: string[] = [];

export const console = (
  <support-access-provider base-url="/api/orgs/42/support-access" refreshInterval={60_000} onsa-change={(event) => seen.push(event.detail.state.status)}>
    <support-access-panel
      ref={panelRef}
      className="panel"
      heading-level={3}
      ticket-url="https://support.example.com/tickets/{ticket}"
      onsa-grant={(event) => {
        if (event.detail.request.duration === 'P30D') event.preventDefault();
      }}
      onsa-granted={(event) => {
        const grant: Grant = event.detail.grant;
        seen.push(grant.id);
      }}
      onsa-error={(event) => seen.push(event.detail.operation, event.detail.error.message)}
    />
    <access-request-list ticketUrl="https://support.example.com/{ticket}" onsa-requests-change={(event) => seen.push(String(event.detail.pending))} />
    <support-session-list client={client} locale="de" time-zone="Europe/Berlin" onsa-session-ended={(event) => seen.push(event.detail.session.id)} />
    <support-access-settings
      onsa-policy-saved={(event) => {
        const policy: Policy = event.detail.policy;
        seen.push(policy.whoCanEnable);
      }}
    />
    <support-access-log types="access.granted,access.revoked" from="2026-01-01" headingLevel={2} />
    <revoke-access-dialog open onsa-revoked={(event) => seen.push(event.detail.grant.id)} />
    <support-user-badge kind="maintainer" expires="2026-03-11T09:00:00Z" />
  </support-access-provider>
);

export const mistakes = (
  <>
    {/* @ts-expect-error heading-level is a number */}
    <support-access-panel heading-level={{ level: 3 }} />
    {/* @ts-expect-error refreshInterval is a number, not a string */}
    <support-access-provider refreshInterval="soon" />
    {/* @ts-expect-error a badge is "support" or "maintainer" */}
    <support-user-badge kind="admin" />
    {/* @ts-expect-error client takes a client object, not a URL */}
    <support-session-list client="/api" />
    {/* @ts-expect-error sa-granted's detail holds a grant, not a policy */}
    <support-access-panel onsa-granted={(event) => seen.push(event.detail.policy.whoCanEnable)} />
    {/* @ts-expect-error a handler for another event's detail is refused */}
    <access-request-list onsa-approve={(event: CustomEvent<{ grant: Grant }>) => seen.push(event.detail.grant.id)} />
  </>
);

// The global event map types listeners a host adds itself.
const panel = document.querySelector('support-access-panel')!;
panel.addEventListener('sa-extended', (event) => seen.push(event.detail.grant.expiresAt));
// @ts-expect-error sa-extended has no `request` in its detail
panel.addEventListener('sa-extended', (event) => seen.push(event.detail.request));

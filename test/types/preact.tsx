/** @jsxImportSource preact */
// Every element in Preact JSX, with the props, attributes and event handlers the generated types
// allow, and the mistakes they must refuse (each `@ts-expect-error` fails the build if it stops
// being an error, so the types cannot quietly turn into `any`).
import type {} from 'support-access-elements/jsx-preact';
import { createSupportAccessClient, type Grant, type SupportAccessClient } from 'support-access-elements';
import { createRef } from 'preact';
import type { SupportAccessLog } from 'support-access-elements/support-access-log';

const client: SupportAccessClient = createSupportAccessClient({ baseUrl: '/api/orgs/42/support-access' });
const logRef = createRef<SupportAccessLog>();
const seen: string[] = [];

export const console = (
  <support-access-provider client={client} onsa-unauthenticated={() => seen.push('sign in again')}>
    <support-access-panel
      class="panel"
      headingLevel={3}
      onsa-extend={(event) => {
        if (event.detail.duration === 'P30D') event.preventDefault();
      }}
      onsa-revoked={(event) => {
        const grant: Grant = event.detail.grant;
        seen.push(grant.id);
      }}
    />
    <access-request-list onsa-rejected={(event) => seen.push(event.detail.request.id)} />
    <support-session-list onsa-session-end={(event) => seen.push(event.detail.sessionId)} />
    <support-access-settings onsa-policy-save={(event) => seen.push(Object.keys(event.detail.patch).join())} />
    <support-access-log ref={logRef} grant="g-1" refresh-interval={30_000} onsa-error={(event) => seen.push(event.detail.operation)} />
    <revoke-access-dialog onsa-revoke={(event) => seen.push(event.detail.grantId)} />
    <support-user-badge kind="support" expires={new Date()} locale="de" />
  </support-access-provider>
);

export const mistakes = (
  <>
    {/* @ts-expect-error heading-level is a number */}
    <support-access-settings heading-level={{ level: 3 }} />
    {/* @ts-expect-error a badge is "support" or "maintainer" */}
    <support-user-badge kind="admin" />
    {/* @ts-expect-error the log's grant filter is an id, not a number */}
    <support-access-log grant={42} />
    {/* @ts-expect-error sa-session-ended's detail holds the session, not a grant */}
    <support-session-list onsa-session-ended={(event) => seen.push(event.detail.grant.id)} />
    {/* @ts-expect-error a handler for another event's detail is refused */}
    <support-access-panel onsa-grant={(event: CustomEvent<{ grant: Grant }>) => seen.push(event.detail.grant.id)} />
  </>
);

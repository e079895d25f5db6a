import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createSupportAccessClient } from 'support-access-elements';
import 'support-access-elements/support-access-provider';
import 'support-access-elements/support-access-panel';

// React 19 sets props on custom elements as properties (objects too), and `on<event>` listens.
const client = createSupportAccessClient({
  baseUrl: '/api/orgs/42/support-access',
  headers: { 'X-Requested-With': 'react' },
});

function SupportAccessSettings() {
  const [notice, setNotice] = useState('');
  return (
    <>
      <support-access-provider client={client}>
        <support-access-panel
          locale="en-US"
          timeZone="Europe/Berlin"
          onsa-granted={(event) => setNotice(`Support access granted until ${event.detail.grant.expiresAt}`)}
        />
      </support-access-provider>
      <p role="status">{notice}</p>
    </>
  );
}

createRoot(document.getElementById('support-access')!).render(<SupportAccessSettings />);

import { createSupportAccessClient } from 'support-access-elements';

/** One client for the host's backend, configured once and handed to the provider's `client` property. */
export function supportAccessClient(accessToken: () => Promise<string>, apiFetch: typeof fetch = fetch) {
  return createSupportAccessClient({
    baseUrl: 'https://admin.example.com/api/orgs/42/support-access',
    // The host's own method and path for an operation; the others keep the contract's.
    endpoints: { revoke: 'DELETE /grants/:id', listEvents: '/audit-log' },
    // Asked before every request, so a refreshed token is used.
    headers: async () => ({ Authorization: `Bearer ${await accessToken()}` }),
    credentials: 'include',
    // The host's own HTTP layer (tracing, CSRF, a proxy…).
    fetch: apiFetch,
    // This backend wraps its session list in `{ data }`: unwrap it before it is validated.
    adapters: { listSessions: (json) => (json as { data: unknown }).data },
    timeout: 10_000, // ms
    retries: 3, // GETs only
  });
}

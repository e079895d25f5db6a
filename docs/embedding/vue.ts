import { createApp, ref } from 'vue'; // the full build, with the template compiler
import { createSupportAccessClient } from 'support-access-elements';
import 'support-access-elements/support-access-provider';
import 'support-access-elements/support-access-panel';

const app = createApp({
  setup() {
    // Kept out of ref(): a reactive proxy would hide the client's private fields.
    const client = createSupportAccessClient({
      baseUrl: '/api/orgs/42/support-access',
      headers: { 'X-Requested-With': 'vue' },
    });
    const notice = ref('');
    const onGranted = (event: HTMLElementEventMap['sa-granted']) => {
      notice.value = `Support access granted until ${event.detail.grant.expiresAt}`;
    };
    return { client, notice, onGranted };
  },
  template: `
    <support-access-provider :client="client">
      <support-access-panel locale="en-US" time-zone="Europe/Berlin" @sa-granted="onGranted"></support-access-panel>
    </support-access-provider>
    <p role="status">{{ notice }}</p>`,
});
// Tell Vue these are custom elements, not Vue components (in an SFC build: the plugin's compilerOptions).
app.config.compilerOptions.isCustomElement = (tag) =>
  tag.startsWith('support-') || tag === 'access-request-list' || tag === 'revoke-access-dialog';
app.mount('#support-access');

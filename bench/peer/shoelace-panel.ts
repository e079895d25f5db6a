/**
 * The size comparison's peer: the enable/revoke part of `<support-access-panel>` as a host would
 * assemble it from Shoelace 2 components instead (dialog, select, checkbox, button, relative time,
 * formatted date). It is deliberately thin: it loads the state, offers the durations, asks for the
 * confirmation, shows the expiry and revokes after picking who inherits. It validates no response,
 * speaks only English and handles no failure, so it understates what the same panel would cost.
 */
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/format-date/format-date.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/relative-time/relative-time.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import { css, html, LitElement, nothing } from 'lit';

interface PeerState {
  status: 'off' | 'on';
  grant?: { id: string; expiresAt: string };
  policy: { durations: string[]; defaultDuration: string };
}

export class ShoelaceSupportPanel extends LitElement {
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    data: { state: true },
    duration: { state: true },
    confirmed: { state: true },
    inheritors: { state: true },
    inheritor: { state: true },
    revoking: { state: true },
  };
  static override styles = css`
    :host { display: block; }
    form, .on { display: grid; gap: 0.75rem; }
  `;

  baseUrl = '/api/support-access';
  data?: PeerState;
  duration = '';
  confirmed = false;
  inheritors: { id: string; displayName: string }[] = [];
  inheritor = '';
  revoking = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load() {
    this.data = (await (await fetch(this.baseUrl)).json()) as PeerState;
    this.duration = this.data.policy.defaultDuration;
  }

  async enable(event: Event) {
    event.preventDefault();
    await fetch(`${this.baseUrl}/grants`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ duration: this.duration, accessLevel: 'admin', confirmed: true }),
    });
    await this.load();
  }

  async openRevoke() {
    this.inheritors = ((await (await fetch(`${this.baseUrl}/inheritors`)).json()) as { items: { id: string; displayName: string }[] }).items;
    this.revoking = true;
  }

  async revoke() {
    await fetch(`${this.baseUrl}/grants/${this.data?.grant?.id}/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ inheritorId: this.inheritor }),
    });
    this.revoking = false;
    await this.load();
  }

  override render() {
    const data = this.data;
    if (!data) return html`<p>Loading…</p>`;
    if (data.status === 'on' && data.grant) {
      return html`<div class="on">
          <h2>Support access is on</h2>
          <p>
            Until <sl-format-date date=${data.grant.expiresAt} month="short" day="numeric" hour="numeric" minute="numeric"></sl-format-date>
            (<sl-relative-time date=${data.grant.expiresAt} sync></sl-relative-time>)
          </p>
          <sl-button variant="danger" @click=${this.openRevoke}>Revoke access</sl-button>
        </div>
        <sl-dialog label="Revoke support access" ?open=${this.revoking} @sl-after-hide=${() => (this.revoking = false)}>
          <sl-select label="Who receives the support account's items" .value=${this.inheritor} @sl-change=${(event: Event) => (this.inheritor = (event.target as HTMLSelectElement).value)}>
            ${this.inheritors.map((user) => html`<sl-option value=${user.id}>${user.displayName}</sl-option>`)}
          </sl-select>
          <sl-button slot="footer" variant="danger" ?disabled=${!this.inheritor} @click=${this.revoke}>Revoke</sl-button>
        </sl-dialog>`;
    }
    return html`<form @submit=${this.enable}>
      <h2>Support access is off</h2>
      <sl-select label="Duration" .value=${this.duration} @sl-change=${(event: Event) => (this.duration = (event.target as HTMLSelectElement).value)}>
        ${data.policy.durations.map((duration) => html`<sl-option value=${duration}>${duration}</sl-option>`)}
      </sl-select>
      <sl-checkbox .checked=${this.confirmed} @sl-change=${(event: Event) => (this.confirmed = (event.target as HTMLInputElement).checked)}>
        I allow the support team to sign in to this organization
      </sl-checkbox>
      ${this.confirmed ? nothing : html`<p>Confirm to enable access.</p>`}
      <sl-button type="submit" variant="primary" ?disabled=${!this.confirmed}>Enable support access</sl-button>
    </form>`;
  }
}

customElements.define('shoelace-support-panel', ShoelaceSupportPanel);

import { css, html, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { SupportAccessClient } from '../../client/client.js';
import { localeContext } from '../../i18n/context.js';
import { storeContext } from '../../state/context.js';
import { storeFor, type BuiltStore, type SupportAccessStore } from '../../state/store.js';
import { defineElement } from '../shared/define-element.js';
import { ContextSource } from './context-source.js';

/**
 * Hands one client and one shared state to every support access element inside it, so approving
 * a request or revoking access shows in all of them without the host wiring anything.
 *
 * @summary Shares one client and one state with the support access elements inside it.
 * @slot - The support access elements (anywhere below, also inside other shadow roots).
 * @fires sa-change - The shared state changed. `detail.state` is the new state.
 * @fires sa-expired - A grant reached its expiry. `detail.grant` is the grant that ended.
 * @fires sa-error - Loading the state failed. `detail.operation`, `detail.error`.
 * @fires sa-unauthenticated - The server answered 401: sign the user in again.
 * @tagname support-access-provider
 */
export class SupportAccessProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    client: { attribute: false },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    locale: {},
    timeZone: { attribute: 'time-zone' },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where the REST contract lives, e.g. `/api/orgs/42/support-access`. */
  baseUrl?: string;

  /** A configured client (endpoints, headers, fetch, adapters); wins over `base-url`. */
  client?: SupportAccessClient;

  /** Also refresh the state every this many milliseconds while the tab is visible; 0 never. */
  refreshInterval = 0;

  /** The language of the elements inside (each may set its own); by default the nearest `lang`. */
  locale?: string;

  /** The time zone the elements inside show dates in (each may set its own), e.g. `Europe/Berlin`. */
  timeZone?: string;

  #provider = new ContextSource(this, storeContext);
  #localeProvider = new ContextSource(this, localeContext);
  #built?: BuiltStore;

  /** The shared store, once `base-url` or `client` is set (at once, before the element updates). */
  get store(): SupportAccessStore | undefined {
    // `client` or `base-url` set a moment ago: the update that builds the store comes later.
    if (this.isUpdatePending) this.#sync();
    return this.#provider.value;
  }

  override connectedCallback(): void {
    // Before the children connect and ask for the store and their language.
    this.#sync();
    this.#syncLocale();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') || changed.has('client') || changed.has('refreshInterval')) this.#sync();
    if (changed.has('locale') || changed.has('timeZone')) this.#syncLocale();
  }

  #syncLocale() {
    const { locale, timeZone } = this;
    const current = this.#localeProvider.value;
    if (current?.locale !== locale || current?.timeZone !== timeZone) this.#localeProvider.setValue({ locale, timeZone });
  }

  #sync() {
    // Without a base URL or a client, the elements let go of the old backend: "not configured".
    const built = storeFor(this, this.#built);
    if (built !== this.#built) {
      // The store left behind (still used by an element it was handed to) tells this provider nothing more.
      if (this.#built) this.#built.store.host = undefined;
      this.#built = built;
      this.#provider.setValue(built?.store);
    }
    if (built) built.store.refreshInterval = this.refreshInterval;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `support-access-provider` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('support-access-provider', this, tag, registry);
  }
}

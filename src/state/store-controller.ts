import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportAccessClient } from '../client/client.js';
import { storeContext } from './context.js';
import { ProviderSubscription } from './late-provider.js';
import { storeFor, type BuiltStore, type SupportAccessStore } from './store.js';

/** What an element offers to work alone, without a provider. */
export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** A store handed over directly (an element nesting another passes its own). Wins over the rest. */
  store?: SupportAccessStore;
  baseUrl?: string;
  client?: SupportAccessClient;
  refreshInterval?: number;
}


/**
 * Gives an element its store: the provider's when it sits inside `<support-access-provider>`,
 * otherwise one of its own built from its `client` or `base-url`. Re-renders the element when the
 * store changes, and connects it to the store only while the element is connected.
 */
export class StoreController implements ReactiveController {
  readonly #host: StoreHost;
  #provided?: SupportAccessStore;
  #own?: BuiltStore;
  #connected?: SupportAccessStore;

  constructor(host: StoreHost) {
    this.#host = host;
    // Registered first, so the provider has answered before this controller decides.
    new ProviderSubscription(host, storeContext, this.#onProvided);
    host.addController(this);
  }

  /** The store this element uses now; undefined when it has neither a provider nor a base URL. */
  get store(): SupportAccessStore | undefined {
    return this.#host.store ?? this.#provided ?? this.#ownStore();
  }

  hostConnected(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    // A moved element asks again where it lands.
    this.#provided = undefined;
    this.#detach();
  }

  /** Call from `willUpdate` with its changed properties: acts when `store`, `client`, `baseUrl` or `refreshInterval` changed. */
  configure(changed: PropertyValues): void {
    if (!['store', 'client', 'baseUrl', 'refreshInterval'].some((name) => changed.has(name))) return;
    if (this.#own && this.#own.store.refreshInterval !== (this.#host.refreshInterval ?? 0)) {
      this.#own.store.refreshInterval = this.#host.refreshInterval ?? 0;
    }
    if (this.#host.isConnected) this.#attach();
  }

  #ownStore(): SupportAccessStore | undefined {
    this.#own = storeFor(this.#host, this.#own, { refreshInterval: this.#host.refreshInterval });
    return this.#own?.store;
  }

  #attach() {
    const store = this.store;
    if (store === this.#connected) return;
    this.#detach();
    if (!store || !this.#host.isConnected) return;
    this.#connected = store;
    store.addEventListener('change', this.#onChange);
    store.connect();
    this.#host.requestUpdate();
  }

  #detach() {
    if (!this.#connected) return;
    this.#connected.removeEventListener('change', this.#onChange);
    this.#connected.disconnect();
    this.#connected = undefined;
  }

  #onChange = () => this.#host.requestUpdate();

  #onProvided = (store: SupportAccessStore | undefined) => {
    this.#provided = store;
    this.#attach();
  };
}

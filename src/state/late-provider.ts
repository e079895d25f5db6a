import { ContextEvent, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The provider's tag: an element waits for it to be defined when one sits above it undefined. */
const PROVIDER_TAG = 'support-access-provider';

/** Whether a `<support-access-provider>` not defined yet sits above `element`, crossing shadow roots. */
function undefinedProviderAbove(element: Element): boolean {
  if (customElements.get(PROVIDER_TAG)) return false;
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return true;
  }
  return false;
}

/**
 * A subscription to what `<support-access-provider>` provides under `context`, for the elements
 * inside it. A provider defined after the element (a host importing it lazily) is asked again once
 * it is. `onValue` hears each value.
 * On disconnect the element lets go of its provider, so a moved element asks again where it lands.
 * Its own module, so an element that needs only the language (the user badge) loads no client.
 * It makes the context requests itself, as `ContextConsumer` with `subscribe` would (one on each
 * connection, each new value also asking the host to update), without carrying that class.
 */
export class ProviderSubscription<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #context: Context<unknown, T>;
  readonly #onValue: (value: T) => void;
  #provided?: boolean;
  /** Ends the subscription of the request made on connecting. */
  #unsubscribe?: () => void;
  /** Ends the subscription of the request made for a provider defined late. */
  #unsubscribeLate?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, context: Context<unknown, T>, onValue: (value: T) => void) {
    this.#host = host;
    this.#context = context;
    this.#onValue = onValue;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.dispatchEvent(new ContextEvent(this.#context, this.#host, this.#receiveProvided, true));
    if (this.#provided || !undefinedProviderAbove(this.#host)) return;
    void customElements.whenDefined(PROVIDER_TAG).then(() => {
      if (this.#host.isConnected && !this.#provided) {
        this.#host.dispatchEvent(new ContextEvent(this.#context, this.#host, this.#receiveLate, true));
      }
    });
  }

  hostDisconnected(): void {
    // The provider would otherwise keep driving a removed element, even after it moved under
    // another provider.
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#unsubscribeLate?.();
    this.#unsubscribeLate = undefined;
    this.#provided = false;
  }

  #receive = (value: T) => {
    this.#provided = true;
    this.#onValue(value);
  };

  /** A value from the provider the request on connecting found: a new provider's replaces the old one's subscription. */
  #receiveProvided = (value: T, unsubscribe?: () => void) => {
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#host.requestUpdate();
    this.#receive(value);
    this.#unsubscribe = unsubscribe;
  };

  #receiveLate = (value: T, unsubscribe?: () => void) => {
    if (this.#unsubscribeLate !== unsubscribe) this.#unsubscribeLate?.();
    this.#unsubscribeLate = unsubscribe;
    this.#receive(value);
  };
}

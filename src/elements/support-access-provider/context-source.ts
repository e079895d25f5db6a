import { ContextEvent, type Context, type ContextCallback } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `context-request` or `context-provider` event carries (the community context protocol). */
interface ContextEventLike extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: ContextCallback<unknown>;
  subscribe?: boolean;
}

/**
 * Provides a value under `context` to the elements below `host`, by the community context protocol,
 * as `@lit/context`'s `ContextProvider` does: it answers requests with and without `subscribe`,
 * tells its subscribers each new value, and hands its subscribers below a provider that appears
 * inside it to that provider. Written here, without the initial value, `force` and the other
 * options the provider element has no use for, so the bundle does not carry the general class.
 */
export class ContextSource<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #context: Context<unknown, T>;
  #value?: T;
  /** Each subscriber's callback, the function that ends its subscription, and the element it asked for. */
  readonly #subscriptions = new Map<ContextCallback<T | undefined>, { disposer: () => void; consumerHost: Element }>();

  constructor(host: ReactiveControllerHost & HTMLElement, context: Context<unknown, T>) {
    this.#host = host;
    this.#context = context;
    host.addEventListener('context-request', (event) => {
      const consumerHost = this.#from(event as unknown as ContextEventLike);
      if (!consumerHost) return;
      event.stopPropagation();
      const { callback, subscribe } = event as unknown as ContextEventLike;
      if (!subscribe) return callback(this.#value);
      if (!this.#subscriptions.has(callback)) {
        this.#subscriptions.set(callback, { disposer: () => this.#subscriptions.delete(callback), consumerHost });
      }
      callback(this.#value, this.#subscriptions.get(callback)!.disposer);
    });
    // A provider for the same context appeared below: its subscribers ask again, and those below it get its value.
    host.addEventListener('context-provider', (event) => {
      if (!this.#from(event as unknown as ContextEventLike)) return;
      // Asking again can end a subscription and start it anew while the loop runs, and a Map visits
      // an entry added back during iteration: the loop goes over a copy, so each is asked once.
      for (const [callback, { consumerHost }] of [...this.#subscriptions]) {
        consumerHost.dispatchEvent(new ContextEvent(context, consumerHost, callback, true));
      }
      event.stopPropagation();
    });
    host.addController(this);
  }

  get value(): T | undefined {
    return this.#value;
  }

  /** Sets the value; subscribers hear it when it differs from the one they have. */
  setValue(value: T | undefined): void {
    const changed = !Object.is(value, this.#value);
    this.#value = value;
    if (changed) for (const [callback, { disposer }] of this.#subscriptions) callback(value, disposer);
  }

  hostConnected(): void {
    // `@lit/context`'s ContextProviderEvent, which it does not export: an event with these two fields.
    this.#host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: this.#context, contextTarget: this.#host }));
  }

  /** The element an event for this context comes from; none for another context or this provider's own. */
  #from(event: ContextEventLike): Element | undefined {
    if (event.context !== this.#context) return undefined;
    const target = event.contextTarget ?? (event.composedPath()[0] as Element);
    return target === this.#host ? undefined : target;
  }
}

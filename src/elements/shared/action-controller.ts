import type { ReactiveControllerHost } from 'lit';
import { createIdempotencyKey } from '../../client/client.js';
import { isSupportAccessError } from '../../client/errors.js';
import type { OperationId } from '../../contract/operations.js';
import { SaErrorEvent } from '../../events/error.js';

export interface ActionFailure {
  operation: OperationId;
  /** Which action failed, e.g. `approve:req-7`, so a list can show it at its row. */
  action: string;
  error: unknown;
  /** Trying the same again (`failureBlock` offers it only where that can help). */
  retry: () => void;
  /** What the element showed when the action started (see `run`). */
  context?: string;
  /** Shown to the person once (an element may hold a failure back until a reload says whether it stands). */
  shown?: boolean;
}

/**
 * One user action at a time, done the way every element does it: one request however often it is
 * clicked, the same idempotency key while the person retries that action (a new one for a new
 * action), the failure kept for the element to show with a way to retry, and `sa-error` for the
 * host. A request cancelled because the element left the page ends quietly.
 */
export class ActionController {
  #host: ReactiveControllerHost & HTMLElement;
  /** Idempotency keys of actions that failed, kept until they succeed: deciding another request first must not lose one. */
  #keys = new Map<string, string>();
  /** The action in flight, e.g. `approve:req-7`; set at once, so a double click cannot start two. */
  busy?: string;
  failure?: ActionFailure;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /**
   * Runs `send` with the action's idempotency key. Resolves `true` when it succeeded, `false` when
   * it failed (see `failure`), was cancelled, or another action was still running. `context`
   * records what was shown when it started, so an element can offer Try again only while that
   * still holds.
   */
  async run(
    operation: OperationId,
    action: string,
    send: (idempotencyKey: string) => Promise<void>,
    retry: () => void,
    context?: string,
  ): Promise<boolean> {
    if (this.busy) return false;
    const key = this.#keys.get(action) ?? createIdempotencyKey();
    this.#keys.set(action, key);
    this.busy = action;
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      await send(key);
      this.#keys.delete(action);
      return true;
    } catch (error) {
      // Cancelled (the element left, or the organization changed): the server may have carried it
      // out, so the same choices later are a new action, never a replay of this one.
      if (isSupportAccessError(error) && error.code === 'aborted') {
        this.#keys.delete(action);
        return false;
      }
      this.failure = { operation, action, error, retry, context };
      if (isSupportAccessError(error)) this.#host.dispatchEvent(new SaErrorEvent({ operation, error }));
      return false;
    } finally {
      this.busy = undefined;
      this.#host.requestUpdate();
    }
  }

  /**
   * Forgets a failure the person has moved on from, and its idempotency key: what is done next,
   * even with the same choices, is a new action (after a lost answer, a replay would be the old one).
   */
  clear(): void {
    if (this.failure) this.#keys.delete(this.failure.action);
    this.failure = undefined;
    this.#host.requestUpdate();
  }
}

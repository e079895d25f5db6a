import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host every `interval` milliseconds while `active`, the host is connected and the
 * tab is visible (a countdown); no timer runs otherwise.
 */
export class TickController implements ReactiveController {
  #host: ReactiveControllerHost;
  #interval: number;
  #timer?: ReturnType<typeof setInterval>;
  #active?: boolean;
  #connected?: boolean;

  constructor(host: ReactiveControllerHost, interval: number) {
    this.#host = host;
    this.#interval = interval;
    host.addController(this);
  }

  /** Whether the host asks to tick (set only). */
  set active(active: boolean) {
    this.#active = active;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#sync);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#sync);
    this.#sync();
  }

  #sync = () => {
    const run = this.#active && this.#connected && document.visibilityState !== 'hidden';
    if (run && !this.#timer) {
      this.#timer = setInterval(() => this.#host.requestUpdate(), this.#interval);
      this.#host.requestUpdate();
    } else if (!run && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  };
}

import { durationToMs } from '../contract/duration.js';

export interface MockClockOptions {
  /** Where the organization's time starts. Default: now. */
  start?: string | number | Date;
  /** A frozen clock moves only when told to; a running one also follows real time. Default: running. */
  frozen?: boolean;
}

/**
 * The organization's clock. Expiry, countdowns and the audit trail all read it, so a demo or a test
 * can move time forward (an hour, a day, to the moment of expiry) without waiting.
 */
export class MockClock {
  #base: number;
  #realStart = Date.now();
  #frozen: boolean;

  constructor(options: MockClockOptions = {}) {
    this.#base = options.start === undefined ? Date.now() : new Date(options.start).getTime();
    if (Number.isNaN(this.#base)) throw new RangeError(`Not a time: ${String(options.start)}`);
    this.#frozen = options.frozen ?? false;
  }

  get frozen(): boolean {
    return this.#frozen;
  }

  /** Stops following real time; the clock moves only when told. */
  freeze(): void {
    this.#base = this.now();
    this.#frozen = true;
  }

  /** Follows real time again from the current instant. */
  run(): void {
    this.#base = this.now();
    this.#realStart = Date.now();
    this.#frozen = false;
  }

  now(): number {
    return this.#frozen ? this.#base : this.#base + (Date.now() - this.#realStart);
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves time forward by an ISO 8601 duration (`PT1H`, `P1D`) or milliseconds. */
  advance(by: string | number): void {
    const ms = typeof by === 'number' ? by : durationToMs(by);
    if (!(ms >= 0)) throw new RangeError('The clock only moves forward');
    this.#base += ms;
  }

  /** Sets the time; it may not go backwards, as a real server's clock would not. */
  set(time: string | number | Date): void {
    const target = new Date(time).getTime();
    const now = this.now();
    if (!(target >= now)) throw new RangeError('The clock only moves forward');
    this.#base += target - now;
  }
}

import type { OperationId } from '../contract/operations.js';

/** What goes wrong with the next requests of an operation. Combine fields freely. */
export interface Fault {
  /** Answer with this HTTP status and a problem document. */
  status?: number;
  /** Seconds to send in `Retry-After` with the status. */
  retryAfter?: number;
  /** Extra milliseconds before answering. */
  latency?: number;
  /** Never answer (the client's timeout has to notice). */
  hang?: boolean;
  /** Fail at the network level, as when offline. */
  offline?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformedJson?: boolean;
  /** Do the work, then answer with a body that breaks the contract's schema. */
  breakSchema?: boolean;
  /** Do the work first, then answer with the fault: the change took effect but its answer was lost. */
  afterEffect?: boolean;
  /** How many requests it hits; by default every one until cleared. */
  times?: number;
}

/** Ready-made faults, by the name a demo or a test matrix shows. */
export const FAULT_PRESETS = {
  'server error (500)': { status: 500 },
  'unavailable (503, Retry-After 2 s)': { status: 503, retryAfter: 2 },
  'no answer (timeout)': { hang: true },
  offline: { offline: true },
  'malformed JSON': { malformedJson: true },
  'schema violation': { breakSchema: true },
  'signed out (401)': { status: 401 },
  'forbidden (403)': { status: 403 },
  'not found (404)': { status: 404 },
  'conflict (409)': { status: 409 },
  'stale ETag (412)': { status: 412 },
  'rate limited (429, Retry-After 2 s)': { status: 429, retryAfter: 2 },
  'slow (3 s)': { latency: 3000 },
} as const satisfies Record<string, Fault>;
export type FaultPreset = keyof typeof FAULT_PRESETS;

type Target = OperationId | '*';

/** The faults injected into one organization's HTTP layer, per operation or for all (`'*'`). */
export class Faults {
  #planned = new Map<Target, Fault>();

  inject(operation: Target, fault: Fault): void {
    this.#planned.set(operation, { ...fault });
  }

  clear(operation?: Target): void {
    if (operation) this.#planned.delete(operation);
    else this.#planned.clear();
  }

  /** What is injected now. */
  list(): [Target, Fault][] {
    return [...this.#planned].map(([target, fault]) => [target, { ...fault }]);
  }

  /** The fault for this request, counting it against `times`. */
  take(operation: OperationId): Fault | undefined {
    const target: Target | undefined = this.#planned.has(operation) ? operation : this.#planned.has('*') ? '*' : undefined;
    if (!target) return undefined;
    const fault = this.#planned.get(target)!;
    if (fault.times !== undefined) {
      fault.times--;
      if (fault.times <= 0) this.#planned.delete(target);
    }
    return fault;
  }
}

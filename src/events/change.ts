import type { State } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** The shared support access state changed (loaded, or changed here or elsewhere). */
export class SaChangeEvent extends CustomEvent<{ state: State }> {
  static readonly eventName = 'sa-change';
  constructor(detail: { state: State }) {
    super('sa-change', eventInit(detail));
  }
}

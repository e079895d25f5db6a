import type { GrantRequest } from '../contract/schemas.js';
import { eventInit } from './base.js';

/** Before support access is granted. Cancelable: `preventDefault()` sends nothing. */
export class SaGrantEvent extends CustomEvent<{ request: GrantRequest }> {
  static readonly eventName = 'sa-grant';
  constructor(detail: { request: GrantRequest }) {
    super('sa-grant', eventInit(detail, true));
  }
}

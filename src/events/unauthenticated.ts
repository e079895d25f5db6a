import type { SupportAccessError } from '../client/errors.js';
import type { OperationId } from '../contract/operations.js';
import { eventInit } from './base.js';

/** The server answered 401: the host should sign the user in again. */
export class SaUnauthenticatedEvent extends CustomEvent<{ operation: OperationId; error: SupportAccessError }> {
  static readonly eventName = 'sa-unauthenticated';
  constructor(detail: { operation: OperationId; error: SupportAccessError }) {
    super('sa-unauthenticated', eventInit(detail));
  }
}

import type { SupportAccessError } from '../client/errors.js';
import type { OperationId } from '../contract/operations.js';
import { eventInit } from './base.js';

/** A request failed. The element also shows the failure to the person. */
export class SaErrorEvent extends CustomEvent<{ operation: OperationId; error: SupportAccessError }> {
  static readonly eventName = 'sa-error';
  constructor(detail: { operation: OperationId; error: SupportAccessError }) {
    super('sa-error', eventInit(detail));
  }
}

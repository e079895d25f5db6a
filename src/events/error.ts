import type { SupportAccessError } from '../client/errors.js';
import type { OperationId } from '../contract/operations.js';
import { saEvent } from './base.js';

/** A request failed. The element also shows the failure to the person. */
export class SaErrorEvent extends saEvent<{ operation: OperationId; error: SupportAccessError }, 'sa-error'>('sa-error') {}

import type { SupportAccessError } from '../client/errors.js';
import type { OperationId } from '../contract/operations.js';
import { saEvent } from './base.js';

/** The server answered 401: the host should sign the user in again. */
export class SaUnauthenticatedEvent extends saEvent<{ operation: OperationId; error: SupportAccessError }, 'sa-unauthenticated'>('sa-unauthenticated') {}

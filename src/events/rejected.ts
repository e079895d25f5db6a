import type { AccessRequest } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** An access request was rejected. */
export class SaRejectedEvent extends saEvent<{ request: AccessRequest }, 'sa-rejected'>('sa-rejected') {}

import type { GrantRequest } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** Before support access is granted. Cancelable: `preventDefault()` sends nothing. */
export class SaGrantEvent extends saEvent<{ request: GrantRequest }, 'sa-grant'>('sa-grant', true) {}

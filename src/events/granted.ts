import type { Grant } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** Support access was granted. */
export class SaGrantedEvent extends saEvent<{ grant: Grant }, 'sa-granted'>('sa-granted') {}

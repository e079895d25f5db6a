import type { State } from '../contract/schemas.js';
import { saEvent } from './base.js';

/** The shared support access state changed (loaded, or changed here or elsewhere). */
export class SaChangeEvent extends saEvent<{ state: State }, 'sa-change'>('sa-change') {}

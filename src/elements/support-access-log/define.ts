import { SupportAccessLog } from './support-access-log.js';

SupportAccessLog.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-log': SupportAccessLog;
  }
}

export { SupportAccessLog };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

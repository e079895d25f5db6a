import { SupportAccessLog } from './support-access-log.js';

SupportAccessLog.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-log': SupportAccessLog;
  }
}

export { SupportAccessLog };

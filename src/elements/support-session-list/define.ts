import { SupportSessionList } from './support-session-list.js';

SupportSessionList.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-session-list': SupportSessionList;
  }
}

export { SupportSessionList };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

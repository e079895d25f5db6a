import { AccessRequestList } from './access-request-list.js';

AccessRequestList.define();

declare global {
  interface HTMLElementTagNameMap {
    'access-request-list': AccessRequestList;
  }
}

export { AccessRequestList };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

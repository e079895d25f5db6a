import { SupportSessionList } from './support-session-list.js';

SupportSessionList.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-session-list': SupportSessionList;
  }
}

export { SupportSessionList };

import { AccessRequestList } from './access-request-list.js';

AccessRequestList.define();

declare global {
  interface HTMLElementTagNameMap {
    'access-request-list': AccessRequestList;
  }
}

export { AccessRequestList };

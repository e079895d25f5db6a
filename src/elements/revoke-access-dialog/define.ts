import { RevokeAccessDialog } from './revoke-access-dialog.js';

RevokeAccessDialog.define();

declare global {
  interface HTMLElementTagNameMap {
    'revoke-access-dialog': RevokeAccessDialog;
  }
}

export { RevokeAccessDialog };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

import { RevokeAccessDialog } from './revoke-access-dialog.js';

RevokeAccessDialog.define();

declare global {
  interface HTMLElementTagNameMap {
    'revoke-access-dialog': RevokeAccessDialog;
  }
}

export { RevokeAccessDialog };

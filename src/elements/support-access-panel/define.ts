import '../revoke-access-dialog/define.js';
import { SupportAccessPanel } from './support-access-panel.js';

SupportAccessPanel.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-panel': SupportAccessPanel;
  }
}

export { SupportAccessPanel };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

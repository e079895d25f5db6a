import '../revoke-access-dialog/define.js';
import { SupportAccessPanel } from './support-access-panel.js';

SupportAccessPanel.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-panel': SupportAccessPanel;
  }
}

export { SupportAccessPanel };

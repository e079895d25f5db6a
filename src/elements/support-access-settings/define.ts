import { SupportAccessSettings } from './support-access-settings.js';

SupportAccessSettings.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-settings': SupportAccessSettings;
  }
}

export { SupportAccessSettings };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

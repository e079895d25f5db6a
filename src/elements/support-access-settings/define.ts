import { SupportAccessSettings } from './support-access-settings.js';

SupportAccessSettings.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-settings': SupportAccessSettings;
  }
}

export { SupportAccessSettings };

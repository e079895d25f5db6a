import { SupportAccessProvider } from './support-access-provider.js';

SupportAccessProvider.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-provider': SupportAccessProvider;
  }
}

export { SupportAccessProvider };

// The event classes, and with them the global event map that types a host's addEventListener.
export type * from '../../events/index.js';

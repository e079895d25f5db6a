import { SupportAccessProvider } from './support-access-provider.js';

SupportAccessProvider.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-access-provider': SupportAccessProvider;
  }
}

export { SupportAccessProvider };

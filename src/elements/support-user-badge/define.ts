import { SupportUserBadge } from './support-user-badge.js';

SupportUserBadge.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-user-badge': SupportUserBadge;
  }
}

export { SupportUserBadge };

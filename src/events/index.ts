import { SaChangeEvent } from './change.js';
import { SaErrorEvent } from './error.js';
import { SaExpiredEvent } from './expired.js';
import { SaExtendEvent } from './extend.js';
import { SaExtendedEvent } from './extended.js';
import { SaGrantEvent } from './grant.js';
import { SaGrantedEvent } from './granted.js';
import { SaRevokeEvent } from './revoke.js';
import { SaRevokedEvent } from './revoked.js';
import { SaUnauthenticatedEvent } from './unauthenticated.js';

export {
  SaChangeEvent,
  SaErrorEvent,
  SaExpiredEvent,
  SaExtendEvent,
  SaExtendedEvent,
  SaGrantEvent,
  SaGrantedEvent,
  SaRevokeEvent,
  SaRevokedEvent,
  SaUnauthenticatedEvent,
};

declare global {
  interface HTMLElementEventMap {
    'sa-grant': SaGrantEvent;
    'sa-granted': SaGrantedEvent;
    'sa-extend': SaExtendEvent;
    'sa-extended': SaExtendedEvent;
    'sa-revoke': SaRevokeEvent;
    'sa-revoked': SaRevokedEvent;
    'sa-expired': SaExpiredEvent;
    'sa-change': SaChangeEvent;
    'sa-error': SaErrorEvent;
    'sa-unauthenticated': SaUnauthenticatedEvent;
  }
}

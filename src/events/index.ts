import { SaApproveEvent } from './approve.js';
import { SaApprovedEvent } from './approved.js';
import { SaPolicySaveEvent } from './policy-save.js';
import { SaPolicySavedEvent } from './policy-saved.js';
import { SaRejectEvent } from './reject.js';
import { SaRejectedEvent } from './rejected.js';
import { SaRequestsChangeEvent } from './requests-change.js';
import { SaSessionEndEvent } from './session-end.js';
import { SaSessionEndedEvent } from './session-ended.js';
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
  SaApproveEvent,
  SaApprovedEvent,
  SaPolicySaveEvent,
  SaPolicySavedEvent,
  SaRejectEvent,
  SaRejectedEvent,
  SaRequestsChangeEvent,
  SaSessionEndEvent,
  SaSessionEndedEvent,
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
  // Every element's, the document's and the window's maps: the events bubble out of shadow roots
  // to the page, where a host listens on `document` as often as on the element.
  interface GlobalEventHandlersEventMap {
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
    'sa-approve': SaApproveEvent;
    'sa-approved': SaApprovedEvent;
    'sa-reject': SaRejectEvent;
    'sa-rejected': SaRejectedEvent;
    'sa-requests-change': SaRequestsChangeEvent;
    'sa-policy-save': SaPolicySaveEvent;
    'sa-policy-saved': SaPolicySavedEvent;
    'sa-session-end': SaSessionEndEvent;
    'sa-session-ended': SaSessionEndedEvent;
  }
}

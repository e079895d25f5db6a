/**
 * support-access-elements: the support access screen of a SaaS admin console, as custom elements.
 * The root entry holds the client, the localization layer and the contract's types; each element
 * has its own entry (`support-access-elements/<tag>`), and the mocks theirs (`/mocks`).
 */
export * from './client/index.js';
export * from './i18n/index.js';
export type * from './contract/schemas.js';
export type { EndpointOverrides, OperationId } from './contract/operations.js';
// What a provider's `store` is, to hand to an element outside its subtree (see each element's `store`).
export type { SupportAccessStore } from './state/store.js';
// The event classes' types, and with them the typed `HTMLElementEventMap` entries for every event.
export type * from './events/index.js';

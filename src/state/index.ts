export { storeContext } from './context.js';
export { StoreController, type StoreHost } from './store-controller.js';
export { SupportAccessStore, type EndedGrant, type LoadStatus, type StoreOptions } from './store.js';

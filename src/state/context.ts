import { createContext } from '@lit/context';
import type { SupportAccessStore } from './store.js';

/** What `<support-access-provider>` hands to every element inside it. */
export const storeContext = createContext<SupportAccessStore>(Symbol.for('support-access-store'));

import { createContext } from '@lit/context';
import type { SupportAccessStore } from './store.js';

/** What `<support-access-provider>` hands to every element inside it: none while it has no base URL or client. */
export const storeContext = createContext<SupportAccessStore | undefined>(Symbol.for('support-access-store'));

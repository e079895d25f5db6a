import type { SupportAccessStore } from '../../state/store.js';

const shown = new WeakMap<object, SupportAccessStore>();

/**
 * Whether `element` now uses another store than the one it last showed (none in between does not
 * count): a new `base-url` or `client` (the host switched organization) or another provider. What
 * the person typed, chose or was told about the last one must not carry over to this one. Call in
 * `willUpdate`, with the store the element is about to show.
 */
export function switchedStore(element: object, store: SupportAccessStore | undefined): boolean {
  const last = shown.get(element);
  if (store) shown.set(element, store);
  return !!(store && last && store !== last);
}

/**
 * Every event the elements send to the host bubbles and is composed, so a listener on the host's
 * own page sees it through shadow roots. Events before a change are cancelable: `preventDefault()`
 * stops the change.
 */
export function eventInit<T>(detail: T, cancelable = false): CustomEventInit<T> {
  return { bubbles: true, composed: true, cancelable, detail };
}

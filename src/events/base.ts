/**
 * Every event the elements send to the host bubbles and is composed, so a listener on the host's
 * own page sees it through shadow roots. Events before a change are cancelable: `preventDefault()`
 * stops the change.
 *
 * Each event class passes its type to `super()` as a literal, the same as its `eventName`: naming the
 * class there makes the bundle keep a second binding for every class.
 */
export function eventInit<T>(detail: T, cancelable = false): CustomEventInit<T> {
  return { bubbles: true, composed: true, cancelable, detail };
}

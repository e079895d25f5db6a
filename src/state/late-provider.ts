/** The provider's tag: an element waits for it to be defined when one sits above it undefined. */
export const PROVIDER_TAG = 'support-access-provider';

/** Whether a `<support-access-provider>` not defined yet sits above `element`, crossing shadow roots. */
export function undefinedProviderAbove(element: Element): boolean {
  if (customElements.get(PROVIDER_TAG)) return false;
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return true;
  }
  return false;
}

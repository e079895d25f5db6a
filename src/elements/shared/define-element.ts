/**
 * Registers an element class under a tag, once. A host that needs another tag (two versions on one
 * page, a scoped registry) gets a subclass, since one class can be defined only once per registry.
 */
export function defineElement(
  defaultTag: string,
  element: CustomElementConstructor,
  tag = defaultTag,
  registry: CustomElementRegistry = customElements,
): void {
  if (registry.get(tag)) return;
  registry.define(tag, tag === defaultTag ? element : class extends element {});
}

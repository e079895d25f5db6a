/**
 * Reading a page the way a person does, across shadow roots: the words shown, the alerts, the
 * buttons by their accessible name.
 */

/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
export const words = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Every element matching `selector` under `root`, inside every open shadow root too. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return [...new Set(found)];
}

/** The text of an element including what its shadow roots render (slotted light DOM once). */
export function deepText(node: Node): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      text += current.textContent;
      return;
    }
    if (current instanceof HTMLStyleElement || current instanceof HTMLScriptElement) return;
    if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    if (current instanceof HTMLSlotElement) {
      const assigned = current.assignedNodes();
      if (assigned.length) return assigned.forEach(walk);
    }
    current.childNodes.forEach(walk);
  };
  walk(node);
  return words(text);
}

/** The visible alerts (role="alert") under `root`, as text. */
export function alerts(root: ParentNode): HTMLElement[] {
  return deepQueryAll(root, '[role="alert"]').filter((alert) => words(alert.textContent) !== '' && !alert.closest('[hidden]'));
}

/** A button's accessible name: its `aria-label`, else its text. */
export const nameOf = (button: Element) => words(button.getAttribute('aria-label') ?? button.textContent);

/** The first button under `root` (shadow roots included) whose name equals or matches `name`. */
export function findButton(root: ParentNode, name: string | RegExp): HTMLButtonElement | undefined {
  return deepQueryAll<HTMLButtonElement>(root, 'button').find((button) =>
    typeof name === 'string' ? nameOf(button) === name : name.test(nameOf(button)),
  );
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = findButton(root, name);
  if (!found) throw new Error(`No button ${String(name)} in ${JSON.stringify(deepQueryAll(root, 'button').map(nameOf))}`);
  return found;
}

/** Sets a form control's value and fires what a person's typing or choosing fires. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Resolves in the next animation frame: what changed before it has been laid out. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A range over the first match of `find` in the text under `scope` (within one text node). */
export function textRange(scope: Node, find: string | RegExp): Range {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const match = typeof find === 'string' ? { index: text.indexOf(find), 0: find } : find.exec(text);
    if (!match || match.index < 0) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    return range;
  }
  throw new Error(`No ${String(find)} in “${words(scope.textContent)}”`);
}

/** How many lines the text in `range` takes. */
export const linesOf = (range: Range) => new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;

/**
 * Asserts that `focused` is `expected`, naming what has focus when it is not. Two elements are not
 * compared by chai's `equal`: on failure the runner serialises both, which can stall a test file.
 */
export function expectFocus(focused: Element | null | undefined, expected: Element | null | undefined, message = 'focus'): void {
  const name = (element: Element | null | undefined) =>
    element ? `<${element.localName}${element.id ? ` id="${element.id}"` : ''}> "${words(element.textContent).slice(0, 60)}"` : 'nothing';
  if (focused !== expected) throw new Error(`${message}: expected ${name(expected)} to have focus, but ${name(focused)} has it`);
}

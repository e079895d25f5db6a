// The chai that `@open-wc/testing` hands the tests. Not through its main entry: loaded before mocha
// is, that entry would miss registering its fixture cleanup, and every test's elements would stay on
// the page (its `/pure` entry exports chai too, but its types do not say so).
import { use } from '@esm-bundle/chai';

/**
 * Loaded before every browser test file (web-test-runner.config.mjs). A failed assertion keeps its
 * `actual` and `expected` values, which the runner sends to the terminal; a DOM node there (as in
 * `expect(root.querySelector('a')).to.equal(null)`) is walked through its whole document and stalls
 * the file until the runner's 5-minute limit, with no test named. A node goes as a short description
 * instead (`<a id="x" class="y"> "Ticket"`), so such a failure reads like any other.
 */
const describeNode = (node: Node): string => {
  const text = `"${(node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 120)}"`;
  if (!(node instanceof Element)) return `${node.nodeName} ${text}`;
  const attributes = ['id', 'class', 'part', 'role'].filter((name) => node.hasAttribute(name)).map((name) => ` ${name}="${node.getAttribute(name)}"`);
  return `<${node.localName}${attributes.join('')}> ${text}`;
};

const readable = (value: unknown): unknown =>
  value instanceof Node
    ? describeNode(value)
    : Array.isArray(value)
      ? value.map(readable)
      : value;

use(({ Assertion, AssertionError }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failure = error as unknown as { actual: unknown; expected: unknown };
        failure.actual = readable(failure.actual);
        failure.expected = readable(failure.expected);
      }
      throw error;
    }
  } as typeof assert;
});

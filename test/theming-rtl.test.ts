/**
 * Right-to-left: under `dir="rtl"` every element lays out mirrored. The styles use logical
 * properties only (checked on the style sheets each element actually adopts), and in each element
 * a piece that leads a row in left-to-right leads it from the right in right-to-left, at the same
 * distance from the start. axe passes in right-to-left too.
 */
import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors } from './helpers/uncaught.js';
import { CASES, disconnectStores, render, type Direction, type Rendered } from './helpers/theming.js';

failOnUncaughtErrors();
afterEach(() => disconnectStores());

/** Physical directions in CSS text: left/right anywhere, and top/bottom/width/height properties. */
const PHYSICAL = [
  /\b(left|right)\b/,
  /(^|[\s;{])(margin|padding|border|inset|scroll-margin|scroll-padding)-(top|bottom)\b/,
  /(^|[\s;{])(top|bottom)\s*:/,
  /(^|[\s;{])(min-|max-)?(width|height)\s*:/,
  /(^|[\s;{])overflow-x\s*:/,
  /(^|[\s;{])(margin|padding|inset|border-width|border-style|border-color)\s*:\s*[^;]+\s[^;]+\s[^;]+\s[^;]+;/,
];

/** Every rule of every style sheet an element's shadow root adopts, as the browser reads it. */
function cssRules(element: Element): string[] {
  const rules: string[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) rules.push(`${rule.selectorText} { ${rule.style.cssText} }`);
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of element.shadowRoot!.adoptedStyleSheets) walk(sheet.cssRules);
  return rules;
}

/** Where a piece sits, measured from the inline start of what it is laid out in. */
function fromStart(piece: Element, rendered: Rendered, dir: Direction) {
  const box = piece.getBoundingClientRect();
  const page = rendered.frame().getBoundingClientRect();
  return dir === 'ltr' ? box.left - page.left : page.right - box.right;
}

describe('right-to-left', () => {
  for (const item of CASES) {
    describe(`<${item.tag}>`, () => {
      it('uses logical properties only, in every rule it adopts and every inline style', async () => {
        const { element } = await render(item, 'rtl');
        const rules = cssRules(element);
        expect(rules.length, 'the style sheets were read').to.be.greaterThan(10);
        const physical = rules.filter((rule) => PHYSICAL.some((pattern) => pattern.test(rule.replace(/^[^{]*\{/, '{'))));
        expect(physical, 'rules with physical directions').to.deep.equal([]);
        const inline = [...element.shadowRoot!.querySelectorAll('[style]')]
          .map((node) => node.getAttribute('style')!)
          .filter((style) => PHYSICAL.some((pattern) => pattern.test(` ${style};`)));
        expect(inline, 'inline styles with physical directions').to.deep.equal([]);
      });

      it('lays out mirrored under dir="rtl", and passes axe', async () => {
        const ltr = await render(item, 'ltr');
        const ltrLeading = ltr.leading().getBoundingClientRect();
        const ltrTrailing = ltr.trailing().getBoundingClientRect();
        const ltrStart = fromStart(ltr.leading(), ltr, 'ltr');
        ltr.cleanup();
        disconnectStores();

        const rtl = await render(item, 'rtl');
        const rtlLeading = rtl.leading().getBoundingClientRect();
        const rtlTrailing = rtl.trailing().getBoundingClientRect();
        expect(getComputedStyle(rtl.element).direction).to.equal('rtl');

        // Left to right: the leading piece's start edge is left of the trailing one's; right to left: right of it.
        expect(ltrLeading.left, 'ltr: leading starts further left').to.be.at.most(ltrTrailing.left);
        expect(rtlLeading.right, 'rtl: leading starts further right').to.be.at.least(rtlTrailing.right);
        if (item.tag !== 'support-user-badge') {
          expect(ltrLeading.right, 'ltr: leading ends before trailing starts').to.be.at.most(ltrTrailing.left + 1);
          expect(rtlLeading.left, 'rtl: leading ends before trailing starts').to.be.at.least(rtlTrailing.right - 1);
        }
        // The same distance from the start in both directions: a mirror image, not a shuffle.
        expect(fromStart(rtl.leading(), rtl, 'rtl')).to.be.closeTo(ltrStart, 2);

        await expect(rtl.page).to.be.accessible();
        rtl.cleanup();
      });
    });
  }
});

/**
 * Right-to-left: under `dir="rtl"` every element lays out mirrored. The styles use logical
 * properties only (checked on the style sheets each element actually adopts), and in each element
 * a piece that leads a row in left-to-right leads it from the right in right-to-left, at the same
 * distance from the start. axe passes in right-to-left too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import { registerTranslations } from '../src/i18n/index.js';
import { createClient, mockOrganization } from './helpers/mock-api.js';
import { textRange } from './helpers/dom.js';
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

/** Where a piece of a container's text is drawn (its first occurrence in a text node). */
const drawn = (container: Element, find: string | RegExp) => textRange(container, find).getBoundingClientRect();

async function panelIn(locale: string) {
  await mockOrganization({ scenario: 'expiring-soon' });
  const page = await fixture<HTMLDivElement>(
    html`<div dir="rtl" style="inline-size: 600px"><support-access-panel .client=${createClient()} locale=${locale}></support-access-panel></div>`,
  );
  const panel = page.querySelector<SupportAccessPanel>('support-access-panel')!;
  await waitUntil(() => panel.shadowRoot!.querySelector('.countdown'), 'access is on', { timeout: 8000 });
  return panel;
}

describe('sentences on a right-to-left page', () => {
  // A host in a right-to-left language without a catalog of its own shows English (or German):
  // "3 hours left" must not read "hours left 3", nor a full stop start the sentence.
  for (const [locale, first, then] of [
    ['en', '3', 'hours left'],
    ['de', 'noch', '3 Stunden'],
  ] as const) {
    it(`${locale}: each in its own word order, aligned to the page’s start`, async () => {
      const panel = await panelIn(locale);
      await waitUntil(() => panel.shadowRoot!.querySelector('.countdown')!.textContent!.includes(then), 'the language has loaded');
      const countdown = panel.shadowRoot!.querySelector('.countdown')!;
      expect(drawn(countdown, first).left, `“${first}” before “${then}”, as written`).to.be.below(drawn(countdown, then).left);
      const warning = panel.shadowRoot!.querySelector('[part~="warning"] p')!;
      const sentence = warning.textContent!.trim();
      expect(drawn(warning, /\.(?=[^.]*$)/).left, 'the closing full stop after the first word').to.be.above(drawn(warning, sentence.slice(0, 4)).left);
    });
  }

  it('a sentence shorter than its line is aligned as the page is, to the right', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="inline-size: 600px"><support-session-list .client=${createClient()} locale="en"></support-session-list></div>`,
    );
    const list = page.querySelector('support-session-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="empty"]'), 'nobody is signed in', { timeout: 8000 });
    const empty = list.shadowRoot!.querySelector('[part~="empty"]')!;
    const box = empty.getBoundingClientRect();
    expect(drawn(empty, 'Nobody').left, 'the sentence is shorter than its line').to.be.above(box.left + 100);
    expect(drawn(empty, 'in.').right, 'it ends at the right edge, its full stop last').to.be.closeTo(box.right, 2);
  });

  it('a button wider than its English label (a full-width one on a phone) keeps the label in its middle', async () => {
    const panel = await panelIn('en');
    const revoke = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="revoke-button"]')!;
    revoke.style.inlineSize = '300px';
    const box = revoke.getBoundingClientRect();
    const label = drawn(revoke, 'Revoke access');
    expect((label.left + label.right) / 2, 'centred').to.be.closeTo((box.left + box.right) / 2, 2);
  });

  it('a right-to-left catalog keeps its sentences right-to-left, even one that begins with a left-to-right name', async () => {
    const undo = registerTranslations('he', { 'panel.on.grantedByValue': '{name} ב־{date}' });
    try {
      const panel = await panelIn('he');
      const value = panel.shadowRoot!.querySelector('dd.long')!;
      await waitUntil(() => value.textContent!.includes('ב־'), 'the Hebrew message shows');
      // Right to left, the name comes first from the right; read left to right, it would sit at the left.
      expect(drawn(value, 'Ana Admin').right).to.be.closeTo(value.getBoundingClientRect().right, 2);
      expect(drawn(value, 'Ana Admin').left).to.be.above(drawn(value, 'ב־').left);
    } finally {
      undo();
    }
  });
});

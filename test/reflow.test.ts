/**
 * Reflow with large text: in a 320 px window with the text at 200 % (a phone's largest text
 * setting; WCAG's reflow at 200 % text), no element makes the page scroll sideways or draws
 * anything outside the window, or outside the card it is in. The log's grid is the one exception:
 * it scrolls inside itself.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { nextFrame } from './helpers/dom.js';
import type { MockOrganization } from '../src/mocks/index.js';
import { CASES, disconnectStores, render } from './helpers/theming.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

/** Every visible piece in `root` (and the shadow roots inside it) that reaches past the window's edges, or its card's, outside a box that scrolls. */
function outside(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (scope: ShadowRoot | Element) => {
    for (const piece of scope.querySelectorAll('*')) {
      if (piece.closest('[role="grid"]')) continue;
      const box = piece.getBoundingClientRect();
      // Not drawn: in a closed <details>, hidden, or of no size.
      if (!box.width || !box.height || !piece.checkVisibility({ visibilityProperty: true })) continue;
      // Inside a card (a request, a session, a timeline step), inside the card.
      const card = piece.parentElement?.closest('[part~="request"], [part~="session"]')?.getBoundingClientRect() ?? { left: 0, right: innerWidth };
      if (box.left < card.left - 0.5 || box.right > card.right + 0.5) {
        found.push(`${piece.localName}${piece.getAttribute('part') ? `[part=${piece.getAttribute('part')}]` : ''} “${(piece.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}” ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(card.left)}–${Math.round(card.right)}`);
      }
      if (piece.shadowRoot) walk(piece.shadowRoot);
    }
  };
  walk(root);
  return found;
}

describe('320 px wide, with the text at 200 %', () => {
  const viewport = { width: innerWidth, height: innerHeight };
  before(async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '32px';
  });
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport(viewport);
  });
  afterEach(() => disconnectStores());

  const log = CASES.find((item) => item.tag === 'support-access-log')!;
  const panel = CASES.find((item) => item.tag === 'support-access-panel')!;
  const cases = [
    ...CASES,
    {
      ...panel,
      // Segment's enable form asks for the most: a duration, an access level and a ticket.
      name: 'support-access-panel, the enable form',
      scenario: 'segment' as const,
      prepare: (org: MockOrganization) => org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' }),
      ready: (element: HTMLElement) => Boolean(element.shadowRoot!.querySelector('form #ticket')),
    },
    {
      ...log,
      name: 'support-access-log, one grant’s timeline',
      template: (store: Parameters<typeof log.template>[0]) =>
        html`<support-access-log .store=${store} grant="grant-1" locale="en-US" time-zone="UTC"></support-access-log>`,
      ready: (element: HTMLElement) => Boolean(element.shadowRoot!.querySelector('[part~="step"] dd')),
    },
  ];
  for (const item of cases) {
    it(`<${'name' in item ? item.name : item.tag}> fits the window`, async () => {
      const rendered = await render(item, 'ltr', 'inline-size: auto; padding: 0');
      await nextFrame();
      await nextFrame();
      expect(outside(rendered.element.shadowRoot!), 'pieces outside the window').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(innerWidth);
      rendered.cleanup();
    });
  }
});

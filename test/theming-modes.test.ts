/**
 * Light, dark, forced colours and reduced motion. Each element is rendered on a dark host page
 * (a host-set `color-scheme: dark`, and `prefers-color-scheme: dark` with `color-scheme: light
 * dark`) and must pass axe, colour contrast included; under `forced-colors: active` a focused
 * button keeps a visible outline; under `prefers-reduced-motion: reduce` nothing moves.
 */
import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors } from './helpers/uncaught.js';
import { CASES, disconnectStores, emulateMedia, render } from './helpers/theming.js';

failOnUncaughtErrors();
afterEach(async () => {
  disconnectStores();
  await emulateMedia({});
});

const DARK_HOST = 'color-scheme: dark; background: #121212; color: #e6e6e6;';
const FOLLOWING_HOST = 'color-scheme: light dark; background: Canvas; color: CanvasText;';

/** Every element and pseudo-element style in the shadow root, with the element's own host. */
const styledNodes = (element: HTMLElement) => [element, ...element.shadowRoot!.querySelectorAll('*')];
const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));

describe('light and dark, forced colours, reduced motion', () => {
  for (const item of CASES) {
    describe(`<${item.tag}>`, () => {
      it('passes axe with colour contrast on a dark host page that sets color-scheme: dark', async () => {
        const { page, element, cleanup } = await render(item, 'ltr', DARK_HOST);
        // The defaults follow the host: the text is the host's light colour, not a fixed dark one.
        expect(getComputedStyle(element).color).to.equal('rgb(230, 230, 230)');
        await expect(page).to.be.accessible();
        cleanup();
      });

      it('follows prefers-color-scheme: dark on a host with color-scheme: light dark, and passes axe', async () => {
        await emulateMedia({ 'prefers-color-scheme': 'dark' });
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
        const { page, cleanup } = await render(item, 'ltr', FOLLOWING_HOST);
        await expect(page).to.be.accessible();
        cleanup();
      });

      it('keeps focus and state visible in forced colours', async function () {
        await emulateMedia({ 'forced-colors': 'active' });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.be.true;
        const rendered = await render(item, 'ltr');
        const root = rendered.element.shadowRoot!;
        const focusable =
          item.tag === 'support-user-badge' ? root.querySelector<HTMLElement>('[part~="base"]')! : rendered.button();
        focusable.focus();
        expect(focusable.matches(':focus-visible'), 'the control shows its focus').to.be.true;
        const style = getComputedStyle(focusable);
        expect(style.outlineStyle).to.not.equal('none');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(style.outlineColor).to.not.match(/rgba\(.*, 0\)|transparent/);
        // A disabled or busy button reads as such with the system's GrayText, not by fading away.
        const disabled = root.querySelector<HTMLButtonElement>('button:disabled, button[aria-disabled="true"]');
        const enabled = root.querySelector<HTMLButtonElement>('button:not(:disabled, [aria-disabled="true"], .danger, .primary)');
        if (disabled) {
          expect(getComputedStyle(disabled).opacity).to.equal('1');
          if (enabled) expect(getComputedStyle(disabled).color).to.not.equal(getComputedStyle(enabled).color);
        }
        // A destructive button is told apart from the others by its border, as colour is gone.
        const danger = root.querySelector<HTMLButtonElement>('button.danger:not(.primary)');
        if (danger) expect(getComputedStyle(danger).borderInlineStartStyle).to.equal('double');
        const primary = root.querySelector<HTMLButtonElement>('button.primary');
        if (primary) expect(parseFloat(getComputedStyle(primary).borderInlineStartWidth)).to.be.at.least(2);
        // Badges and outcomes keep their outline; the chosen option in a list keeps a Highlight outline.
        const markers = root.querySelectorAll(
          item.tag === 'support-user-badge' ? '[part~="base"]' : '[part~="badge"], [part~="status"]',
        );
        for (const marker of markers) {
          const markerStyle = getComputedStyle(marker);
          expect(markerStyle.borderInlineStartStyle, `${marker.textContent?.trim()}'s border`).to.not.equal('none');
          expect(parseFloat(markerStyle.borderInlineStartWidth)).to.be.at.least(1);
        }
        if (item.tag === 'support-user-badge' || item.tag === 'access-request-list') expect(markers.length).to.be.greaterThan(0);
        const selected = root.querySelector('.option:has(input:checked)');
        if (item.tag === 'revoke-access-dialog') expect(selected, 'a chosen user').to.exist;
        // The chosen option is marked, but not as focus is: focus is on a button.
        if (selected) {
          expect(getComputedStyle(selected).outlineStyle, 'the chosen option’s outline').to.not.be.oneOf(['none', style.outlineStyle]);
          expect(parseFloat(getComputedStyle(selected).outlineWidth)).to.be.at.least(2);
        }
        // The log's remembered row (where Tab comes back to) is not marked while focus is on the
        // button: marked, it looked selected. While focus is on one of its links it is marked, but
        // not as focus is (the log's own tests).
        const remembered = root.querySelector('[role="row"][tabindex="0"]');
        if (item.tag === 'support-access-log') expect(remembered, 'a remembered row').to.exist;
        if (remembered) expect(getComputedStyle(remembered).outlineStyle, 'the remembered row’s outline').to.equal('none');
        rendered.cleanup();
      });

      it('moves nothing under prefers-reduced-motion: reduce', async () => {
        const moving = await render(item, 'ltr');
        const animated = styledNodes(moving.element).filter((node) => {
          const style = getComputedStyle(node);
          return seconds(style.transitionDuration) > 0 || style.animationName !== 'none';
        });
        expect(animated, 'without the preference, something moves').to.not.be.empty;
        moving.cleanup();
        disconnectStores();

        await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
        const still = await render(item, 'ltr');
        for (const node of styledNodes(still.element)) {
          const style = getComputedStyle(node);
          expect(seconds(style.transitionDuration), `${node.localName} transition`).to.equal(0);
          expect(style.animationName, `${node.localName} animation`).to.equal('none');
        }
        const running = still.element.shadowRoot!.getAnimations().filter((animation) => animation.playState === 'running');
        expect(running, 'running animations').to.deep.equal([]);
        still.cleanup();
      });
    });
  }
});

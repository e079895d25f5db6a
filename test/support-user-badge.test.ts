import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/elements/support-access-provider/define.js';
import type { SupportAccessProvider } from '../src/elements/support-access-provider/support-access-provider.js';
import '../src/elements/support-user-badge/define.js';
import type { SupportUserBadge } from '../src/elements/support-user-badge/support-user-badge.js';
import { registerTranslations } from '../src/i18n/index.js';
import { expectFocus, nextFrame } from './helpers/dom.js';
import { createClient, mockOrganization } from './helpers/mock-api.js';

/** Far enough ahead that the badge, which reads the browser's clock, always shows it as to come. */
const EXPIRES = '2099-03-15T09:00:00Z';

const words = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
const badgeOf = (element: SupportUserBadge) => element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const tooltipOf = (element: SupportUserBadge) => element.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
const visible = (element: HTMLElement) => getComputedStyle(element).display !== 'none';

afterEach(() => resetMouse());

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<support-user-badge>', () => {
  it('says "Support" by default, named with the kind and the expiry in the host’s zone', async () => {
    const element = await fixture<SupportUserBadge>(
      html`<support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge>`,
    );
    const badge = badgeOf(element);
    expect(words(badge.textContent)).to.equal('Support');
    expect(words(badge.getAttribute('aria-label'))).to.equal('Support account, access until Mar 15, 2099, 9:00 AM');
    expect(badge.tabIndex).to.equal(0);
    const tooltip = tooltipOf(element);
    expect(badge.getAttribute('aria-describedby')).to.equal(tooltip.id);
    expect(words(tooltip.textContent)).to.match(/^Access until Mar 15, 2099, 9:00 AM \(in [\d,]+ days\)$/);
    expect(visible(tooltip), 'hidden until hover or focus').to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('says "Maintainer" for kind="maintainer", in another time zone', async () => {
    const element = await fixture<SupportUserBadge>(
      html`<support-user-badge kind="maintainer" expires=${EXPIRES} time-zone="Asia/Tokyo" locale="en-US"></support-user-badge>`,
    );
    expect(words(badgeOf(element).textContent)).to.equal('Maintainer');
    expect(words(badgeOf(element).getAttribute('aria-label'))).to.equal('Maintainer account, access until Mar 15, 2099, 6:00 PM');
    await expect(element).to.be.accessible();
  });

  it('speaks and formats in the host’s locale', async () => {
    const undo = registerTranslations('de', {
      'badge.support': 'Support',
      'badge.account.support': 'Support-Konto',
      'badge.accountUntil': '{account}, Zugriff bis {date}',
    });
    try {
      const element = await fixture<SupportUserBadge>(
        html`<support-user-badge expires=${EXPIRES} time-zone="Europe/Berlin" locale="de-DE"></support-user-badge>`,
      );
      expect(words(badgeOf(element).getAttribute('aria-label'))).to.equal('Support-Konto, Zugriff bis 15.03.2099, 10:00');
    } finally {
      undo();
    }
  });

  it('accepts a Date property, and says when access has ended', async () => {
    const element = await fixture<SupportUserBadge>(
      html`<support-user-badge .expires=${new Date('2020-01-02T03:04:00Z')} time-zone="UTC" locale="en-US"></support-user-badge>`,
    );
    expect(words(badgeOf(element).getAttribute('aria-label'))).to.equal('Support account, access ended Jan 2, 2020, 3:04 AM');
    expect(words(tooltipOf(element).textContent)).to.match(/^Access ended Jan 2, 2020, 3:04 AM \([\d,]+ days ago\)$/);
  });

  it('without an expiry: a plain, unfocusable marker with no tooltip', async () => {
    const element = await fixture<SupportUserBadge>(html`<support-user-badge locale="en-US"></support-user-badge>`);
    expect(badgeOf(element).getAttribute('aria-label')).to.equal('Support account');
    expect(badgeOf(element).hasAttribute('tabindex')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[role="tooltip"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the tooltip on keyboard focus and hides it on Escape', async () => {
    const element = await fixture<SupportUserBadge>(
      html`<div><button>Before</button> Dana Okafor <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge></div>`,
    ).then((wrapper) => wrapper.querySelector('support-user-badge')!);
    element.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expectFocus(element.shadowRoot!.activeElement, badgeOf(element));
    const tooltip = tooltipOf(element);
    expect(visible(tooltip), 'shown on focus').to.equal(true);
    expect(tooltip.hasAttribute('data-open')).to.equal(true);
    expect(element.open).to.equal(true);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(visible(tooltip), 'hidden by Escape').to.equal(false);
    expectFocus(element.shadowRoot!.activeElement, badgeOf(element), 'focus stays');

    // Leaving and coming back shows it again.
    await shiftTab();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(visible(tooltip)).to.equal(true);
    await shiftTab();
    await element.updateComplete;
    expect(visible(tooltip), 'hidden on blur').to.equal(false);
  });

  it('shows the tooltip on hover, hides it on Escape and when the pointer leaves', async () => {
    const element = await fixture<SupportUserBadge>(
      html`<support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US" style="margin: 40px"></support-user-badge>`,
    );
    const tooltip = tooltipOf(element);
    const box = badgeOf(element).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await element.updateComplete;
    expect(visible(tooltip), 'shown on hover').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(visible(tooltip), 'hidden by Escape').to.equal(false);
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await element.updateComplete;
    expect(visible(tooltip), 'shown again on a new hover').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
    await element.updateComplete;
    expect(visible(tooltip), 'hidden when the pointer leaves').to.equal(false);
  });

  it('shows one tooltip at a time: focusing a badge hides the hovered one’s, and hovering back swaps them', async () => {
    const [hovered, focused] = await fixture<HTMLElement>(
      html`<p style="margin: 40px">
        <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge>
        <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge>
      </p>`,
    ).then((wrapper) => [...wrapper.querySelectorAll<SupportUserBadge>('support-user-badge')]);
    const box = badgeOf(hovered).getBoundingClientRect();
    const middle: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'move', position: middle });
    await hovered.updateComplete;
    expect(visible(tooltipOf(hovered)), 'shown on hover').to.equal(true);

    badgeOf(focused).focus();
    await focused.updateComplete;
    await hovered.updateComplete;
    expect(visible(tooltipOf(focused)), 'the focused badge’s tooltip shows').to.equal(true);
    expect(visible(tooltipOf(hovered)), 'the hovered badge’s tooltip has closed').to.equal(false);
    expect(hovered.open).to.equal(false);

    // A new hover brings the first back, and closes the focused one's.
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: middle });
    await hovered.updateComplete;
    await focused.updateComplete;
    expect(visible(tooltipOf(hovered)), 'shown again on a new hover').to.equal(true);
    expect(visible(tooltipOf(focused)), 'the focused badge’s tooltip has closed').to.equal(false);
    expectFocus(focused.shadowRoot!.activeElement, badgeOf(focused), 'focus stays on its badge');
  });
});

describe('<support-user-badge>: at expiry', () => {
  it('says access ended once the expiry passes, without being told', async () => {
    const soon = new Date(Date.now() + 400).toISOString();
    const badge = await fixture<HTMLElementTagNameMap['support-user-badge']>(
      html`<support-user-badge kind="support" expires=${soon} locale="en-US" time-zone="UTC"></support-user-badge>`,
    );
    const label = () => badge.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')!;
    expect(label()).to.contain('until');
    await waitUntil(() => label().includes('ended'), 'the name changes at expiry', { timeout: 3000 });
  });

  it('looks ended as well: muted and dashed, unlike a badge whose access runs', async () => {
    const [running, ended] = await Promise.all(
      ['2099-03-15T09:00:00Z', '2020-01-02T03:04:00Z'].map((expires) =>
        fixture<SupportUserBadge>(html`<support-user-badge expires=${expires} locale="en-US" time-zone="UTC"></support-user-badge>`),
      ),
    );
    const look = (element: SupportUserBadge) => {
      const style = getComputedStyle(badgeOf(element));
      return [style.borderTopStyle, style.color];
    };
    expect(look(running)[0]).to.equal('solid');
    expect(look(ended)[0], 'a dashed outline').to.equal('dashed');
    expect(look(ended)[1], 'another colour').to.not.equal(look(running)[1]);
    await expect(ended).to.be.accessible();
  });
});

describe('<support-user-badge>: a far expiry', () => {
  it('sets no timer that fires before it: a browser runs a wait longer than 24.8 days at once', async () => {
    // 30 days, a common grant: its milliseconds overflow the browser's 32-bit timer delay.
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString();
    // Counts the timer callbacks that run on this page while the badge waits.
    const schedule = window.setTimeout;
    let fired = 0;
    window.setTimeout = ((callback: () => void, ...rest: number[]) => schedule(() => (fired++, callback()), ...rest)) as typeof window.setTimeout;
    try {
      const badge = await fixture<SupportUserBadge>(html`<support-user-badge expires=${expires} locale="en-US" time-zone="UTC"></support-user-badge>`);
      await new Promise((resolve) => schedule(resolve, 500));
      expect(fired, 'timer callbacks run within half a second').to.equal(0);
      expect(badgeOf(badge).getAttribute('aria-label')).to.contain('until');
    } finally {
      window.setTimeout = schedule;
    }
  });
});

describe('<support-user-badge>: at the edge of the window', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps its tooltip inside the window when the badge sits at the ${dir === 'ltr' ? 'right' : 'left'} edge (${dir})`, async () => {
      const element = await fixture<SupportUserBadge>(
        html`<div dir=${dir} style="display: flex; justify-content: flex-end">
          <button>Before</button>
          <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('support-user-badge')!);
      element.parentElement!.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      const box = tooltipOf(element).getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      expect(visible(tooltipOf(element))).to.equal(true);
      const badge = element.getBoundingClientRect();
      const room = dir === 'ltr' ? width - badge.left : badge.right;
      expect(box.width, 'started at the badge, the tooltip would run past the edge').to.be.greaterThan(room);
      expect(box.left, 'its start is inside the window').to.be.at.least(0);
      expect(box.right, 'its end is inside the window').to.be.at.most(width);
    });
  }
});

describe('<support-user-badge>: inside a host container that clips', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`shows its whole tooltip below the badge, at its start, over what follows (${dir})`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir}>
          <div style="overflow: hidden; block-size: 2rem; inline-size: 20rem; position: relative; z-index: 1; transform: translateZ(0)">
            <button>Before</button>
            <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge>
          </div>
          <p style="position: relative; z-index: 5; background: white; block-size: 6rem; margin: 0">What follows</p>
        </div>`,
      );
      const element = wrapper.querySelector('support-user-badge')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      const tooltip = tooltipOf(element);
      const box = tooltip.getBoundingClientRect();
      const badge = badgeOf(element).getBoundingClientRect();
      const container = element.parentElement!.getBoundingClientRect();
      expect(box.top, 'below the badge').to.be.greaterThan(badge.bottom);
      expect(box.bottom, 'past the container that clips').to.be.greaterThan(container.bottom);
      expect(Math.round(dir === 'ltr' ? box.left : box.right), 'at the badge’s start').to.equal(Math.round(dir === 'ltr' ? badge.left : badge.right));
      // What a person sees at each corner of the tooltip is the tooltip.
      for (const [x, y] of [
        [box.left + 2, box.top + 2],
        [box.right - 2, box.bottom - 2],
      ]) {
        expect(element.shadowRoot!.elementFromPoint(x, y) === tooltip, `the tooltip is on top at ${x},${y}`).to.be.true;
      }
      await expect(element).to.be.accessible();
    });
  }
});

describe('<support-user-badge>: the tooltip stays with its badge', () => {
  it('follows the badge when the page scrolls, and opens above it where the window has no room below', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Before</button>
        <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge>
        <div style="block-size: 3000px"></div>
      </div>`,
    );
    const element = wrapper.querySelector('support-user-badge')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    const gap = () => tooltipOf(element).getBoundingClientRect().top - badgeOf(element).getBoundingClientRect().bottom;
    const opened = gap();
    expect(opened, 'below the badge').to.be.within(0, 12);

    window.scrollBy(0, 40);
    await nextFrame();
    expect(gap(), 'still below the badge after the page scrolled').to.be.closeTo(opened, 1);

    // The badge at the window's bottom edge: the tooltip opens above it, inside the window.
    window.scrollTo(0, 0);
    wrapper.style.paddingBlockStart = `${innerHeight - badgeOf(element).getBoundingClientRect().bottom - 4}px`;
    await nextFrame();
    const tooltip = tooltipOf(element).getBoundingClientRect();
    expect(tooltip.bottom, 'above the badge').to.be.at.most(badgeOf(element).getBoundingClientRect().top);
    expect(tooltip.top, 'inside the window').to.be.at.least(0);
    wrapper.style.paddingBlockStart = '';
  });

  it('Escape closes only the tooltip, not a host dialog around the badge', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog><button>In the dialog</button> Dana <support-user-badge expires=${EXPIRES} time-zone="UTC" locale="en-US"></support-user-badge></dialog>`,
    );
    dialog.showModal();
    const element = dialog.querySelector('support-user-badge')!;
    dialog.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(visible(tooltipOf(element))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(visible(tooltipOf(element)), 'the tooltip closed').to.equal(false);
    expect(dialog.open, 'the dialog stays open').to.equal(true);
    dialog.close();
  });
});

describe('<support-user-badge> under a provider', () => {
  it('says access ended once the provider loads a state past the expiry, before its own timer would', async () => {
    // The server's clock stands at the browser's.
    const { org } = await mockOrganization({ scenario: 'expiring-soon', now: Date.now() });
    const expires = org.getState().grant!.expiresAt;
    const provider = await fixture<SupportAccessProvider>(html`<support-access-provider .client=${createClient({ retries: 0 })} locale="en-US" time-zone="UTC">
      <support-user-badge expires=${expires}></support-user-badge>
    </support-access-provider>`);
    const element = provider.querySelector('support-user-badge')!;
    await provider.store!.refresh();
    await element.updateComplete;
    expect(badgeOf(element).getAttribute('aria-label')).to.contain('access until');
    // The server's clock passes the expiry; the browser's hardly moves, so the badge's timer waits on.
    org.clock.advance(Date.parse(expires) - org.clock.now() + 60_000);
    await provider.store!.refresh();
    await element.updateComplete;
    expect(badgeOf(element).getAttribute('aria-label')).to.contain('access ended');
  });
});

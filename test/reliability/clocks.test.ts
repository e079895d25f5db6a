/**
 * Clocks that disagree and time zones that shift: the countdown and the moment of expiry follow the
 * server's clock, and dates read right in the host's time zone across daylight-saving changes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/support-access-panel/define.js';
import '../../src/elements/support-access-provider/define.js';
import '../../src/elements/support-user-badge/define.js';
import type { SupportAccessPanel } from '../../src/elements/support-access-panel/support-access-panel.js';
import type { SaExpiredEvent } from '../../src/events/index.js';
import { deepQueryAll, words } from '../helpers/dom.js';
import { createClient, mockOrganization } from '../helpers/mock-api.js';
import { failOnConsoleErrors } from '../helpers/probes.js';
import { failOnUncaughtErrors } from '../helpers/uncaught.js';

failOnUncaughtErrors();
failOnConsoleErrors();

const HOUR = 3_600_000;
const WAIT = { timeout: 10_000 };

const detail = (el: Element, term: string) => {
  const terms = deepQueryAll(el, 'dt');
  const found = terms.find((candidate) => words(candidate.textContent) === term);
  if (!found) throw new Error(`No “${term}” in ${JSON.stringify(terms.map((candidate) => words(candidate.textContent)))}`);
  return found.nextElementSibling as HTMLElement;
};

async function panel(timeZone = 'UTC') {
  const el = await fixture<SupportAccessPanel>(
    html`<support-access-panel .client=${createClient({ retries: 0 })} locale="en-US" time-zone=${timeZone}></support-access-panel>`,
  );
  await waitUntil(() => el.status !== 'loading', 'the panel loads', WAIT);
  await el.updateComplete;
  return el;
}

/** A panel and a member badge for the grant expiring at `expires`, under one provider; the panel loaded. */
async function panelAndBadge(expires: string) {
  const host = await fixture<HTMLElement>(html`<support-access-provider .client=${createClient({ retries: 0 })} locale="en-US" time-zone="UTC">
    <support-access-panel></support-access-panel>
    <support-user-badge expires=${expires}></support-user-badge>
  </support-access-provider>`);
  const el = host.querySelector<SupportAccessPanel>('support-access-panel')!;
  const badge = host.querySelector('support-user-badge')!;
  await waitUntil(() => el.status === 'on', 'the panel loads', WAIT);
  return { el, badge, base: badge.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')! };
}

describe('browser clock two hours off the server’s', () => {
  for (const offset of [2 * HOUR, -2 * HOUR]) {
    const side = offset > 0 ? 'behind' : 'ahead of';
    it(`browser ${side} the server: the countdown and the expiry follow the server`, async function () {
      this.timeout(30_000);
      // The server's clock runs, two hours off the browser's.
      const { org } = await mockOrganization({ scenario: 'expiring-soon', now: Date.now() + offset, frozen: false });
      const grant = org.getState().grant!;
      // Three seconds before the grant runs out, on the server's clock.
      org.clock.set(Date.parse(grant.expiresAt) - 3000);
      const expired: SaExpiredEvent[] = [];
      const el = await panel();
      el.addEventListener('sa-expired', (event) => expired.push(event as SaExpiredEvent));
      const started = performance.now();
      expect(el.status).to.equal('on');
      const countdown = words(deepQueryAll(el, '.countdown')[0].textContent);
      expect(countdown, 'seconds left, not two hours more or less').to.match(/^[123] seconds? left$/);
      expect(words(el.shadowRoot!.querySelector('[part~="warning"]')?.textContent)).to.match(/Support access ends in [123] seconds?\./);
      expect(deepQueryAll(el, 'time')[0].getAttribute('datetime')).to.equal(grant.expiresAt);

      await waitUntil(() => el.status === 'off', 'the panel shows the grant ended', WAIT);
      const after = performance.now() - started;
      // Not at once (the browser thinking it is long past) nor hours later: at the server's moment.
      expect(after, 'ms until the panel showed the expiry').to.be.within(1500, 6000);
      expect(words(el.shadowRoot!.textContent)).to.contain('its time ran out');
      expect(expired, 'sa-expired').to.have.length(1);
      expect(expired[0].detail.grant.id).to.equal(grant.id);
    });
  }
});

describe('the member badge beside the panel, browser two hours behind the server', () => {
  it('counts on the server’s clock, as the panel does, and says access ended at the server’s moment', async function () {
    this.timeout(30_000);
    const { org } = await mockOrganization({ scenario: 'expiring-soon', now: Date.now() + 2 * HOUR, frozen: false });
    const grant = org.getState().grant!;
    org.clock.set(Date.parse(grant.expiresAt) - 3000);
    const { el, badge, base } = await panelAndBadge(grant.expiresAt);
    base.focus();
    await badge.updateComplete;
    const tooltip = words(badge.shadowRoot!.querySelector('[role="tooltip"]')!.textContent);
    expect(tooltip, 'seconds left, as the panel counts, not two hours more').to.match(/\(in [123] seconds?\)$/);
    await waitUntil(() => el.status === 'off', 'the panel shows the grant ended', WAIT);
    await waitUntil(() => base.getAttribute('aria-label')!.includes('access ended'), 'the badge says access ended with the panel', { timeout: 1500 });
  });
});

describe('a computer that sleeps past the expiry', () => {
  it('notices on waking: the timer set for the expiry stood still while it slept', async function () {
    this.timeout(30_000);
    // The server's clock runs on the page's Date.now, so it "sleeps" too.
    const { org } = await mockOrganization({ scenario: 'expiring-soon', now: Date.now(), frozen: false });
    const grant = org.getState().grant!;
    const el = await panel();
    const expired: SaExpiredEvent[] = [];
    el.addEventListener('sa-expired', (event) => expired.push(event as SaExpiredEvent));
    expect(el.status).to.equal('on');
    const realNow = Date.now;
    // Wakes an hour after the expiry. Timers run on a clock that stops while the computer sleeps,
    // and no visibilitychange is certain on waking: only the wall clock has moved.
    const slept = Date.parse(grant.expiresAt) - realNow() + HOUR;
    Date.now = () => realNow() + slept;
    try {
      await waitUntil(() => el.status === 'off', 'the panel shows the grant ended', WAIT);
      expect(words(el.shadowRoot!.textContent)).to.contain('its time ran out');
      expect(expired, 'sa-expired').to.have.length(1);
    } finally {
      Date.now = realNow;
    }
  });
});

describe('a member badge beside the panel, on a computer that sleeps past the expiry', () => {
  it('says access ended once the panel does: its own timer stood still, the provider’s refresh tells it', async function () {
    this.timeout(30_000);
    const { org } = await mockOrganization({ scenario: 'expiring-soon', now: Date.now(), frozen: false });
    const grant = org.getState().grant!;
    const { el, base } = await panelAndBadge(grant.expiresAt);
    expect(base.getAttribute('aria-label')).to.contain('access until');
    const realNow = Date.now;
    // Wakes an hour after the expiry: only the wall clock has moved.
    const slept = Date.parse(grant.expiresAt) - realNow() + HOUR;
    Date.now = () => realNow() + slept;
    try {
      await waitUntil(() => el.status === 'off', 'the panel shows the grant ended', WAIT);
      await waitUntil(() => base.getAttribute('aria-label')!.includes('access ended'), 'the badge says access ended with the panel', { timeout: 1500 });
    } finally {
      Date.now = realNow;
    }
  });
});

describe('a device clock set back while the page is open', () => {
  it('measures the server’s clock again at the next hop: access that ended on the server shows ended, not an hour more', async function () {
    this.timeout(30_000);
    const { org } = await mockOrganization({ scenario: 'expiring-soon' });
    const grant = org.getState().grant!;
    // Eight seconds before the expiry: longer than one of the store's hops.
    const start = Date.parse(grant.expiresAt) - 8000;
    org.clock.set(start);
    const el = await panel();
    expect(el.status).to.equal('on');
    const realNow = Date.now;
    const started = realNow();
    // The server's clock is its own, and runs on.
    const ticker = setInterval(() => org.clock.set(start + realNow() - started), 100);
    // A manual change or a late NTP correction: the wall clock goes back an hour; time runs on.
    Date.now = () => realNow() - HOUR;
    try {
      await waitUntil(() => el.status === 'off', 'the panel shows the grant ended', { timeout: 15_000 });
      expect(words(el.shadowRoot!.textContent)).to.contain('its time ran out');
    } finally {
      Date.now = realNow;
      clearInterval(ticker);
    }
  });
});

describe('expiry across a daylight-saving change, in the host’s time zone', () => {
  const cases = [
    // Berlin springs forward on 29 March 2026: 10:00 CET is 09:00Z, 11:00 CEST a week later is 09:00Z too.
    { zone: 'Europe/Berlin', now: '2026-03-25T09:00:00.000Z', granted: 'Mar 25, 2026, 10:00 AM', expires: 'Apr 1, 2026, 11:00 AM' },
    // ... and falls back on 25 October 2026.
    { zone: 'Europe/Berlin', now: '2026-10-22T09:00:00.000Z', granted: 'Oct 22, 2026, 11:00 AM', expires: 'Oct 29, 2026, 10:00 AM' },
    // New York springs forward on 8 March 2026 and falls back on 1 November 2026.
    { zone: 'America/New_York', now: '2026-03-05T15:00:00.000Z', granted: 'Mar 5, 2026, 10:00 AM', expires: 'Mar 12, 2026, 11:00 AM' },
    { zone: 'America/New_York', now: '2026-10-29T15:00:00.000Z', granted: 'Oct 29, 2026, 11:00 AM', expires: 'Nov 5, 2026, 10:00 AM' },
  ];
  for (const { zone, now, granted, expires } of cases) {
    it(`${zone}, granted ${now.slice(0, 10)} for 7 days: ${granted} → ${expires}`, async () => {
      const { org } = await mockOrganization({ scenario: 'empty', now });
      org.grant({ duration: 'P7D', accessLevel: org.getState().policy.accessLevels[0], confirmed: true });
      const el = await panel(zone);
      expect(el.status).to.equal('on');
      const when = detail(el, 'Expires');
      expect(words(when.querySelector('time')!.textContent)).to.equal(expires);
      expect(words(detail(el, 'Granted by').textContent)).to.contain(granted);
      // Seven days is 168 hours whatever the wall clock does.
      expect(words(when.querySelector('.countdown')!.textContent)).to.equal('7 days left');
    });
  }
});

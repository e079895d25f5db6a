import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SupportAccessError } from '../src/client/errors.js';
import {
  describeError,
  formatDateTime,
  formatDuration,
  formatRelativeTime,
  loadLocale,
  LocalizeController,
  registerTranslations,
  resolveLocale,
  translate,
} from '../src/i18n/index.js';

class I18nProbe extends LitElement {
  static override properties = { locale: { type: String } };
  locale?: string;
  private readonly i18n = new LocalizeController(this);

  override render() {
    return html`<p>${this.i18n.t('action.retry')}</p>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

const shownText = (el: Element) => el.shadowRoot?.textContent?.trim();

/** The lang observer reports in a microtask; the update it requests finishes after that. */
async function settled(el: LitElement) {
  await nextFrame();
  await el.updateComplete;
}

describe('i18n', () => {
  const undo: (() => void)[] = [];
  const register = (...args: Parameters<typeof registerTranslations>) => undo.push(registerTranslations(...args));
  const pageLang = document.documentElement.lang;

  afterEach(() => {
    undo.splice(0).reverse().forEach((restore) => restore());
    document.documentElement.lang = pageLang;
  });

  describe('translate', () => {
    // Swedish: a language the package does not ship, so what is not registered is English.
    it('falls back from the exact tag to its language, then to English', () => {
      register('sv', { 'action.retry': 'Försök igen', 'state.loading': 'Läser in …' });
      register('sv-FI', { 'state.loading': 'Läser in (FI)' });

      expect(translate('sv-FI', 'state.loading')).to.equal('Läser in (FI)');
      expect(translate('sv-FI', 'action.retry')).to.equal('Försök igen');
      expect(translate('SV-se', 'action.retry')).to.equal('Försök igen');
      expect(translate('sv', 'error.timeout')).to.equal('The server did not answer in time.');
      expect(translate('fr-FR', 'action.retry')).to.equal('Try again');
    });

    it('resolves to the best registered locale', () => {
      register('de', { 'action.retry': 'Erneut versuchen' });
      register('pt-BR', { 'action.retry': 'Tentar novamente' });

      expect(resolveLocale('de-AT')).to.equal('de');
      expect(resolveLocale('pt-br')).to.equal('pt-BR');
      expect(resolveLocale('pt-PT')).to.equal('en');
      expect(resolveLocale('fr')).to.equal('en');
      expect(resolveLocale()).to.equal('en');
    });

    it('overrides a single English message and restores it', () => {
      const restore = registerTranslations('en', { 'action.retry': 'Retry' });
      expect(translate('en-GB', 'action.retry')).to.equal('Retry');
      expect(translate('en', 'state.loading')).to.equal('Loading…');
      restore();
      expect(translate('en', 'action.retry')).to.equal('Try again');
    });

    it('undoing an older registration leaves a newer one of the same message in place', () => {
      // Finnish, which no other test registers: the older registration's words stay behind in it
      // once the newer one is undone, as the newer one puts back what it replaced.
      const undoOlder = registerTranslations('fi', { 'action.retry': 'Yritä uudelleen' });
      register('fi', { 'action.retry': 'Yritä uudestaan' });
      undoOlder();
      expect(translate('fi', 'action.retry')).to.equal('Yritä uudestaan');
    });

    it('forgets a locale once its only registration is undone', () => {
      const restore = registerTranslations('nl', { 'action.retry': 'Opnieuw proberen' });
      expect(resolveLocale('nl-BE')).to.equal('nl');
      restore();
      expect(resolveLocale('nl-BE')).to.equal('en');
      expect(translate('nl', 'action.retry')).to.equal('Try again');
    });

    it('fills placeholders, formats numbers for the locale and keeps unknown ones', () => {
      expect(translate('en', 'error.couldNot', { operation: 'grant support access' })).to.equal(
        'Could not grant support access.',
      );
      register('de', { 'error.couldNot': '{operation} ({count}) fehlgeschlagen: {missing}' });
      expect(translate('de', 'error.couldNot', { operation: 'Freigabe', count: 1234.5 })).to.equal(
        'Freigabe (1.234,5) fehlgeschlagen: {missing}',
      );
    });
  });

  describe('formatDuration', () => {
    it('keeps the units the policy wrote', () => {
      expect(formatDuration('en', 'P1D')).to.equal('1 day');
      expect(formatDuration('en', 'P7D')).to.equal('7 days');
      expect(formatDuration('en', 'PT24H')).to.equal('24 hours');
      expect(formatDuration('en', 'P1DT12H')).to.equal('1 day, 12 hours');
      expect(formatDuration('en', 'P2W')).to.equal('2 weeks');
    });

    it('speaks German through Intl', () => {
      expect(formatDuration('de', 'P7D')).to.equal('7 Tage');
      expect(formatDuration('de-AT', 'PT1H')).to.equal('1 Stunde');
    });

    it('says a zero duration, which Intl.DurationFormat leaves empty', () => {
      expect(formatDuration('en', 'PT0S')).to.equal('0 seconds');
      expect(formatDuration('de', 'PT0S')).to.equal('0 Sekunden');
    });

    it('returns text that is not a duration unchanged', () => {
      expect(formatDuration('en', 'P1M2Y')).to.equal('P1M2Y');
    });

    it('reads the same without Intl.DurationFormat', () => {
      const intl = Intl as { DurationFormat?: unknown };
      const durationFormat = intl.DurationFormat;
      expect(durationFormat, 'this Chromium ships Intl.DurationFormat').to.be.a('function');
      delete intl.DurationFormat;
      try {
        expect(formatDuration('en', 'P1DT12H')).to.equal('1 day, 12 hours');
        expect(formatDuration('en', 'PT24H')).to.equal('24 hours');
        expect(formatDuration('de', 'P7D')).to.equal('7 Tage');
      } finally {
        intl.DurationFormat = durationFormat;
      }
    });
  });

  describe('dates and relative times', () => {
    it('formats an instant in the given time zone', () => {
      expect(formatDateTime('en-US', '2025-03-04T17:05:00Z', 'UTC')).to.equal('Mar 4, 2025, 5:05 PM');
      expect(formatDateTime('de', '2025-03-04T17:05:00Z', 'Europe/Berlin')).to.equal('04.03.2025, 18:05');
    });

    it('picks the largest sensible unit', () => {
      expect(formatRelativeTime('en', 0)).to.equal('now');
      expect(formatRelativeTime('en', -45_000)).to.equal('45 seconds ago');
      expect(formatRelativeTime('en', 59_700)).to.equal('in 1 minute');
      expect(formatRelativeTime('en', 2 * 3_600_000)).to.equal('in 2 hours');
      // Counted, not "tomorrow": a count of milliseconds knows no calendar (30 hours from 11 PM is the day after tomorrow).
      expect(formatRelativeTime('en', 86_400_000)).to.equal('in 1 day');
      expect(formatRelativeTime('en', 30 * 3_600_000)).to.equal('in 1 day');
      expect(formatRelativeTime('de', 3 * 86_400_000)).to.equal('in 3 Tagen');
      // The past by the same units.
      expect(formatRelativeTime('en', -2 * 3_600_000)).to.equal('2 hours ago');
      expect(formatRelativeTime('en', -86_400_000)).to.equal('1 day ago');
      expect(formatRelativeTime('de', -40 * 3_600_000)).to.equal('vor 2 Tagen');
    });
  });

  describe('describeError', () => {
    it('names the operation and the reason', () => {
      const error = new SupportAccessError({ operation: 'grant', code: 'timeout', status: 0, message: 'x' });
      expect(describeError('en', error)).to.equal('Could not grant support access. The server did not answer in time.');
    });

    it('never shows what the server wrote', () => {
      const error = new SupportAccessError({
        operation: 'updatePolicy',
        code: 'validation',
        status: 422,
        message: '<b>bad</b>',
        problem: { type: 'about:blank', title: '<b>Invalid</b>', status: 422, code: 'validation', detail: '<i>x</i>' },
      });
      expect(describeError('en', error)).to.equal(
        'Could not save the support access policy. Some values are not valid.',
      );
    });

    it('names the field an answer that breaks the contract broke at, and says nothing more for a body that is not JSON', async () => {
      const broken = new SupportAccessError({
        operation: 'listEvents',
        code: 'invalid-response',
        status: 200,
        message: 'x',
        issues: [{ path: 'items.3.occurredAt', message: 'expected string' }],
      });
      expect(describeError('en', broken)).to.equal(
        'Could not load the audit log. The server sent an answer that could not be understood. Its field “items.3.occurredAt” is not as expected.',
      );
      // German: the field is the answer's ("der Antwort"); a capital "Ihr" would read as the admin's own.
      await loadLocale('de');
      expect(describeError('de', broken)).to.equal(
        'Fehler beim Laden des Protokolls. Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte. Das Feld „items.3.occurredAt“ der Antwort ist nicht wie erwartet.',
      );
      const unreadable = new SupportAccessError({ operation: 'listEvents', code: 'invalid-response', status: 200, message: 'x', issues: [{ path: '', message: 'not JSON' }] });
      expect(describeError('en', unreadable)).to.equal('Could not load the audit log. The server sent an answer that could not be understood.');
    });

    it('says a load answered 404 found nothing at its address, and a change answered 404 that what it acted on is gone', () => {
      const failure = (operation: 'getState' | 'listEvents' | 'revoke') => new SupportAccessError({ operation, code: 'not-found', status: 404, message: 'x' });
      expect(describeError('en', failure('getState'))).to.equal(
        'Could not load support access. The server offers nothing at this address; the page may be set up wrong.',
      );
      expect(describeError('en', failure('listEvents'))).to.equal(
        'Could not load the audit log. The server offers nothing at this address; the page may be set up wrong.',
      );
      expect(describeError('en', failure('revoke'))).to.equal('Could not revoke support access. It no longer exists or has already ended.');
    });

    it('passes on how long the server asked to wait, when it said so', () => {
      const failure = (code: 'rate-limited' | 'unavailable', retryAfter?: number) =>
        new SupportAccessError({ operation: 'extend', code, status: code === 'rate-limited' ? 429 : 503, message: 'x', retryAfter });
      expect(describeError('en', failure('rate-limited', 30_000))).to.equal(
        'Could not extend support access. Too many requests in a short time. Try again in 30 seconds.',
      );
      expect(describeError('en', failure('unavailable', 3 * 3_600_000))).to.equal(
        'Could not extend support access. The service is temporarily unavailable. Try again in 3 hours.',
      );
      // Once that time has passed (`waited`): that Try again works now, not "in a few minutes".
      expect(describeError('en', failure('unavailable', 120_000), true)).to.equal(
        'Could not extend support access. The service was temporarily unavailable. You can try again now.',
      );
      expect(describeError('en', failure('rate-limited', 30_000), true)).to.equal(
        'Could not extend support access. There were too many requests in a short time. You can try again now.',
      );
      // Less than a second, or not said: the general advice.
      expect(describeError('en', failure('rate-limited', 500))).to.equal(
        'Could not extend support access. Too many requests in a short time. Wait a moment, then try again.',
      );
      expect(describeError('en', failure('unavailable'))).to.equal(
        'Could not extend support access. The service is temporarily unavailable. Try again in a few minutes.',
      );
    });

    it('falls back to a general sentence for other errors', () => {
      expect(describeError('en', new TypeError('undefined is not a function'))).to.equal('Something unexpected went wrong.');
    });

    it('uses the registered language', () => {
      register('sv', { 'error.couldNot': 'Det gick inte att {operation}.', 'operation.revoke': 'återkalla åtkomsten' });
      const error = new SupportAccessError({ operation: 'revoke', code: 'offline', status: 0, message: 'x' });
      expect(describeError('sv-SE', error)).to.equal('Det gick inte att återkalla åtkomsten. Your device appears to be offline.');
    });
  });

  describe('LocalizeController', () => {
    beforeEach(() => register('de', { 'action.retry': 'Erneut versuchen' }));

    it('speaks English by default', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
      expect(shownText(el)).to.equal('Try again');
    });

    it('follows the page language when it changes', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
      document.documentElement.lang = 'de-AT';
      await settled(el);
      expect(shownText(el)).to.equal('Erneut versuchen');
      document.documentElement.lang = 'fr';
      await settled(el);
      expect(shownText(el)).to.equal('Try again');
    });

    it('follows the nearest lang ancestor, also across a shadow root', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><i18n-probe></i18n-probe></div>`);
      const el = wrapper.querySelector('i18n-probe')!;
      wrapper.lang = 'de';
      await settled(el);
      expect(shownText(el)).to.equal('Erneut versuchen');

      const shadowHost = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
      const inner = document.createElement('i18n-probe');
      shadowHost.attachShadow({ mode: 'open' }).append(inner);
      await inner.updateComplete;
      expect(shownText(inner)).to.equal('Erneut versuchen');
    });

    it('prefers its own locale property', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><i18n-probe></i18n-probe></div>`);
      const el = wrapper.querySelector('i18n-probe')!;
      expect(shownText(el)).to.equal('Erneut versuchen');
      el.locale = 'en';
      await el.updateComplete;
      expect(shownText(el)).to.equal('Try again');
    });

    it('ignores a malformed lang', async () => {
      document.documentElement.lang = 'de';
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en_US!"><i18n-probe></i18n-probe></div>`);
      expect(shownText(wrapper.querySelector('i18n-probe')!)).to.equal('Erneut versuchen');
    });

    it('shows translations registered at run time', async () => {
      const el = await fixture<I18nProbe>(html`<i18n-probe locale="es"></i18n-probe>`);
      expect(shownText(el)).to.equal('Try again');
      register('es', { 'action.retry': 'Reintentar' });
      await el.updateComplete;
      expect(shownText(el)).to.equal('Reintentar');
      undo.pop()?.();
      await el.updateComplete;
      expect(shownText(el)).to.equal('Try again');
    });

    it('formats with the full tag while messages exist in its language', async () => {
      const el = await fixture<I18nProbe>(html`<i18n-probe locale="de-AT"></i18n-probe>`);
      const i18n = new LocalizeController(el);
      expect(i18n.locale).to.equal('de-AT');
      expect(i18n.duration('P7D')).to.equal('7 Tage');
      // Without French messages the words stay English, while numbers and dates follow French conventions.
      el.locale = 'fr-FR';
      expect(i18n.locale).to.equal('en');
      expect(i18n.duration('P7D')).to.equal('7 days');
      expect(i18n.number(1234.5)).to.equal('1\u202f234,5');
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'i18n-probe': I18nProbe;
  }
}

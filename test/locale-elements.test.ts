/**
 * Every element in German, run-time language switches, the `lang` fallback, a host's overrides and
 * languages, all through the package's mock organization. Times are shown in Europe/Berlin, one
 * hour ahead of UTC in March; the mock clock stands at 2026-03-10 09:00 UTC.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/access-request-list/define.js';
import '../src/elements/revoke-access-dialog/define.js';
import '../src/elements/support-access-log/define.js';
import '../src/elements/support-access-panel/define.js';
import '../src/elements/support-access-provider/define.js';
import '../src/elements/support-access-settings/define.js';
import '../src/elements/support-session-list/define.js';
import '../src/elements/support-user-badge/define.js';
import type { AccessRequestList } from '../src/elements/access-request-list/access-request-list.js';
import type { RevokeAccessDialog } from '../src/elements/revoke-access-dialog/revoke-access-dialog.js';
import type { SupportAccessLog } from '../src/elements/support-access-log/support-access-log.js';
import type { SupportAccessPanel } from '../src/elements/support-access-panel/support-access-panel.js';
import type { SupportAccessProvider } from '../src/elements/support-access-provider/support-access-provider.js';
import type { SupportAccessSettings } from '../src/elements/support-access-settings/support-access-settings.js';
import type { SupportSessionList } from '../src/elements/support-session-list/support-session-list.js';
import type { SupportUserBadge } from '../src/elements/support-user-badge/support-user-badge.js';
import { registerTranslations, translate } from '../src/i18n/index.js';
import { DEFAULT_BASE_URL } from '../src/mocks/index.js';
import { SupportAccessStore } from '../src/state/store.js';
import { createClient, mockOrganization } from './helpers/mock-api.js';
import { failOnUncaughtErrors } from './helpers/uncaught.js';

failOnUncaughtErrors();

/** What a person reads: Intl's narrow no-break spaces and line breaks read as plain spaces. */
const words = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (element: Element) => words(element.shadowRoot!.textContent);
const buttons = (element: Element) => [...element.shadowRoot!.querySelectorAll('button')].map((button) => words(button.textContent));
const part = <T extends HTMLElement = HTMLElement>(element: Element, name: string) => element.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
// The page loads many modules, more than the resource timing buffer keeps: watch from here on.
const loadedModules: string[] = [];
new PerformanceObserver((list) => loadedModules.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource' });
const germanLoaded = () => loadedModules.some((name) => name.includes('/i18n/locales/de.'));

async function shows(element: Element, phrase: string, message = `shows “${phrase}”`) {
  await waitUntil(() => text(element).includes(phrase), message, { timeout: 8000 });
}

const undo: (() => void)[] = [];
const register = (...args: Parameters<typeof registerTranslations>) => undo.push(registerTranslations(...args));
const pageLang = document.documentElement.lang;
let store: SupportAccessStore | undefined;

afterEach(() => {
  undo.splice(0).reverse().forEach((restore) => restore());
  document.documentElement.lang = pageLang;
  store?.disconnect();
  store = undefined;
});

describe('elements in German', () => {
  it('load German only once an element asks for it, then re-render in it: the panel with access on', async () => {
    expect(translate('de', 'panel.revoke'), 'German is not loaded with the elements').to.equal('Revoke access');
    expect(germanLoaded()).to.equal(false);
    await mockOrganization({ scenario: 'segment' });
    const panel = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient()} locale="de" time-zone="Europe/Berlin"></support-access-panel>`,
    );
    await shows(panel, 'Zugriff für den Support ist aktiv');
    expect(germanLoaded(), 'German was loaded on demand').to.equal(true);
    const shown = text(panel);
    expect(shown).to.contain('Gewährt von Ana Admin am 08.03.2026, 10:00');
    expect(shown).to.contain('Läuft ab 15.03.2026, 10:00');
    expect(shown).to.contain('noch 5 Tage');
    expect(shown).to.contain('Zugriffsstufe Nur Lesen');
    expect(buttons(panel)).to.include.members(['Verlängern', 'Zugriff widerrufen']);
    await expect(panel).to.be.accessible();
  });

  it('the panel with access off offers German durations', async () => {
    await mockOrganization({ scenario: 'carto' });
    const panel = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()} locale="de-AT"></support-access-panel>`);
    await shows(panel, 'Zugriff für den Support ist deaktiviert');
    const options = [...panel.shadowRoot!.querySelectorAll('#duration option')].map((option) => words(option.textContent));
    expect(options).to.deep.equal(['1 Tag', '7 Tage', '30 Tage', '90 Tage', '180 Tage']);
    expect(buttons(panel)).to.include('Zugriff aktivieren');
  });

  it('the panel warns, and reports a failure, in German', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    const panel = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()} locale="de"></support-access-panel>`);
    await shows(panel, 'Der Zugriff für den Support endet in 3 Stunden.');
    expect(buttons(panel)).to.include('Um 1 Tag verlängern');

    const { org } = await mockOrganization({ scenario: 'carto' });
    org.faults.inject('getState', { status: 500 });
    const failing = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient({ retries: 0 })} locale="de"></support-access-panel>`,
    );
    await waitUntil(() => failing.status === 'error', 'the panel fails', { timeout: 8000 });
    await shows(failing, 'Fehler beim Laden des Zugriffs für den Support. Etwas Unerwartetes ist schiefgelaufen.');
    expect(buttons(failing)).to.include('Erneut versuchen');
  });

  it('the revoke dialog', async () => {
    await mockOrganization({ scenario: 'expiring-soon' });
    store = new SupportAccessStore(createClient());
    store.connect();
    await store.refresh();
    const dialog = await fixture<RevokeAccessDialog>(
      html`<revoke-access-dialog .store=${store} locale="de" time-zone="Europe/Berlin"></revoke-access-dialog>`,
    );
    void dialog.open();
    await shows(dialog, '4 Benutzer angezeigt');
    expect(words(dialog.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Zugriff für den Support widerrufen');
    expect(words(dialog.shadowRoot!.querySelector('[part="assets"]')!.textContent)).to.equal('Was CARTO Support erstellt hat 1 Karte');
    expect(words(dialog.shadowRoot!.querySelector('.summary')!.textContent)).to.equal('Die Elemente gehen an Ana Admin.');
    expect(text(dialog)).to.match(/Der Zugriff, den Ana Admin am \d\d\.\d\d\.2026, \d\d:\d\d gewährt hat, endet jetzt/);
    expect(buttons(dialog)).to.include.members(['Abbrechen', 'Zugriff widerrufen']);
    await dialog.close();
  });

  it('the request list', async () => {
    await mockOrganization({ scenario: 'keboola' });
    const list = await fixture<AccessRequestList>(
      html`<access-request-list .client=${createClient()} locale="de" time-zone="Europe/Berlin"></access-request-list>`,
    );
    await shows(list, 'Warten auf Entscheidung (2)');
    // The count comes with the state; the requests themselves arrive in their own answer.
    await shows(list, 'Genehmigt von Bruno Díaz');
    const shown = text(list);
    expect(shown).to.contain('Zugriffsanfragen');
    expect(shown).to.contain('Angefragt 10.03.2026, 09:00 (vor 1 Stunde)');
    expect(shown).to.contain('Genehmigt von Bruno Díaz');
    expect(buttons(list)).to.include.members(['Genehmigen', 'Ablehnen', 'Notiz hinzufügen']);
  });

  it('the policy settings', async () => {
    await mockOrganization({ scenario: 'carto' });
    const settings = await fixture<SupportAccessSettings>(
      html`<support-access-settings .client=${createClient()} locale="de"></support-access-settings>`,
    );
    await shows(settings, 'Wer entscheidet');
    const shown = text(settings);
    expect(shown).to.contain('Richtlinie für den Support-Zugriff');
    expect(shown).to.contain('Angebotene Zeiträume 8 Stunden 24 Stunden 1 Tag 3 Tage 7 Tage');
    expect(buttons(settings)).to.include('Änderungen speichern');
  });

  it('the session list', async () => {
    const { org } = await mockOrganization({ scenario: 'cumulocity' });
    org.signInAs('u-ana');
    const list = await fixture<SupportSessionList>(
      html`<support-session-list .client=${createClient()} locale="de" time-zone="Europe/Berlin"></support-session-list>`,
    );
    await shows(list, 'Support-Sitzungen');
    await waitUntil(() => buttons(list).length > 0, 'the sessions show', { timeout: 8000 });
    const shown = text(list);
    expect(shown).to.contain('Angemeldet seit');
    expect(shown).to.match(/\d\d\.03\.2026, \d\d:\d\d/);
    // "von" alone after "Wird beendet…" would name who ends it: the session's owner is in brackets.
    expect(buttons(list)[0]).to.match(/^Sitzung beenden \(Sitzung von \S.*\)$/);
  });

  it('the user badge', async () => {
    const badge = await fixture<SupportUserBadge>(
      html`<support-user-badge expires="2099-03-15T09:00:00Z" locale="de" time-zone="Europe/Berlin"></support-user-badge>`,
    );
    const label = () => words(badge.shadowRoot!.querySelector('[aria-label]')?.getAttribute('aria-label'));
    await waitUntil(() => label().startsWith('Support-Konto'), 'the badge speaks German');
    expect(label()).to.equal('Support-Konto, Zugriff bis 15.03.2099, 10:00');
    expect(text(badge)).to.match(/Zugriff bis 15\.03\.2099, 10:00 \(in [\d.]+ Tagen\)/);
  });

  it('the audit log', async () => {
    await mockOrganization({ scenario: 'carto' });
    const log = await fixture<SupportAccessLog>(
      html`<support-access-log .client=${createClient()} locale="de" time-zone="Europe/Berlin"></support-access-log>`,
    );
    await shows(log, '7 Ereignisse geladen');
    const shown = text(log);
    expect(shown).to.contain('Protokoll');
    expect(shown).to.contain('Die Datumsangaben gelten als ganze Tage in der Zeitzone Europe/Berlin.');
    expect(shown).to.contain('24.01.2026, 10:00 vor 45 Tagen Zugriff gewährt Ana Admin');
    const headers = [...log.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((header) => words(header.textContent));
    expect(headers).to.deep.equal(['Zeit', 'Ereignis', 'Ausgeführt von', 'Beschreibung', 'Ticket', 'Freigabe']);
    expect(buttons(log)).to.include('CSV exportieren');
  });
});

describe('the language of the content', () => {
  it('is marked on the element’s content, so screen readers pronounce it right', async () => {
    await mockOrganization({ scenario: 'segment' });
    document.documentElement.lang = 'en';
    const panel = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()} locale="de-AT"></support-access-panel>`);
    await shows(panel, 'Zugriff für den Support ist aktiv');
    const base = panel.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).to.equal('de-AT');
    panel.locale = 'fr';
    await shows(panel, 'Support access is on');
    expect(base.getAttribute('lang'), 'the text is English').to.equal('en');
    await expect(panel).to.be.accessible();
  });
});

describe('a time zone Intl does not know', () => {
  it('shows dates in the browser’s zone instead of failing', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const badge = await fixture<SupportUserBadge>(
        html`<support-user-badge expires="2099-03-15T09:00:00Z" locale="de" time-zone="Mars/Olympus_Mons"></support-user-badge>`,
      );
      const label = () => words(badge.shadowRoot!.querySelector('[aria-label]')?.getAttribute('aria-label'));
      await waitUntil(() => label().startsWith('Support-Konto'), 'the badge speaks German');
      const local = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2099-03-15T09:00:00Z'));
      expect(label()).to.equal(`Support-Konto, Zugriff bis ${words(local)}`);
      expect(warnings).to.deep.equal([
        'support-access-elements: unknown time-zone "Mars/Olympus_Mons"; dates are shown in the browser\'s time zone.',
      ]);
    } finally {
      console.warn = warn;
    }
  });
});

describe('switching the language at run time', () => {
  it('re-renders when the locale property changes: English, German, English', async () => {
    await mockOrganization({ scenario: 'segment' });
    const panel = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient()} locale="en-US" time-zone="Europe/Berlin"></support-access-panel>`,
    );
    await shows(panel, 'Support access is on');
    expect(text(panel)).to.contain('Granted by Ana Admin on Mar 8, 2026, 10:00 AM');
    panel.locale = 'de';
    await shows(panel, 'Zugriff für den Support ist aktiv');
    expect(text(panel)).to.contain('Gewährt von Ana Admin am 08.03.2026, 10:00');
    panel.locale = 'en-GB';
    await shows(panel, 'Support access is on');
    expect(text(panel)).to.contain('Granted by Ana Admin on 8 Mar 2026, 10:00');
  });

  it('follows the document’s lang, and the nearest ancestor’s lang before it', async () => {
    await mockOrganization({ scenario: 'segment' });
    document.documentElement.lang = 'en';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><support-access-panel .client=${createClient()} time-zone="UTC"></support-access-panel></div>`,
    );
    const panel = wrapper.querySelector('support-access-panel')!;
    await shows(panel, 'Support access is on');
    document.documentElement.lang = 'de-DE';
    await shows(panel, 'Zugriff für den Support ist aktiv', 'follows the document');
    wrapper.lang = 'en';
    await shows(panel, 'Support access is on', 'the ancestor wins over the document');
    wrapper.removeAttribute('lang');
    await shows(panel, 'Zugriff für den Support ist aktiv', 'back to the document');
    document.documentElement.lang = 'en';
    await shows(panel, 'Support access is on', 'the document is English again');
  });

  it('an enable form’s own field messages follow a switch while they show', async () => {
    const { org } = await mockOrganization({ scenario: 'segment' });
    org.revoke(org.getState().grant!.id, { inheritorId: 'u-ana' });
    const panel = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()} locale="en"></support-access-panel>`);
    await shows(panel, 'Support access is off');
    part<HTMLButtonElement>(panel, 'enable-button').click();
    await waitUntil(() => panel.shadowRoot!.querySelector('#confirmed-error'), 'the confirmation is asked for');
    const error = (field: string) => words(panel.shadowRoot!.querySelector(`#${field}-error`)?.textContent);
    expect(error('confirmed')).to.equal('Tick the box to confirm.');
    expect(error('ticket'), 'the ticket the policy asks for').to.equal('Enter the ticket.');
    panel.locale = 'de';
    await shows(panel, 'Zugriff für den Support ist deaktiviert');
    expect(error('confirmed')).to.equal('Setzen Sie zur Bestätigung das Häkchen.');
    expect(error('ticket')).to.equal('Geben Sie das Ticket an.');
  });

  it('a policy’s own field messages and “Policy saved.” follow a switch while they show', async () => {
    await mockOrganization({ scenario: 'carto' });
    const settings = await fixture<SupportAccessSettings>(
      html`<support-access-settings .client=${createClient()} locale="en"></support-access-settings>`,
    );
    await shows(settings, 'Who decides');
    for (const box of settings.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="durations"]:checked')) {
      box.click();
      await settings.updateComplete;
    }
    part<HTMLButtonElement>(settings, 'save-button').click();
    const error = () => words(settings.shadowRoot!.querySelector('#durations-error')?.textContent);
    await waitUntil(error, 'the offer is asked for');
    expect(error()).to.equal('Offer at least one duration.');
    // A rule of the contract's, checked before saving: the default must be one of the offered durations.
    const rule = () => words(settings.shadowRoot!.querySelector('#defaultDuration-error')?.textContent);
    expect(rule()).to.equal('Choose a default that is one of the offered durations.');
    settings.locale = 'de';
    await shows(settings, 'Wer entscheidet');
    expect(error()).to.equal('Bieten Sie mindestens einen Zeitraum an.');
    expect(rule()).to.equal('Wählen Sie als Standard einen der angebotenen Zeiträume.');

    settings.locale = 'en';
    await shows(settings, 'Who decides');
    part<HTMLButtonElement>(settings, 'discard-button').click();
    await settings.updateComplete;
    settings.shadowRoot!.querySelector<HTMLInputElement>('#requireTicket')!.click();
    await settings.updateComplete;
    part<HTMLButtonElement>(settings, 'save-button').click();
    const saved = () => words(part(settings, 'actions').querySelector('[role="status"]')?.textContent);
    await waitUntil(() => saved() === 'Policy saved.', 'saved', { timeout: 8000 });
    settings.locale = 'de';
    await shows(settings, 'Wer entscheidet');
    expect(saved()).to.equal('Richtlinie gespeichert.');
  });

  it('takes the provider’s locale and time zone, unless an element sets its own', async () => {
    await mockOrganization({ scenario: 'carto' });
    const provider = await fixture<SupportAccessProvider>(html`<support-access-provider
      lang="en"
      base-url=${DEFAULT_BASE_URL}
      locale="de"
      time-zone="Europe/Berlin"
    >
      <support-access-log></support-access-log>
      <support-access-settings locale="en"></support-access-settings>
    </support-access-provider>`);
    const log = provider.querySelector('support-access-log')!;
    const settings = provider.querySelector('support-access-settings')!;
    await shows(log, '7 Ereignisse geladen');
    expect(text(log)).to.contain('24.01.2026, 10:00 vor 45 Tagen Zugriff gewährt');
    await shows(settings, 'Support access policy');

    provider.locale = 'en-US';
    provider.timeZone = 'UTC';
    await shows(log, '7 events loaded');
    expect(text(log)).to.contain('Jan 24, 2026, 9:00 AM');
    expect(text(log)).to.contain('Dates are whole days in UTC.');
  });
});

describe('a host’s own strings and languages', () => {
  it('overrides a single English label', async () => {
    register('en', { 'panel.revoke': 'End support access' });
    await mockOrganization({ scenario: 'segment' });
    const panel = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()} locale="en"></support-access-panel>`);
    await shows(panel, 'Support access is on');
    expect(buttons(panel)).to.include('End support access');
    expect(buttons(panel)).to.not.include('Revoke access');
    expect(buttons(panel)).to.include('Extend');
  });

  it('overrides a single German label over the shipped German', async () => {
    register('de', { 'panel.revoke': 'Support-Zugang beenden' });
    await mockOrganization({ scenario: 'segment' });
    const panel = await fixture<SupportAccessPanel>(html`<support-access-panel .client=${createClient()} locale="de"></support-access-panel>`);
    await shows(panel, 'Zugriff für den Support ist aktiv');
    expect(buttons(panel)).to.include.members(['Support-Zugang beenden', 'Verlängern']);
  });

  it('shows a registered Polish catalog with its few and many forms', async () => {
    register('pl', {
      'log.title': 'Dziennik zdarzeń',
      'log.count.one': 'Wczytano {count} zdarzenie',
      'log.count.few': 'Wczytano {count} zdarzenia',
      'log.count.many': 'Wczytano {count} zdarzeń',
      'log.count.other': 'Wczytano {count} zdarzenia',
    });
    await mockOrganization({ scenario: 'carto' });
    const log = await fixture<SupportAccessLog>(
      html`<support-access-log .client=${createClient()} locale="pl" time-zone="UTC"></support-access-log>`,
    );
    await shows(log, 'Wczytano 7 zdarzeń');
    expect(text(log)).to.contain('Dziennik zdarzeń');
    // What Polish does not translate stays English, with Polish dates.
    expect(text(log)).to.contain('Export CSV');
    expect(text(log)).to.contain('24 sty 2026, 09:00');
    log.types = 'access.granted,access.expired';
    await shows(log, 'Wczytano 2 zdarzenia');
    log.types = 'access.granted';
    await shows(log, 'Wczytano 1 zdarzenie');
  });

  it('speaks English with the dates and numbers of a language it has no messages for', async () => {
    await mockOrganization({ scenario: 'segment' });
    const panel = await fixture<SupportAccessPanel>(
      html`<support-access-panel .client=${createClient()} locale="fr-FR" time-zone="Europe/Berlin"></support-access-panel>`,
    );
    await shows(panel, 'Support access is on');
    expect(text(panel)).to.contain('Granted by Ana Admin on 8 mars 2026, 10:00');
    expect(text(panel)).to.contain('5 days left');
  });
});

import { expect } from '@open-wc/testing';
import { SupportAccessError } from '../src/client/index.js';
import {
  describeError,
  en,
  loadLocale,
  registerTranslations,
  resolveLocale,
  translate,
  translatePlural,
  type MessageKey,
  type PluralBase,
} from '../src/i18n/index.js';
import { de } from '../src/i18n/locales/de.js';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = (catalog: object) => Object.keys(catalog).sort();

describe('the German catalog', () => {
  it('has exactly the English keys', () => {
    expect(keys(de)).to.deep.equal(keys(en));
  });

  it('keeps every message’s placeholders', () => {
    const differing = (Object.keys(en) as MessageKey[])
      .filter((key) => placeholders(de[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: ${de[key]}`);
    expect(differing).to.deep.equal([]);
  });

  it('names each button with its visible words first, as voice control says them (WCAG 2.5.3), in English and German', () => {
    // Every message `x` whose accessible name is `x.label`: a new pair is checked without being listed.
    const buttons = (Object.keys(en) as MessageKey[]).filter((key) => `${key}.label` in en);
    expect(buttons).to.include.members(['requests.approve', 'requests.reject', 'requests.note.toggle']);
    const mismatched = [en, de].flatMap((catalog) =>
      buttons
        .map((key) => [catalog[key], catalog[`${key}.label` as MessageKey].replace('{name}', 'sam.support')])
        .filter(([shown, name]) => !name.toLowerCase().startsWith(shown.toLowerCase())),
    );
    expect(mismatched).to.deep.equal([]);
  });

  it('is written in German, not copied from English', () => {
    // Words German shares with English (and pure placeholder patterns) may stay as they are.
    const same = new Set(['Ticket', 'System', 'Support', 'Maintainer', 'Filter', '{type}: {count}', '{date} ({relative})']);
    const copied = (Object.keys(en) as MessageKey[]).filter(
      (key) => de[key] === en[key] && !same.has(en[key]) && !/^[{}\w$]+$/.test(en[key].replace(/[{}$\s]/g, '')),
    );
    expect(copied).to.deep.equal([]);
  });
});

describe('built-in German', () => {
  const undo: (() => void)[] = [];
  afterEach(() => undo.splice(0).reverse().forEach((restore) => restore()));

  it('is English until loaded, then German for every German tag', async () => {
    expect(translate('de', 'panel.revoke')).to.equal('Revoke access');
    expect(resolveLocale('de-CH')).to.equal('en');
    // A host's override registered before the catalog arrives still wins over it.
    undo.push(registerTranslations('de', { 'panel.revoke': 'Support-Zugang beenden' }));
    await loadLocale('de-AT');
    expect(resolveLocale('de-CH')).to.equal('de');
    expect(translate('de-CH', 'panel.revoke')).to.equal('Support-Zugang beenden');
    expect(translate('de-AT', 'panel.form.submit')).to.equal('Zugriff aktivieren');
    expect(translate('de', 'log.title')).to.equal('Protokoll');
    undo.splice(0).forEach((restore) => restore());
    expect(translate('de-DE', 'panel.revoke')).to.equal('Zugriff widerrufen');
  });

  it('is what a region inherits, so Swiss German registers only what differs', async () => {
    await loadLocale('de-CH');
    undo.push(registerTranslations('de-CH', { 'common.close': 'Schliessen' }));
    expect(translate('de-CH', 'common.close')).to.equal('Schliessen');
    expect(translate('de-CH', 'common.cancel')).to.equal('Abbrechen');
    expect(translate('de-DE', 'common.close')).to.equal('Schließen');
  });

  it('formats plurals and numbers the German way', async () => {
    await loadLocale('de');
    expect(translatePlural('de', 'log.count', 1)).to.equal('1 Ereignis geladen');
    expect(translatePlural('de', 'log.count', 1234)).to.equal('1.234 Ereignisse geladen');
    expect(translate('de', 'requests.shown', { shown: 25, total: 1500 })).to.equal('25 von 1.500 angezeigt.');
  });

  it('passes on the server’s wait in German words', async () => {
    await loadLocale('de');
    const error = new SupportAccessError({ operation: 'grant', code: 'rate-limited', status: 429, message: 'x', retryAfter: 120_000 });
    expect(describeError('de', error)).to.equal(
      'Fehler beim Gewähren des Zugriffs für den Support. Zu viele Anfragen in kurzer Zeit. Versuchen Sie es in 2 Minuten erneut.',
    );
  });

  it('resolves at once for a language the package does not ship', async () => {
    await loadLocale('fr-FR');
    expect(resolveLocale('fr-FR')).to.equal('en');
  });
});

describe('a host’s language with more plural forms than English', () => {
  const undo: (() => void)[] = [];
  afterEach(() => undo.splice(0).reverse().forEach((restore) => restore()));

  it('picks Polish one, few, many and other', () => {
    undo.push(
      registerTranslations('pl', {
        'log.count.one': 'Wczytano {count} zdarzenie',
        'log.count.few': 'Wczytano {count} zdarzenia',
        'log.count.many': 'Wczytano {count} zdarzeń',
        'log.count.other': 'Wczytano {count} zdarzenia',
      }),
    );
    const count = (n: number) => translatePlural('pl-PL', 'log.count', n);
    expect(count(1)).to.equal('Wczytano 1 zdarzenie');
    expect(count(3)).to.equal('Wczytano 3 zdarzenia');
    expect(count(5)).to.equal('Wczytano 5 zdarzeń');
    expect(count(22)).to.equal('Wczytano 22 zdarzenia');
    expect(count(25)).to.equal('Wczytano 25 zdarzeń');
    expect(count(1.5)).to.equal('Wczytano 1,5 zdarzenia');
    expect(count(12345)).to.equal('Wczytano 12\u00a0345 zdarzeń');
  });

  it('picks all six Arabic forms', () => {
    const base: PluralBase = 'dialog.list.count';
    undo.push(
      registerTranslations('ar', {
        [`${base}.zero`]: 'لا يوجد مستخدمون',
        [`${base}.one`]: 'مستخدم واحد',
        [`${base}.two`]: 'مستخدمان',
        [`${base}.few`]: '{count} مستخدمين',
        [`${base}.many`]: '{count} مستخدمًا',
        [`${base}.other`]: '{count} مستخدم',
      }),
    );
    const shown = [0, 1, 2, 3, 11, 100].map((n) => translatePlural('ar', base, n));
    expect(shown).to.deep.equal(['لا يوجد مستخدمون', 'مستخدم واحد', 'مستخدمان', '3 مستخدمين', '11 مستخدمًا', '100 مستخدم']);
  });

  it('uses its own other form for a missing category, and English only when it has none', () => {
    undo.push(registerTranslations('pl', { 'log.export.done.other': 'Wyeksportowano zdarzenia: {count}.' }));
    expect(translatePlural('pl', 'log.export.done', 5)).to.equal('Wyeksportowano zdarzenia: 5.');
    expect(translatePlural('pl', 'log.export.progress', 5)).to.equal('Exported 5 events…');
  });
});

describe('a locale without translations', () => {
  it('speaks English with that locale’s numbers', () => {
    expect(translate('fr-FR', 'requests.shown', { shown: 1000, total: 12345 })).to.equal('Showing 1\u202f000 of 12\u202f345.');
    expect(translatePlural('fr', 'log.count', 1)).to.equal('1 event loaded');
    // French calls 0 singular; the sentence is English, so English rules choose the form.
    expect(translatePlural('fr', 'log.count', 0)).to.equal('0 events loaded');
  });
});

/**
 * Translations and Intl formatting as plain functions of a locale, so they work in any element, in
 * Node and in tests without a DOM. `locale` is a BCP 47 tag such as `en`, `de-AT`.
 */
import { durationParts } from '../contract/duration.js';
import { en, type Catalog, type MessageKey, type PluralBase, type Translations } from './en.js';

export type MessageParams = Record<string, string | number>;
export type TranslationsListener = (locale: string) => void;

interface Entry {
  /** The tag as first registered, so `resolveLocale` answers in the host's spelling. */
  locale: string;
  messages: Translations;
}

// Keyed by lower case: language tags compare case-insensitively.
const catalogs = new Map<string, Entry>([['en', { locale: 'en', messages: { ...en } }]]);
const listeners = new Set<TranslationsListener>();

// The languages shipped with the package besides English, each its own module: an element loads one
// only when a page asks for its language, so the others never reach the page. Keyed by language.
const builtInLoaders: Record<string, () => Promise<Catalog>> = {
  de: () => import('./locales/de.js').then((module) => module.de),
};
// Loaded built-in catalogs sit below the host's registrations: a host's override always wins.
const builtIn = new Map<string, Catalog>();
const loading = new Map<string, Promise<void>>();
// Every message looks its locale up: a list of 50 items asks for the same chain hundreds of times.
const chains = new Map<string, string[]>();

/** RFC 4647 lookup order: `zh-Hant-TW`, `zh-Hant`, `zh`, then English. Singletons (`-x-`) never end a tag. */
function lookupChain(locale: string): string[] {
  let chain = chains.get(locale);
  if (chain) return chain;
  chain = [];
  for (const subtags = locale.toLowerCase().split('-'); subtags.length; subtags.pop()) {
    if (subtags[subtags.length - 1].length > 1) chain.push(subtags.join('-'));
  }
  chain.push('en');
  chains.set(locale, chain);
  return chain;
}

/** A message of exactly this (lower-case) tag: the host's, else the built-in one. */
function messageOf(tag: string, key: string): string | undefined {
  return (catalogs.get(tag)?.messages as Record<string, string | undefined> | undefined)?.[key] ??
    (builtIn.get(tag) as Record<string, string | undefined> | undefined)?.[key];
}

/**
 * Adds a locale or overrides single messages of one, English and German included. Returns a
 * function that puts back what this call replaced, unless something registered since has replaced it again.
 */
export function registerTranslations(locale: string, messages: Translations): () => void {
  const tag = locale.toLowerCase();
  const existing = catalogs.get(tag);
  const previous: Translations = { ...existing?.messages };
  catalogs.set(tag, { locale: existing?.locale ?? locale, messages: { ...previous, ...messages } });
  notify(locale);
  return () => {
    const current = catalogs.get(tag);
    if (!current) return;
    for (const key of Object.keys(messages) as (keyof Translations)[]) {
      if (current.messages[key] !== messages[key]) continue;
      if (Object.hasOwn(previous, key)) current.messages[key] = previous[key];
      else delete current.messages[key];
    }
    if (!existing && !Object.keys(current.messages).length) catalogs.delete(tag);
    notify(locale);
  };
}

/** The language part of a tag, lower-cased: `de` for `de-AT`. */
export const languageOf = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * Loads the catalog the package ships for `locale`'s language (German for `de-AT`), once, and
 * tells every listener when it arrives. Elements call it themselves; a host awaits it to show the
 * first render in that language already. Resolves at once for a language the package does not ship;
 * rejects if the catalog cannot be loaded, and the language then stays English.
 */
export function loadLocale(locale: string): Promise<void> {
  const language = languageOf(locale);
  const load = Object.hasOwn(builtInLoaders, language) ? builtInLoaders[language] : undefined;
  if (!load) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then((catalog) => {
      builtIn.set(language, catalog);
      notify(language);
    });
    // Handled here once, so an element that only starts the load never leaves a rejection unhandled.
    pending.catch(() => {});
    loading.set(language, pending);
  }
  return pending;
}

/** Calls `listener` with the locale whenever translations change; returns the unsubscribe function. */
export function onTranslationsChange(listener: TranslationsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(locale: string): void {
  for (const listener of [...listeners]) listener(locale);
}

/** The registered (or loaded built-in) locale that best serves `requested`: the tag, then its language, then `en`. */
export function resolveLocale(requested = ''): string {
  const tag = lookupChain(requested).find((candidate) => catalogs.has(candidate) || builtIn.has(candidate)) ?? 'en';
  return catalogs.get(tag)?.locale ?? tag;
}

function fill(message: string, locale: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** The message in the best locale that has it; `{name}` is replaced from `params`, numbers formatted for `locale`. */
export function translate(locale: string, key: MessageKey, params?: MessageParams): string {
  for (const tag of lookupChain(locale)) {
    const found = messageOf(tag, key);
    if (found !== undefined) return fill(found, locale, params);
  }
  return fill(key, locale, params);
}

/**
 * The plural form of `base` for `count`, chosen by `Intl.PluralRules` of the language that has the
 * message: `log.count.few` for 3 in Polish. A language that lacks the category's form uses its
 * `other` form before falling back to the next language. `{count}` is `count`, formatted for `locale`.
 */
export function translatePlural(locale: string, base: PluralBase, count: number, params?: MessageParams): string {
  const values = { ...params, count };
  for (const tag of lookupChain(locale)) {
    const category = formatter('plural', tag, {}, () => new Intl.PluralRules(tag)).select(count);
    const found = messageOf(tag, `${base}.${category}`) ?? messageOf(tag, `${base}.other`);
    if (found !== undefined) return fill(found, locale, values);
  }
  return fill(`${base}.other`, locale, values);
}

// Building an Intl formatter costs far more than using one, and a ticking countdown formats every second.
const formatters = new Map<string, unknown>();
function formatter<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let cachedFormatter = formatters.get(key) as T | undefined;
  if (!cachedFormatter) formatters.set(key, (cachedFormatter = create()));
  return cachedFormatter;
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatter('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

type DurationUnit = 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
// Not yet in TypeScript's lib; Chromium 129, Firefox 136 and Safari 16.4 ship it.
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'long' },
) => { format(duration: Partial<Record<`${DurationUnit}s`, number>>): string };

/**
 * An ISO 8601 duration in words, in the units it was written in: `P1D` is "1 day" and `PT24H` is
 * "24 hours", because a policy that says 24 hours means it. Text that is not a duration is returned as is.
 */
export function formatDuration(locale: string, iso: string): string {
  const parts = durationParts(iso);
  if (!parts) return iso;
  const wholeSeconds = Math.trunc(parts.seconds);
  // Largest first, as written, with the seconds' fraction in milliseconds: DurationFormat's fields.
  const units = { ...parts, seconds: wholeSeconds, milliseconds: Math.round((parts.seconds - wholeSeconds) * 1000) };
  const written = Object.entries(units).filter(([, value]) => value > 0);
  if (!written.length) written.push(['seconds', 0]);

  const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  // A zero duration, which DurationFormat leaves empty, is said by the list: "0 seconds".
  if (DurationFormat && written[0][1]) {
    return formatter('duration', locale, {}, () => new DurationFormat(locale, { style: 'long' })).format(Object.fromEntries(written));
  }
  const list = formatter('list', locale, {}, () => new Intl.ListFormat(locale, { type: 'unit' }));
  // A unit of NumberFormat is named in the singular: `hour` for `hours`.
  return list.format(written.map(([field, value]) => formatNumber(locale, value, { style: 'unit', unit: field.slice(0, -1), unitDisplay: 'long' })));
}

export function formatDateTime(locale: string, value: string | number | Date, timeZone?: string): string {
  const date = new Date(value);
  if (isNaN(date.getTime())) return `${value}`;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone };
  return formatter('dateTime', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

// Each unit serves until its rounded count reaches the next unit: 59 seconds, then 1 minute.
const relativeUnits: [unit: Intl.RelativeTimeFormatUnit, ms: number, limit: number][] = [
  ['second', 1000, 60],
  ['minute', 60_000, 60],
  ['hour', 3_600_000, 24],
  ['day', 86_400_000, Infinity],
];

/**
 * `ms` from now (negative for the past) in the largest unit that reads naturally: "in 2 hours",
 * "now". Days are counted, never "tomorrow": 30 hours from 11 PM is the day after tomorrow, and a
 * count of milliseconds knows no calendar.
 */
export function formatRelativeTime(locale: string, ms: number): string {
  const [unit, size] = relativeUnits.find(([, size, limit]) => Math.abs(Math.round(ms / size)) < limit) ?? relativeUnits[3];
  const options = { numeric: unit === 'day' ? 'always' : 'auto' } as const;
  return formatter('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options)).format(Math.round(ms / size), unit);
}

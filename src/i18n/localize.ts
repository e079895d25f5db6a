/**
 * Translations and Intl formatting as plain functions of a locale, so they work in any element, in
 * Node and in tests without a DOM. `locale` is a BCP 47 tag such as `en`, `de-AT`.
 */
import { durationParts } from '../contract/duration.js';
import { en, type Catalog, type MessageKey } from './en.js';

export type MessageParams = Record<string, string | number>;
export type TranslationsListener = (locale: string) => void;

interface Entry {
  /** The tag as first registered, so `resolveLocale` answers in the host's spelling. */
  locale: string;
  messages: Partial<Catalog>;
}

// Keyed by lower case: language tags compare case-insensitively.
const catalogs = new Map<string, Entry>([['en', { locale: 'en', messages: { ...en } }]]);
const listeners = new Set<TranslationsListener>();

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

/**
 * Adds a locale or overrides single messages of one, English included. Returns a function that puts
 * back what this call replaced, unless something registered since has replaced it again.
 */
export function registerTranslations(locale: string, messages: Partial<Catalog>): () => void {
  const tag = locale.toLowerCase();
  const existing = catalogs.get(tag);
  const previous: Partial<Catalog> = { ...existing?.messages };
  catalogs.set(tag, { locale: existing?.locale ?? locale, messages: { ...previous, ...messages } });
  notify(locale);
  return () => {
    const current = catalogs.get(tag);
    if (!current) return;
    for (const key of Object.keys(messages) as MessageKey[]) {
      if (current.messages[key] !== messages[key]) continue;
      if (Object.hasOwn(previous, key)) current.messages[key] = previous[key];
      else delete current.messages[key];
    }
    if (!existing && !Object.keys(current.messages).length) catalogs.delete(tag);
    notify(locale);
  };
}

/** Calls `listener` with the locale whenever translations change; returns the unsubscribe function. */
export function onTranslationsChange(listener: TranslationsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(locale: string): void {
  for (const listener of [...listeners]) listener(locale);
}

/** The registered locale that best serves `requested`: the tag, then its language, then `en`. */
export function resolveLocale(requested = ''): string {
  const tag = lookupChain(requested).find((candidate) => catalogs.has(candidate)) ?? 'en';
  return catalogs.get(tag)?.locale ?? 'en';
}

/** The message in the best locale that has it; `{name}` is replaced from `params`, numbers formatted for `locale`. */
export function translate(locale: string, key: MessageKey, params?: MessageParams): string {
  let message: string = key;
  for (const tag of lookupChain(locale)) {
    const found = catalogs.get(tag)?.messages[key];
    if (found !== undefined) {
      message = found;
      break;
    }
  }
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
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
  const units: [DurationUnit, number][] = [
    ['week', parts.weeks],
    ['day', parts.days],
    ['hour', parts.hours],
    ['minute', parts.minutes],
    ['second', wholeSeconds],
    ['millisecond', Math.round((parts.seconds - wholeSeconds) * 1000)],
  ];
  const written = units.filter(([, value]) => value > 0);
  if (!written.length) written.push(['second', 0]);

  const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const duration = Object.fromEntries(written.map(([unit, value]) => [`${unit}s`, value]));
    return formatter('duration', locale, {}, () => new DurationFormat(locale, { style: 'long' })).format(duration);
  }
  const list = formatter('list', locale, {}, () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }));
  return list.format(written.map(([unit, value]) => formatNumber(locale, value, { style: 'unit', unit, unitDisplay: 'long' })));
}

export function formatDateTime(locale: string, value: string | number | Date, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
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

/** `ms` from now (negative for the past) in the largest unit that reads naturally: "in 2 hours", "tomorrow". */
export function formatRelativeTime(locale: string, ms: number): string {
  const format = formatter('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const [unit, size] = relativeUnits.find(([, size, limit]) => Math.abs(Math.round(ms / size)) < limit) ?? relativeUnits[3];
  return format.format(Math.round(ms / size), unit);
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext, type LocaleSettings } from './context.js';
import type { MessageKey, PluralBase } from './en.js';
import { describeError } from './errors.js';
import { ProviderSubscription } from '../state/late-provider.js';
import {
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelativeTime,
  languageOf,
  loadLocale,
  onTranslationsChange,
  resolveLocale,
  translate,
  translatePlural,
  type MessageParams,
} from './localize.js';

/** What an element may offer to pin its language or time zone; both are optional. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
  timeZone?: string;
}

// Asked for every message an element renders; the answer for a tag never changes.
const canonical = new Map<string, string | undefined>();

/** A tag Intl accepts, or `undefined`: a stray `lang="en_US"` must not break rendering. */
function validTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let valid: string | undefined;
  try {
    valid = Intl.getCanonicalLocales(tag)[0];
  } catch {
    // Not a tag: it stays undefined.
  }
  canonical.set(tag, valid);
  return valid;
}

/** The nearest `lang`, crossing shadow roots, as the browser itself inherits it. */
function inheritedLang(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element ? validTag(node.getAttribute('lang')) : undefined;
    if (lang) return lang;
  }
  return undefined;
}

// A time zone Intl does not know would throw on every date: it is reported once, and dates show in
// the browser's zone instead.
const knownZones = new Map<string, boolean>();
/** `zone` when Intl knows it (checked once per zone; the first check loads time zone data). */
export function validZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
      console.warn(`support-access-elements: unknown time-zone "${zone}"; dates are shown in the browser's time zone.`);
    }
    knownZones.set(zone, known);
  }
  return known ? zone : undefined;
}

// One observer serves every element: a page changes its language rarely, and then all of them follow.
// It watches the light DOM below <html>; a `lang` changed inside some shadow root needs a `requestUpdate()`.
const langWatchers = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

function watchLang(host: ReactiveControllerHost): void {
  langWatchers.add(host);
  if (langObserver) return;
  langObserver = new MutationObserver(() => langWatchers.forEach((watcher) => watcher.requestUpdate()));
  langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(host: ReactiveControllerHost): void {
  langWatchers.delete(host);
  if (langWatchers.size) return;
  langObserver?.disconnect();
  langObserver = undefined;
}


/**
 * Gives an element its language: its `locale` property, else its provider's `locale`, else the
 * nearest `lang`, else the browser's; and its time zone: its own `timeZone`, else its provider's.
 * Loads a language the package ships (German) when first asked for it, and re-renders the element
 * when it arrives, when the page's language changes or when the registered translations change.
 */
export class LocalizeController implements ReactiveController {
  /** The element it localizes. */
  readonly host: LocalizeHost;
  #unsubscribe?: () => void;
  #provided?: LocaleSettings;

  constructor(host: LocalizeHost) {
    this.host = host;
    // Bound, so a template can take it as `const t = i18n.t`.
    this.t = this.t.bind(this);
    new ProviderSubscription(host, localeContext, this.#onProvided);
    host.addController(this);
  }

  readonly #onProvided = (value: LocaleSettings | undefined): void => {
    this.#provided = value;
    this.host.requestUpdate();
  };

  /** The tag asked for, whether or not messages exist in it. */
  get requestedLocale(): string {
    const requested =
      validTag(this.host.locale) ??
      validTag(this.#provided?.locale) ??
      inheritedLang(this.host) ??
      validTag(document.documentElement.lang) ??
      validTag(navigator.language) ??
      'en';
    // Once per language; until it arrives (or if it cannot be loaded) the element speaks English.
    void loadLocale(requested);
    return requested;
  }

  /**
   * The language the element speaks: the requested tag (keeping its region, `de-AT`) while messages
   * exist in its language, otherwise the locale the messages fall back to. Plurals, durations, lists
   * and relative times follow it, since they are words inside its sentences.
   */
  get locale(): string {
    const requested = this.requestedLocale;
    const messages = resolveLocale(requested);
    return languageOf(requested) === languageOf(messages) ? requested : messages;
  }

  /** The time zone dates are shown in: the element's `time-zone`, else its provider's, else (or if unknown) the browser's. */
  get timeZone(): string | undefined {
    return validZone(this.host.timeZone || this.#provided?.timeZone);
  }

  hostConnected(): void {
    this.#unsubscribe = onTranslationsChange(() => this.host.requestUpdate());
    watchLang(this.host);
  }

  /**
   * Marks the element's content with the language it is written in, so a screen reader pronounces
   * German as German on an English page (and English as English while German is still loading).
   * Nested elements are skipped: each marks its own content.
   */
  hostUpdated(): void {
    const lang = this.locale;
    for (const child of this.host.shadowRoot?.children ?? []) {
      if (child.localName.includes('-') || child instanceof HTMLStyleElement || child.getAttribute('lang') === lang) continue;
      child.setAttribute('lang', lang);
    }
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // A moved element asks again where it lands.
    this.#provided = undefined;
    unwatchLang(this.host);
  }

  /** A message; numbers in `params` are formatted for the requested locale (`fr`: 1 234,5). */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.requestedLocale, key, params);
  }

  /** The plural form of `base` for `count` (`log.count` → `log.count.one`, `.few`, `.other`, …). */
  plural(base: PluralBase, count: number, params?: MessageParams): string {
    return translatePlural(this.requestedLocale, base, count, params);
  }

  duration(iso: string): string {
    return formatDuration(this.locale, iso);
  }

  /** In the requested locale's conventions, and in the element's or provider's time zone, else the browser's. */
  dateTime(value: string | number | Date): string {
    return formatDateTime(this.requestedLocale, value, this.timeZone);
  }

  relativeTime(ms: number): string {
    return formatRelativeTime(this.locale, ms);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.requestedLocale, value, options);
  }

  error(error: unknown, waited?: boolean): string {
    return describeError(this.requestedLocale, error, waited);
  }
}

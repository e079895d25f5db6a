import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey } from './en.js';
import { describeError } from './errors.js';
import {
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelativeTime,
  onTranslationsChange,
  resolveLocale,
  translate,
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
    valid = undefined;
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

const language = (tag: string) => tag.split('-')[0].toLowerCase();

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
 * Gives an element its language: its `locale` property, else the nearest `lang`, else the browser's.
 * Re-renders the element when the page's language or the registered translations change.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private unsubscribe?: () => void;

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  /**
   * The tag to speak and format in. It keeps the region (`de-AT` dates) while messages exist in its
   * language; otherwise it becomes the locale the messages fall back to, so that numbers and dates
   * never appear in another language than the sentence around them.
   */
  get locale(): string {
    const requested =
      validTag(this.host.locale) ??
      inheritedLang(this.host) ??
      validTag(document.documentElement.lang) ??
      validTag(navigator.language) ??
      'en';
    const messages = resolveLocale(requested);
    return language(requested) === language(messages) ? requested : messages;
  }

  hostConnected(): void {
    this.unsubscribe = onTranslationsChange(() => this.host.requestUpdate());
    watchLang(this.host);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    unwatchLang(this.host);
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  duration(iso: string): string {
    return formatDuration(this.locale, iso);
  }

  /** In the host's `timeZone` when it has one, else the browser's. */
  dateTime(value: string | number | Date): string {
    return formatDateTime(this.locale, value, this.host.timeZone);
  }

  relativeTime(ms: number): string {
    return formatRelativeTime(this.locale, ms);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  error(error: unknown): string {
    return describeError(this.locale, error);
  }
}

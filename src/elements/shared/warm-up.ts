import { validZone } from '../../i18n/localize-controller.js';
import { formatDateTime, formatDuration, formatNumber, formatRelativeTime } from '../../i18n/localize.js';

const warmed = new Set<string>();

/**
 * Builds the Intl formatters an element will need while its first request is still on the way.
 * The first formatter a page builds for a language loads that language's data, which takes tens of
 * milliseconds; done here, it no longer stands between the data's arrival and the painted result.
 * Once per language and time zone, in a task of its own; never again after that.
 */
export function warmUpFormatters(host: HTMLElement & { locale?: string; timeZone?: string }): void {
  const locale = host.locale || host.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  const key = `${locale} ${host.timeZone ?? ''}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  setTimeout(() => {
    try {
      validZone(host.timeZone);
      formatNumber(locale, 1);
      formatDateTime(locale, 0, host.timeZone);
      formatRelativeTime(locale, 60_000);
      // Every unit a duration can show (offered durations, countdowns): each loads its own words.
      formatDuration(locale, 'P1W1DT1H1M1S');
    } catch {
      // Not a tag Intl accepts: the element falls back on its own when it renders.
    }
  });
}

import { render } from 'lit';
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

/**
 * Draws each view in turn, from made-up data, into a hidden box in `root` and lays it out, then
 * takes the box away, all in one task: nothing of it is ever painted or read out. For an element
 * whose data is still on its way: Lit prepares each template on its first use (parsing its markup,
 * finding its parts), and the browser's first layout of a view costs more than any after it
 * (matching fonts, shaping text, filling its caches). Done here, neither stands between the data's
 * arrival and the first paint. In a task of its own, and only if `waiting()` still holds then: once
 * the data has come, the real render has done it all.
 */
export function layOutUnseen(root: ParentNode, waiting: () => boolean, views: () => unknown[]): void {
  setTimeout(() => {
    if (!waiting()) return;
    const box = document.createElement('div');
    // Size containment already gives it no height, and paint containment clips what is inside.
    box.style.cssText = 'position:absolute;visibility:hidden;width:100%;contain:strict';
    root.append(box);
    try {
      for (const view of views()) {
        render(view, box);
        void box.offsetHeight;
      }
    } catch {
      // Only a head start: the real render prepares whatever this did not.
    }
    box.remove();
  });
}

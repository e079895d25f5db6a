import { html, LitElement, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SupportAccessClient } from '../../client/client.js';
import type { SupportAccessStore } from '../../state/store.js';
import { warmUpFormatters } from './warm-up.js';

/**
 * What a live region holding `shown` is given to say `text`: the same words again get a trailing
 * no-break space, so that the region changes and they are read out again (a second request from
 * the same engineer rejected, a second filter with as many events).
 */
export const anew = (shown: string, text: string): string => (text === shown ? `${text}\u00a0` : text);

/**
 * What every data element is configured with, declared once: where its data comes from (a
 * provider, or its own `base-url` or `client`), its language and time zone, and its heading level.
 * Not an element itself.
 *
 * @ignore
 */
export class SupportAccessElement extends LitElement {
  // Each element's private state is declared `_x: STATE` (see state.ts); the public properties are
  // written out: the analyzer reads the literal, and takes a shared constant's fields for attributes.
  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** A store to use directly (advanced; a provider or `base-url` is the usual way). */
  store?: SupportAccessStore;
  /** A configured client, when the element works alone. */
  client?: SupportAccessClient;
  /** Where the REST contract lives, when the element works alone. */
  baseUrl?: string;
  /** Also refresh every this many milliseconds while visible (alone; the provider has its own). */
  refreshInterval?: number;
  /** The language; by default the nearest `lang`. */
  locale?: string;
  /** The time zone dates are shown in, e.g. `Europe/Berlin`; by default the browser's. */
  timeZone?: string;
  /** The level of the element's heading in the host's outline. */
  headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    warmUpFormatters(this);
  }

  /**
   * The element's card: its heading, what it shows, and the live region its announcements are read
   * from (none without `announcement`).
   */
  protected card(heading: unknown, busy: boolean, body: unknown, announcement?: string): TemplateResult {
    return html`<section part="base" aria-labelledby="heading" aria-busy=${busy}>
      <div id="heading" part="heading" class="heading" role="heading" aria-level=${this.headingLevelBelow()} tabindex="-1">${heading}</div>
      ${body}
      ${announcement === undefined ? nothing : html`<div class="visually-hidden" role="status">${announcement}</div>`}
    </section>`;
  }

  /** A heading one level below the element's own, as `id`, that can take focus. */
  protected subheading(id: string, heading: unknown): TemplateResult {
    return html`<div id=${id} class="subheading" role="heading" aria-level=${this.headingLevelBelow(1)} tabindex="-1"> ${heading} </div>`;
  }

  /** The level of a heading `depth` steps below the element's own, kept within 1 to 6. */
  protected headingLevelBelow(depth = 0): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + depth);
  }
}

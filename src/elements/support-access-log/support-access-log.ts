import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isSupportAccessError } from '../../client/errors.js';
import { AuditEvent, EVENT_TYPES, type Actor, type EventsQuery, type EventType } from '../../contract/schemas.js';
import { SaErrorEvent } from '../../events/error.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { StoreController } from '../../state/store-controller.js';
import type { SupportAccessStore } from '../../state/store.js';
import { unseen } from '../shared/append-new.js';
import { defineElement } from '../shared/define-element.js';
import { beforeState, failureBlock } from '../shared/failure.js';
import { anew, SupportAccessElement } from '../shared/support-access-element.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { TickController } from '../shared/tick-controller.js';
import { ticketLink } from '../shared/ticket.js';
import { assetLabel, levelLabel } from '../shared/labels.js';
import { focusRendered } from '../shared/keep-focus.js';
import { STATE } from '../shared/state.js';
import { CSV_BOM, toCsv, type CsvValue } from './csv.js';
import { DEFAULT_VIEWPORT_HEIGHT, HEADER_EM, logStyles, ROW_EM, ROWS_EM, SIX_COLUMNS, TWO_LINES } from './styles.js';

/** Events per page while scrolling. */
const PAGE_SIZE = 100;
/** A running export's progress is read out at most this often (ms). */
const ANNOUNCE_EVERY = 5000;
/** The contract's largest page: exports and reloads of what is shown use it. */
const MAX_LIMIT = 500;
/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 8;
/** A reload of what is shown pages back at most this far for events newer than the first shown. */
const MAX_NEWER_PAGES = 6;
/** The class of a phone's layout: the two lines' rules, and its own that stack an event; a layout `ROWS_EM` has a height for. */
const STACKED = 'narrow stacked' satisfies keyof typeof ROWS_EM;
/** Load the next page when the window comes this close to the last loaded row. */
const LOAD_AHEAD = 30;
/** Relative times ("3 days ago") are redrawn this often. */
const TICK = 60_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A fact a timeline step lists, by its term's key under `log.timeline.`. */
type TimelineFact = 'duration' | 'accessLevel' | 'added' | 'expiresAt' | 'inheritedBy' | 'assets' | 'ticket';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
/** A running load of events: how to stop it, and whether it reads the next page. */
type EventsLoad = [controller: AbortController, more: boolean];

export interface LogExport {
  /** The CSV file: UTF-8 with a byte order mark, CRLF line endings. */
  blob: Blob;
  fileName: string;
  /** Events in the file. */
  count: number;
}


/** `types="access.granted, support.login"` → the known types, in the contract's order. */
function parseTypes(value: string | undefined): EventType[] {
  const wanted = new Set((value ?? '').split(',').map((type) => type.trim()));
  return EVENT_TYPES.filter((type) => wanted.has(type));
}

/** Milliseconds `timeZone` is ahead of UTC at the instant `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  return local - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a calendar day (`2026-03-01`, plus `addDays`) begins in `timeZone`, or in the
 * browser's zone without one. Undefined for text that is not a day.
 */
function dayStart(day: string | undefined, timeZone: string | undefined, addDays = 0): number | undefined {
  const match = DAY_PATTERN.exec(day ?? '');
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number);
  if (!timeZone) return new Date(year, month - 1, date + addDays).getTime();
  const utc = Date.UTC(year, month - 1, date + addDays);
  try {
    // Twice: the offset at midnight may differ from the offset at midnight UTC (a DST change between).
    const first = utc - zoneOffset(utc, timeZone);
    const second = utc - zoneOffset(first, timeZone);
    // Where a DST change skips midnight west of Greenwich, the second lands on the evening before.
    return second + zoneOffset(second, timeZone) < utc ? first : second;
  } catch {
    return utc;
  }
}

/**
 * A field of the server's JSON that may be missing, or of any type: read from any value but
 * `null` and `undefined` (a string, a number or an array has none of the fields read here).
 */
type Loose = { [field: string]: unknown } | null | undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * The audit trail of support access: grants, extensions, revocations and expiries, support logins
 * and what support did, access requests and their decisions, policy changes. Newest first, loaded
 * a page at a time as the person scrolls; only the rows near the viewport are in the DOM, so a
 * trail of 100,000 events scrolls as smoothly as one of ten.
 *
 * Filters by event type and date range, reflected as attributes so a host can link to a filtered
 * view: `types="access.granted,support.login" from="2026-03-01" to="2026-03-10"`. `from` and `to`
 * are whole calendar days, both included, in the element's `time-zone` (the zone its times are
 * shown in), else the browser's. Choosing a grant (`grant="grant-12"`, also reflected) shows its
 * whole story as a timeline, oldest first: the type and day filters are the list's, kept for it
 * while the timeline shows. "Back to all events" returns to the same rows, scroll position and
 * focused row. "Export CSV" writes everything the filters select, or the timeline. The file is for
 * spreadsheets and scripts alike, so its columns do not follow the page's language: UTF-8 with a
 * byte-order mark, comma-separated, the columns `time,type,actor,acting as,summary,ticket,grant`,
 * times in ISO 8601 UTC and event types as their codes (`access.granted`).
 *
 * The grid is a `role="grid"`: one row is in the tab order; Arrow Up/Down, Page Up/Down, Home and
 * End move between rows (End also loads more), Arrow Right/Left reach a row's link and button,
 * and Enter opens the row's grant. The columns are measured in the log's own text size, so they grow
 * with larger text. Where the grid is narrower than its six columns (61.5em) but at least 40em wide,
 * each row takes two lines (event, actor and ticket; summary and grant, the summary wrapping onto a
 * third) beside its time (the date above the hour), so no column leaves the view; narrower still (a phone), each event is stacked in lines: its time, event,
 * summary (on two), actor, then ticket and grant. The column headers are then read by screen readers only.
 *
 * @summary The audit trail of support access, with filters, grant timelines and CSV export.
 * @fires sa-expired - Alone (without a provider): the grant expired. `detail.grant`.
 * @fires sa-change - Alone: the state changed. `detail.state`.
 * @fires sa-error - Loading events failed. `detail.operation` (`listEvents`), `detail.error`.
 * @fires sa-unauthenticated - Alone (without a provider): the server answered 401. Inside one, the provider fires it, once per sign-out.
 * @csspart base - The section around everything.
 * @csspart heading - The element's heading.
 * @csspart filters - The filter bar.
 * @csspart types-filter - The event type picker (a disclosure of checkboxes).
 * @csspart date-filter - The From and To date fields.
 * @csspart clear - The "Clear filters" button.
 * @csspart export-button - The "Export CSV" button.
 * @csspart export - The export's progress and its Cancel button.
 * @csspart grid - The scroll container of the events grid.
 * @csspart row - One event row (and the header row).
 * @csspart cell - One cell of a row.
 * @csspart grant-button - The button that opens a grant's timeline.
 * @csspart timeline - One grant's story.
 * @csspart step - One event of a grant's story.
 * @csspart back - The "Back to all events" button.
 * @csspart error - A failure message with its retry button.
 * @csspart header - The column header row (also a `row`).
 * @csspart more - The button that loads more of a grant's story.
 * @cssproperty [--support-access-color=inherit] - Text colour; the host's by default.
 * @cssproperty [--support-access-font=inherit] - Font; the host's by default.
 * @cssproperty [--support-access-accent-color=light-dark(#1d4ed8, #8ab4ff)] - Primary buttons, links, selection and focus rings; a darker blue on light hosts, a lighter one on dark hosts.
 * @cssproperty [--support-access-on-accent-color=light-dark(#fff, #0b1220)] - Text on the accent colour.
 * @cssproperty [--support-access-danger-color=light-dark(#b91c1c, #fca5a5)] - Destructive buttons, rejections and error messages.
 * @cssproperty [--support-access-on-danger-color] - Text on the danger colour; the on-accent colour by default.
 * @cssproperty [--support-access-success-color=light-dark(#15803d, #86efac)] - Approvals and other good outcomes.
 * @cssproperty [--support-access-warning-color=light-dark(#b45309, #fcd34d)] - The edge of a warning.
 * @cssproperty [--support-access-warning-background] - Behind warnings; a faint amber by default.
 * @cssproperty [--support-access-border-color] - Borders; a faint shade of the text colour by default.
 * @cssproperty [--support-access-muted-color] - Secondary text; a lighter shade of the text colour by default.
 * @cssproperty [--support-access-focus-ring-color] - The focus outline; the accent colour by default.
 * @cssproperty [--support-access-surface-color=Canvas] - Behind raised pieces (pop-overs, sticky headers, dialogs); the system's page colour by default, which follows the host's color-scheme.
 * @cssproperty [--support-access-radius=6px] - Corner radius.
 * @cssproperty [--support-access-spacing=0.75rem] - The base space between pieces.
 * @cssproperty [--support-access-transition-duration=120ms] - How long hover and state changes take; nothing moves under prefers-reduced-motion.
 * @cssproperty [--support-access-background=transparent] - Behind the element's frame; the host's background shows through by default.
 * @cssproperty [--support-access-log-height=32rem] - Height of the scrolling grid.
 * @tagname support-access-log
 */
export class SupportAccessLog extends SupportAccessElement {
  static override styles = [baseStyles, cardStyles, logStyles];

  static override properties: PropertyDeclarations = {
    ticketUrl: { attribute: 'ticket-url' },
    types: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    grant: { reflect: true },
    _events: STATE,
    _layout: STATE,
    _row: STATE,
    _cursor: STATE,
    _status: STATE,
    _error: STATE,
    _moreError: STATE,
    _reloadError: STATE,
    _exportError: STATE,
    _scrollTop: STATE,
    _active: STATE,
    _export: STATE,
    _announcement: STATE,
  };

  /** A link template for tickets, e.g. `https://support.example.com/tickets/{ticket}`. Only http(s). */
  ticketUrl?: string;
  /** Event types to show, comma-separated (`access.granted,support.login`); all when empty. */
  types?: string;
  /** The first day to show, `YYYY-MM-DD`, in `time-zone`. */
  from?: string;
  /** The last day to show (included), `YYYY-MM-DD`, in `time-zone`. */
  to?: string;
  /** A grant id: show that grant's timeline. */
  grant?: string;

  private _events: AuditEvent[] = [];
  /** The grid's layout (see `#resize`): six columns (''), two lines per row, or each event stacked. */
  private _layout: keyof typeof ROWS_EM = '';
  /** A row's height in whole pixels: `ROW_EM` of the log's text, read before the first rows are drawn, then by `#resize` (`ROWS_EM`). */
  private _row = 0;
  /** The next page's cursor: there are more events while it is set (never `""`, which the contract refuses). */
  private _cursor: string | null = null;
  private _status: LoadStatus = 'idle';
  private _error?: unknown;
  private _moreError?: unknown;
  /** A background reload failed; the rows stay and this shows above them. */
  private _reloadError?: unknown;
  private _exportError?: unknown;
  private _scrollTop = 0;
  /** The scroll container's height inside its borders, as last measured. */
  #viewportHeight = DEFAULT_VIEWPORT_HEIGHT;
  /** The column header's height (`HEADER_EM`; none when stacked, where it is not shown). */
  get #headHeight(): number {
    return this._layout === STACKED ? 0 : (this._row * HEADER_EM) / ROWS_EM[this._layout];
  }
  /** The row in the tab order (index into the loaded events). */
  private _active = 0;
  private _export?: { count: number };
  private _announcement = '';

  #store = new StoreController(this);
  #i18n = new LocalizeController(this);
  #tick = new TickController(this, TICK);
  /** The running load; a newer one replaces it, and a load's answer counts only while it is this one. */
  #load?: EventsLoad;
  #exporting?: AbortController;
  #lastExport?: LogExport;
  #loadedStore?: SupportAccessStore;
  /** The filters the events were loaded for; another value reloads from the start. */
  #loadedQuery?: string;
  /**
   * The shared state the events were last loaded with. Every refresh of it (the interval, the tab
   * shown again, a change anywhere) brings a new object: a support login or action changes nothing
   * in the state, so the state's content cannot say whether there are new events.
   */
  #loadedState?: object;
  /** The load willUpdate started for a new state or filter, for `refresh()` to wait on. */
  #stateLoad?: Promise<void>;
  #resetScroll?: boolean;
  /** Ids of the loaded events, so pages and reloads never add one twice. */
  #ids = new Set<string>();
  /** Set `scrollTop` to this once the rows it counts on are rendered (after prepending). */
  #scrollTo?: number;
  /** Once the running load has rendered, focus the active row (or the heading): after Clear filters or Try again. */
  #focusAfterLoad?: boolean;
  #focusRow?: number;
  #focusTimeline?: boolean;
  #frame?: number;
  #layoutFrame = 0;
  #resize = new ResizeObserver(() => {
    const viewport = this.#observed as HTMLElement | null | undefined;
    const height = viewport?.clientHeight;
    if (!height) return;
    // Two lines per row where the six columns do not fit but the two-line layout does; narrower,
    // each event stacked. Measured here, not by a container query: that would take the grid's width
    // out of the log's own, and a host layout that sizes the log to its content would shrink it to
    // the toolbar's width. The width with the scroll bar: the six columns' own plus a scroll bar
    // stay six columns.
    // Applied at the next frame: a host layout sized by the log's content resizes the grid with
    // it, and a resize inside this callback would end the browser's observer loop with an error.
    // The text size, for the rows' height too (the first header cell is observed for it: the
    // viewport's size need not change with the text).
    const width = viewport.offsetWidth;
    const em = parseFloat(getComputedStyle(viewport).fontSize);
    const layout = width < TWO_LINES * em ? STACKED : width < SIX_COLUMNS * em ? 'narrow' : '';
    const row = Math.round(ROWS_EM[layout] * em);
    cancelAnimationFrame(this.#layoutFrame);
    if (layout !== this._layout || row !== this._row) {
      this.#layoutFrame = requestAnimationFrame(() => {
        this._layout = layout;
        // Larger or smaller text: the same row stays at the top.
        if (this._scrollTop) this.#scrollTo = this._scrollTop = Math.round((this._scrollTop / this._row) * row);
        this._row = row;
      });
    }
    const slots = this.#windowSize();
    this.#viewportHeight = height;
    // Only a change in how many rows fit is drawn again: the first measure differs from the guess
    // by the borders, and drawing every row again for that cost the first paint about 10 ms.
    if (this.#windowSize() !== slots) this.requestUpdate();
  });
  #observed?: Element | null;
  /** The list a grant's timeline was opened from, to go back to as it was: its query, state, rows and place. */
  #leftList?: [
    query: string,
    state: object | undefined,
    events: AuditEvent[],
    cursor: string | null,
    ids: Set<string>,
    active: number,
    scrollTop: number,
    prepended: number,
  ];

  /** The last finished export, e.g. to attach it elsewhere or to check it in a test. */
  get lastExport(): LogExport | undefined {
    return this.#lastExport;
  }

  /**
   * Loads the shared state, then what is newer than the events shown, keeping the rows, the scroll
   * position and the focused row; a failure shows above the rows rather than in their place.
   */
  async refresh(): Promise<void> {
    const store = this.#store.store;
    if (!store) return;
    const loadedQuery = this.#loadedQuery;
    const loadedState = this.#loadedState;
    await store.refresh({ fresh: true });
    // A newly loaded state goes through willUpdate first, which has loaded the newer events with it
    // (keeping the person's place): loading again here would only cancel that request and start from
    // the top. Without one (the state failed), they load here.
    await this.updateComplete;
    if (!store.state?.permissions.viewLog) return;
    if ((this.#loadedQuery !== loadedQuery || store.state !== loadedState) && this.#loadedStore === store && this.#stateLoad) {
      await this.#stateLoad;
      return;
    }
    await this.#loadEvents('keep');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#closeTypesOutside, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#closeTypesOutside, true);
    this.#abortLoad();
    this.#exporting?.abort();
    this.#resize.disconnect();
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#layoutFrame);
    // Whatever happened while away: load again on return.
    this.#observed = this.#frame = this.#loadedQuery = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first rows are drawn, so that they are drawn at their height; a style read only.
    this._row ||= Math.round(ROW_EM * parseFloat(getComputedStyle(this).fontSize)) || 56;
    const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.closest<HTMLElement>('[data-index]');
    this.#focusedEvent = focused ? this._events[Number(focused.dataset.index)]?.id : undefined;
    this.#store.configure(changed);
    const store = this.#store.store;
    if (store !== this.#loadedStore) {
      this.#abortLoad();
      // Another organization: the last one's export (its file, its progress, its failure) is not this one's.
      this.#exporting?.abort();
      this.#exporting = this._export = this._exportError = undefined;
      this.#reset();
      this.#leftList = undefined;
      this.#loadedStore = store;
      this.#loadedQuery = undefined;
    }
    const state = store?.state;
    this.#tick.active = Boolean(state?.permissions.viewLog && this._events.length);
    if (!state) return;
    if (!state.permissions.viewLog) {
      if (this.#loadedQuery || this._status !== 'idle') {
        this.#abortLoad();
        this.#reset();
        this.#loadedQuery = undefined;
      }
      return;
    }
    const query = this.#queryKey();
    const list = this.#leftList;
    if (query !== this.#loadedQuery) {
      this.#loadedQuery = query;
      if (list?.[0] === query) {
        // Back from a grant's timeline: the list as it was left, the same rows, place and focus.
        this.#abortLoad();
        [, this.#loadedState, this._events, this._cursor, this.#ids, this._active, this._scrollTop, this.#prepended] = list;
        this.#scrollTo = this._scrollTop;
        this._status = 'ready';
        this._error = this._moreError = this._reloadError = undefined;
      } else {
        this.#loadedState = state;
        this.#reset();
        this.#stateLoad = this.#loadEvents();
      }
      if (!this.grant) this.#leftList = undefined;
    }
    // Not while a next page is on its way: the reload would cancel it (asked again, or in a timeline lost).
    // Its end updates the log, which then loads what is newer.
    if (state !== this.#loadedState && !this.#load?.[1]) {
      this.#loadedState = state;
      this.#stateLoad = this.#loadEvents('keep');
    }
  }

  protected override updated(): void {
    if (this.#focusedEvent && !(this.renderRoot as ShadowRoot).activeElement && this._events[this._active]?.id === this.#focusedEvent) {
      // The one jump the row keys cannot cover (from below the focused row to above it at once)
      // moves its element: focus follows it.
      this.#rowElement(this._active)?.focus({ preventScroll: true });
    }
    const viewport = this.renderRoot.querySelector('.viewport');
    const created = viewport !== this.#observed;
    if (created) {
      this.#resize.disconnect();
      for (const observed of [viewport, viewport?.querySelector('.cell')]) if (observed) this.#resize.observe(observed);
      this.#observed = viewport;
    }
    if (this.#resetScroll && viewport) {
      // A viewport just created is at the top: setting it would force a layout before the paint.
      if (!created) viewport.scrollTop = 0;
      this.#resetScroll = false;
    }
    if (this.#scrollTo !== undefined && viewport) {
      viewport.scrollTop = this.#scrollTo;
      this.#scrollTo = undefined;
    }
    if (this.#focusAfterLoad && !this.#load && this._status !== 'loading' && this._status !== 'idle') {
      this.#focusAfterLoad = false;
      // Only if the person has not moved on meanwhile, and the clicked button is gone: focus is
      // where it left it.
      const focused = document.activeElement;
      if (!this.shadowRoot!.activeElement && (!focused || focused === document.body || focused === this)) {
        const target =
          this.#rowElement(Math.min(this._active, this._events.length - 1)) ??
          this.renderRoot.querySelector<HTMLElement>('#timeline-heading') ??
          this.renderRoot.querySelector<HTMLElement>('#heading');
        target?.focus({ preventScroll: true });
      }
    }
    if (this.#focusRow !== undefined) {
      const row = this.#rowElement(this.#focusRow);
      if (row) {
        row.focus({ preventScroll: true });
        this.#focusRow = undefined;
      }
    }
    if (this.#focusTimeline) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#timeline-heading');
      if (heading) {
        heading.focus();
        this.#focusTimeline = false;
      }
    }
  }

  /** Row `index`'s element, when it is rendered. */
  #rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  #queryCache?: [inputs: string, query: EventsQuery, key: string];

  /** The query the filters make; computed again only when a filter or the time zone changes. */
  #query(): EventsQuery {
    const inputs = JSON.stringify([this.types, this.from, this.to, this.grant, this.#i18n.timeZone]);
    if (this.#queryCache?.[0] !== inputs) {
      const query = this.#buildQuery();
      this.#queryCache = [inputs, query, JSON.stringify(query)];
    }
    return this.#queryCache[1];
  }

  #queryKey(): string {
    this.#query();
    return this.#queryCache![2];
  }

  /** A grant's timeline is its whole story: the type and day filters are the list's, and wait for it. */
  #buildQuery(): EventsQuery {
    if (this.grant) return { grantId: this.grant, order: 'asc' };
    const type = parseTypes(this.types);
    const from = dayStart(this.from, this.#i18n.timeZone);
    const to = dayStart(this.to, this.#i18n.timeZone, 1);
    return {
      ...(type.length ? { type } : {}),
      ...(from !== undefined ? { from: new Date(from).toISOString() } : {}),
      ...(to !== undefined ? { to: new Date(to).toISOString() } : {}),
    };
  }

  get #filtered(): boolean {
    return Boolean(this.types || this.from || this.to || this.grant);
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  #reset() {
    this._events = [];
    this.#ids = new Set();
    this.#scrollTo = this._reloadError = this._error = this._moreError = undefined;
    this._cursor = null;
    this._status = 'idle';
    this._active = this._scrollTop = 0;
    this.#resetScroll = true;
  }

  #abortLoad() {
    this.#load?.[0].abort();
    this.#load = undefined;
  }

  /**
   * Loads the first page again, or with `more` the next page. With `keep` (the shared state
   * changed) and rows on screen, only the events newer than the first one shown are fetched and put
   * on top, and the scroll position and the active row move down by as many rows, so the rows under
   * the person and the focused row stay where they are. A newer load supersedes an older one: it is
   * aborted, and its answer, should it still come, is dropped.
   */
  async #loadEvents(how?: 'more' | 'keep'): Promise<void> {
    const store = this.#store.store;
    const more = how === 'more';
    if (!store || (more && (!this._cursor || this.#load || this._moreError))) return;
    // Only rows on screen make a place worth keeping; otherwise this is a load from the start.
    const keep = how === 'keep' && this._status === 'ready' && this._events.length > 0;
    this.#abortLoad();
    const controller = new AbortController();
    const load: EventsLoad = [controller, more];
    this.#load = load;
    this.requestUpdate();
    if (!more) {
      if (!keep) this._status = 'loading';
      this._error = this._reloadError = undefined;
    }
    // A failed next page stays told (its Try again may have focus) through a reload of what is newer:
    // its own Try again clears it (`#more`), a load from the start with the rest (`#reset`).
    try {
      if (keep && !this.grant) {
        await this.#loadNewer(store, load);
      } else {
        // A grant's timeline is short and oldest first: it simply loads again, as much as is shown.
        const limit = keep ? Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, this._events.length)) : PAGE_SIZE;
        let page = await this.#readPage(store, this.#query(), limit, more ? this._cursor : null, controller.signal);
        let items = page.items;
        // Read on past an empty page that is not the last (a server that filters a chunk at a time tells
        // nothing by it), and read a timeline again as far as it was shown: its steps are not cut to one page.
        while (page.nextCursor && (!items.length || (keep && items.length < this._events.length))) {
          items = items.concat((page = await this.#readPage(store, this.#query(), limit, page.nextCursor, controller.signal)).items);
        }
        if (this.#load !== load) return;
        if (more) {
          // Added in place: a copy of up to 100,000 events per page is garbage that the scroll pays
          // for in long garbage collections.
          this._events.push(...unseen(this.#ids, items));
          this.requestUpdate();
        } else {
          this.#ids = new Set();
          this._events = unseen(this.#ids, items);
          this._active = Math.min(this._active, Math.max(0, this._events.length - 1));
        }
        this._cursor = page.nextCursor;
        // A filter's outcome is told: whoever filters from the keyboard stays in the filters.
        if (!more && !keep && this.#filtered) {
          this._announcement = anew(this._announcement, this._events.length ? this.#count() : this.#noMatch());
        }
      }
      this._status = 'ready';
    } catch (error) {
      if (this.#load !== load || controller.signal.aborted) return;
      if (more) this._moreError = error;
      else if (keep) {
        // The rows (and the focused one) stay; the failure shows above them.
        this._reloadError = error;
      } else {
        this._status = 'error';
        this._error = error;
      }
      if (isSupportAccessError(error)) this.dispatchEvent(new SaErrorEvent({ operation: 'listEvents', error }));
    } finally {
      if (this.#load === load) {
        this.#load = undefined;
        this.requestUpdate();
      }
    }
    // The window may already be near the end of what just arrived.
    this.#maybeLoadMore();
  }

  /**
   * Pages newest first until the first shown event, then puts what came before it on top. Should
   * it not turn up within a few pages, what was fetched becomes the list, from the start.
   */
  async #loadNewer(store: SupportAccessStore, load: EventsLoad): Promise<void> {
    const firstId = this._events[0].id;
    const newer: AuditEvent[] = [];
    let cursor: string | null = null;
    let found = false;
    for (let pages = 0; pages < MAX_NEWER_PAGES && !found; pages++) {
      const page = await this.#readPage(store, this.#query(), pages ? MAX_LIMIT : PAGE_SIZE, cursor, load[0].signal);
      if (this.#load !== load) return;
      for (const event of page.items) {
        if (event.id === firstId) {
          found = true;
          break;
        }
        newer.push(event);
      }
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    if (!found) {
      // Too much is new (or the first shown event is gone): start over with what was fetched.
      this.#ids = new Set();
      this._events = unseen(this.#ids, newer);
      this._cursor = cursor;
      this._active = this._scrollTop = 0;
      this.#resetScroll = true;
      return;
    }
    const added = unseen(this.#ids, newer);
    if (!added.length) return;
    this._events = [...added, ...this._events];
    this.#prepended += added.length;
    this._active += added.length;
    // Scrolled down, the rows the person reads stay where they are; at the top, where a person
    // watches what support does now, the new rows show.
    const top = this.renderRoot.querySelector<HTMLElement>('.viewport')?.scrollTop ?? this._scrollTop;
    if (top) this.#scrollTo = this._scrollTop = top + added.length * this._row;
  }

  /** A page of the events `query` selects: the first, or the one `cursor` points to. */
  #readPage(store: SupportAccessStore, query: EventsQuery, limit: number, cursor: string | null | undefined, signal: AbortSignal) {
    return store.read('listEvents', () => store.client.listEvents({ ...query, limit, ...(cursor ? { cursor } : {}) }, { signal }));
  }

  /** The rows to render: those near the viewport, [first, last). */
  #window(): [number, number] {
    const count = this._events.length;
    const top = Math.floor(this._scrollTop / this._row);
    return [Math.max(0, Math.min(count, top - OVERSCAN)), Math.min(count, top + this.#windowSize() - OVERSCAN)];
  }

  /**
   * Which element shows row `index`. Elements are reused by whichever event takes their slot, so a
   * scroll (even a jump to the end) updates the same few rows in place instead of building new ones
   * each frame. Any run of `slots` rows in a row has one index per slot, so the keys are unique.
   * The active row must never be moved in the DOM, which would take focus from it: rows above it
   * have keys of their own (they are dropped, not moved, when it is scrolled away upwards); a row
   * that becomes the active one keeps the element it has (a press on a button in it must end on
   * the element it began on); and the row whose key the active row holds takes a spare element.
   */
  #rowKey(index: number, active: number, activeKey: string, slots: number): string {
    if (index === active) return activeKey;
    const key = this.#slotKey(index, active, slots);
    return key === activeKey ? 'spare' : key;
  }

  #slotKey(index: number, active: number, slots: number): string {
    // Counted from the first event ever shown, so events put on top do not move the rows below.
    const slot = (((index - this.#prepended) % slots) + slots) % slots;
    return index < active ? `above ${slot}` : `${slot}`;
  }

  /** The key each shown event's row had in the last render. */
  #keys = new Map<AuditEvent, string>();

  /** The event whose row had focus when the update began. */
  #focusedEvent: string | undefined;

  /** Events put on top of those shown since the list was loaded from the start. */
  #prepended = 0;

  /** The most rows the window can hold at the viewport's height. */
  #windowSize(): number {
    return Math.ceil(this.#viewportHeight / this._row) + 2 * OVERSCAN;
  }

  #maybeLoadMore() {
    if (this.grant || this._status !== 'ready' || !this._cursor) return;
    const [, last] = this.#window();
    if (last >= this._events.length - LOAD_AHEAD || this._active >= this._events.length - 1) void this.#loadEvents('more');
  }

  /** One read of `scrollTop` per frame, however often the browser fires `scroll`. */
  #onScroll = (event: Event) => {
    const viewport = event.currentTarget as HTMLElement;
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this._scrollTop = viewport.scrollTop;
      this.#maybeLoadMore();
    });
  };

  // ---------------------------------------------------------------------------------------------
  // Keyboard

  #onKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    const count = this._events.length;
    const screen = Math.max(1, Math.floor((this.#viewportHeight - this.#headHeight) / this._row));
    const controls = [...row.querySelectorAll<HTMLElement>('a[href],button')];
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const at = controls.indexOf(target);
        // Towards the row's end: rightwards, or leftwards in a right-to-left page.
        const to = (event.key === 'ArrowRight') !== this.matches(':dir(rtl)') ? at + 1 : at - 1;
        event.preventDefault();
        if (to >= 0 && to < controls.length) controls[to].focus();
        else if (to < 0) row.focus();
        return;
      }
      case 'Enter': {
        const grantId = this._events[index]?.grantId;
        if (target === row && grantId) {
          event.preventDefault();
          this.#openGrant(grantId);
        }
        return;
      }
    }
    const next = (
      {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + screen,
        PageUp: index - screen,
        Home: 0,
        End: count - 1,
        // On a row, not its link or button: the browser would scroll the grid away from the focused row.
        ' ': target === row ? index : undefined,
      } as Partial<Record<string, number>>
    )[event.key];
    if (next === undefined) return;
    if (event.key === 'End') void this.#loadEvents('more');
    event.preventDefault();
    this.#activate(Math.max(0, Math.min(count - 1, next)));
  };

  /** Makes a row the active one, scrolls it into view and focuses it once rendered. */
  #activate(index: number) {
    this._active = index;
    const row = this._row;
    const top = index * row;
    const body = this.#viewportHeight - this.#headHeight;
    let scrollTop = this._scrollTop;
    if (top < scrollTop) scrollTop = top;
    else if (top + row > scrollTop + body) scrollTop = top + row - body;
    if (scrollTop !== this._scrollTop) {
      const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
      if (viewport) viewport.scrollTop = scrollTop;
      this._scrollTop = scrollTop;
    }
    this.#focusRow = index;
    this.#maybeLoadMore();
  }

  #onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) this._active = Number(row.dataset.index);
  };

  // ---------------------------------------------------------------------------------------------
  // Filters

  #setTypes(type: EventType, checked: boolean) {
    const selected = new Set(parseTypes(this.types));
    if (checked) selected.add(type);
    else selected.delete(type);
    this.types = selected.size ? EVENT_TYPES.filter((candidate) => selected.has(candidate)).join(',') : undefined;
  }

  #setDay(which: 'from' | 'to', event: Event) {
    const value = (event.target as HTMLInputElement).value;
    this[which] = DAY_PATTERN.test(value) ? value : undefined;
  }

  #openGrant(grantId: string) {
    if (!this.grant) {
      // A reload still on its way (the timeline's load cancels it) or one that failed has not brought
      // the newer events: no state counts as loaded, so the way back asks for them.
      this.#leftList = [this.#loadedQuery!, this.#load?.[1] === false || this._reloadError ? undefined : this.#loadedState, this._events, this._cursor, this.#ids, this._active, this._scrollTop, this.#prepended];
    }
    this.grant = grantId;
    this.#focusTimeline = true;
  }

  #back() {
    this.grant = undefined;
    this.#focusRow = this.#leftList?.[0] === this.#queryKey() ? this.#leftList[5] : 0;
  }

  #clearFilters() {
    this.#focusAfterLoad = true;
    this.types = this.from = this.to = this.grant = undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Export

  /** Fetches every event the filters select, 500 at a time, and downloads them as CSV. */
  async #exportCsv(): Promise<void> {
    const store = this.#store.store;
    if (!store || this.#exporting) return;
    const controller = new AbortController();
    this.#exporting = controller;
    const query = this.#query();
    const fileName = this.#fileName();
    // The file is written a page at a time as pages arrive, each page's text into a Blob of its own
    // (encoded then), so no single task writes or encodes it all: joining Blobs at the end is cheap.
    const chunks: Blob[] = [new Blob([CSV_BOM, toCsv([['time', 'type', 'actor', 'acting as', 'summary', 'ticket', 'grant']])])];
    let count = 0;
    let announced = 0;
    this._export = { count: 0 };
    this._exportError = undefined;
    this._announcement = '';
    // Each event once, as on screen: pages that overlap must not write one twice in the audit file.
    const written = new Set<string>();
    try {
      let cursor: string | null | undefined;
      do {
        const page = await this.#readPage(store, query, MAX_LIMIT, cursor, controller.signal);
        if (controller.signal.aborted) return;
        const rows: CsvValue[][] = unseen(written, page.items).map((event) => [
          // In UTC, as the file promises, also from a server that writes its times with an offset; one
          // that writes UTC is written as sent, to its last digit (microseconds are not cut to milliseconds).
          /Z$/.test(event.at) ? event.at : new Date(event.at).toISOString(),
          event.type,
          // The server's name, as for every other actor: not the page's language.
          event.actor.displayName,
          event.actor.onBehalfOf?.displayName,
          event.summary,
          event.ticket,
          event.grantId,
        ]);
        chunks.push(new Blob([toCsv(rows)]));
        count += rows.length;
        this._export = { count };
        // Shown at every page, but told every few seconds: a long export is up to 200 pages.
        if (Date.now() - announced > ANNOUNCE_EVERY) {
          announced = Date.now();
          this._announcement = this.#i18n.plural('log.export.progress', count);
        }
        cursor = page.nextCursor;
      } while (cursor);
      const blob = new Blob(chunks, { type: 'text/csv;charset=utf-8' });
      this.#lastExport = { blob, fileName, count };
      this.#download(blob, fileName);
      this._announcement = this.#i18n.plural('log.export.done', count);
    } catch (error) {
      if (controller.signal.aborted) return;
      this._exportError = error;
      if (isSupportAccessError(error)) this.dispatchEvent(new SaErrorEvent({ operation: 'listEvents', error }));
    } finally {
      if (this.#exporting === controller) {
        // Cancel goes away with the export: whoever was on it moves to Export CSV (or the failure's Try again).
        const onCancel = this.shadowRoot?.activeElement?.closest('[part~=export]');
        this.#exporting = this._export = undefined;
        if (onCancel) {
          void this.updateComplete.then(() => {
            const root = this.renderRoot;
            (root.querySelector<HTMLElement>('.export-failure button') ?? root.querySelector<HTMLElement>('[part~=export-button]'))?.focus();
          });
        }
      }
    }
  }

  #cancelExport() {
    this.#exporting?.abort();
    this.#exporting = this._export = undefined;
    this._announcement = this.#i18n.t('log.export.cancelled');
    void focusRendered(this, '[part~=export-button]');
  }

  #download(blob: Blob, fileName: string) {
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    this.renderRoot.appendChild(anchor);
    anchor.click();
    anchor.remove();
    // The download has started from the URL by now; give slow browsers a moment before freeing it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** `support-access-log_2026-03-01_2026-03-10.csv`, `…_grant-12.csv`, `…_all.csv`. */
  #fileName(): string {
    // Only the days the query applied: a `from` that is no day (`2026-3-1`) selects nothing.
    const [from, to] = [this.from, this.to].map((day) => (DAY_PATTERN.test(day!) ? day : undefined));
    const part = this.grant
      ? this.grant.replace(/[^\w.-]+/g, '-')
      : from || to
        ? `${from ?? 'start'}_${to ?? 'now'}`
        : 'all';
    return `support-access-log_${part}.csv`;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering


  protected override render() {
    const store = this.#store.store;
    const t = this.#i18n.t;
    const state = store?.state;
    let body: TemplateResult;
    if (!store || !state) {
      body = beforeState(this.#i18n, store, 'log.loading');
    } else if (!state.permissions.viewLog) {
      body = html`<p>${t('log.noPermission')}</p>`;
    } else {
      body = html`${this.#filters()} ${this.grant ? this.#timeline(store) : this.#list(store)}`;
    }
    const busy = Boolean(store?.loading || this.#load || this._export);
    return this.card(t('log.title'), busy, body, this._announcement);
  }

  /**
   * The type list is drawn over the rows: Escape closes it (back on its summary), as do a click
   * elsewhere and tabbing out of it. Closing waits for the click to end: closed at the press, the
   * page could get shorter under the pointer and the click land elsewhere.
   */
  #onTypesKeydown = (event: KeyboardEvent) => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (!details.open) return;
    if (event.key === 'Escape') {
      // Only the list closes: not a host dialog around the log (the default), nor the host's own handler.
      event.preventDefault();
      event.stopPropagation();
      details.open = false;
      details.querySelector('summary')!.focus();
    } else if (event.key === 'Tab') {
      setTimeout(() => {
        if (!details.contains(this.shadowRoot?.activeElement ?? null)) details.open = false;
      });
    }
  };

  /** Listens while the log is on the page: `toggle` comes a task after opening, too late for a quick click. */
  #closeTypesOutside = (event: MouseEvent) => {
    const details = this.renderRoot.querySelector('details');
    if (details?.open && !event.composedPath().includes(details)) details.open = false;
  };

  #filters(): TemplateResult {
    const t = this.#i18n.t;
    const selected = new Set(parseTypes(this.types));
    // From after To: both days are marked, and described by why.
    const backwards = this.to! < this.from!;
    const described = backwards ? 'zone-hint no-match' : 'zone-hint';
    // In a grant's timeline only Export, in no group named "Filters": the type and day filters are
    // the list's, and come back with it.
    return html`<div class="filters" part="filters" role=${this.grant ? nothing : 'group'} aria-label=${this.grant ? nothing : t('log.filters')}>
        ${this.grant
          ? nothing
          : html`<details class="types" part="types-filter" @keydown=${this.#onTypesKeydown}>
              <summary><span>${selected.size ? t('log.filter.types.some', { count: selected.size }) : t('log.filter.types.all')}</span></summary>
              <fieldset>
                <legend class="visually-hidden">${t('log.filter.types')}</legend>
                ${EVENT_TYPES.map(
                  (type) =>
                    html`<label
                      ><input
                        type="checkbox"
                        name="type"
                        .value=${type}
                        .checked=${selected.has(type)}
                        @change=${(event: Event) => this.#setTypes(type, (event.target as HTMLInputElement).checked)}
                      />${t(`log.type.${type}`)}</label
                    >`,
                )}
              </fieldset>
            </details>
            ${(['from', 'to'] as const).map(
              (day) =>
                html`<label class="date" part="date-filter"
                  >${t(`log.filter.${day}`)}
                  <input
                    type="date"
                    name=${day}
                    aria-describedby=${described}
                    .value=${this[day] ?? ''}
                    min=${(day === 'to' && this.from) || nothing}
                    max=${(day === 'from' && this.to) || nothing}
                    aria-invalid=${backwards}
                    @change=${(event: Event) => this.#setDay(day, event)}
                /></label>`,
            )}`}
        <div class="toolbar-end">
          ${this.#filtered && !this.grant
            ? html`<button part="clear" @click=${this.#clearFilters}>${t('log.clearFilters')}</button>`
            : nothing}
          <button
            part="export-button"
            aria-disabled=${!!this._export}
            @click=${this.#exportCsv}
          >
            ${t('log.export')}
          </button>
        </div>
      </div>
      ${this.grant
        ? nothing
        : html`<p id="zone-hint" class="hint muted">
            ${this.#i18n.timeZone ? t('log.filter.zone', { zone: this.#i18n.timeZone }) : t('log.filter.zone.local')}
          </p>`}
      ${this._export
        ? html`<div class="export" part="export">
            <p>${this.#i18n.plural('log.export.progress', this._export.count)}</p>
            <button @click=${this.#cancelExport}>${t('log.export.cancel')}</button>
          </div>`
        : nothing}
      ${this._exportError
        ? html`<div class="export-failure">${failureBlock(
            this.#i18n,
            this._exportError,
            () => {
              this._exportError = undefined;
              void this.#exportCsv();
              // The Try again button is gone: the export's Cancel button takes focus.
              void focusRendered(this, '[part~=export] button');
            },
            undefined,
            t('log.export.failed'),
          )}</div>`
        : nothing}`;
  }

  /** Loading, error and the two kinds of empty: what shows instead of events. */
  #placeholder(): TemplateResult | undefined {
    const t = this.#i18n.t;
    if (this._status === 'idle' || (this._status === 'loading' && !this._events.length)) {
      return html`<p role="status" class="muted">${t('log.loading')}</p>`;
    }
    if (this._status === 'error') {
      return failureBlock(this.#i18n, this._error, () => {
        this.#focusAfterLoad = true;
        void this.#loadEvents();
      });
    }
    if (this._events.length) return undefined;
    return this.#filtered
      ? html`<div class="empty">
          <p id="no-match">${this.#noMatch()}</p>
          <button part="clear" @click=${this.#clearFilters}>${t('log.clearFilters')}</button>
        </div>`
      : html`<p>${t('log.empty')}</p>`;
  }

  #list(store: SupportAccessStore): TemplateResult {
    const placeholder = this.#placeholder();
    if (placeholder) return placeholder;
    const t = this.#i18n.t;
    const events = this._events;
    const [first, last] = this.#window();
    // Any run of this many rows in a row has one index per remainder: every slot is used again.
    const slots = this.#windowSize();
    const indexes: number[] = [];
    const active = Math.min(this._active, events.length - 1);
    // The active row stays rendered when scrolled away, so the grid always has its one tab stop.
    if (active < first) indexes.push(active);
    for (let index = first; index < last; index++) indexes.push(index);
    if (active >= last) indexes.push(active);
    const activeKey = this.#keys.get(events[active]) ?? this.#slotKey(active, active, slots);
    // Each event is shown once (see unseen), so its row's key can be found by the event.
    const keys = new Map(indexes.map((index) => [events[index], this.#rowKey(index, active, activeKey, slots)]));
    this.#keys = keys;
    const reloadError = this._reloadError ? this.#reloadFailure() : nothing;
    const columns = ['time', 'type', 'actor', 'summary', 'ticket', 'grant'] as const;
    return html`${reloadError}<div
        class="viewport ${this._layout}"
        .style=${`--_row:${this._row}px`}
        part="grid"
        role="grid"
        aria-labelledby="heading"
        aria-describedby="grid-status"
        aria-rowcount=${this._cursor ? -1 : events.length + 1}
        @scroll=${this.#onScroll}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusIn}
      >
        <div class="head-group" role="rowgroup">
          <div class="head" part="row header" role="row" aria-rowindex="1">
            ${columns.map((column) => html`<div class="cell" part="cell" role="columnheader">${t(`log.column.${column}`)}</div>`)}
          </div>
        </div>
        <div class="spacer" role="rowgroup" .style=${`block-size:${events.length * this._row}px`}>
          ${repeat(
            indexes,
            (index) => keys.get(events[index])!,
            (index) => this.#row(store, events[index], index, index === active),
          )}
        </div>
      </div>
      <p id="grid-status" class="status-line muted">
        ${this.#count()}
        ${this.#load?.[1] ? html` · <span role="status">${t('log.loadingMore')}</span>` : nothing}
      </p>
      ${this._moreError ? failureBlock(this.#i18n, this._moreError, this.#more) : nothing}`;
  }

  /** Why no event matches the filters. */
  #noMatch(): string {
    // A timeline's query has no days: From after To is the list's to tell.
    return this.#i18n.t(this.to! < this.from! && !this.grant ? 'log.filter.backwards' : 'log.emptyFiltered');
  }

  /** How many events are loaded, and whether there are more. */
  #count(): string {
    const count = this._events.length;
    return this._cursor ? this.#i18n.t('log.count.more', { count }) : this.#i18n.plural('log.count', count);
  }

  /** A failed reload, above the rows it kept, which it says are the earlier ones (not "could not load" alone). */
  #reloadFailure(): TemplateResult {
    return failureBlock(
      this.#i18n,
      this._reloadError,
      () => {
        this.#focusAfterLoad = true;
        void this.#loadEvents('keep');
      },
      this.#i18n.t('log.reload.failed'),
    );
  }

  /** The next page, after a failure or from the timeline's Show more: both buttons may go meanwhile. */
  #more = () => {
    this._moreError = undefined;
    this.#focusAfterLoad = true;
    void this.#loadEvents('more');
  };

  #row(store: SupportAccessStore, event: AuditEvent, index: number, active: boolean): TemplateResult {
    const i18n = this.#i18n;
    const t = i18n.t;
    const date = i18n.dateTime(event.at);
    const relative = i18n.relativeTime(Date.parse(event.at) - store.serverNow());
    const label = t(`log.type.${event.type}`);
    const actor = this.#actorText(event.actor);
    return html`<div
      class="row"
      part="row"
      role="row"
      aria-rowindex=${index + 2}
      data-index=${index}
      tabindex=${active ? 0 : -1}
      .style=${
        // Set through the CSSOM (the style property), not as a style attribute, which a strict
        // style-src refuses: the rows must keep their places under a host's CSP.
        `transform:translateY(${index * this._row}px)`
      }
    >
      <div class="cell" part="cell" role="gridcell" title=${t('log.when', { date, relative })}>
        <time class="line" datetime=${event.at}>${date}</time>
        <span class="line small muted">${relative}</span>
      </div>
      <div class="cell type wrap" part="cell" role="gridcell" title=${label}>${label}</div>
      <div class="cell wrap" part="cell" role="gridcell" title=${actor}>${this.#actor(event.actor)}</div>
      <div class="cell wrap" part="cell" role="gridcell" title=${event.summary}>${event.summary}</div>
      <div class="cell" part="cell" role="gridcell" title=${event.ticket ?? ''}>
        ${event.ticket ? ticketLink(this.ticketUrl, event.ticket, -1) : nothing}
      </div>
      <div class="cell" part="cell" role="gridcell">
        ${event.grantId
          ? html`<button
              class="link"
              part="grant-button"
              tabindex="-1"
              title=${t('log.grant.open', { grant: event.grantId })}
              aria-label=${t('log.grant.open', { grant: event.grantId })}
              @click=${() => this.#openGrant(event.grantId!)}
            >
              ${event.grantId}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  /** The actor in words: a user, `engineer$user`, support alone, or the system. */
  #actorText(actor: Actor): string {
    if (actor.kind === 'system') return this.#i18n.t('log.actor.system');
    if (actor.onBehalfOf) return this.#i18n.t('log.actor.actingAs', { engineer: actor.displayName, user: actor.onBehalfOf.displayName });
    return actor.kind === 'support' ? this.#i18n.t('log.actor.support', { name: actor.displayName }) : actor.displayName;
  }

  #actor(actor: Actor): TemplateResult | string {
    if (actor.kind === 'system') return this.#i18n.t('log.actor.system');
    if (actor.onBehalfOf) {
      // `engineer$user`, as support tools write it; both names readable, the title says it in words.
      return html`<span class="acting"><strong>${actor.displayName}</strong>$<wbr /><strong>${actor.onBehalfOf.displayName}</strong></span>`;
    }
    return this.#actorText(actor);
  }

  /** The story of the grant in `grant` (only drawn while one is set). */
  #timeline(store: SupportAccessStore): TemplateResult {
    const t = this.#i18n.t;
    const placeholder = this.#placeholder();
    return html`<section part="timeline" aria-labelledby="timeline-heading">
      <div class="timeline-head">
        ${this.subheading('timeline-heading', t('log.timeline.heading', { grant: this.grant! }))}
        <button part="back" @click=${this.#back}>${t('log.timeline.back')}</button>
      </div>
      ${this._reloadError && !placeholder ? this.#reloadFailure() : nothing}
      ${placeholder ??
      html`<ol class="timeline">
        ${repeat(
          this._events,
          (event) => event.id,
          (event) => this.#step(store, event),
        )}
      </ol>`}
      ${this._status === 'ready' && this._cursor
        ? html`<button part="more" aria-busy=${!!this.#load} @click=${this.#more}>
            ${this.#load?.[1] ? t('log.loadingMore') : t('log.timeline.more')}
          </button>`
        : nothing}
      ${this._moreError ? failureBlock(this.#i18n, this._moreError, this.#more) : nothing}
    </section>`;
  }

  #step(store: SupportAccessStore, event: AuditEvent): TemplateResult {
    const i18n = this.#i18n;
    const t = i18n.t;
    const details = event.details ?? {};
    const facts: [TimelineFact, TemplateResult | string][] = [];
    if (event.type === 'access.granted') {
      const duration = text(details.duration);
      const level = text(details.accessLevel);
      if (duration) facts.push(['duration', i18n.duration(duration)]);
      if (level) facts.push(['accessLevel', levelLabel(i18n, level)]);
    }
    if (event.type === 'access.extended') {
      const added = text(details.addedDuration);
      const expiresAt = text(details.expiresAt);
      if (added) facts.push(['added', i18n.duration(added)]);
      if (expiresAt) facts.push(['expiresAt', i18n.dateTime(expiresAt)]);
    }
    const inheritor = text((details.inheritedBy as Loose)?.displayName);
    if (inheritor) {
      facts.push(
        ['inheritedBy', inheritor],
        ['assets', this.#assets(details.assets) || t('log.timeline.noAssets')],
      );
    }
    if (event.ticket) {
      facts.push(['ticket', ticketLink(this.ticketUrl, event.ticket)]);
    }
    const end = event.type === 'access.revoked' || event.type === 'access.expired';
    return html`<li class="step ${end ? 'end' : ''}" part="step" data-type=${event.type}>
      <div class="step-head">
        <strong>${t(`log.type.${event.type}`)}</strong>
        <time class="muted" datetime=${event.at}
          >${t('log.when', { date: i18n.dateTime(event.at), relative: i18n.relativeTime(Date.parse(event.at) - store.serverNow()) })}</time
        >
      </div>
      <div>${event.actor.kind === 'system' ? t('log.actor.system') : html`<span class="muted">${t('log.timeline.by')}</span> ${this.#actor(event.actor)}`}</div>
      <p>${event.summary}</p>
      ${facts.length
        ? html`<dl>
            ${facts.map(([term, value]) => html`<dt>${t(`log.timeline.${term}`)}</dt><dd>${value}</dd>`)}
          </dl>`
        : nothing}
    </li>`;
  }

  /** `[{ type: 'map', count: 2 }, …]` → "2 maps, 1 workflow"; empty when there is nothing. */
  #assets(value: unknown): string {
    if (!Array.isArray(value)) return '';
    const locale = this.#i18n.locale;
    const labels = value.flatMap((entry) => {
      const asset = entry as Loose;
      const type = text(asset?.type);
      const count = asset?.count;
      if (!type || typeof count !== 'number' || count <= 0) return [];
      return [assetLabel(this.#i18n, type, count)];
    });
    return new Intl.ListFormat(locale, { type: 'unit' }).format(labels);
  }


  /**
   * Registers the element as `tag` in `registry`, once; a second call with the same tag does nothing.
   * @param tag - `support-access-log` by default.
   * @param registry - The global `customElements` by default.
   */
  static define(tag?: string, registry?: CustomElementRegistry): void {
    defineElement('support-access-log', this, tag, registry);
  }
}

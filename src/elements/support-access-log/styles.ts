import { css } from 'lit';

/**
 * Every row is this many em of the log's text tall (56 px at 16 px), rounded to whole pixels, so a
 * row's place is its index times that: what makes windowing cheap. In em, so that larger text
 * keeps its two lines in the row. The element measures its text and sets `--_row` to it.
 */
export const ROW_EM = 3.5;
/** The sticky column header row above the rows, inside the scroll container (40 px at 16 px). */
export const HEADER_EM = 2.5;
/** The scroll container's height before it has been measured: 32rem at 16px. */
export const DEFAULT_VIEWPORT_HEIGHT = 512;
/**
 * The six columns side by side need this many em of the log's text (they grow with it, so larger
 * text is not cut); narrower, down to `TWO_LINES`, a row takes two lines.
 */
export const SIX_COLUMNS = 61.5;
export const TWO_LINES = 40;
/**
 * A row's height in em of the log's text, by layout (see `ROW_EM`): where a row takes two lines
 * (`narrow`), three, the summary on two of them; narrower than `TWO_LINES` (a phone), an event's
 * lines stacked, five and a second one for the summary.
 */
export const ROWS_EM = { '': ROW_EM, narrow: 4.75, 'narrow stacked': 8 };

export const logStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .export,
  .empty,
  .timeline-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .date {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9em;
  }
  .hint,
  .small {
    font-size: 0.85em;
  }
  .types {
    position: relative;
  }
  .types summary {
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Right to left, the marker stays at the start; English or German words keep their order in the span. */
  :host(:dir(rtl)) summary {
    unicode-bidi: isolate;
  }
  .types fieldset {
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    display: grid;
    gap: 0.3rem;
    margin: 0;
    min-inline-size: 15rem;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 16px color-mix(in srgb, CanvasText 15%, transparent);
  }
  .types label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    white-space: nowrap;
  }
  .toolbar-end {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-inline-start: auto;
  }

  /* The windowed grid: a fixed-height scroll container, a spacer as tall as every loaded row, and
     only the rows near the viewport, each moved into place. */
  .viewport {
    /* At most this tall; shorter when a few events fit. */
    max-block-size: var(--support-access-log-height, 32rem);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: content;
  }
  .head,
  .row {
    display: grid;
    grid-template-columns: 13.5em 12em 10em minmax(12em, 1fr) 6.5em 7.5em;
    align-items: center;
    border-block-end: 1px solid var(--_border);
  }
  /* The header's row group sticks (a sticky child cannot leave its parent). */
  .head-group {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .head {
    min-inline-size: ${SIX_COLUMNS}em;
    block-size: ${HEADER_EM}em;
    background: var(--_surface);
    font-weight: 600;
  }
  /* Smaller in its cells, not in the row, whose columns are measured in the rows' em. */
  .head .cell {
    font-size: 0.9em;
  }
  /* The rows span the spacer: as wide as it is, they need no minimum of their own. */
  .spacer {
    position: relative;
    min-inline-size: ${SIX_COLUMNS}em;
  }
  .row {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    block-size: var(--_row);
    cursor: default;
    transition: background-color var(--_motion);
  }
  .row:hover {
    background: color-mix(in srgb, currentColor 4%, transparent);
  }
  /* Inside the row: the scroll container would clip an outline outside it. */
  .row:focus-visible {
    outline-offset: -2px;
  }
  /* The row focus is on or in (the keyboard's row): tinted while focus was elsewhere, it looked
     selected. */
  .row:focus-within {
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
  }
  .cell {
    min-inline-size: 0;
    padding-inline: 0.5rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* The actor and the summary take both lines a row has room for. */
  .wrap {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* A clamped summary's "…" ends its last line: aligned to its start, as text of its own direction
     is, a left-to-right summary on a right-to-left page keeps it inside the cell. */
  .cell.wrap:nth-child(4) {
    text-align: start;
  }
  .line {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .type {
    font-weight: 600;
  }
  .acting {
    color: var(--_muted);
  }
  .acting strong {
    color: var(--support-access-color, inherit);
    font-weight: inherit;
  }
  /* Inside the cell, which clips: a ring outside it would lose its top and bottom. */
  .cell a,
  .link {
    outline-offset: -2px;
  }
  .link {
    padding: 0;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .status-line {
    font-size: 0.9em;
  }

  /* One grant's story. */
  .timeline-head {
    justify-content: space-between;
  }
  .subheading {
    /* A grant id is one long word: it breaks rather than widen the log. */
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .step {
    position: relative;
    display: grid;
    gap: 0.25rem;
    padding-block: 0.5rem 0.9rem;
    padding-inline-start: 1.6rem;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.4rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.4rem - 1px);
    inset-block-start: 0.75rem;
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  .step.end::before {
    background: var(--_danger);
  }
  /* The rail ends at the last step's dot. */
  .step:last-child {
    border-image: linear-gradient(var(--_border) 1.15rem, #0000 0) 1;
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  /* Terms in one column width in every step, so the values line up down the timeline; at most half
     the width, so a value keeps room with large text on a phone. A longer term wraps. */
  dl {
    display: grid;
    grid-template-columns: min(9em, 50%) minmax(0, 1fr);
    gap: 0.2rem 1rem;
    overflow-wrap: break-word;
  }
  /* Narrower than the six columns (a tablet, a laptop beside a sidebar; the element measures it):
     each row in two lines beside its time, so the summary, the ticket and the grant stay in view
     without sideways scrolling. Line one: event, actor, ticket; line two: summary (wrapping onto
     a third), grant. The header follows. */
  .narrow .head,
  .narrow .spacer {
    min-inline-size: 0;
  }
  /* Still as wide as the six columns to a host layout that sizes the log by its content (a flex
     row): its max-content width, which such a layout gives when it has room, while its min-content
     width stays 0. Else the log would stay as narrow as its toolbar. */
  .narrow.viewport {
    display: grid;
    grid-template-columns: minmax(0, ${SIX_COLUMNS}em);
  }
  .narrow .head,
  .narrow .row {
    grid: 'a b c e' 'a d d f' / 9em minmax(0, 12.5em) minmax(0, 1fr) 7.5em;
    line-height: 1.25;
  }
  /* The time takes two lines, the date and the hour, so that the actor has room for a name (a
     phone's stacked row has one line for it). */
  .narrow:not(.stacked) time {
    white-space: normal;
  }
  /* The actor's header may take both lines: a long one ("Ausgeführt von") wraps instead of being cut. */
  .narrow .head {
    grid-template-areas: 'a b c e' 'a d c f';
    /* Two lines of header in its height. */
    line-height: 1.1;
  }
  .narrow .head .cell:nth-child(3) {
    grid-area: c;
    align-self: start;
    white-space: normal;
  }
  .narrow .cell:first-child {
    grid-area: a;
  }
  .narrow .cell:nth-child(4) {
    grid-area: d;
  }
  .narrow .cell:nth-child(5) {
    grid-area: e;
  }
  .narrow .cell:nth-child(6) {
    grid-area: f;
  }
  /* Narrower still (a phone; the two lines' rules hold too): each event in lines, time, event,
     summary (on two), actor, then ticket and grant, so nothing scrolls sideways. The column headers stay for
     screen readers, out of sight (the shared styles hide them with .visually-hidden):
     the lines speak for themselves. */
  .stacked .row {
    grid: 'a a' 'b b' 'd d' 'c c' 'e f' / 1fr 1fr;
    align-content: center;
  }
  /* The time and, where it fits whole, how long ago (else it wraps out of sight; the title has both). */
  .stacked .cell:first-child {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    block-size: 1.25em;
  }
  .stacked .cell:nth-child(2) {
    grid-area: b;
  }
  .stacked .cell:nth-child(3) {
    grid-area: c;
  }
  .stacked .cell:nth-child(6) {
    text-align: end;
  }
  /* One line each, but the summary, what happened, keeps its two: on one line, a laptop's two-line
     layout cut most summaries, and a phone's width cut them at about 25 letters. */
  .narrow .wrap:not(:nth-child(4)) {
    display: block;
    white-space: nowrap;
    /* Its own direction: a left-to-right name on a right-to-left page is cut at its end, not its start. */
    unicode-bidi: plaintext;
  }
  .narrow wbr {
    display: none;
  }
  /* The shared styles give a focused row a Highlight outline; a row while focus is on one of its
     links, a dashed one, so that it does not look focused too. */
  @media (forced-colors: active) {
    .row:focus-within:not(:focus) {
      outline: 2px dashed Highlight;
      outline-offset: -2px;
    }
    .step {
      --_border: CanvasText;
    }
    .step::before {
      background: CanvasText;
    }
    .step.end::before {
      background: Highlight;
    }
  }
`;

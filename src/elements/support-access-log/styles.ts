import { css, unsafeCSS } from 'lit';

/** Every row is this tall, so a row's place is its index times this: what makes windowing cheap. */
export const ROW_HEIGHT = 56;
/** The sticky column header row above the rows, inside the scroll container. */
export const HEADER_HEIGHT = 40;
/** The scroll container's height before it has been measured: 32rem at 16px. */
export const DEFAULT_VIEWPORT_HEIGHT = 512;

export const logStyles = css`
  :host {
    --_height: var(--support-access-log-height, 32rem);
    --_row: ${unsafeCSS(ROW_HEIGHT)}px;
    --_head: ${unsafeCSS(HEADER_HEIGHT)}px;
    --_columns: 14rem 13rem 11.5rem minmax(9.5rem, 1fr) 7rem 8rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .filters label.date {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9em;
  }
  .types {
    position: relative;
    align-self: end;
  }
  .types summary {
    cursor: pointer;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    list-style-position: inside;
  }
  .types fieldset {
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    display: grid;
    gap: 0.3rem;
    min-inline-size: 15rem;
    margin: 0;
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
  .hint {
    font-size: 0.85em;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .export:empty {
    display: none;
  }

  /* The windowed grid: a fixed-height scroll container, a spacer as tall as every loaded row, and
     only the rows near the viewport, each moved into place. */
  .viewport {
    position: relative;
    /* At most this tall; shorter when a few events fit. */
    max-block-size: var(--_height);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: content;
  }
  .head,
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    min-inline-size: 63rem;
  }
  /* The header's row group sticks (a sticky child cannot leave its parent). */
  .head-group {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .head {
    block-size: var(--_head);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
    font-size: 0.9em;
  }
  .spacer {
    position: relative;
    min-inline-size: 63rem;
  }
  .row {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    block-size: var(--_row);
    border-block-end: 1px solid var(--_border);
    cursor: default;
    transition: background-color var(--_motion) ease;
  }
  .row:hover {
    background: color-mix(in srgb, currentColor 4%, transparent);
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  .row.active {
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
  }
  .cell {
    min-inline-size: 0;
    padding-inline: 0.5rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell .line {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .small {
    font-size: 0.85em;
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
  button.link {
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
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .subheading {
    font-size: 1.05em;
    font-weight: 600;
  }
  ol.timeline {
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
  .step:last-child {
    border-inline-start-color: transparent;
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .step dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 1rem;
    margin: 0;
  }
  .step dt {
    color: var(--_muted);
  }
  .step dd {
    margin: 0;
  }
  .empty {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  @media (forced-colors: active) {
    .row.active {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .row:focus-visible {
      outline-color: Highlight;
    }
    .step.end::before {
      background: Highlight;
    }
    .step::before {
      background: CanvasText;
    }
  }
`;

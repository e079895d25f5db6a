import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }

  dialog {
    /* The UA sets its own colour on dialogs (not its font, which it inherits): take the host's instead. */
    color: inherit;
    background: var(--support-access-dialog-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25);
    padding: calc(var(--_gap) * 2);
    inline-size: min(34rem, 100vw - 2rem);
    max-block-size: min(44rem, 100dvh - 2rem);
    overflow: auto;
    /* Names, emails and asset types are the server's text: a long word wraps inside the dialog. */
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: var(--support-access-backdrop-color, rgb(15 23 42 / 0.45));
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    animation: dialog-in calc(var(--_motion) * 1.5) ease-out;
  }
  @keyframes dialog-in {
    /* Movement only: fading would leave text faint while it plays. */
    from {
      transform: translateY(0.5rem);
    }
  }

  h2,
  h3,
  p,
  ul {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* It takes focus on opening, so that the dialog opens at its top; it is no control to operate. */
  h2:focus-visible {
    outline: none;
  }
  h3 {
    font-size: 1em;
  }

  [part='assets'] {
    display: grid;
    gap: calc(var(--_gap) / 2);
    padding-block: calc(var(--_gap) * 0.75);
    padding-inline: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  /* Many asset types scroll in their own box, so the title and the choice stay near each other. */
  [part='assets'] ul {
    padding-inline-start: 1.25rem;
    max-block-size: 9.5em;
    overflow: auto;
  }

  fieldset {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_gap) * 0.75);
    font-weight: 600;
  }
  .search {
    display: grid;
    gap: 0.25rem;
  }
  .search input {
    inline-size: 100%;
  }

  [part='list'] {
    display: grid;
    max-block-size: 15rem;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='list'].invalid {
    border-color: var(--_danger);
  }
  [part='list'][aria-busy='true'] {
    opacity: 0.6;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6rem;
    align-items: baseline;
    padding: 0.45rem 0.75rem;
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  .option + .option {
    border-block-start: 1px solid var(--_border);
  }
  .option:hover {
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  .option:has(input:checked) {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .option input {
    grid-row: span 2;
    margin: 0;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .email {
    grid-column: 2;
    font-size: 0.875em;
  }
  .badge {
    font-size: 0.75em;
    padding: 0.05rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
  }

  .status:empty {
    display: none;
  }
  .more {
    justify-self: start;
  }
  /* Still focusable while it loads, so a keyboard user stays on it. */
  .more[aria-disabled='true'] {
    cursor: progress;
  }

  /* The revoke's own failure, and every failure block (class failure, in part error too). */
  [part='error'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }

  /* Cancel and Revoke stay in view while a long dialog scrolls, where the window is tall enough to
     spare them the room (a short one, or large text, would leave little else); what takes focus
     scrolls clear of them. */
  @media (min-height: 30rem) {
    dialog {
      scroll-padding-block-end: 7rem;
    }
    footer {
      position: sticky;
    }
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    inset-block-end: calc(var(--_gap) * -2);
    margin-inline: calc(var(--_gap) * -2);
    margin-block-end: calc(var(--_gap) * -2);
    padding-block: calc(var(--_gap) / 2) calc(var(--_gap) * 2);
    padding-inline: calc(var(--_gap) * 2);
    background: inherit;
  }

  @media (forced-colors: active) {
    [part='assets'] {
      border: 1px solid CanvasText;
    }
    [part='list'].invalid {
      border: 2px solid CanvasText;
    }
    /* Dashed, so that the chosen user does not look focused too. */
    .option:has(input:checked) {
      outline: 2px dashed Highlight;
      outline-offset: -2px;
    }
    [part='error'] {
      border-width: 2px;
      border-color: CanvasText;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
  }
`;

import { css } from 'lit';

/**
 * What every element shares: the host's font and colours by default, `--support-access-*` to
 * theme, and visible focus. Private `--_x` properties carry the resolved values inside.
 */
export const baseStyles = css`
  :host {
    /* Defaults work on light and dark hosts: light-dark() follows the host's color-scheme (set
       by the host, or "light dark" following prefers-color-scheme); the rest derive from the
       inherited text colour or the system colours. */
    --_accent: var(--support-access-accent-color, light-dark(#1d4ed8, #8ab4ff));
    --_on-accent: var(--support-access-on-accent-color, light-dark(#fff, #0b1220));
    --_danger: var(--support-access-danger-color, light-dark(#b91c1c, #fca5a5));
    --_on-danger: var(--support-access-on-danger-color, var(--_on-accent));
    --_success: var(--support-access-success-color, light-dark(#15803d, #86efac));
    --_warning: var(--support-access-warning-color, light-dark(#b45309, #fcd34d));
    --_warning-bg: var(--support-access-warning-background, color-mix(in srgb, #f59e0b 14%, transparent));
    --_border: var(--support-access-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_muted: var(--support-access-muted-color, color-mix(in srgb, currentColor 68%, transparent));
    --_surface: var(--support-access-surface-color, Canvas);
    --_focus: var(--support-access-focus-ring-color, var(--_accent));
    --_radius: var(--support-access-radius, 6px);
    --_gap: var(--support-access-spacing, 0.75rem);
    --_motion: var(--support-access-transition-duration, 120ms);
    display: block;
    font: var(--support-access-font, inherit);
    color: var(--support-access-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  /* English or German on a right-to-left page (a host language without a catalog of its own):
     each paragraph in its own direction, so "3 hours left" does not read "hours left 3", yet aligned
     as the page is (Chromium knows only the prefixed name). A right-to-left catalog is untouched. */
  :host(:dir(rtl)) :where(:lang(en), :lang(de)) {
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  /* A button keeps its centre. */
  :host(:dir(rtl)) button {
    text-align: center;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
    transition:
      background-color var(--_motion),
      border-color var(--_motion),
      color var(--_motion);
  }
  button:hover:not(:disabled, [aria-disabled='true']) {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.primary:hover:not(:disabled, [aria-disabled='true']) {
    background: color-mix(in srgb, var(--_accent) 88%, currentColor);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button.danger.primary {
    background: var(--_danger);
    color: var(--_on-danger);
  }
  button.danger.primary:hover:not(:disabled, [aria-disabled='true']) {
    background: color-mix(in srgb, var(--_danger) 88%, currentColor);
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    accent-color: var(--_accent);
    transition: border-color var(--_motion);
  }
  /* A field the person has to fix: its message says why. A ring, not an outline, marks a box or a
     radio button, so the focus outline still shows on it. */
  :is(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input:is([type='checkbox'], [type='radio'])[aria-invalid='true'] {
    box-shadow: 0 0 0 2px var(--_danger);
  }
  a {
    color: var(--_accent);
  }
  /* Also the log's column headers where each event is stacked in lines (a phone): they stay for
     screen readers, out of sight. One rule for both: a copy in the log's styles cost its bytes twice.
     The no-wrap is the hidden text's alone; the headers keep their own. */
  .visually-hidden,
  .stacked .head-group {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .visually-hidden {
    white-space: nowrap;
  }
  .field-error,
  .error {
    color: var(--_danger);
  }
  .muted {
    color: var(--_muted);
  }
  /* Windows high contrast and other forced colours: the system picks every colour, so state is
     carried by system colours that keep their meaning (Highlight, GrayText) and by border weight. */
  @media (forced-colors: active) {
    :focus-visible {
      outline: 2px solid Highlight;
    }
    button.primary,
    button.danger.primary {
      border: 2px solid ButtonText;
    }
    button.danger {
      border-style: double;
      border-width: 3px;
    }
    button:disabled,
    button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    [aria-invalid='true'],
    :is(input, select, textarea)[aria-invalid='true'] {
      border: 2px solid CanvasText;
    }
    /* Forced colours drop the ring, and a box or radio paints no border: a dashed outline, which
       focus (a solid one) replaces. */
    input:is([type='checkbox'], [type='radio'])[aria-invalid='true']:not(:focus-visible) {
      outline: 2px dashed CanvasText;
      outline-offset: 2px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * What every data element's card shares: the frame around it, its heading, paragraph spacing, the
 * message strips (a failure, see `failureBlock`; a warning; a notice) and badges.
 */
export const cardStyles = css`
  [part~='base'] {
    display: grid;
    /* One column no wider than the card, whatever a long word inside asks for. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    padding: calc(var(--_gap) * 1.5);
    background: var(--support-access-background, transparent);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 600;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  /* A strip, and the session list's head row (a name, then End session): pieces that wrap. */
  .failure,
  .warning,
  .notice,
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .failure,
  .warning,
  .notice {
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
    /* A server's message may be one long word: it wraps inside the card. */
    overflow-wrap: anywhere;
  }
  /* A box or radio beside its label. An access level is the server's text: a long one wraps inside its column. */
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .choice input {
    margin: 0;
    margin-block-start: 0.2em;
    flex: none;
  }
  .failure {
    border: 1px solid var(--_danger);
    color: var(--_danger);
  }
  .warning {
    background: var(--_warning-bg);
  }
  .notice {
    border: 1px solid var(--_border);
  }
  .failure button {
    color: inherit;
  }
  .name {
    font-weight: 600;
  }
  .subheading {
    font-size: 1.05em;
    font-weight: 600;
  }
  /* A pill on one line where a row has room; with large text on a phone it wraps inside the card,
     its corners rounded no more than its first line is high. */
  .badge {
    font-size: 0.85em;
    padding-inline: 0.45rem;
    border: 1px solid var(--_border);
    border-radius: 0.75em;
  }
  @media (forced-colors: active) {
    .failure,
    .warning,
    .notice {
      border: 1px solid CanvasText;
    }
    .failure {
      border-width: 2px;
    }
  }
`;

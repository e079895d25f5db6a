import { css } from 'lit';

/**
 * What every element shares: the host's font and colours by default, `--support-access-*` to
 * theme, and visible focus. Private `--_x` properties carry the resolved values inside.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--support-access-accent-color, #1d4ed8);
    --_on-accent: var(--support-access-on-accent-color, #fff);
    --_danger: var(--support-access-danger-color, #b91c1c);
    --_warning-bg: var(--support-access-warning-background, color-mix(in srgb, #f59e0b 14%, transparent));
    --_border: var(--support-access-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_muted: var(--support-access-muted-color, color-mix(in srgb, currentColor 68%, transparent));
    --_radius: var(--support-access-radius, 6px);
    --_gap: var(--support-access-spacing, 0.75rem);
    display: block;
    font: var(--support-access-font, inherit);
    color: var(--support-access-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  button.danger.primary {
    background: var(--_danger);
    color: var(--_on-accent);
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
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.35rem;
    padding-inline: 0.5rem;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .field-error,
  .error {
    color: var(--_danger);
  }
  .muted {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    button.primary,
    button.danger.primary {
      border: 1px solid ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * What every data element's card shares: the frame around it, its heading, paragraph spacing, and
 * the message strips: a failure (see `failureBlock`), a warning, a notice.
 */
export const cardStyles = css`
  [part~='base'] {
    display: grid;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .failure,
  .warning,
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
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
`;

import { css } from 'lit';

export const userBadgeStyles = css`
  :host {
    --_badge: var(--support-access-badge-color, var(--_accent));
    display: inline-block;
    line-height: 1.2;
  }
  :host([kind='maintainer']) {
    --_badge: var(--support-access-maintainer-color, light-dark(#6d28d9, #c4b5fd));
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_badge);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
    cursor: default;
  }
  /* Access has ended: seen at a glance, not only in the tooltip. */
  .ended {
    border-style: dashed;
    color: var(--_muted);
  }
  .tooltip {
    display: none;
    position: fixed;
    inset: auto;
    margin: 0;
    overflow: visible;
    inline-size: max-content;
    /* Of the window without its scroll bar: in the top layer, the tooltip's containing block. */
    max-inline-size: min(26rem, calc(100% - 1rem));
    padding: 0.35rem 0.6rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--support-access-tooltip-background, light-dark(#1f2937, #e5e7eb));
    color: var(--support-access-tooltip-color, light-dark(#fff, #111827));
    font-size: 0.85em;
    font-weight: normal;
    line-height: 1.35;
    white-space: normal;
  }
  /* Bridges the gap, so the pointer can move onto the tooltip without it closing. */
  .tooltip::before {
    content: '';
    position: absolute;
    inset: -0.5rem 0;
  }
  .tooltip[data-open] {
    display: block;
    animation: tooltip-in var(--_motion) ease-out;
  }
  @keyframes tooltip-in {
    from {
      transform: translateY(-0.25rem);
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      color: CanvasText;
    }
    .tooltip {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;

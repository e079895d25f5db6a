import { css } from 'lit';

export const requestListStyles = css`
  .subheading {
    margin-block-start: calc(var(--_gap) * 0.5);
  }
  .group,
  .requests {
    display: grid;
    gap: var(--_gap);
  }
  .requests,
  dd ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .request {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  /* Rows of small pieces that wrap where the list is narrow. */
  .who,
  .progress,
  .actions,
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .who {
    gap: 0.25rem 0.6rem;
    align-items: baseline;
    /* A long email breaks inside the card rather than pushing it wider. */
    overflow-wrap: anywhere;
  }
  /* A pill like a badge (see the card's styles), in the colour of the decision. */
  .status {
    font-size: 0.85em;
    padding-inline: 0.45rem;
    border: 1px solid currentColor;
    border-radius: 0.75em;
  }
  .badge.support {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .status.approved {
    color: var(--_success);
  }
  .status.rejected {
    color: var(--_danger);
  }
  /* Term beside value where the request has room, value under term where it has not: decided by the
     element's own width (hosts put the list in sidebars), without size containment. */
  dl {
    display: grid;
    gap: 0.35rem;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1.25rem;
  }
  /* The term's column gives way where a request is narrower (large text on a phone). */
  dt {
    flex: 0 1 8.5rem;
  }
  dd {
    flex: 1 1 14rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .progress {
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .progress strong {
    font-weight: 600;
  }
  .more {
    column-gap: 1rem;
  }
  .note {
    display: grid;
    gap: 0.3rem;
    max-inline-size: 40rem;
  }
  .note[hidden] {
    display: none;
  }
  button.link {
    padding: 0.1rem 0;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .note textarea {
    resize: vertical;
    max-inline-size: 100%;
  }
  .hint {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .badge,
    .status {
      border: 1px solid CanvasText;
    }
    .status.rejected {
      border-style: double;
      border-width: 3px;
    }
  }
`;

import { css } from 'lit';

export const sessionListStyles = css`
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
    /* Many sessions (a support tool that signs in as each user it helps) scroll inside the card
       rather than push the rest of the page down. */
    max-block-size: var(--support-access-sessions-height, 40rem);
    overflow: auto;
  }
  .session {
    display: grid;
    gap: 0.6rem;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .long {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* Shared column tracks: each fact stands at the same place in every card, whatever the names' lengths. */
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem 2rem;
  }
  dl > div {
    min-inline-size: 0;
  }
  dt {
    font-size: 0.9em;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: baseline;
  }
  @media (forced-colors: active) {
    .session {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/** Term and value side by side, stacked on a narrow screen: the panel's and the settings' details. */
export const detailsStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.5rem 1.25rem;
    margin: 0;
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0.15rem;
    }
    dd {
      margin-block-end: 0.5rem;
    }
  }
`;

import { css } from 'lit';

/**
 * What the panel and the settings share: term and value side by side (stacked on a narrow screen),
 * a field's column, and a row of buttons.
 */
export const detailsStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.5rem 1.25rem;
  }
  dl > div {
    display: contents;
  }
  /* A field: its label, control, hint and message in one column. */
  .field {
    display: grid;
    /* As wide as the form, not as the control's own size: a text box at 200 % text on a phone. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3rem;
    padding: 0;
    border: 0;
  }
  .field > legend {
    padding: 0;
    margin-block-end: 0.3rem;
  }
  select {
    justify-self: start;
    max-inline-size: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
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

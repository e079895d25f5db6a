import { css } from 'lit';

export const settingsStyles = css`
  form {
    display: grid;
    gap: var(--_gap);
    container-type: inline-size;
  }
  /* Two columns where the element itself has room (not the viewport: hosts put it in sidebars too). */
  .groups {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  @container (inline-size >= 38rem) {
    .groups {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  fieldset {
    margin: 0;
    min-inline-size: 0;
  }
  .group {
    display: grid;
    /* One column no wider than the group: a select as wide as its longest option shrinks to fit (a field's: see detailsStyles). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    padding: 0.5rem 0.85rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group > legend {
    font-weight: 600;
    padding-inline: 0.3rem;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
    gap: 0.3rem 0.75rem;
  }
  .comparison {
    font-size: 0.9em;
    padding: 0.15rem 0.5rem;
    border-inline-start: 3px solid var(--_warning);
    background: var(--_warning-bg);
  }
  .field-error {
    font-size: 0.9em;
  }
  dd {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .conflict {
    display: grid;
    gap: 0.5rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  @media (forced-colors: active) {
    .conflict {
      border: 2px solid CanvasText;
    }
    .comparison {
      border-inline-start-color: CanvasText;
    }
  }
`;

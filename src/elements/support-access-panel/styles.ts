import { css } from 'lit';

export const panelStyles = css`
  form {
    display: grid;
    gap: var(--_gap);
    max-inline-size: 40rem;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.3rem;
  }
  .hint {
    font-size: 0.9em;
  }
  select,
  input:not([type]),
  textarea {
    max-inline-size: 100%;
  }
  select {
    justify-self: start;
  }
  textarea {
    resize: vertical;
  }
  dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.6rem;
    align-items: baseline;
    min-inline-size: 0;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .long {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .actions,
  .extend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;

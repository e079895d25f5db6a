import { css } from 'lit';

export const panelStyles = css`
  form {
    display: grid;
    gap: var(--_gap);
    max-inline-size: 40rem;
  }
  .field {
    margin: 0;
    min-inline-size: 0;
  }
  .hint {
    font-size: 0.9em;
  }
  input:not([type]),
  textarea {
    max-inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  dd {
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

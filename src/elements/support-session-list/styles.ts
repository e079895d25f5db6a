import { css } from 'lit';

export const sessionListStyles = css`
  section {
    display: grid;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    font-size: 1.15em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    display: grid;
    gap: 0.6rem;
    padding-block: 0.75rem;
    padding-inline: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .name {
    font-weight: 600;
  }
  .long {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    margin: 0;
  }
  dl > div {
    min-inline-size: 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: baseline;
  }
  .failure {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding-block: 0.6rem;
    padding-inline: 0.8rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  .failure button {
    color: inherit;
  }
  @media (forced-colors: active) {
    .session,
    .failure {
      border-color: CanvasText;
    }
  }
`;

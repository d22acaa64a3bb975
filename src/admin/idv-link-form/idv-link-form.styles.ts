import { css } from 'lit';

/** The link form: its fields one above the other, the made link beside its copy button (below it when narrow). */
export const styles = css`
  form {
    display: grid;
    gap: 1rem;
  }
  input {
    inline-size: 100%;
  }
  .made {
    display: grid;
    gap: 0.75rem;
    min-inline-size: 0;
  }
  .made strong {
    overflow-wrap: anywhere;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .copy input {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
`;

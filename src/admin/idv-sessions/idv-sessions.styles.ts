import { css } from 'lit';

/**
 * The list: a fixed-layout table that never grows wider than its box (a long name or email is cut
 * short, the whole of it in a tooltip); in a narrow box (a phone, 400% zoom) only the person and
 * the result stay.
 */
export const styles = css`
  .card {
    container-type: inline-size;
  }
  .filters {
    margin-block-end: 1rem;
  }
  .filters .search {
    flex: 1 1 14rem;
  }
  .filters label {
    min-inline-size: 0;
  }
  .filters input,
  .filters select {
    inline-size: 100%;
  }
  table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th,
  td {
    box-sizing: border-box;
  }
  th.c-date {
    inline-size: 10.5rem;
  }
  td.c-date {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  th.c-state,
  th.c-outcome,
  th.c-decision {
    inline-size: 8rem;
  }
  th {
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    text-align: start;
  }
  td {
    padding: 0.625rem 0.75rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: middle;
    overflow: hidden;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover {
    background: var(--_subtle);
  }
  tr[aria-current='true'] {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .person .link,
  .person .email {
    display: block;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .person .email {
    margin-block-start: 0.125rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .link {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: 600 inherit/1.3 var(--_font);
    text-align: start;
    cursor: pointer;
  }
  .link:hover {
    text-decoration: underline;
  }
  .badge {
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .empty {
    padding: 2rem 0.75rem;
    text-align: center;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  /* The narrower the box, the fewer columns: the person and the result stay. */
  @container (max-width: 52rem) {
    .c-state {
      display: none;
    }
  }
  @container (max-width: 36rem) {
    .c-date {
      display: none;
    }
  }
  @container (max-width: 30rem) {
    .c-decision {
      display: none;
    }
    th,
    td {
      padding-inline: 0.5rem;
    }
    th.c-outcome {
      inline-size: 7rem;
    }
    /* A long result wraps inside its badge rather than being cut. */
    td .badge {
      white-space: normal;
      border-radius: 0.75em;
    }
  }
`;

import { css } from 'lit';

/** What the back office elements look like: a quiet staff tool, on the same tokens as the others. */
export const adminStyles = css`
  :host {
    display: block;
    font-size: 0.9375rem;
  }
  .card {
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  h3 {
    margin: 1.5rem 0 0.5rem;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  p {
    margin: 0.5rem 0;
    line-height: 1.5;
  }
  .muted {
    color: var(--_muted);
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
    font-size: 0.875rem;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    /* Not wider than their column: Firefox sizes a textarea's default 20 columns past a 320 px screen. */
    min-inline-size: 0;
    min-block-size: 40px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_control);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
    font: 400 0.9375rem/1.4 var(--_font);
  }
  textarea {
    min-block-size: 4.5rem;
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  tr:focus-visible,
  .link:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  /* WebKit draws no box-shadow on a native select: its ring is an outline, 2 px past a 2 px gap. */
  select:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
    box-shadow: none;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 400;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
    border-color: var(--_border);
  }
  .button.secondary:hover {
    background: var(--_subtle);
  }
  .button.danger {
    background: var(--_danger);
  }
  .button.danger:hover {
    background: color-mix(in srgb, var(--_danger) 85%, black);
  }
  .button.quiet-danger {
    background: var(--_surface);
    color: var(--_danger);
    border-color: color-mix(in srgb, var(--_danger) 40%, var(--_border));
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.2em 0.7em;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
    background: color-mix(in srgb, var(--_primary) 12%, var(--_surface));
    /* Darker than the brand colour, so that small bold text on its tint keeps a 4.5:1 contrast. */
    color: var(--_link);
  }
  /* Each tone tints its background and darkens its text, for 4.5:1 contrast on the tint. */
  .badge.APPROVED,
  .badge.APPROVE {
    background: color-mix(in srgb, var(--_success) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_success) 80%, var(--_text));
  }
  .badge.REJECTED,
  .badge.REJECT,
  .badge.ABORTED {
    background: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    color: color-mix(in srgb, var(--_danger) 85%, var(--_text));
  }
  .badge.REVIEW,
  .badge.NOT_AVAILABLE {
    background: color-mix(in srgb, var(--_warning) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_warning) 85%, var(--_text));
  }
  .badge.COMPLETED,
  .badge.EXPIRED,
  .badge.NONE {
    background: var(--_subtle);
    color: var(--_muted);
  }
  /* A dot drawn as a border: forced colours keep borders (a background would vanish). */
  .badge::before {
    content: '';
    box-sizing: border-box;
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 0.25em solid currentColor;
    border-radius: 50%;
  }
  .badge.NONE::before {
    border-width: 1px;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .link {
      color: LinkText;
      text-decoration: underline;
    }
  }
  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin: 0.75rem 0;
    padding: 0.75rem 1rem;
    border-radius: 8px;
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
    color: var(--_danger);
  }
  .problem p {
    margin: 0;
  }
  dialog {
    max-inline-size: 28rem;
    padding: 1.5rem;
    border: 0;
    border-radius: var(--_radius);
    box-shadow: 0 20px 50px rgba(16, 24, 40, 0.3);
    color: var(--_text);
    font-family: var(--_font);
  }
  dialog::backdrop {
    background: rgba(16, 24, 40, 0.45);
  }
  dialog .row {
    justify-content: flex-end;
    margin-block-start: 1.25rem;
  }
`;

import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--yoti-status-max-width, 36rem);
  }

  .card {
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  h2 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  h3 {
    margin: 1.25rem 0 0.5rem;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  p {
    margin: 0.75rem 0 0;
    line-height: 1.5;
    color: var(--_muted);
  }

  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.25em 0.75em;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
  }
  /* A dot drawn as a border: forced colours keep borders (a background would vanish). */
  .pill::before {
    content: '';
    box-sizing: border-box;
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 0.25em solid currentColor;
    border-radius: 50%;
  }

  /* Each tone tints its background and darkens its text, for 4.5:1 contrast on the tint. */
  .pill,
  .result {
    background: color-mix(in srgb, var(--_tone, var(--_muted)) 10%, var(--_surface));
    color: color-mix(in srgb, var(--_tone, var(--_muted)) 72%, var(--_text));
  }
  .PENDING {
    --_tone: var(--_primary);
  }
  .REVIEW {
    --_tone: var(--_muted);
  }
  .APPROVED,
  .APPROVE {
    --_tone: var(--_success);
  }
  .EXPIRED,
  .NOT_AVAILABLE {
    --_tone: var(--_warning);
  }
  .REJECTED,
  .REJECT {
    --_tone: var(--_danger);
  }

  .result,
  .problem {
    margin-block-start: 1rem;
    padding: 0.875rem 1rem;
    border-radius: calc(var(--_radius) * 0.67);
  }
  .result {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .result strong {
    display: block;
    font-size: 1rem;
  }
  .result p {
    margin: 0.25rem 0 0;
    color: inherit;
  }
  ::slotted([slot='next-step']) {
    display: block;
    margin-block-start: 0.75rem;
  }
  .result .icon {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    background: currentColor;
  }
  .result .icon span {
    color: var(--_surface);
    font-weight: 700;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.625rem 0;
    border-block-start: 1px solid var(--_border);
  }
  li:first-child {
    border-block-start: 0;
  }
  .check-name {
    font-weight: 500;
  }
  .check-reason {
    flex-basis: 100%;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .loading {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-start: 1rem;
    color: var(--_muted);
  }

  .problem {
    background: color-mix(in srgb, var(--_danger) 8%, transparent);
  }
  .problem p {
    margin: 0 0 0.75rem;
    color: var(--_danger);
  }
  .note {
    font-size: 0.8125rem;
  }

  @media (forced-colors: active) {
    .pill,
    .result,
    .problem {
      border: 1px solid CanvasText;
    }
  }

  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
    border-color: var(--_border);
  }
  .button.secondary:hover {
    background: var(--_subtle);
  }

`;

import { css } from 'lit';

/** The share panel, the same in the overlay and in place: header, details, code, outcome, footer, popover. */
export const panelStyles = css`
  /* Padding in percent of the box: a narrow one (a phone, a sidebar) keeps room for the code. */
  .sheet {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    padding: clamp(1rem, 5%, 1.5rem);
  }

  .header {
    display: flex;
    align-items: center;
    gap: 0.875rem;
  }
  .logo {
    flex: none;
    inline-size: 48px;
    block-size: 48px;
    border-radius: 12px;
    object-fit: contain;
    background: var(--_subtle);
    border: 1px solid var(--_border);
  }
  .logo.initial {
    display: grid;
    place-items: center;
    font-weight: 700;
    font-size: 1.25rem;
    color: var(--_primary);
  }
  .header h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    margin-block: -0.5rem;
    margin-inline: 0 -0.5rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .close:hover {
    background: var(--_subtle);
    color: var(--_text);
  }
  .close:focus-visible,
  .how:focus-visible,
  a:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  .close svg {
    inline-size: 20px;
    block-size: 20px;
  }

  .wants h3 {
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
    font-weight: 500;
    color: var(--_muted);
  }
  .wants ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .wants li {
    padding: 0.375rem 0.75rem;
    border-radius: 999px;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    font-size: 0.875rem;
    font-weight: 500;
  }

  .stage {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.75rem;
    padding: clamp(1rem, 5%, 1.25rem) clamp(0.75rem, 4%, 1.25rem);
    border-radius: var(--_radius);
    background: var(--_subtle);
    text-align: center;
    min-block-size: 12rem;
    justify-content: center;
  }
  .stage p {
    margin: 0;
    color: var(--_muted);
    line-height: 1.45;
  }
  .stage strong {
    font-size: 1rem;
  }

  /*
   * Square in every engine: not sized by the column flexbox (WebKit gave it a taller box, and a
   * code stretched into it); the code's own square sets the card's height.
   */
  .qr {
    position: relative;
    flex: none;
    inline-size: min(100%, 14rem);
    padding: 0.5rem;
    box-sizing: border-box;
    border-radius: calc(var(--_radius) * 0.67);
    background: #ffffff;
    color: #000000;
    box-shadow: 0 1px 3px rgb(16 24 40 / 0.12);
    forced-color-adjust: none;
  }
  .qr svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
  }
  .qr.stale svg {
    opacity: 0.08;
  }
  .qr .refreshing {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    align-content: center;
    gap: 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .link {
    /* A target of 24 px at least (the line is shorter). */
    display: inline-block;
    padding-block: 0.25rem;
    color: var(--_link);
    font-size: 0.875rem;
    text-decoration: underline;
    text-underline-offset: 2px;
    overflow-wrap: anywhere;
  }

  .share {
    inline-size: 100%;
    min-block-size: 52px;
    font-size: 1.0625rem;
    white-space: nowrap;
  }


  .outcome {
    display: grid;
    place-items: center;
    inline-size: 56px;
    block-size: 56px;
    border-radius: 50%;
    font-size: 1.75rem;
    font-weight: 700;
  }
  .outcome.success {
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_success);
  }
  .outcome.problem {
    background: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    color: var(--_danger);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
  }
  .footer nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .footer a {
    display: inline-block;
    padding-block: 0.25rem;
    color: var(--_muted);
  }
  .how {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.375rem 0.5rem;
    margin: -0.375rem -0.5rem;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: var(--_link);
    font: 500 0.875rem var(--_font);
    cursor: pointer;
  }
  .how:hover {
    background: var(--_subtle);
  }

  .secured {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    margin: -0.5rem 0 0;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .secured svg {
    inline-size: 1rem;
    block-size: 1rem;
  }

  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    inline-size: min(20rem, calc(100vw - 1rem));
    padding: 1rem 1.125rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: 0.875rem/1.5 var(--_font);
    box-shadow: 0 12px 32px rgb(16 24 40 / 0.2);
  }
  [popover] h3 {
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
  }
  [popover] ol {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  [popover] li + li {
    margin-block-start: 0.375rem;
  }

  @media (forced-colors: active) {
    .wants li,
    .stage {
      border: 1px solid CanvasText;
    }
    .how {
      color: LinkText;
      text-decoration: underline;
    }
  }
`;

import { css } from 'lit';

/** The element's box, its button, the overlay and the panel in place; the panel itself is share-panel.styles.ts. */
export const styles = css`
  :host {
    display: inline-block;
  }
  .button svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  /* A panel in the page's flow, or a placed button, takes the width of its container (two rules:
     a browser without custom states drops only the first). */
  :host(:state(in-place)) {
    display: block;
    align-self: stretch;
    justify-self: stretch;
  }
  :host([alignment]) {
    display: block;
  }

  .box {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .box.center {
    align-items: center;
  }
  .box.end {
    align-items: flex-end;
  }
  .box.fill {
    align-items: stretch;
  }

  .trigger {
    min-inline-size: 10rem;
    padding-inline: 1.25rem 1.5rem;
    border-radius: var(--yoti-button-radius, 999px);
    box-shadow: 0 1px 2px rgb(16 24 40 / 0.12);
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(100vw - 2rem, 27rem);
    max-block-size: calc(100dvh - 2rem);
    margin: auto;
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 24px 64px rgb(16 24 40 / 0.28);
    overflow: auto;
  }
  dialog:focus {
    outline: none;
  }
  dialog::backdrop {
    background: var(--yoti-backdrop, rgb(15 23 42 / 0.55));
    backdrop-filter: blur(3px);
  }
  dialog[open] {
    animation: yoti-rise 180ms ease-out;
  }
  @keyframes yoti-rise {
    from {
      opacity: 0;
      transform: translateY(12px) scale(0.98);
    }
  }

  .panel {
    box-sizing: border-box;
    inline-size: min(100%, 27rem);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    box-shadow: 0 4px 16px rgb(16 24 40 / 0.08);
  }
  .fill .panel {
    inline-size: 100%;
  }

  @media (max-width: 480px) {
    dialog {
      inline-size: 100vw;
      max-inline-size: 100vw;
      max-block-size: 100dvh;
      block-size: 100dvh;
      border-radius: 0;
    }
    dialog .sheet {
      min-block-size: 100%;
      box-sizing: border-box;
      padding: 1.25rem;
    }
    dialog .footer {
      margin-block-start: auto;
    }
  }

  @media (forced-colors: active) {
    dialog,
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;

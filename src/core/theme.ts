import { css } from 'lit';

/**
 * The design tokens every element reads, each a `--yoti-*` custom property with its default, so a
 * host themes all three elements from one rule (`yoti-share-button, yoti-docscan-frame { ... }`).
 */
export const theme = css`
  :host {
    --_font: var(--yoti-font, system-ui, sans-serif);
    --_primary: var(--yoti-color-primary, #2875bc);
    --_primary-hover: var(--yoti-color-primary-hover, #1f5f99);
    --_on-primary: var(--yoti-color-on-primary, #ffffff);
    --_text: var(--yoti-color-text, #1b2733);
    --_muted: var(--yoti-color-muted, #5b6b7b);
    --_surface: var(--yoti-color-surface, #ffffff);
    --_subtle: var(--yoti-color-subtle, #f3f6f9);
    --_border: var(--yoti-color-border, #d5dde5);
    --_success: var(--yoti-color-success, #1c7c4d);
    --_danger: var(--yoti-color-danger, #b42318);
    --_warning: var(--yoti-color-warning, #8a5a00);
    --_link: var(--yoti-color-link, color-mix(in srgb, var(--_primary) 80%, black));
    --_radius: var(--yoti-radius, 12px);
    --_focus-color: var(--yoti-color-focus, #1f5f99);
    /* A 2 px ring of the focus colour outside a 2 px gap of the surface: 3:1 against either side. */
    --_focus: var(--yoti-focus-ring, 0 0 0 2px var(--_surface), 0 0 0 4px var(--_focus-color));
    font-family: var(--_font);
    color: var(--_text);
  }

  [hidden] {
    display: none !important;
  }

  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.625em 1.25em;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.67);
    background: var(--_primary);
    color: var(--_on-primary);
    font: 600 1rem/1.2 var(--_font);
    text-decoration: none;
    cursor: pointer;
    transition: background-color 120ms ease;
  }
  .button:hover {
    background: var(--_primary-hover);
  }
  .button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }

  .spinner {
    width: 28px;
    height: 28px;
    border: 3px solid color-mix(in srgb, var(--_primary) 20%, transparent);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: yoti-spin 0.8s linear infinite;
  }
  @keyframes yoti-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
    .spinner {
      animation: none;
      border-top-color: var(--_primary);
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;

import { css } from 'lit';

/**
 * The design tokens every element reads, each a `--yoti-*` custom property with its default, so a
 * host themes all three elements from one rule (`yoti-share-button, yoti-docscan-frame { ... }`).
 * Each colour has a dark twin (`--yoti-color-text-dark`, …) used with `theme="dark"`, or with the
 * default `theme="auto"` when the person's system prefers dark. Contrast holds in both (4.5:1 for
 * text, 3:1 for controls and focus: test/browser/every-person.test.ts checks every pair).
 */
const light = css`
  color-scheme: light;
  --_primary: var(--yoti-color-primary, #2875bc);
  --_primary-hover: var(--yoti-color-primary-hover, #1f5f99);
  --_on-primary: var(--yoti-color-on-primary, #ffffff);
  --_text: var(--yoti-color-text, #1b2733);
  --_muted: var(--yoti-color-muted, #5b6b7b);
  --_surface: var(--yoti-color-surface, #ffffff);
  --_subtle: var(--yoti-color-subtle, #f3f6f9);
  --_border: var(--yoti-color-border, #c2ccd6);
  --_control: var(--yoti-color-control, #7b8a99);
  --_success: var(--yoti-color-success, #1c7c4d);
  --_danger: var(--yoti-color-danger, #b42318);
  --_warning: var(--yoti-color-warning, #8a5a00);
  --_link: var(--yoti-color-link, #1f5f99);
  --_focus-color: var(--yoti-color-focus, #1f5f99);
`;
const dark = css`
  color-scheme: dark;
  --_primary: var(--yoti-color-primary-dark, #5aa5ec);
  --_primary-hover: var(--yoti-color-primary-hover-dark, #7db8f2);
  --_on-primary: var(--yoti-color-on-primary-dark, #07111b);
  --_text: var(--yoti-color-text-dark, #e6edf3);
  --_muted: var(--yoti-color-muted-dark, #a5b3c1);
  --_surface: var(--yoti-color-surface-dark, #151c24);
  --_subtle: var(--yoti-color-subtle-dark, #1e2833);
  --_border: var(--yoti-color-border-dark, #536273);
  --_control: var(--yoti-color-control-dark, #7a8896);
  --_success: var(--yoti-color-success-dark, #56c891);
  --_danger: var(--yoti-color-danger-dark, #ff8a80);
  --_warning: var(--yoti-color-warning-dark, #e8b649);
  --_link: var(--yoti-color-link-dark, #8cc1f5);
  --_focus-color: var(--yoti-color-focus-dark, #8cc1f5);
`;

export const theme = css`
  :host {
    ${light}
    --_font: var(--yoti-font, system-ui, sans-serif);
    --_radius: var(--yoti-radius, 12px);
    /* A 2 px ring of the focus colour outside a 2 px gap of the surface: 3:1 against either side. */
    --_focus: var(--yoti-focus-ring, 0 0 0 2px var(--_surface), 0 0 0 4px var(--_focus-color));
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  [hidden] {
    display: none !important;
  }

  /* Read by screen readers, not shown: the live region, and words a layout makes plain to the eye. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
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
    inline-size: 28px;
    block-size: 28px;
    border: 3px solid color-mix(in srgb, var(--_primary) 20%, transparent);
    border-block-start-color: var(--_primary);
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
      border-block-start-color: var(--_primary);
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

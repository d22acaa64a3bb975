import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    inline-size: 100%;
    block-size: var(--yoti-frame-height, 640px);
    max-block-size: 100%;
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    box-sizing: border-box;
  }

  iframe {
    display: block;
    flex: 1 1 auto;
    min-block-size: 0;
    inline-size: 100%;
    border: 0;
  }

  .progress {
    flex: none;
    justify-content: center;
    border-block-end: 1px solid var(--_border);
    background: var(--_subtle);
  }

  .offers {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5rem;
    inline-size: min(100%, 22rem);
    margin-block-start: 0.5rem;
  }
  .offers .hint {
    font-size: 0.875rem;
    margin-block-end: 0.25rem;
  }
  .button.secondary {
    background: var(--_surface);
    border-color: var(--_border);
    color: var(--_link);
  }
  .button.secondary:hover {
    background: var(--_subtle);
  }
  .button.quiet {
    background: none;
    color: var(--_link);
    text-decoration: underline;
    font-weight: 500;
  }
  .button.quiet:hover {
    background: var(--_subtle);
  }
  .panel .copied {
    color: var(--_success);
    font-weight: 600;
  }
  .copy-field {
    display: grid;
    gap: 0.375rem;
    inline-size: min(100%, 22rem);
    color: var(--_muted);
    text-align: start;
  }
  .copy-field input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .copy-field input:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }

  .panel {
    overflow-wrap: anywhere;
    overflow-y: auto;
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    padding: 1.5rem;
    text-align: center;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .panel h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .panel p {
    margin: 0;
    max-inline-size: 32rem;
    color: var(--_muted);
    line-height: 1.5;
  }

  .icon {
    display: grid;
    place-items: center;
    inline-size: 48px;
    block-size: 48px;
    border-radius: 50%;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .icon.success {
    background: color-mix(in srgb, var(--_success) 14%, transparent);
    color: var(--_success);
  }
  .icon.error {
    background: color-mix(in srgb, var(--_danger) 12%, transparent);
    color: var(--_danger);
  }
  .icon.expired {
    background: color-mix(in srgb, var(--_warning) 14%, transparent);
    color: var(--_warning);
  }
`;

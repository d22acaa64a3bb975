import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
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
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }

  .panel {
    overflow-wrap: anywhere;
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

import { css, html, nothing, type TemplateResult } from 'lit';
import type { IdvProgress } from './events.js';
import type { progressStrings } from './strings/progress.js';

type ProgressKey = keyof typeof progressStrings;

const STEPS = ['document', 'face', 'submitted'] as const;

/**
 * The capture's steps as a list (document captured, face captured, sent), each ticked when done;
 * while none is done and the person went to their phone, "Waiting for your phone…". The frame and
 * the status card show it the same way.
 */
export function progressSteps(
  progress: IdvProgress | undefined,
  t: (key: ProgressKey) => string,
  { waiting = false } = {},
): TemplateResult | typeof nothing {
  const started = progress && STEPS.some((step) => progress[step]);
  if (!started && !waiting) return nothing;
  return html`<ol part="progress" class="progress" aria-label=${t('progress.label')}>
    ${
      started
        ? STEPS.map((step) => {
            const done = progress[step];
            return html`<li class=${done ? 'done' : ''}>
              <span class="mark" role="img" aria-label=${t(done ? 'progress.done' : 'progress.todo')}
                >${done ? '✓' : ''}</span
              >${t(`progress.${step}`)}
            </li>`;
          })
        : html`<li class="waiting"><span class="spinner small" aria-hidden="true"></span>${t('progress.waiting')}</li>`
    }
  </ol>`;
}

/** What a step done says to a screen reader when it happens: the last one done. */
export function lastStepDone(progress: IdvProgress): ProgressKey | undefined {
  const done = STEPS.filter((step) => progress[step]);
  const last = done[done.length - 1];
  return last ? `progress.${last}` : undefined;
}

export const progressStyles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 0;
    padding: 0.75rem 1rem;
    list-style: none;
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.4;
  }
  .progress li {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .progress li.done {
    color: var(--_text);
    font-weight: 600;
  }
  .progress .mark {
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid var(--_control);
    border-radius: 50%;
    font-size: 0.75rem;
    line-height: 1;
  }
  .progress .done .mark {
    border-color: var(--_success);
    background: var(--_success);
    color: var(--_surface);
  }
  .progress .spinner.small {
    inline-size: 1rem;
    block-size: 1rem;
    border-width: 2px;
  }
`;

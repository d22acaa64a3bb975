import { html, nothing, type TemplateResult } from 'lit';
import type { ReviewImage, ReviewWords } from './review-sections.js';

/** How an image is shown in the viewer: quarter turns (0 to 3), brightness in percent (50 to 200, by 25). */
export interface ViewerState {
  image?: ReviewImage;
  turns: number;
  brightness: number;
}

export const VIEWER_CLOSED: ViewerState = { turns: 0, brightness: 100 };

export interface ViewerActions {
  change(state: Partial<ViewerState>): void;
  close(): void;
}

/**
 * One image larger, as Yoti's portal shows it: turned a quarter at a time and brightened or
 * dimmed, in a modal dialog (Escape, or Close, gives focus back to the image that opened it).
 * Turns and brightness are classes of the review's stylesheet (no inline styles: a strict CSP holds).
 */
export function imageViewer(words: ReviewWords, state: ViewerState, actions: ViewerActions): TemplateResult {
  const { image, turns, brightness } = state;
  return html`<dialog class="viewer" aria-labelledby="viewer-title" @close=${actions.close}>
    ${
      image
        ? html`<h2 id="viewer-title">${image.caption}</h2>
            <div class="stage">
              <img class="turn-${turns} light-${brightness}" src=${image.url} alt=${image.caption} />
            </div>
            <div class="row tools">
              <button class="button secondary" type="button" @click=${() => actions.change({ turns: (turns + 3) % 4 })}>
                ${words.t('viewer.rotateLeft')}
              </button>
              <button class="button secondary" type="button" @click=${() => actions.change({ turns: (turns + 1) % 4 })}>
                ${words.t('viewer.rotateRight')}
              </button>
              <label class="brightness">${words.t('viewer.brightness')}
                <input type="range" min="50" max="200" step="25" .value=${String(brightness)}
                  aria-valuetext=${`${brightness}%`}
                  @input=${(event: Event) => actions.change({ brightness: Number((event.target as HTMLInputElement).value) })} />
              </label>
              <button class="button secondary" type="button" @click=${() => actions.change({ turns: 0, brightness: 100 })}>
                ${words.t('viewer.reset')}
              </button>
              <button class="button" type="button" autofocus @click=${actions.close}>${words.t('common.close')}</button>
            </div>`
        : nothing
    }
  </dialog>`;
}

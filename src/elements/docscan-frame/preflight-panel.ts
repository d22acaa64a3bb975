import { html, nothing, type TemplateResult } from 'lit';
import type { PreflightOffer, PreflightProblem, YotiPreflightDetail } from '../../core/events.js';
import type { DocscanKey } from './strings.js';

/** Where copying the page's link stands: not tried, copied, or refused (the link is then shown to copy by hand). */
export type CopyState = 'idle' | 'copied' | 'failed';

const TITLES: Readonly<Record<PreflightProblem, DocscanKey>> = {
  'insecure-context': 'preflight.camera.title',
  'camera-blocked': 'preflight.camera.title',
  'no-camera': 'preflight.no-camera.title',
  'in-app-browser': 'preflight.in-app-browser.title',
  'ios-not-safari': 'preflight.ios-not-safari.title',
};

/** The panel's title: the first problem's (the browser's before the camera's). */
export const titleOf = (problems: readonly PreflightProblem[]): DocscanKey =>
  TITLES[problems[0] ?? 'no-camera'];

/**
 * The preflight's panel: what is wrong (the first problem, the browser's before the camera's) and
 * each way forward as a button, the best first; "Try anyway" quiet, last.
 */
export function preflightPanel(
  { problems, offered }: YotiPreflightDetail,
  t: (key: DocscanKey) => string,
  copy: CopyState,
  choose: (offer: PreflightOffer) => void,
): TemplateResult {
  const first = problems[0] ?? 'no-camera';
  const kind = (offer: PreflightOffer, index: number) =>
    offer === 'continue' ? 'quiet' : index === 0 ? '' : 'secondary';
  return html`<div part="panel preflight" class="panel">
    <div class="icon expired" aria-hidden="true">!</div>
    <h2 tabindex="-1">${t(titleOf(problems))}</h2>
    <p>${t(`preflight.${first}`)}</p>
    <div class="offers">
      ${offered.map(
        (offer, index) => html`<button
            part="button"
            type="button"
            class="button ${kind(offer, index)}"
            @click=${() => choose(offer)}
          >${t(`preflight.offer.${offer}`)}</button
          >${offer === 'handoff' ? html`<p class="hint">${t('preflight.offer.handoff.hint')}</p>` : nothing}`,
      )}
    </div>
    ${copy === 'copied' ? html`<p class="copied">${t('preflight.copied')}</p>` : nothing}
    ${
      copy === 'failed'
        ? html`<label class="copy-field"
            >${t('preflight.copyFailed')}
            <input
              readonly
              .value=${location.href}
              @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
          /></label>`
        : nothing
    }
  </div>`;
}

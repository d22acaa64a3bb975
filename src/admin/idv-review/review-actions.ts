import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DecisionValue, SessionDetail } from '../admin-api.js';
import type { ReviewWords } from './review-sections.js';

export interface DecisionControls {
  /** The staff member may decide. */
  may: boolean;
  busy: boolean;
  note: string;
  write(note: string): void;
  decide(value: DecisionValue): void;
}

/**
 * The business's decision: the one made (by whom, when, with its note: focus lands here after
 * deciding), then Approve and Reject with a note, for a completed session and staff who may decide.
 */
export function decisionPart(
  words: ReviewWords,
  detail: SessionDetail,
  controls: DecisionControls,
): TemplateResult {
  const made = detail.decision;
  let form: TemplateResult;
  if (!controls.may) form = html`<p class="muted">${words.t('review.cannotDecide')}</p>`;
  else if (detail.state !== 'COMPLETED') form = html`<p class="muted">${words.t('review.notYet')}</p>`;
  else
    form = html`<div class="decide">
      <label>${words.t('review.note')}
        <textarea maxlength="2000" .value=${live(controls.note)}
          @input=${(event: Event) => controls.write((event.target as HTMLTextAreaElement).value)}></textarea>
      </label>
      <div class="row">
        <button class="button" type="button" ?disabled=${controls.busy} @click=${() => controls.decide('APPROVE')}>${words.t('review.approve')}</button>
        <button class="button danger" type="button" ?disabled=${controls.busy} @click=${() => controls.decide('REJECT')}>${words.t('review.reject')}</button>
      </div>
    </div>`;
  return html`<h3>${words.t('review.decision')}</h3>
    <div class="decided" tabindex="-1">
      ${
        made
          ? html`<p><span class="badge ${made.value}">${words.t(`admin.decision.${made.value}`)}</span>
              ${words.t('review.decidedBy', { name: words.who(made), date: words.date(made.at) })}</p>
              ${made.note ? html`<blockquote>${made.note}</blockquote>` : nothing}`
          : html`<p class="muted">${words.t('review.noDecision')}</p>`
      }
    </div>
    ${form}`;
}

export interface ConfirmActions {
  cancel(): void;
  confirm(): void;
  /** The dialog closed (Escape, or either button). */
  closed(): void;
}

/** Deleting the media or the session, confirmed first in a modal dialog; Cancel has the focus. */
export function confirmDialog(
  words: ReviewWords,
  what: 'media' | 'session' | undefined,
  actions: ConfirmActions,
): TemplateResult {
  return html`<dialog class="confirm" aria-labelledby="confirm-title" @close=${actions.closed}>
    ${
      what
        ? html`<h2 id="confirm-title">${words.t(`review.confirm.${what}.title`)}</h2>
            <p>${words.t(`review.confirm.${what}.body`)}</p>
            <div class="row">
              <button class="button secondary" type="button" autofocus @click=${actions.cancel}>${words.t('review.cancel')}</button>
              <button class="button danger" type="button" @click=${actions.confirm}>${words.t(what === 'media' ? 'review.deleteMedia' : 'review.deleteSession')}</button>
            </div>`
        : nothing
    }
  </dialog>`;
}

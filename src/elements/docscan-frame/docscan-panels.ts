import { html, nothing, type TemplateResult } from 'lit';
import type { DocscanKey } from './strings.js';

type T = (key: DocscanKey) => string;

/** Yoti's page, with camera access; its URL set before it joins the page (no about:blank load). */
export const flowFrame = (title: string, src: string, onLoad: () => void): TemplateResult =>
  html`<iframe part="frame" title=${title} src=${src} allow="camera; fullscreen" @load=${onLoad}></iframe>`;

/** While the session is had and Yoti's page loads. */
export const loadingPanel = (t: T): TemplateResult =>
  html`<div part="panel" class="panel">
    <div class="spinner" aria-hidden="true"></div><p>${t('docscan.loading')}</p>
  </div>`;

/** The person finished: their documents are sent. */
export const successPanel = (t: T): TemplateResult =>
  html`<div part="panel" class="panel">
    <div class="icon success" aria-hidden="true">✓</div>
    <h2>${t('docscan.success.title')}</h2><p>${t('docscan.success.body')}</p>
  </div>`;

/** An error or an expired session: what happened, and "Start again" where it can help. */
export function problemPanel(
  t: T,
  {
    title,
    message,
    expired,
    restart,
  }: { title: string; message: string; expired: boolean; restart?: () => void },
): TemplateResult {
  return html`<div part="panel" class="panel">
    <div class="icon ${expired ? 'expired' : 'error'}" aria-hidden="true">!</div>
    <h2>${title}</h2><p>${message}</p>
    ${
      restart
        ? html`<button part="button" class="button" type="button" @click=${restart}>${t('docscan.restart')}</button>`
        : nothing
    }
  </div>`;
}

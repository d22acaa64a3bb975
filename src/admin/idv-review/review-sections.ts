import { html, nothing, type TemplateResult } from 'lit';
import type { Actor } from '../../shared/back-office.js';
import { mediaUrl, type ReviewCheck, type ReviewMedia, type SessionDetail } from '../admin-api.js';
import { humanise } from '../admin-element.js';
import type { AdminKey } from '../strings.js';

/** What the review's parts need of the element: its words, dates and labels. */
export interface ReviewWords {
  t(key: AdminKey, params?: Readonly<Record<string, string | number>>): string;
  label(
    prefix: 'check' | 'advice' | 'media' | 'review.manual' | 'admin.checkState' | 'audit',
    code: string,
  ): string;
  date(iso: string): string;
  who(actor: Actor): string;
}

/** An image of the session, with the words that name it ("Document page 2"). */
export interface ReviewImage extends ReviewMedia {
  caption: string;
  url: string;
}

/** One check: its name and Yoti's advice; expanded, its status in words, the reason and the manual-check mode. */
function check(words: ReviewWords, item: ReviewCheck): TemplateResult {
  const advice = item.recommendation?.value;
  return html`<li><details>
    <summary>
      <span class="name">${words.label('check', item.type)}</span>
      <span class="badge ${advice ?? 'NONE'}">${advice ? words.label('advice', advice) : words.t('review.pending')}</span>
    </summary>
    <div>
      <p>${words.t('review.checkState', { state: words.label('admin.checkState', item.state) })}</p>
      ${item.recommendation?.reason ? html`<p>${words.t('review.reason', { reason: humanise(item.recommendation.reason) })}</p>` : nothing}
      ${item.manualCheck ? html`<p>${words.t('review.manual', { mode: words.label('review.manual', item.manualCheck) })}</p>` : nothing}
    </div>
  </details></li>`;
}

export function checks(words: ReviewWords, detail: SessionDetail): TemplateResult {
  return html`<h3>${words.t('review.checks')}</h3>
    ${
      detail.checks.length > 0
        ? html`<ul class="checks">${detail.checks.map((item) => check(words, item))}</ul>`
        : html`<p class="muted">${words.t('review.noChecks')}</p>`
    }`;
}

export function documentPart(words: ReviewWords, detail: SessionDetail): TemplateResult | typeof nothing {
  const document = detail.document;
  if (!document) return nothing;
  const fields = Object.entries(document.fields ?? {});
  return html`<h3>${words.t('review.document')}</h3>
    <p>${humanise(document.type)} · ${document.issuingCountry}</p>
    ${fields.length > 0 ? html`<dl>${fields.map(([name, value]) => html`<div><dt>${humanise(name)}</dt><dd>${value}</dd></div>`)}</dl>` : nothing}`;
}

/** The session's images, each named by its kind and place ("Document page 2"). */
export function imagesOf(words: ReviewWords, endpoint: string, detail: SessionDetail): ReviewImage[] {
  const counts = new Map<string, number>();
  return detail.media
    .filter((item) => item.mimeType.startsWith('image/'))
    .map((item) => {
      const count = (counts.get(item.kind) ?? 0) + 1;
      counts.set(item.kind, count);
      const caption = `${words.label('media', item.kind)} ${count}`;
      return { ...item, caption, url: mediaUrl(endpoint, detail.sessionId, item.id) };
    });
}

/** The images as buttons that open them larger; what became of them when they were deleted, or when they will be. */
export function images(
  words: ReviewWords,
  detail: SessionDetail,
  list: ReviewImage[],
  open: (image: ReviewImage, opener: HTMLElement) => void,
): TemplateResult {
  const note = detail.mediaDeleted
    ? words.t('review.mediaDeleted')
    : detail.mediaDeletesAt
      ? words.t('review.mediaDeletes', { date: words.date(detail.mediaDeletesAt) })
      : '';
  return html`<h3>${words.t('review.images')}</h3>
    ${note ? html`<p class="muted media-note" tabindex="-1">${note}</p>` : nothing}
    ${
      list.length === 0
        ? detail.mediaDeleted
          ? nothing
          : html`<p class="muted">${words.t('review.noImages')}</p>`
        : html`<ul class="images">${list.map(
            (
              image,
            ) => html`<li><button type="button" class="thumb" aria-label=${words.t('review.enlarge', { caption: image.caption })}
                @click=${(event: Event) => open(image, event.currentTarget as HTMLElement)}>
                <img src=${image.url} alt="" loading="lazy" />
                <span>${image.caption}</span>
              </button></li>`,
          )}</ul>`
    }`;
}

export function profile(words: ReviewWords, detail: SessionDetail): TemplateResult | typeof nothing {
  const found = detail.identityProfile;
  if (!found) return nothing;
  const met = found.result === 'DONE';
  return html`<h3>${words.t('review.profile')}</h3>
    <div class="result">
      <span class="badge ${met ? 'APPROVED' : 'REJECTED'}">${words.t(met ? 'review.result.DONE' : 'review.result.ABORTED')}</span>
      ${found.failureReason ? html`<p>${words.t('review.reason', { reason: humanise(found.failureReason) })}</p>` : nothing}
      ${
        found.schemes.length > 0
          ? html`<ul>${found.schemes.map((scheme) => html`<li>${[scheme.type, scheme.objective].filter(Boolean).join(' ')}: ${words.t(scheme.met ? 'review.met' : 'review.unmet')}</li>`)}</ul>`
          : nothing
      }
    </div>`;
}

/** What happened to the session, oldest first, each with who did it (a name, never an ID). */
export function history(words: ReviewWords, detail: SessionDetail): TemplateResult {
  return html`<details class="history">
    <summary><span class="name">${words.t('review.history')}</span></summary>
    <ol>${detail.audit.map(
      (entry) => html`<li><time datetime=${entry.at}>${words.date(entry.at)}</time>
        ${words.t('audit.entry', { who: words.who(entry), action: words.label('audit', entry.action) })}</li>`,
    )}</ol>
  </details>`;
}

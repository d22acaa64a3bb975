import { css, html, isServer, nothing, type PropertyValues } from 'lit';
import { emit, type YotiErrorDetail } from '../../core/events.js';
import { isAbortError } from '../../core/http.js';
import { theme } from '../../core/theme.js';
import { adminStyles } from '../admin.styles.js';
import {
  type DecisionValue,
  decide,
  eventsUrl,
  getSession,
  mediaUrl,
  type ReviewCheck,
  remove,
  type SessionDetail,
} from '../admin-api.js';
import { AdminElement, humanise } from '../admin-element.js';
import { RecordFeedController } from '../record-feed-controller.js';

/**
 * The review of one identity check: its state, each check with Yoti's recommendation (expand it for
 * the reason and the manual-check mode), the document and its fields, the images (loaded through
 * the admin media route), the identity profile; the business's decision with a note; deleting the
 * media or the session, each confirmed first. Follows the session live.
 *
 * @tagname yoti-idv-review
 * @summary The back office's review of one IDV session.
 *
 * @fires yoti-decision - A decision was recorded: `{sessionId, value}`.
 * @fires yoti-deleted - The media or the session was deleted: `{sessionId, what: 'media' | 'session'}`.
 * @fires yoti-error - `{code, message, retryable}` when the session cannot be had or an action fails.
 *
 * @csspart card - The card around everything.
 * @csspart problem - A refusal or failure.
 */
export class YotiIdvReview extends AdminElement {
  static readonly tag = 'yoti-idv-review';
  static override styles = [
    theme,
    adminStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem 1rem;
      }
      header h2 {
        margin: 0;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .checks li {
        border: 1px solid var(--_border);
        border-radius: 8px;
        margin-bottom: 0.5rem;
      }
      summary {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        padding: 0.625rem 0.875rem;
        border-radius: 8px;
        cursor: pointer;
        font-weight: 600;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary > span:first-child::before {
        content: '';
        display: inline-block;
        inline-size: 0.45em;
        block-size: 0.45em;
        margin-inline-end: 0.6em;
        border-inline-end: 2px solid currentColor;
        border-block-end: 2px solid currentColor;
        transform: translateY(-0.15em) rotate(-45deg);
        transition: transform 120ms ease;
      }
      details[open] > summary > span:first-child::before {
        transform: translateY(-0.25em) rotate(45deg);
      }
      details > div {
        padding: 0 0.875rem 0.75rem;
        color: var(--_muted);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: 0.375rem 1rem;
        margin: 0.5rem 0 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .images {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
        gap: 0.75rem;
      }
      figure {
        margin: 0;
      }
      img {
        display: block;
        inline-size: 100%;
        block-size: auto;
        border-radius: 8px;
        border: 1px solid var(--_border);
        background: var(--_subtle);
      }
      figcaption {
        margin-top: 0.25rem;
        color: var(--_muted);
        font-size: 0.8125rem;
      }
      .result {
        margin: 1rem 0 0;
        padding: 0.75rem 1rem;
        border-radius: 8px;
        background: var(--_subtle);
      }
      .decide {
        display: grid;
        gap: 0.75rem;
      }
      .history li {
        padding: 0.25rem 0;
        color: var(--_muted);
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    sessionId: { attribute: 'session-id' },
    detail: { state: true },
    failure: { state: true },
    busy: { state: true },
    confirming: { state: true },
    deleted: { state: true },
    status: { state: true },
  };

  /** The session to review. */
  sessionId?: string;

  private detail?: SessionDetail;
  private failure?: YotiErrorDetail;
  private busy = false;
  private confirming?: 'media' | 'session';
  private deleted = false;
  /** What the last action did, for screen readers. */
  private status = '';

  #request?: AbortController;
  #note = '';

  #feed = new RecordFeedController(this, {
    url: () => eventsUrl(this.endpoint || '/yoti'),
    onChange: ({ sessionId, deleted }) => {
      if (sessionId !== this.sessionId) return;
      if (deleted) this.deleted = true;
      else void this.#load();
    },
    onResume: () => void this.#load(),
  });

  /** Reads the session again now. */
  reload(): void {
    void this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) return; // Read in the browser, with the staff member's cookie.
    if (changed.has('endpoint') && this.hasUpdated) this.#feed.restart();
    if (changed.has('sessionId') || changed.has('endpoint') || !this.hasUpdated) {
      this.detail = undefined;
      this.failure = undefined;
      this.deleted = false;
      this.status = '';
      void this.#load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    if (!this.sessionId || this.deleted) return;
    const request = new AbortController();
    this.#request = request;
    try {
      this.detail = await getSession(this.endpoint || '/yoti', this.sessionId, request.signal);
      this.failure = undefined;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.failure = this.errorDetail(error);
    this.fireError(this.failure);
  }

  async #decide(value: DecisionValue): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId || this.busy) return;
    this.busy = true;
    try {
      const record = await decide(this.endpoint || '/yoti', sessionId, value, this.#note);
      if (this.detail) this.detail = { ...this.detail, ...record };
      this.failure = undefined;
      this.status = this.t('review.saved', { decision: this.t(`admin.decision.${value}`) });
      emit(this, 'yoti-decision', { sessionId, value });
      void this.#load();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #confirm(what: 'media' | 'session'): void {
    this.confirming = what;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  #closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.confirming = undefined;
  }

  async #delete(): Promise<void> {
    const what = this.confirming;
    const sessionId = this.sessionId;
    this.#closeDialog();
    if (!what || !sessionId) return;
    this.busy = true;
    try {
      await remove(this.endpoint || '/yoti', sessionId, what);
      this.failure = undefined;
      if (what === 'session') {
        this.deleted = true;
        this.detail = undefined;
      } else {
        this.status = this.t('review.mediaDeleted');
        await this.#load();
      }
      emit(this, 'yoti-deleted', { sessionId, what });
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #check(check: ReviewCheck) {
    const advice = check.recommendation?.value;
    return html`<li><details>
      <summary>
        <span>${this.label('check', check.type)}</span>
        <span class="badge ${advice ?? 'NONE'}">${advice ? this.label('advice', advice) : this.t('review.pending')}</span>
      </summary>
      <div>
        <p>${this.t('review.state', { state: check.state })}</p>
        ${check.recommendation?.reason ? html`<p>${this.t('review.reason', { reason: this.label('advice', check.recommendation.reason) })}</p>` : nothing}
        ${check.manualCheck ? html`<p>${this.t('review.manual', { mode: this.label('review.manual', check.manualCheck) })}</p>` : nothing}
      </div>
    </details></li>`;
  }

  #images(detail: SessionDetail) {
    if (detail.mediaDeleted) return html`<p class="muted">${this.t('review.mediaDeleted')}</p>`;
    const images = detail.media.filter((item) => item.mimeType.startsWith('image/'));
    if (images.length === 0) return html`<p class="muted">${this.t('review.noImages')}</p>`;
    const counts = new Map<string, number>();
    return html`<div class="images">${images.map((item) => {
      const count = (counts.get(item.kind) ?? 0) + 1;
      counts.set(item.kind, count);
      const caption = `${this.label('media', item.kind)} ${count}`;
      return html`<figure>
        <img src=${mediaUrl(this.endpoint || '/yoti', detail.sessionId, item.id)} alt=${caption} loading="lazy" />
        <figcaption>${caption}</figcaption>
      </figure>`;
    })}</div>`;
  }

  #decision(detail: SessionDetail) {
    const decision = detail.decision;
    return html`<h3>${this.t('review.decision')}</h3>
      ${
        decision
          ? html`<p><span class="badge ${decision.value}">${this.t(`admin.decision.${decision.value}`)}</span>
              <span class="muted">${this.t('review.decided', { by: decision.by, date: this.date(decision.at) })}</span></p>
              ${decision.note ? html`<p>${decision.note}</p>` : nothing}`
          : nothing
      }
      <div class="decide">
        <label>${this.t('review.note')}
          <textarea maxlength="2000" .value=${this.#note}
            @input=${(event: Event) => {
              this.#note = (event.target as HTMLTextAreaElement).value;
            }}></textarea>
        </label>
        <div class="row">
          <button class="button" type="button" ?disabled=${this.busy} @click=${() => this.#decide('APPROVE')}>${this.t('review.approve')}</button>
          <button class="button danger" type="button" ?disabled=${this.busy} @click=${() => this.#decide('REJECT')}>${this.t('review.reject')}</button>
        </div>
      </div>`;
  }

  #body(detail: SessionDetail) {
    const profile = detail.identityProfile;
    const fields = Object.entries(detail.document?.fields ?? {});
    return html`
      <header>
        <div>
          <h2>${detail.name ?? this.t('review.heading')}</h2>
          ${detail.email ? html`<p>${detail.email}</p>` : nothing}
          <p class="mono muted">${this.t('review.session', { id: detail.sessionId })}</p>
        </div>
        <div><span class="badge ${detail.state}">${this.t(`admin.state.${detail.state}`)}</span></div>
      </header>
      <p class="muted">${this.t('review.created', { date: this.date(detail.createdAt) })}</p>
      <h3>${this.t('review.checks')}</h3>
      ${
        detail.checks.length > 0
          ? html`<ul class="checks">${detail.checks.map((check) => this.#check(check))}</ul>`
          : html`<p class="muted">${this.t('review.noChecks')}</p>`
      }
      ${
        detail.document
          ? html`<h3>${this.t('review.document')}</h3>
              <p>${humanise(detail.document.type)} · ${detail.document.issuingCountry}</p>
              ${fields.length > 0 ? html`<dl>${fields.map(([name, value]) => html`<dt>${humanise(name)}</dt><dd>${value}</dd>`)}</dl>` : nothing}`
          : nothing
      }
      <h3>${this.t('review.images')}</h3>
      ${this.#images(detail)}
      ${
        profile
          ? html`<h3>${this.t('review.profile')}</h3>
              <div class="result">
                <span class="badge ${profile.result}">${this.t(profile.result === 'DONE' ? 'review.result.DONE' : 'review.result.ABORTED')}</span>
                ${profile.failureReason ? html`<p>${this.t('review.reason', { reason: this.label('advice', profile.failureReason) })}</p>` : nothing}
                ${
                  profile.schemes.length > 0
                    ? html`<ul>${profile.schemes.map((scheme) => html`<li>${[scheme.type, scheme.objective].filter(Boolean).join(' ')}: ${this.t(scheme.met ? 'review.met' : 'review.unmet')}</li>`)}</ul>`
                    : nothing
                }
              </div>`
          : nothing
      }
      ${this.#decision(detail)}
      <h3>${this.t('review.data')}</h3>
      <div class="row">
        <button class="button quiet-danger" type="button" ?disabled=${this.busy || detail.mediaDeleted}
          @click=${() => this.#confirm('media')}>${this.t('review.deleteMedia')}</button>
        <button class="button quiet-danger" type="button" ?disabled=${this.busy}
          @click=${() => this.#confirm('session')}>${this.t('review.deleteSession')}</button>
      </div>
      <details class="history">
        <summary><span>${this.t('review.history')}</span></summary>
        <ol>${detail.audit.map((entry) => html`<li>${this.date(entry.at)} · ${entry.by} · ${entry.action}</li>`)}</ol>
      </details>`;
  }

  #dialog() {
    const what = this.confirming;
    return html`<dialog aria-labelledby="confirm-title" @close=${() => {
      this.confirming = undefined;
    }}>
      ${
        what
          ? html`<h2 id="confirm-title">${this.t(`review.confirm.${what}.title`)}</h2>
              <p>${this.t(`review.confirm.${what}.body`)}</p>
              <div class="row">
                <button class="button secondary" type="button" autofocus @click=${() => this.#closeDialog()}>${this.t('review.cancel')}</button>
                <button class="button danger" type="button" @click=${() => this.#delete()}>${this.t(what === 'media' ? 'review.deleteMedia' : 'review.deleteSession')}</button>
              </div>`
          : nothing
      }
    </dialog>`;
  }

  protected override render() {
    let content: unknown;
    if (!this.sessionId) content = html`<p class="muted">${this.t('review.noSession')}</p>`;
    else if (this.deleted) content = html`<p role="status">${this.t('review.deleted')}</p>`;
    else if (this.detail) content = this.#body(this.detail);
    else if (!this.failure) content = html`<p role="status">${this.t('common.loading')}</p>`;
    return html`<article part="card" class="card" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.problem(this.failure, () => this.reload())}
      ${content}
      <p class="visually-hidden" role="status">${this.status}</p>
      ${this.#dialog()}
    </article>`;
  }
}

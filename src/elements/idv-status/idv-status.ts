import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { finiteNumber, nonBlank } from '../../core/attributes.js';
import {
  emit,
  type IdvCheckSummary,
  type YotiErrorDetail,
  type YotiStatusDetail,
} from '../../core/events.js';
import {
  fetchSummary,
  isTerminal,
  parseSummary,
  type SessionSummary,
  summaryEventsUrl,
} from '../../core/idv-summary.js';
import { pollInterval } from '../../core/poll-controller.js';
import { progressSteps, progressStyles } from '../../core/progress-steps.js';
import { SessionStatusController } from '../../core/session-status-controller.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { styles } from './idv-status.styles.js';
import { statusStrings } from './strings.js';

type StatusStrings = typeof statusStrings.en;

/** "FRAUD_DETECTED" -> "Fraud detected": a readable fallback for codes without a string of their own. */
export function humanise(codeText: string): string {
  const words = codeText.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Shows where an IDV session stands, live, truthfully and discreetly: the outcome the helper
 * derives (checking, under review, verified, not verified, expired), and each check with its
 * recommendation and reasons only as far as the helper's `publicDetail` hands them over. Polls the helper's `GET {endpoint}/idv-sessions/{id}` with
 * backoff and jitter on failures, pauses while the page is hidden, and stops on a terminal state
 * and when removed.
 *
 * @tagname yoti-idv-status
 * @summary The live status of a Yoti IDV session.
 *
 * @fires yoti-status - On every change (not every poll): `{state, outcome, result?, failureReason?, checks}`.
 * @fires yoti-error - `{code, message, retryable}` when the status cannot be had.
 *
 * @csspart card - The card around everything.
 * @csspart heading - The title.
 * @csspart result - The outcome banner (checking, under review, verified, not verified, expired).
 * @csspart outcome - The same banner.
 * @csspart checks - The list of checks.
 * @csspart check - One check.
 * @csspart button - The retry button.
 *
 * @slot next-step - Your own way forward, shown in the banner when the identity could not be verified
 *   or the verification expired (a link to try again, another way to continue, a contact).
 *
 * @cssprop [--yoti-status-max-width=36rem] - The card's largest width.
 * @cssprop [--yoti-color-primary=#2875bc] - In-progress badge and buttons.
 * @cssprop [--yoti-color-success=#1c7c4d] - Approved checks and a verified result.
 * @cssprop [--yoti-color-danger=#b42318] - Rejected checks and a failed result.
 * @cssprop [--yoti-radius=12px] - Corner radius.
 */
export class YotiIdvStatus extends YotiElement<StatusStrings> {
  static readonly tag = 'yoti-idv-status';
  static override styles = [theme, progressStyles, styles];
  static override properties = {
    sessionId: { attribute: 'session-id' },
    endpoint: { converter: nonBlank, useDefault: true },
    pollInterval: { attribute: 'poll-interval', converter: finiteNumber, useDefault: true },
    summary: { state: true },
    failure: { state: true },
    reconnecting: { state: true },
  };
  protected readonly translations = statusStrings;

  /** The IDV session to follow. */
  sessionId?: string;
  /** The helper's base URL. */
  endpoint = '/yoti';
  /** Milliseconds between polls while all is well (at least 250). */
  pollInterval = 5000;

  private summary?: YotiStatusDetail;
  private failure?: YotiErrorDetail;
  private reconnecting = false;

  #lastKey?: string;
  /** The helper streams this session's state: it said so in its last answer. */
  #live = false;

  #follow = new SessionStatusController<SessionSummary>(this, {
    read: (signal) => fetchSummary(this.endpoint || '/yoti', this.sessionId ?? '', signal),
    streamUrl: () =>
      this.#live && this.sessionId ? summaryEventsUrl(this.endpoint || '/yoti', this.sessionId) : undefined,
    parse: parseSummary,
    isTerminal,
    interval: () => pollInterval(this.pollInterval, 5000),
    onState: (result) => this.#onSummary(result),
    retryable: (error) => this.errorDetail(error).retryable,
    onRetrying: () => {
      this.reconnecting = true;
    },
    onFailure: (error) => this.#onFailure(error),
  });

  /**
   * The session's last status, as the last `yoti-status` carried it (undefined before the first):
   * for a listener that came late (a framework hydrating a server-rendered page after it fired).
   */
  get status(): YotiStatusDetail | undefined {
    return this.summary;
  }

  /** The failure showing now, as the last `yoti-error` carried it; undefined once the status is had. */
  get lastError(): YotiErrorDetail | undefined {
    return this.failure;
  }

  /** Whether the status is being followed (polled or streamed): it stops on a terminal state. */
  get following(): boolean {
    return this.#follow.following;
  }

  /** Follows the session again now, after an error or to refresh. */
  refresh(): void {
    if (!this.sessionId) return;
    this.failure = undefined;
    this.#follow.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId') || changed.has('endpoint')) {
      this.summary = undefined;
      this.failure = undefined;
      this.reconnecting = false;
      this.#lastKey = undefined;
      this.#live = false;
      // Followed in the browser only: a server renders the card as it starts.
      if (isServer) return;
      if (this.sessionId) this.#follow.start();
      else this.#follow.stop();
    }
  }

  #onSummary({ summary, live }: SessionSummary): void {
    this.#live = live;
    this.reconnecting = false;
    this.failure = undefined;
    const key = JSON.stringify(summary);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.summary = summary;
    this.announce(this.t('status.announce', { outcome: this.t(`status.outcome.${summary.outcome}`) }));
    emit(this, 'yoti-status', summary);
  }

  #onFailure(error: unknown): void {
    const detail = this.errorDetail(error);
    this.reconnecting = false;
    this.failure = { ...detail, message: `${this.t('status.unreachable')} ${detail.message}` };
    this.announce(this.failure.message);
    this.fireError(this.failure);
  }

  #label(prefix: 'check' | 'reason', code: string): string {
    const key = `${prefix}.${code}`;
    return this.hasString(key) ? this.t(key) : humanise(code);
  }

  /**
   * The outcome, in words and a tone: neutral while checking or under review, the success colour
   * once verified, the danger colour with the host's own way forward (`next-step`) when not.
   */
  #outcome({ outcome, failureReason, state, progress }: YotiStatusDetail): TemplateResult {
    const icon = { APPROVED: '✓', REJECTED: '!', EXPIRED: '!', REVIEW: '…', PENDING: '…' }[outcome];
    // Nothing is being checked until everything is sent: until then the person is told so.
    const capturing = outcome === 'PENDING' && state === 'ONGOING' && progress?.submitted === false;
    return html`<div part="result outcome" class="result ${outcome}">
      <span class="icon" aria-hidden="true"><span>${icon}</span></span>
      <div>
        <strong>${this.t(capturing ? 'status.capturing.title' : `status.outcome.${outcome}`)}</strong>
        <p>${this.t(capturing ? 'status.capturing' : `status.outcome.${outcome}.body`)}</p>
        ${failureReason ? html`<p>${this.t('status.reason', { reason: this.#label('reason', failureReason) })}</p>` : nothing}
        ${outcome === 'REJECTED' || outcome === 'EXPIRED' ? html`<slot name="next-step"></slot>` : nothing}
      </div>
    </div>`;
  }

  #check({ type, recommendation }: IdvCheckSummary): TemplateResult {
    const reason = recommendation?.reason;
    // Spaces between the parts, so that they are read (and copied) as separate words.
    return html`<li part="check">
      <span class="check-name">${this.#label('check', type)}</span>
      ${
        recommendation
          ? html`<span class="pill ${recommendation.value}">${this.t(`status.recommendation.${recommendation.value}`)}</span>`
          : html`<span class="pill">${this.t('status.check.pending')}</span>`
      }
      ${
        reason && reason !== recommendation?.value
          ? html`<span class="check-reason">${this.t('status.reason', { reason: humanise(reason) })}</span>`
          : nothing
      }
    </li>`;
  }

  #body(summary: YotiStatusDetail): TemplateResult {
    const { checks, state, progress } = summary;
    return html`${this.#outcome(summary)}
      ${state === 'ONGOING' ? progressSteps(progress, (key) => this.t(key)) : nothing}
      ${
        checks.length > 0
          ? html`<h3 id="checks-heading">${this.t('status.checks')}</h3>
              <ul part="checks" aria-labelledby="checks-heading">
                ${checks.map((check) => this.#check(check))}
              </ul>`
          : nothing
      }`;
  }

  #failure(failure: YotiErrorDetail): TemplateResult {
    return html`<div class="problem">
      <p>${failure.message}</p>
      ${
        failure.retryable
          ? html`<button part="button" class="button secondary" type="button" @click=${() => this.refresh()}>
              ${this.t('common.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The card and its live region stay; only what changed is updated (nothing is announced twice). */
  protected override render() {
    const { summary, failure } = this;
    const loading = !summary && !failure && Boolean(this.sessionId);
    return html`<section part="card" class="card" aria-labelledby="heading" aria-busy=${String(loading)}>
      <header>
        <h2 id="heading" part="heading">${this.t('status.heading')}</h2>
      </header>
      ${
        loading
          ? html`<div class="loading"><div class="spinner" aria-hidden="true"></div><span>${this.t('status.loading')}</span></div>`
          : nothing
      }
      ${this.sessionId ? nothing : html`<p>${this.t('status.noSession')}</p>`}
      ${summary ? this.#body(summary) : nothing}
      ${this.reconnecting ? html`<p class="note">${this.t('status.reconnecting')}</p>` : nothing}
      ${failure ? this.#failure(failure) : nothing}
      ${this.liveRegion()}
    </section>`;
  }
}

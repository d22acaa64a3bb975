import { h, Swap } from '../../core/dom.js';
import {
  emit,
  type IdvCheckSummary,
  type YotiErrorDetail,
  type YotiStatusDetail,
} from '../../core/events.js';
import { isAbortError } from '../../core/http.js';
import { PollController, pollInterval } from '../../core/polling.js';
import type { PropertyDeclarations, PropertyValues } from '../../core/reactive-element.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { styles } from './idv-status.styles.js';
import { statusStrings } from './strings.js';
import { fetchSummary, humanise, isTerminal } from './summary.js';

type StatusStrings = typeof statusStrings.en;

/** Failures in a row after which the element stops and offers a retry. */
const MAX_FAILURES = 5;

/**
 * Shows where an IDV session stands, live: its state, the result and failure reason, and each
 * check with Yoti's recommendation. Polls the helper's `GET {endpoint}/idv-sessions/{id}` with
 * backoff and jitter on failures, pauses while the page is hidden, and stops on a terminal state
 * and when removed.
 *
 * @tagname yoti-idv-status
 * @summary The live status of a Yoti IDV session.
 *
 * @fires yoti-status - On every change (not every poll): `{state, result?, failureReason?, checks}`.
 * @fires yoti-error - `{code, message, retryable}` when the status cannot be had.
 *
 * @csspart card - The card around everything.
 * @csspart heading - The title.
 * @csspart badge - The state badge.
 * @csspart result - The result banner (verified / not verified).
 * @csspart checks - The list of checks.
 * @csspart check - One check.
 * @csspart button - The retry button.
 *
 * @cssprop [--yoti-status-max-width=36rem] - The card's largest width.
 * @cssprop [--yoti-color-primary=#2875bc] - In-progress badge and buttons.
 * @cssprop [--yoti-color-success=#1c7c4d] - Approved checks and a verified result.
 * @cssprop [--yoti-color-danger=#b42318] - Rejected checks and a failed result.
 * @cssprop [--yoti-radius=12px] - Corner radius.
 */
export class YotiIdvStatus extends YotiElement<StatusStrings> {
  static readonly tag = 'yoti-idv-status';
  static override styles = [theme, styles];
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    endpoint: {},
    pollInterval: { attribute: 'poll-interval', type: Number },
    summary: { state: true },
    failure: { state: true },
    reconnecting: { state: true },
    announcement: { state: true },
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
  private announcement = '';

  #lastKey?: string;
  #card?: { section: HTMLElement; live: HTMLElement };
  #content = new Swap();

  #poll = new PollController<YotiStatusDetail>(this, {
    task: (signal) => fetchSummary(this.endpoint, this.sessionId ?? '', signal),
    onResult: (summary) => this.#onSummary(summary),
    onError: (error, inARow) => this.#onError(error, inARow),
    isTerminal,
    interval: () => pollInterval(this.pollInterval, 5000),
  });

  /** Whether a poll is under way (for hosts and tests: it stops on a terminal state). */
  get polling(): boolean {
    return this.#poll.active;
  }

  /** Polls again now, after an error or to refresh. */
  refresh(): void {
    if (!this.sessionId) return;
    this.failure = undefined;
    this.#poll.start();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('sessionId') || changed.has('endpoint')) {
      this.summary = undefined;
      this.failure = undefined;
      this.reconnecting = false;
      this.#lastKey = undefined;
      if (this.sessionId) this.#poll.start();
      else this.#poll.stop();
    }
  }

  #onSummary(summary: YotiStatusDetail): void {
    this.reconnecting = false;
    this.failure = undefined;
    const key = JSON.stringify(summary);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.summary = summary;
    const parts = [this.t(`status.state.${summary.state}`)];
    if (summary.result) parts.push(this.t(`status.result.${summary.result}`));
    this.announcement = this.t('status.announce', { state: parts.join('. ') });
    emit(this, 'yoti-status', summary);
  }

  #onError(error: unknown, inARow: number): void {
    if (isAbortError(error)) return;
    const detail = this.errorDetail(error);
    if (detail.retryable && inARow < MAX_FAILURES) {
      this.reconnecting = true;
      return;
    }
    this.#poll.stop();
    this.reconnecting = false;
    this.failure = { ...detail, message: `${this.t('status.unreachable')} ${detail.message}` };
    this.fireError(this.failure);
  }

  #label(prefix: 'check' | 'reason', code: string): string {
    const key = `${prefix}.${code}`;
    return this.hasString(key) ? this.t(key) : humanise(code);
  }

  /** The card and its live region are kept; what is between them is replaced when it changes. */
  protected override update(root: ShadowRoot): void {
    if (!this.#card) {
      const live = h('p', { class: 'visually-hidden', role: 'status' });
      const section = h('section', { part: 'card', class: 'card', 'aria-labelledby': 'heading' }, live);
      root.append(section);
      this.#card = { section, live };
    }
    const { section, live } = this.#card;
    const loading = !this.summary && !this.failure && Boolean(this.sessionId);
    section.setAttribute('aria-busy', String(loading));
    this.#content.show(this.#contentNodes(loading), (nodes) => live.before(...nodes));
    if (live.textContent !== this.announcement) live.textContent = this.announcement;
  }

  #contentNodes(loading: boolean): HTMLElement[] {
    const { summary, failure } = this;
    const content = [
      h(
        'header',
        {},
        h('h2', { id: 'heading', part: 'heading' }, this.t('status.heading')),
        ...(summary
          ? [
              h(
                'span',
                { part: 'badge', class: `badge ${summary.state}` },
                this.t(`status.state.${summary.state}`),
              ),
            ]
          : []),
      ),
    ];
    if (loading) {
      content.push(
        h(
          'div',
          { class: 'loading' },
          h('div', { class: 'spinner', 'aria-hidden': 'true' }),
          h('span', {}, this.t('status.loading')),
        ),
      );
    }
    if (!this.sessionId) content.push(h('p', {}, this.t('status.noSession')));
    if (summary) content.push(...this.#body(summary));
    if (this.reconnecting) content.push(h('p', { class: 'note' }, this.t('status.reconnecting')));
    if (failure) {
      const problem = h('div', { class: 'problem', role: 'alert' }, h('p', {}, failure.message));
      if (failure.retryable) {
        const retry = h(
          'button',
          { part: 'button', class: 'button secondary', type: 'button' },
          this.t('common.retry'),
        );
        retry.addEventListener('click', () => this.refresh());
        problem.append(retry);
      }
      content.push(problem);
    }
    return content;
  }

  #body({ state, result, failureReason, checks }: YotiStatusDetail): HTMLElement[] {
    const body: HTMLElement[] = [];
    if (result) {
      body.push(
        h(
          'div',
          { part: 'result', class: `result ${result}` },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, h('span', {}, result === 'DONE' ? '✓' : '!')),
          h(
            'div',
            {},
            h('strong', {}, this.t(`status.result.${result}`)),
            ...(failureReason ? [h('p', {}, this.#label('reason', failureReason))] : []),
          ),
        ),
      );
    } else if (state !== 'COMPLETED') {
      body.push(h('p', {}, this.t(`status.state.${state}.body`)));
    }
    if (checks.length > 0) {
      body.push(
        h('h3', { id: 'checks-heading' }, this.t('status.checks')),
        h(
          'ul',
          { part: 'checks', 'aria-labelledby': 'checks-heading' },
          ...checks.map((check) => this.#check(check)),
        ),
      );
    }
    return body;
  }

  #check({ type, recommendation }: IdvCheckSummary): HTMLElement {
    const item = h(
      'li',
      { part: 'check' },
      h('span', { class: 'check-name' }, this.#label('check', type)),
      // Spaces between the parts, so that they are read (and copied) as separate words.
      ' ',
      recommendation
        ? h(
            'span',
            { class: `pill ${recommendation.value}` },
            this.t(`status.recommendation.${recommendation.value}`),
          )
        : h('span', { class: 'pill' }, this.t('status.check.pending')),
    );
    if (recommendation?.reason && recommendation.reason !== recommendation.value) {
      item.append(
        ' ',
        h(
          'span',
          { class: 'check-reason' },
          this.t('status.reason', { reason: humanise(recommendation.reason) }),
        ),
      );
    }
    return item;
  }
}

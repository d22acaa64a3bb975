import { Task, TaskStatus } from '@lit/task';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { emit } from '../../core/events.js';
import { theme } from '../../core/theme.js';
import { adminStyles } from '../admin.styles.js';
import {
  type DecisionValue,
  decide,
  eventsUrl,
  getSession,
  remove,
  type SessionDetail,
} from '../admin-api.js';
import { AdminElement } from '../admin-element.js';
import { RecordFeedController } from '../record-feed-controller.js';
import { styles } from './idv-review.styles.js';
import { imageViewer, VIEWER_CLOSED, type ViewerState } from './image-viewer.js';
import { confirmDialog, decisionPart } from './review-actions.js';
import {
  checks,
  documentPart,
  history,
  images,
  imagesOf,
  profile,
  type ReviewImage,
  type ReviewWords,
} from './review-sections.js';

/**
 * The review of one identity check: its outcome and state, each check with Yoti's recommendation
 * (expand it for the reason and the manual-check mode), the document and its fields, the images
 * (opened larger, turned and brightened), the identity profile; the business's decision with a
 * note; deleting the media or the session, each confirmed first. Shows only what the signed-in
 * staff member may do, follows the session live, and keeps focus on what each action changed.
 * `focus()` moves focus to the session's heading once it has loaded (after a pick in the list).
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
  static override styles = [theme, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    sessionId: { attribute: 'session-id' },
    reloads: { state: true },
    busy: { state: true },
    confirming: { state: true },
    deleted: { state: true },
    note: { state: true },
    viewer: { state: true },
    actionError: { state: true },
  };

  /** The session to review. */
  sessionId?: string;

  private reloads = 0;
  private busy = false;
  private confirming?: 'media' | 'session';
  private deleted = false;
  private note = '';
  private viewer: ViewerState = VIEWER_CLOSED;
  private actionError?: ReturnType<AdminElement['errorDetail']>;
  #viewerOpener?: HTMLElement;
  /** What the review's parts (review-sections.ts, image-viewer.ts) say things with. */
  readonly #words: ReviewWords = {
    t: (key, params) => this.t(key, params),
    label: (prefix, code) => this.label(prefix, code),
    date: (iso) => this.date(iso),
    who: (actor) => this.who(actor),
  };

  readonly #session = new Task(this, {
    task: ([endpoint, sessionId], { signal }) =>
      sessionId ? getSession(endpoint, sessionId, signal) : Promise.resolve(undefined),
    args: () => [this.endpoint || '/yoti', this.sessionId, this.reloads] as const,
    autoRun: !isServer,
    onError: (error) => {
      const detail = this.errorDetail(error);
      this.announce(detail.message);
      this.fireError(detail);
    },
  });

  readonly #feed = new RecordFeedController(this, () => eventsUrl(this.endpoint || '/yoti'), {
    onChange: ({ sessionId, deleted }) => {
      if (sessionId !== this.sessionId) return;
      if (deleted) this.deleted = true;
      else this.reload();
    },
    onResume: () => this.reload(),
  });

  /** Reads the session again now. */
  reload(): void {
    this.reloads += 1;
  }

  /** Focuses the session's heading (or what shows in its place) once the session has loaded. */
  override focus(options?: FocusOptions): void {
    void this.#loaded().then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus(options),
    );
  }

  /** Resolves once the session as it is now (a new one given, or read again) is on screen. */
  async #loaded(): Promise<void> {
    await this.updateComplete; // a read asked for starts in this update
    await this.#session.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId')) {
      this.deleted = false;
      this.announce('');
      this.note = '';
      this.actionError = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && changed.get('endpoint') !== undefined) this.#feed.restart();
  }

  async #act(run: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await run();
      this.actionError = undefined;
    } catch (error) {
      this.actionError = this.errorDetail(error);
      this.announce(this.actionError.message);
      this.fireError(this.actionError);
    } finally {
      this.busy = false;
    }
  }

  #decide(value: DecisionValue): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId || this.busy) return Promise.resolve();
    return this.#act(async () => {
      await decide(this.endpoint || '/yoti', sessionId, value, this.note);
      this.note = '';
      this.announce(this.t('review.saved', { decision: this.t(`admin.decision.${value}`) }));
      emit(this, 'yoti-decision', { sessionId, value });
      this.reload();
      await this.#loaded();
      await this.focusOn('.decided');
    });
  }

  #confirm(what: 'media' | 'session'): void {
    this.confirming = what;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.showModal(),
    );
  }

  #closeConfirm(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.close();
    this.confirming = undefined;
  }

  #delete(): Promise<void> {
    const what = this.confirming;
    const sessionId = this.sessionId;
    this.#closeConfirm();
    if (!what || !sessionId) return Promise.resolve();
    return this.#act(async () => {
      await remove(this.endpoint || '/yoti', sessionId, what);
      if (what === 'session') {
        this.deleted = true;
        this.announce(this.t('review.deleted'));
        await this.focusOn('[data-focus]');
      } else {
        this.announce(this.t('review.mediaDeleted'));
        this.reload();
        await this.#loaded();
        await this.focusOn('.media-note');
      }
      emit(this, 'yoti-deleted', { sessionId, what });
    });
  }

  #openImage(image: ReviewImage, opener: HTMLElement): void {
    this.#viewerOpener = opener;
    this.viewer = { ...VIEWER_CLOSED, image };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLDialogElement>('dialog.viewer')?.showModal(),
    );
  }

  #closeImage(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.viewer');
    if (dialog?.open) dialog.close();
    if (!this.viewer.image) return;
    this.viewer = VIEWER_CLOSED;
    this.#viewerOpener?.focus();
  }

  #body(detail: SessionDetail) {
    const list = imagesOf(this.#words, this.endpoint || '/yoti', detail);
    const bannerKey = detail.decision ? null : (`review.outcome.${detail.outcome}` as const);
    return html`<header>
        <div class="who">
          <h2 data-focus tabindex="-1" title=${detail.name ?? ''}>${detail.name ?? this.t('review.heading')}</h2>
          ${detail.email ? html`<p class="email" title=${detail.email}>${detail.email}</p>` : nothing}
          <p class="mono muted">${this.t('review.session', { id: detail.sessionId })}</p>
        </div>
        <div class="badges">
          <span class="badge ${detail.outcome}">${this.t(`admin.outcome.${detail.outcome}`)}</span>
          <span class="badge ${detail.state}">${this.t(`admin.state.${detail.state}`)}</span>
        </div>
      </header>
      ${bannerKey ? html`<p class="banner ${detail.outcome}">${this.t(bannerKey)}</p>` : nothing}
      <p class="muted">${this.t('review.created', { date: this.date(detail.createdAt) })}</p>
      ${checks(this.#words, detail)}
      ${documentPart(this.#words, detail)}
      ${images(this.#words, detail, list, (image, opener) => this.#openImage(image, opener))}
      ${profile(this.#words, detail)}
      ${decisionPart(this.#words, detail, {
        may: this.may('decide'),
        busy: this.busy,
        note: this.note,
        write: (note) => {
          this.note = note;
        },
        decide: (value) => this.#decide(value),
      })}
      ${
        this.may('delete')
          ? html`<h3>${this.t('review.data')}</h3>
              <div class="row">
                <button class="button quiet-danger" type="button" ?disabled=${this.busy || detail.mediaDeleted}
                  @click=${() => this.#confirm('media')}>${this.t('review.deleteMedia')}</button>
                <button class="button quiet-danger" type="button" ?disabled=${this.busy}
                  @click=${() => this.#confirm('session')}>${this.t('review.deleteSession')}</button>
              </div>`
          : nothing
      }
      ${history(this.#words, detail)}`;
  }

  #content() {
    if (!this.sessionId) {
      return html`<div class="choose"><h2 data-focus tabindex="-1">${this.t('review.choose')}</h2>
        <p class="muted">${this.t('review.chooseHint')}</p></div>`;
    }
    if (this.deleted) return html`<p data-focus tabindex="-1">${this.t('review.deleted')}</p>`;
    const detail = this.#session.value;
    if (this.#session.status === TaskStatus.ERROR && !detail) {
      return html`<div data-focus tabindex="-1">${this.problem(this.errorDetail(this.#session.error), () => this.reload())}</div>`;
    }
    if (!detail) return html`<p data-focus tabindex="-1">${this.t('common.loading')}</p>`;
    return this.#body(detail);
  }

  protected override render() {
    const loading = this.#session.status === TaskStatus.PENDING;
    return html`<article part="card" class="card" aria-busy=${this.busy || loading ? 'true' : 'false'}>
      ${this.problem(this.actionError, undefined)}
      ${this.#content()}
      ${this.liveRegion()}
      ${confirmDialog(this.#words, this.confirming, {
        cancel: () => this.#closeConfirm(),
        confirm: () => this.#delete(),
        closed: () => {
          this.confirming = undefined;
        },
      })}
      ${imageViewer(this.#words, this.viewer, {
        change: (state) => {
          this.viewer = { ...this.viewer, ...state };
        },
        close: () => this.#closeImage(),
      })}
    </article>`;
  }
}

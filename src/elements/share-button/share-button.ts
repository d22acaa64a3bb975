import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, nothing, render, svg, type TemplateResult } from 'lit-html';
import { resolveShareMode } from '../../core/device.js';
import { emit, type YotiCloseReason, type YotiErrorDetail } from '../../core/events.js';
import { HelperRequestError, isAbortError } from '../../core/http.js';
import { PollController, pollInterval } from '../../core/polling.js';
import type { PropertyDeclarations } from '../../core/reactive-element.js';
import { lockScroll, unlockScroll } from '../../core/scroll-lock.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { type QrSymbol, qrSymbol } from './qr.js';
import {
  createQrCode,
  createShareSession,
  getShareSession,
  type ShareApp,
  type ShareQrCode,
  type ShareSessionIdResolver,
  type ShareSessionView,
  type WantedAttribute,
} from './session.js';
import { styles } from './share-button.styles.js';
import { shareStrings } from './strings.js';

type ShareStrings = typeof shareStrings.en;
type View = 'loading' | 'ready' | 'success' | 'expired' | 'failed' | 'error';

/** Ask for a fresh QR code this long before the current one expires. */
const REFRESH_LEAD_MS = 15_000;
/** Failures in a row after which polling or refreshing gives up and offers a retry. */
const MAX_FAILURES = 5;
/** How long the success view shows before the overlay closes. */
const SUCCESS_PAUSE_MS = 1200;

const yotiMark = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="11" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="M7.5 7.5 12 13l4.5-5.5M12 13v4.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

const closeIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

/**
 * A Yoti Digital ID share, from a button. Clicking it opens a full-page overlay with the
 * application, the details it asks for and a QR code to scan with the Yoti app (on a phone, a
 * "Share details" button that opens the app), refreshes the code before it expires, waits for the
 * share and reports the receipt.
 *
 * @tagname yoti-share-button
 * @summary A Yoti Digital ID share button with its overlay.
 *
 * @fires yoti-open - The overlay opened.
 * @fires yoti-close - The overlay closed: `{reason}` (`close-button`, `escape`, `backdrop`, `success`, `host`).
 * @fires yoti-success - The share completed: `{sessionId, receiptId}`. Cancelable: `preventDefault()`
 *   stops the redirect to `redirect-uri?receiptId=...`.
 * @fires yoti-error - `{code, message, retryable}` when the share cannot start or go on.
 *
 * @csspart button - The button that opens the overlay.
 * @csspart dialog - The overlay.
 * @csspart header - The application's logo and name.
 * @csspart details - The list of requested details.
 * @csspart qr - The QR code.
 * @csspart share-link - The "Share details" button on phones.
 * @csspart footer - The contact and privacy links and "How it works".
 * @csspart popover - The "How it works" popover.
 *
 * @cssprop [--yoti-color-primary=#2875bc] - The button, links and accents.
 * @cssprop [--yoti-color-on-primary=#ffffff] - Text on the button.
 * @cssprop [--yoti-button-radius=999px] - The button's corner radius.
 * @cssprop [--yoti-radius=12px] - Corner radius of the overlay's parts.
 * @cssprop [--yoti-backdrop=rgb(15 23 42 / 0.55)] - The page behind the overlay.
 * @cssprop [--yoti-font=system-ui] - Font family.
 */
export class YotiShareButton extends YotiElement<ShareStrings> {
  static readonly tag = 'yoti-share-button';
  static override styles = [theme, styles];
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    endpoint: {},
    label: {},
    mode: {},
    redirectUri: { attribute: 'redirect-uri' },
    pollInterval: { attribute: 'poll-interval', type: Number },
    sessionIdResolver: { attribute: false },
    opened: { state: true },
    view: { state: true },
    session: { state: true },
    qr: { state: true },
    qrStale: { state: true },
    problem: { state: true },
  };
  protected readonly translations = shareStrings;

  /** A share session the host backend created; without it the element asks `endpoint`. */
  sessionId?: string;
  /** The helper's base URL. */
  endpoint = '/yoti';
  /** The button's text; default "Use Yoti" (translated). */
  label?: string;
  /** `auto` detects a phone; `desktop` shows a QR code; `mobile` a Share details button. */
  mode: 'auto' | 'desktop' | 'mobile' = 'auto';
  /** Where to go after a share, with `?receiptId=`; nothing when unset or prevented. */
  redirectUri?: string;
  /** Milliseconds between status polls while the overlay is open. */
  pollInterval = 2000;
  /** Gives a session ID from the host backend, like Yoti's own client. */
  sessionIdResolver?: ShareSessionIdResolver;

  private opened = false;
  private view: View = 'loading';
  private session?: ShareSessionView;
  private qr?: ShareQrCode & { symbol: QrSymbol };
  private qrStale = false;
  private problem?: YotiErrorDetail;

  #find<E extends Element>(selector: string): E {
    return this.shadowRoot?.querySelector(selector) as E;
  }
  get #dialog(): HTMLDialogElement {
    return this.#find('dialog');
  }
  get #trigger(): HTMLButtonElement {
    return this.#find('.trigger');
  }
  get #howPanel(): HTMLElement | null {
    return this.#find('[popover]');
  }
  get #howButton(): HTMLButtonElement | null {
    return this.#find('.how');
  }

  #requests?: AbortController;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #staleTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #refreshFailures = 0;
  /** A refresh that fell due while the page was hidden, to make when it is shown. */
  #refreshWhenShown = false;
  #whileOpen?: AbortController;
  #stopPositioning?: () => void;

  #poll = new PollController<ShareSessionView>(this, {
    task: (signal) => getShareSession(this.endpoint, this.session?.sessionId ?? '', signal),
    onResult: (session) => this.#onStatus(session),
    onError: (error, inARow) => this.#onPollError(error, inARow),
    isTerminal: (session) => session.status !== 'CREATED',
    interval: () => pollInterval(this.pollInterval, 2000),
  });

  /** Whether the overlay is open. */
  get isOpen(): boolean {
    return this.opened;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.opened) this.#teardown();
    this.opened = false;
  }

  /** Opens the overlay and starts a share, as a click on the button does. */
  async open(): Promise<void> {
    if (this.opened) return;
    if (!this.hasUpdated) await this.updateComplete;
    this.opened = true;
    this.#dialog.showModal();
    lockScroll();
    this.#whileOpen = new AbortController();
    document.addEventListener('visibilitychange', () => this.#onVisibilityChange(), {
      signal: this.#whileOpen.signal,
    });
    emit(this, 'yoti-open', {});
    void this.#begin();
  }

  /** Closes the overlay (reason `host`), stopping everything it had under way. */
  close(reason: YotiCloseReason = 'host'): void {
    if (!this.opened) return;
    this.#teardown();
    this.opened = false;
    if (this.#dialog.open) this.#dialog.close();
    emit(this, 'yoti-close', { reason });
    this.#trigger.focus();
  }

  #teardown(): void {
    this.#whileOpen?.abort();
    this.#whileOpen = undefined;
    this.#requests?.abort();
    this.#requests = undefined;
    this.#poll.stop();
    this.#clearTimers();
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
    if (this.#howPanel?.matches(':popover-open')) this.#howPanel.hidePopover();
    unlockScroll();
  }

  #clearTimers(): void {
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#staleTimer);
    clearTimeout(this.#closeTimer);
    this.#refreshTimer = this.#staleTimer = this.#closeTimer = undefined;
  }

  /** Gets a session and its first QR code, then waits for the share. */
  async #begin(): Promise<void> {
    this.#requests?.abort();
    const requests = new AbortController();
    this.#requests = requests;
    this.#poll.stop();
    this.#clearTimers();
    this.view = 'loading';
    this.problem = undefined;
    this.qr = undefined;
    this.qrStale = false;
    this.#refreshFailures = 0;
    this.#refreshWhenShown = false;
    try {
      const givenId = this.sessionIdResolver ? await this.sessionIdResolver() : this.sessionId;
      if (requests.signal.aborted) return;
      if (givenId !== undefined && (typeof givenId !== 'string' || givenId === '')) {
        throw new TypeError('sessionIdResolver gave no session ID');
      }
      let session: ShareSessionView;
      let qrCode: ShareQrCode | undefined;
      if (givenId) {
        session = await getShareSession(this.endpoint, givenId, requests.signal);
        if (session.status === 'CREATED')
          qrCode = await createQrCode(this.endpoint, givenId, requests.signal);
      } else {
        const created = await createShareSession(this.endpoint, requests.signal);
        session = created;
        qrCode = created.qrCode;
      }
      if (requests.signal.aborted) return;
      this.session = session;
      if (!qrCode) {
        this.#onStatus(session);
        return;
      }
      this.#showQr(qrCode);
      this.view = 'ready';
      this.#poll.start();
    } catch (error) {
      if (requests.signal.aborted || isAbortError(error)) return;
      this.#fail(this.errorDetail(error));
    }
  }

  #fail(detail: YotiErrorDetail): void {
    this.#poll.stop();
    this.#clearTimers();
    this.view = 'error';
    this.problem = detail;
    this.fireError(detail);
  }

  /** Shows `qrCode` and plans its replacement before it expires, and its removal if none comes. */
  #showQr(qrCode: ShareQrCode): void {
    this.qr = { ...qrCode, symbol: qrSymbol(qrCode.uri) };
    this.qrStale = false;
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#staleTimer);
    const left = qrCode.expiresAt - Date.now();
    this.#refreshTimer = setTimeout(() => void this.#refreshQr(), Math.max(1000, left - REFRESH_LEAD_MS));
    this.#staleTimer = setTimeout(
      () => {
        this.qrStale = true;
      },
      Math.max(0, left),
    );
  }

  /** Nobody can scan a code on a hidden page: a refresh due then waits until the page is shown. */
  #onVisibilityChange(): void {
    if (document.visibilityState === 'visible' && this.#refreshWhenShown) {
      this.#refreshWhenShown = false;
      void this.#refreshQr();
    }
  }

  async #refreshQr(): Promise<void> {
    const sessionId = this.session?.sessionId;
    const requests = this.#requests;
    if (!sessionId || !requests || this.view !== 'ready') return;
    if (document.visibilityState === 'hidden') {
      this.#refreshWhenShown = true;
      return;
    }
    try {
      this.#showQr(await createQrCode(this.endpoint, sessionId, requests.signal));
      this.#refreshFailures = 0;
    } catch (error) {
      if (requests.signal.aborted || isAbortError(error)) return;
      // A session that ended meanwhile answers 409: the status poll tells the outcome.
      if (error instanceof HelperRequestError && error.status === 409) return;
      this.#refreshFailures += 1;
      const detail = this.errorDetail(error);
      if (!detail.retryable || this.#refreshFailures >= MAX_FAILURES) {
        this.#fail(detail);
        return;
      }
      this.#refreshTimer = setTimeout(() => void this.#refreshQr(), 1000 * 2 ** this.#refreshFailures);
    }
  }

  #onStatus(session: ShareSessionView): void {
    this.session = session;
    switch (session.status) {
      case 'CREATED':
        return;
      case 'COMPLETED':
        this.#onCompleted(session);
        return;
      case 'EXPIRED':
        this.#end('expired');
        return;
      default:
        this.#end('failed');
    }
  }

  #end(view: 'expired' | 'failed'): void {
    this.#clearTimers();
    this.view = view;
    const message = this.t(view === 'expired' ? 'share.expired' : 'share.failed');
    this.fireError({
      code: view === 'expired' ? 'session_expired' : 'share_failed',
      message,
      retryable: true,
    });
  }

  #onCompleted(session: ShareSessionView): void {
    this.#clearTimers();
    this.view = 'success';
    const receiptId = session.receiptId;
    if (!receiptId) {
      this.#fail({ code: 'bad_response', message: this.t('error.badResponse'), retryable: true });
      return;
    }
    const proceed = emit(
      this,
      'yoti-success',
      { sessionId: session.sessionId, receiptId },
      { cancelable: true },
    );
    const target = proceed ? this.#redirectTarget(receiptId) : undefined;
    if (target) {
      window.location.assign(target);
      return;
    }
    this.#closeTimer = setTimeout(() => this.close('success'), SUCCESS_PAUSE_MS);
  }

  /** `redirect-uri` with `receiptId` added, when it is an http(s) URL. */
  #redirectTarget(receiptId: string): string | undefined {
    if (!this.redirectUri) return undefined;
    try {
      const url = new URL(this.redirectUri, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
      url.searchParams.set('receiptId', receiptId);
      return url.href;
    } catch {
      return undefined;
    }
  }

  #onPollError(error: unknown, inARow: number): void {
    if (isAbortError(error)) return;
    const detail = this.errorDetail(error);
    if (!detail.retryable || inARow >= MAX_FAILURES) this.#fail(detail);
  }

  #onCancel(event: Event): void {
    event.preventDefault();
    this.close('escape');
  }

  #onDialogClick(event: MouseEvent): void {
    if (event.target === this.#dialog) this.close('backdrop');
  }

  /**
   * The dialog closed by a way of its own (a close watcher): keep our state in step. The event comes
   * a task after dialog.close(), so a dialog already shown again is left alone.
   */
  #onDialogClose(): void {
    if (this.opened && !this.#dialog.open) this.close('escape');
  }

  #onHowToggle(event: ToggleEvent): void {
    const open = event.newState === 'open';
    this.#howButton?.setAttribute('aria-expanded', String(open));
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
    const reference = this.#howButton;
    const floating = this.#howPanel;
    if (!open || !reference || !floating) return;
    this.#stopPositioning = autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'top-start',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  }

  #toggleHow(): void {
    this.#howPanel?.togglePopover();
  }

  #attributeLabel(wanted: WantedAttribute): string {
    const age = /^age_(over|under):(\d+)$/.exec(wanted.derivation ?? '');
    if (age) return this.t(age[1] === 'over' ? 'attr.age_over' : 'attr.age_under', { age: age[2] ?? '' });
    const key = `attr.${wanted.name}`;
    if (this.hasString(key)) return this.t(key);
    const words = wanted.name.replaceAll('_', ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  #header(app: ShareApp | undefined): TemplateResult {
    const name = app?.name ?? '';
    return html`<header part="header">
      ${
        app?.logoUrl
          ? html`<img class="logo" src=${app.logoUrl} alt="" width="48" height="48" />`
          : app
            ? html`<span class="logo initial" aria-hidden="true">${name.charAt(0).toUpperCase()}</span>`
            : nothing
      }
      <h2 id="title">${name || this.t('common.loading')}</h2>
      <button class="close" type="button" aria-label=${this.t('common.close')} @click=${() => this.close('close-button')}>
        ${closeIcon}
      </button>
    </header>`;
  }

  #details(session: ShareSessionView): TemplateResult | typeof nothing {
    if (session.wanted.length === 0) return nothing;
    return html`<section class="wants" aria-labelledby="wants-title">
      <h3 id="wants-title">${this.t('share.wants', { app: session.app.name })}</h3>
      <ul part="details">
        ${session.wanted.map((wanted) => html`<li>${this.#attributeLabel(wanted)}</li>`)}
      </ul>
    </section>`;
  }

  #qrStage(qr: ShareQrCode & { symbol: QrSymbol }, appName: string): TemplateResult {
    const { size, path } = qr.symbol;
    return html`<div class="stage">
      <strong id="scan-title">${this.t('share.scan')}</strong>
      <div class="qr ${this.qrStale ? 'stale' : ''}">
        <svg part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${this.t('share.qrAlt', { app: appName })}
          shape-rendering="crispEdges">
          <path fill="currentColor" d=${path}></path>
        </svg>
        ${
          this.qrStale
            ? html`<div class="refreshing" role="status"><div class="spinner" aria-hidden="true"></div>${this.t('share.refreshing')}</div>`
            : nothing
        }
      </div>
      <p>${this.t('share.scanHint')}</p>
      ${this.qrStale ? nothing : html`<a class="link" href=${qr.uri} target="_blank" rel="noopener noreferrer">${this.t('share.cantScan')}</a>`}
    </div>`;
  }

  #mobileStage(qr: ShareQrCode): TemplateResult {
    return html`<div class="stage">
      <p>${this.t('share.tap')}</p>
      <a part="share-link" class="button share" href=${qr.uri} target="_blank" rel="noopener noreferrer">
        ${yotiMark}${this.t('share.shareDetails')}
      </a>
      <p>${this.t('share.noApp')}</p>
    </div>`;
  }

  #outcome(kind: 'success' | 'problem', title: string, body: string, retry: boolean): TemplateResult {
    return html`<div class="stage" role=${kind === 'success' ? 'status' : 'alert'}>
      <div class="outcome ${kind}" aria-hidden="true">${kind === 'success' ? '✓' : '!'}</div>
      <strong>${title}</strong>
      <p>${body}</p>
      ${
        retry
          ? html`<button class="button" type="button" @click=${() => void this.#begin()}>${this.t('share.startAgain')}</button>`
          : nothing
      }
    </div>`;
  }

  #stage(): TemplateResult {
    const appName = this.session?.app.name ?? '';
    switch (this.view) {
      case 'loading':
        return html`<div class="stage" role="status">
          <div class="spinner" aria-hidden="true"></div>
          <p>${this.t('share.preparing')}</p>
        </div>`;
      case 'ready':
        if (!this.qr) return html`<div class="stage"></div>`;
        return resolveShareMode(this.mode) === 'mobile'
          ? this.#mobileStage(this.qr)
          : this.#qrStage(this.qr, appName);
      case 'success':
        return this.#outcome(
          'success',
          this.t('share.success'),
          this.t('share.successBody', { app: appName }),
          false,
        );
      case 'expired':
        return this.#outcome('problem', this.t('share.expired'), this.t('share.expiredBody'), true);
      case 'failed':
        return this.#outcome(
          'problem',
          this.t('share.failed'),
          this.t('share.failedBody', { app: appName }),
          true,
        );
      case 'error':
        return this.#outcome(
          'problem',
          this.t('share.errorTitle'),
          this.problem?.message ?? '',
          this.problem?.retryable ?? true,
        );
    }
  }

  #footer(app: ShareApp | undefined): TemplateResult {
    const name = app?.name ?? '';
    return html`<footer part="footer">
      <nav aria-label=${name}>
        ${app?.contactUrl ? html`<a href=${app.contactUrl} target="_blank" rel="noopener noreferrer">${this.t('share.contact', { app: name })}</a>` : nothing}
        ${app?.privacyPolicyUrl ? html`<a href=${app.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">${this.t('share.privacy')}</a>` : nothing}
      </nav>
      <button class="how" type="button" aria-expanded="false" aria-controls="how" @click=${() => this.#toggleHow()}>
        ${this.t('share.howItWorks')}
      </button>
      <div id="how" part="popover" popover="auto" aria-labelledby="how-title" @toggle=${(event: ToggleEvent) => this.#onHowToggle(event)}>
        <h3 id="how-title">${this.t('share.howItWorks')}</h3>
        <ol>
          <li>${this.t('share.how.1')}</li>
          <li>${this.t('share.how.2', { app: name || 'Yoti' })}</li>
          <li>${this.t('share.how.3')}</li>
        </ol>
        <a class="link" href="https://www.yoti.com/" target="_blank" rel="noopener noreferrer">${this.t('share.how.more')}</a>
      </div>
    </footer>`;
  }

  protected override update(root: ShadowRoot): void {
    render(this.#template(), root, { host: this });
  }

  #template(): TemplateResult {
    const session = this.session;
    const app = this.view === 'loading' && !session ? undefined : session?.app;
    return html`<button part="button" class="button trigger" type="button" aria-haspopup="dialog" @click=${() => void this.open()}>
        ${yotiMark}<span>${this.label || this.t('share.label')}</span>
      </button>
      <dialog
        part="dialog"
        aria-labelledby="title"
        @cancel=${(event: Event) => this.#onCancel(event)}
        @close=${() => this.#onDialogClose()}
        @click=${(event: MouseEvent) => this.#onDialogClick(event)}
      >
        ${
          this.opened
            ? html`<div class="sheet">
              ${this.#header(app)} ${session && this.view !== 'error' ? this.#details(session) : nothing} ${this.#stage()}
              ${this.#footer(app)}
              <p class="secured">${yotiMark}${this.t('share.secured')}</p>
            </div>`
            : nothing
        }
      </dialog>`;
  }
}

import { html, nothing } from 'lit';
import { numberOr, oneOfOr, textOr } from '../../core/attributes.js';
import { resolveShareMode, type ShareModeSetting } from '../../core/device.js';
import { emit, type YotiCloseReason, type YotiErrorDetail } from '../../core/events.js';
import { pollInterval } from '../../core/polling.js';
import { lockScroll, unlockScroll } from '../../core/scroll-lock.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { PopoverController } from './how-popover.js';
import type { ShareSessionIdResolver, ShareSessionView } from './session.js';
import { styles } from './share-button.styles.js';
import { type PanelContext, sharePanel, yotiMark } from './share-panel.js';
import { ShareSessionController } from './share-session.js';
import { type ShareKey, shareStrings } from './strings.js';

type ShareStrings = typeof shareStrings.en;

/** How long the success view shows before the overlay closes. */
const SUCCESS_PAUSE_MS = 1200;
const MODES: readonly ShareModeSetting[] = ['auto', 'desktop', 'mobile'];

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
  static override properties = {
    sessionId: { attribute: 'session-id' },
    endpoint: { converter: textOr('/yoti') },
    label: {},
    mode: { converter: oneOfOr(MODES, 'auto') },
    redirectUri: { attribute: 'redirect-uri' },
    pollInterval: { attribute: 'poll-interval', converter: numberOr(2000) },
    sessionIdResolver: { attribute: false },
    opened: { state: true },
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

  #closeTimer?: ReturnType<typeof setTimeout>;

  #share = new ShareSessionController(this, {
    endpoint: () => this.endpoint || '/yoti',
    givenSessionId: () => this.#givenSessionId(),
    interval: () => pollInterval(this.pollInterval, 2000),
    errorDetail: (error) => this.errorDetail(error),
    onCompleted: (session) => this.#onCompleted(session),
    onEnded: (view, detail) => this.#onEnded(view, detail),
  });

  #how = new PopoverController(this, () => ({
    button: this.renderRoot.querySelector<HTMLElement>('.how'),
    popover: this.renderRoot.querySelector<HTMLElement>('[popover]'),
  }));

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog') as HTMLDialogElement;
  }

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
    emit(this, 'yoti-open', {});
    void this.#share.begin();
  }

  /** Closes the overlay (reason `host`), stopping everything it had under way. */
  close(reason: YotiCloseReason = 'host'): void {
    if (!this.opened) return;
    this.#teardown();
    this.opened = false;
    if (this.#dialog.open) this.#dialog.close();
    emit(this, 'yoti-close', { reason });
    this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  }

  #teardown(): void {
    this.#share.reset();
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
    this.#how.hide();
    unlockScroll();
  }

  async #givenSessionId(): Promise<string | undefined> {
    if (!this.sessionIdResolver) return this.sessionId || undefined;
    const id = await this.sessionIdResolver();
    if (typeof id !== 'string' || id === '') throw new TypeError('sessionIdResolver gave no session ID');
    return id;
  }

  #onEnded(view: 'expired' | 'failed' | 'error', detail?: YotiErrorDetail): void {
    if (view === 'error') {
      if (detail) this.fireError(detail);
      return;
    }
    const expired = view === 'expired';
    this.fireError({
      code: expired ? 'session_expired' : 'share_failed',
      message: this.t(expired ? 'share.expired' : 'share.failed'),
      retryable: true,
    });
  }

  #onCompleted(session: ShareSessionView & { receiptId: string }): void {
    const { sessionId, receiptId } = session;
    const proceed = emit(this, 'yoti-success', { sessionId, receiptId }, { cancelable: true });
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

  #panelContext(): PanelContext {
    return {
      share: this.#share,
      t: (key: ShareKey, params) => this.t(key, params),
      has: (key): key is ShareKey => this.hasString(key),
      mobile: resolveShareMode(this.mode) === 'mobile',
      onRetry: () => void this.#share.begin(),
      onClose: () => this.close('close-button'),
      onHowClick: () => this.#how.toggle(),
      onHowToggle: (event) => this.#how.onToggle(event),
    };
  }

  protected override render() {
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
        ${this.opened ? sharePanel(this.#panelContext()) : nothing}
      </dialog>`;
  }
}

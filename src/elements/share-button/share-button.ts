import { html, nothing, type PropertyValues } from 'lit';
import { finiteNumber, nonBlank, oneOfValues } from '../../core/attributes.js';
import { resolveShareMode } from '../../core/device.js';
import { emit, type YotiCloseReason, type YotiErrorDetail } from '../../core/events.js';
import { InViewController } from '../../core/in-view-controller.js';
import { pollInterval } from '../../core/poll-controller.js';
import { lockScroll, unlockScroll } from '../../core/scroll-lock.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { PopoverController } from './popover-controller.js';
import type { ShareSessionIdResolver, ShareSessionView } from './share-api.js';
import { styles } from './share-button.styles.js';
import { type PanelContext, shareAnnouncement, sharePanel, yotiMark } from './share-panel.js';
import { panelStyles } from './share-panel.styles.js';
import { ShareSessionController } from './share-session-controller.js';
import { type ShareKey, shareStrings } from './strings.js';

type ShareStrings = typeof shareStrings.en;

/** How the share is presented: Yoti's Webshare flows. */
export type ShareFlow = 'modal' | 'inline' | 'instant' | 'controlled';
export type ShareAlignment = 'start' | 'center' | 'end' | 'fill';

/** How long the success view shows before the overlay closes. */
const SUCCESS_PAUSE_MS = 1200;
const MODES = ['auto', 'desktop', 'mobile'] as const;
const FLOWS: readonly ShareFlow[] = ['modal', 'inline', 'instant', 'controlled'];
const ALIGNMENTS: readonly ShareAlignment[] = ['start', 'center', 'end', 'fill'];
const PREPARES = ['intent'] as const;

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * A Yoti Digital ID share. The panel shows the application, the details it asks for and a QR code
 * to scan with the Yoti app (on a phone, a "Share details" button that opens the app), refreshes
 * the code before it expires, waits for the share and reports the receipt. As Yoti's Webshare
 * client, it comes in four flows: a button that opens a full-page overlay (`modal`), a button that
 * reveals the panel in place (`inline`), the panel in place from the start, its session made when
 * it first comes into view (`instant`), or an overlay the host opens with `open()` (`controlled`).
 *
 * @tagname yoti-share-button
 * @summary A Yoti Digital ID share: a button with its overlay, or the panel in place.
 *
 * @fires yoti-open - The share panel opened (the overlay, the panel revealed, or an instant panel started).
 * @fires yoti-close - The panel closed: `{reason}` (`close-button`, `escape`, `backdrop`, `success`, `host`).
 * @fires yoti-success - The share completed: `{sessionId, receiptId}`. Cancelable: `preventDefault()`
 *   stops the redirect to `redirect-uri?receiptId=...` (or to the session's own redirect URI).
 * @fires yoti-error - `{code, message, retryable}` when the share cannot start or go on.
 *
 * @csspart button - The button that opens the overlay or reveals the panel.
 * @csspart dialog - The overlay.
 * @csspart panel - The panel in place (inline and instant flows).
 * @csspart header - The application's logo and name.
 * @csspart details - The list of requested details.
 * @csspart qr - The QR code.
 * @csspart share-link - The "Share details" button on phones.
 * @csspart footer - The contact and privacy links and "How it works".
 * @csspart popover - The "How it works" popover.
 *
 * @cssprop [--yoti-color-primary=#2875bc] - The button, links and accents.
 * @cssprop [--yoti-color-on-primary=#ffffff] - Text on the button.
 * @cssprop [--yoti-color-link=the primary, 15% darker] - Links in the panel.
 * @cssprop [--yoti-button-radius=999px] - The button's corner radius.
 * @cssprop [--yoti-radius=12px] - Corner radius of the panel's parts.
 * @cssprop [--yoti-backdrop=rgb(15 23 42 / 0.55)] - The page behind the overlay.
 * @cssprop [--yoti-font=system-ui] - Font family.
 */
export class YotiShareButton extends YotiElement<ShareStrings> {
  static readonly tag = 'yoti-share-button';
  static override styles = [theme, panelStyles, styles];
  static override properties = {
    sessionId: { attribute: 'session-id' },
    endpoint: { converter: nonBlank, useDefault: true },
    label: {},
    mode: { converter: oneOfValues(MODES), useDefault: true },
    flow: { converter: oneOfValues(FLOWS), useDefault: true },
    mobileFlow: { attribute: 'mobile-flow', converter: oneOfValues(FLOWS) },
    alignment: { reflect: true, converter: oneOfValues(ALIGNMENTS) },
    redirectUri: { attribute: 'redirect-uri' },
    pollInterval: { attribute: 'poll-interval', converter: finiteNumber, useDefault: true },
    sessionIdResolver: { attribute: false },
    prepare: { converter: oneOfValues(PREPARES) },
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
  /** `modal` (default), `inline`, `instant` or `controlled`. */
  flow: ShareFlow = 'modal';
  /** The flow on a phone; default the same as `flow`. */
  mobileFlow?: ShareFlow;
  /** Places the button or panel in the element's box: `start` (default), `center`, `end` or `fill`. */
  alignment?: ShareAlignment;
  /** Where to go after a share, with `?receiptId=`; default the session's own redirect URI; none when prevented. */
  redirectUri?: string;
  /** Milliseconds between status polls while the panel is open. */
  pollInterval = 2000;
  /** Gives a session ID from the host backend, like Yoti's own client. */
  sessionIdResolver?: ShareSessionIdResolver;
  /**
   * `intent`: get the share ready when the person shows intent (a pointer over the button, focus,
   * a touch), so the QR code is there when they click. One session per element, kept until used.
   */
  prepare?: 'intent';

  private opened = false;

  #internals = this.attachInternals();
  /** The flow the open share was opened in (a change of flow closes it). */
  #openFlow?: ShareFlow;
  #scrollLocked = false;
  #closeTimer?: ReturnType<typeof setTimeout>;
  /** Where focus goes back when the overlay closes (the host's own control, in the controlled flow). */
  #returnFocus?: HTMLElement;
  #inView = new InViewController(this);
  /** Where the share stood when the live region last spoke. */
  #said: { view: string; qrId?: string } = { view: 'idle' };

  #share = new ShareSessionController(this, {
    endpoint: () => this.endpoint || '/yoti',
    givenSessionId: () => this.#givenSessionId(),
    interval: () => pollInterval(this.pollInterval, 2000),
    visibility: this.#inView,
    errorDetail: (error) => this.errorDetail(error),
    onCompleted: (session) => this.#onCompleted(session),
    onEnded: (view, detail) => this.#onEnded(view, detail),
  });

  #how = new PopoverController(this, () => ({
    button: this.renderRoot.querySelector<HTMLElement>('.how'),
    popover: this.renderRoot.querySelector<HTMLElement>('[popover]'),
  }));

  constructor() {
    super();
    this.#inView.addEventListener('visibilitychange', () => this.#startInstant());
  }

  /** Whether the share panel is showing: the overlay open, or the panel in place revealed or started. */
  get isOpen(): boolean {
    return this.opened;
  }

  /** The flow in use here: `mobile-flow` on a phone, else `flow`. */
  get #flow(): ShareFlow {
    return (this.#mobile && this.mobileFlow) || this.flow || 'modal';
  }

  get #mobile(): boolean {
    return resolveShareMode(this.mode) === 'mobile';
  }

  get #inPlace(): boolean {
    return this.#flow === 'inline' || this.#flow === 'instant';
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.opened) this.#teardown();
    this.opened = false;
  }

  /**
   * Opens the share panel and starts a share, as a click on the button does: the overlay (modal and
   * controlled flows) or the panel in place (inline; instant starts at once instead of on first view).
   */
  async open(): Promise<void> {
    if (this.opened) return;
    if (!this.hasUpdated) await this.updateComplete;
    if (this.opened) return;
    this.opened = true;
    this.#openFlow = this.#flow;
    if (!this.#inPlace) {
      this.#returnFocus = this.#openFlow === 'controlled' ? deepActiveElement() : undefined;
      this.#dialog?.showModal();
      lockScroll();
      this.#scrollLocked = true;
    }
    emit(this, 'yoti-open', {});
    this.#how.prepare();
    void this.#share.begin();
  }

  /** Closes the overlay or hides the revealed panel (reason `host`), stopping everything under way. An instant panel stays. */
  close(reason: YotiCloseReason = 'host'): void {
    if (!this.opened || (this.#openFlow === 'instant' && this.#flow === 'instant')) return;
    const dialog = this.#dialog;
    this.#teardown();
    this.opened = false;
    if (dialog?.open) dialog.close();
    emit(this, 'yoti-close', { reason });
    const trigger = this.renderRoot.querySelector<HTMLElement>('.trigger');
    (this.#returnFocus ?? trigger)?.focus();
    this.#returnFocus = undefined;
  }

  /** Gets the share ready now, as `prepare="intent"` does on intent (for the controlled flow's own controls). */
  prepareShare(): void {
    this.#share.prepare();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A share prepared for one session or helper is not the share of another.
    if (changed.has('sessionId') || changed.has('endpoint') || changed.has('sessionIdResolver')) {
      this.#share.discardPrepared();
    }
    // A share is never moved between an overlay and the page under the person's eyes.
    if (this.opened && this.#flow !== this.#openFlow) this.close('host');
    const inPlace = this.#inPlace;
    this.#inView.track(inPlace);
    const share = this.#share;
    const said = shareAnnouncement(
      { share, t: (key, params) => this.t(key, params), mobile: this.#mobile },
      this.#said,
    );
    if (said) this.announce(said);
    this.#said = { view: share.view, qrId: share.qr?.id };
    if (inPlace) this.#internals.states.add('in-place');
    else this.#internals.states.delete('in-place');
  }

  protected override updated(): void {
    this.#startInstant();
  }

  /** An instant panel starts its share the first time it can be seen (and again after a removal). */
  #startInstant(): void {
    if (this.#flow !== 'instant' || this.opened || !this.isConnected) return;
    if (this.#inView.visibilityState !== 'visible') return;
    void this.open();
  }

  #teardown(): void {
    this.#share.reset();
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
    this.#how.hide();
    if (this.#scrollLocked) unlockScroll();
    this.#scrollLocked = false;
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
    const target = proceed
      ? this.#redirectTarget(receiptId, this.redirectUri || session.redirectUri)
      : undefined;
    if (target) {
      window.location.assign(target);
      return;
    }
    // The overlay steps aside after a moment; a panel in place keeps saying "Details shared".
    if (!this.#inPlace) this.#closeTimer = setTimeout(() => this.close('success'), SUCCESS_PAUSE_MS);
  }

  /** `redirectUri` (the element's, else the session's) with `receiptId` added, when it is an http(s) URL. */
  #redirectTarget(receiptId: string, redirectUri: string | undefined): string | undefined {
    if (!redirectUri) return undefined;
    try {
      const url = new URL(redirectUri, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
      url.searchParams.set('receiptId', receiptId);
      return url.href;
    } catch {
      return undefined;
    }
  }

  /** The person is about to click: with `prepare="intent"` the share gets ready meanwhile. */
  #onIntent = (): void => {
    if (this.prepare === 'intent' && !this.opened) this.#share.prepare();
  };

  #onTriggerClick(): void {
    if (this.#flow === 'inline' && this.opened) this.close('close-button');
    else void this.open();
  }

  #onCancel(event: Event): void {
    event.preventDefault();
    // WebKit hands the dialog the Escape that closes an open popover as well: it closes the popover only.
    if (this.#how.shown) this.#how.hide();
    else this.close('escape');
  }

  #onDialogClick(event: MouseEvent): void {
    if (event.target === this.#dialog) this.close('backdrop');
  }

  /**
   * The dialog closed by a way of its own (a close watcher): keep our state in step. The event comes
   * a task after dialog.close(), so a dialog already shown again is left alone.
   */
  #onDialogClose(): void {
    if (this.opened && this.#dialog?.open === false) this.close('escape');
  }

  #panel(inPlace: boolean) {
    const context: PanelContext = {
      share: this.#share,
      t: (key: ShareKey, params) => this.t(key, params),
      has: (key): key is ShareKey => this.hasString(key),
      mobile: this.#mobile,
      inPlace,
      onRetry: () => void this.#share.begin(),
      onClose: inPlace ? undefined : () => this.close('close-button'),
      onHowClick: () => void this.#how.toggle(),
      onHowToggle: (event) => void this.#how.onToggle(event),
      liveRegion: this.liveRegion(),
    };
    return sharePanel(context);
  }

  #trigger(flow: ShareFlow) {
    if (flow === 'instant' || flow === 'controlled') return nothing;
    const inline = flow === 'inline';
    return html`<button
      part="button"
      class="button trigger"
      type="button"
      aria-haspopup=${inline ? nothing : 'dialog'}
      aria-expanded=${inline ? String(this.opened) : nothing}
      aria-controls=${inline ? 'panel' : nothing}
      @click=${() => this.#onTriggerClick()}
      @pointerenter=${this.#onIntent}
      @focus=${this.#onIntent}
      @touchstart=${{ handleEvent: this.#onIntent, passive: true }}
    >
      ${yotiMark}<span>${this.label || this.t('share.label')}</span>
    </button>`;
  }

  protected override render() {
    const flow = this.#flow;
    const inPlace = this.#inPlace;
    const showPanel = this.opened || flow === 'instant';
    return html`<div class="box ${this.alignment ?? 'start'}">
      ${this.#trigger(flow)}
      ${
        inPlace
          ? html`<section id="panel" part="panel" class="panel" aria-labelledby="title" ?hidden=${!showPanel}>
              ${showPanel ? this.#panel(true) : nothing}
            </section>`
          : html`<dialog
              part="dialog"
              aria-labelledby="title"
              @cancel=${(event: Event) => this.#onCancel(event)}
              @close=${() => this.#onDialogClose()}
              @click=${(event: MouseEvent) => this.#onDialogClick(event)}
            >
              ${this.opened ? this.#panel(false) : nothing}
            </dialog>`
      }
    </div>`;
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { finiteNumber, nonBlank, oneOfValues } from '../../core/attributes.js';
import { emit, type YotiCloseReason } from '../../core/events.js';
import { InViewController } from '../../core/in-view-controller.js';
import { pollInterval } from '../../core/poll-controller.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { ShareFlowController } from './flow-controller.js';
import { PopoverController } from './popover-controller.js';
import type { ShareSessionIdResolver, ShareSessionView } from './share-api.js';
import { styles } from './share-button.styles.js';
import { endedError, redirectTarget } from './share-outcome.js';
import { shareAnnouncement, sharePanel } from './share-panel.js';
import { panelStyles } from './share-panel.styles.js';
import { ShareSessionController } from './share-session-controller.js';
import { shareTrigger } from './share-trigger.js';
import { type ShareKey, shareStrings } from './strings.js';

type ShareStrings = typeof shareStrings.en;

/** How the share is presented: Yoti's Webshare flows. */
export type ShareFlow = 'modal' | 'inline' | 'instant' | 'controlled';
export type ShareAlignment = 'start' | 'center' | 'end' | 'fill';

const MODES = ['auto', 'desktop', 'mobile'] as const;
const FLOWS: readonly ShareFlow[] = ['modal', 'inline', 'instant', 'controlled'];
const ALIGNMENTS: readonly ShareAlignment[] = ['start', 'center', 'end', 'fill'];
const PREPARES = ['intent'] as const;

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
    onEnded: (view, detail) => {
      const error = endedError(view, detail, (key) => this.t(key));
      if (error) this.fireError(error);
    },
  });

  /** Escape. WebKit hands the dialog the Escape that closes an open popover too: it closes the popover only. */
  #onCancel = (event: Event): void => {
    if (this.#how.shown) {
      event.preventDefault();
      this.#how.hide();
    } else this.#flows.overlay.onCancel(event);
  };

  #how = new PopoverController(this, () => ({
    button: this.renderRoot.querySelector<HTMLElement>('.how'),
    popover: this.renderRoot.querySelector<HTMLElement>('[popover]'),
  }));

  #flows = new ShareFlowController(this, {
    inView: this.#inView,
    internals: this.attachInternals(),
    opened: () => {
      emit(this, 'yoti-open', {});
      this.#how.prepare();
      void this.#share.begin();
    },
    stop: () => {
      this.#share.reset();
      this.#how.hide();
    },
    closed: (reason) => emit(this, 'yoti-close', { reason }),
  });

  /** Whether the share panel is showing: the overlay open, or the panel in place revealed or started. */
  get isOpen(): boolean {
    return this.#flows.isOpen;
  }

  /**
   * Opens the share panel and starts a share, as a click on the button does: the overlay (modal and
   * controlled flows) or the panel in place (inline; instant starts at once instead of on first view).
   */
  open(): Promise<void> {
    return this.#flows.open();
  }

  /** Closes the overlay or hides the revealed panel (reason `host`), stopping everything under way. An instant panel stays. */
  close(reason: YotiCloseReason = 'host'): void {
    this.#flows.close(reason);
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
    this.#flows.sync();
    const share = this.#share;
    const said = shareAnnouncement(
      { share, t: (key, params) => this.t(key, params), mobile: this.#flows.mobile },
      this.#said,
    );
    if (said) this.announce(said);
    this.#said = { view: share.view, qrId: share.qr?.id };
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The base sets the element's direction (right to left in Arabic and Hebrew) when nothing says.
    super.updated(changed);
    this.#flows.startInstant();
  }

  async #givenSessionId(): Promise<string | undefined> {
    if (!this.sessionIdResolver) return this.sessionId || undefined;
    const id = await this.sessionIdResolver();
    if (typeof id !== 'string' || id === '') throw new TypeError('sessionIdResolver gave no session ID');
    return id;
  }

  #onCompleted(session: ShareSessionView & { receiptId: string }): void {
    const { sessionId, receiptId } = session;
    const proceed = emit(this, 'yoti-success', { sessionId, receiptId }, { cancelable: true });
    const target = proceed ? redirectTarget(receiptId, this.redirectUri || session.redirectUri) : undefined;
    if (target) {
      window.location.assign(target);
      return;
    }
    // The overlay steps aside after a moment; a panel in place keeps saying "Details shared".
    if (!this.#flows.inPlace) this.#flows.overlay.closeAfterSuccess();
  }

  /** The person is about to click: with `prepare="intent"` the share gets ready meanwhile. */
  #onIntent = (): void => {
    if (this.prepare === 'intent' && !this.isOpen) this.#share.prepare();
  };

  #onTriggerClick(): void {
    if (this.#flows.flow === 'inline' && this.isOpen) this.close('close-button');
    else void this.open();
  }

  #panel(inPlace: boolean) {
    return sharePanel({
      share: this.#share,
      t: (key: ShareKey, params) => this.t(key, params),
      has: (key): key is ShareKey => this.hasString(key),
      mobile: this.#flows.mobile,
      inPlace,
      onRetry: () => void this.#share.begin(),
      onClose: inPlace ? undefined : () => this.close('close-button'),
      onHowClick: () => void this.#how.toggle(),
      onHowToggle: (event) => void this.#how.onToggle(event),
      liveRegion: this.liveRegion(),
    });
  }

  protected override render() {
    const { flow, inPlace, isOpen, overlay } = this.#flows;
    const showPanel = isOpen || flow === 'instant';
    return html`<div class="box ${this.alignment ?? 'start'}">
      ${shareTrigger({
        flow,
        expanded: isOpen,
        label: this.label || this.t('share.label'),
        onClick: () => this.#onTriggerClick(),
        onIntent: this.#onIntent,
      })}
      ${
        inPlace
          ? html`<section id="panel" part="panel" class="panel" aria-labelledby="title" ?hidden=${!showPanel}>
              ${showPanel ? this.#panel(true) : nothing}
            </section>`
          : html`<dialog
              part="dialog"
              aria-labelledby="title"
              @cancel=${this.#onCancel}
              @close=${overlay.onClose}
              @click=${overlay.onClick}
            >
              ${isOpen ? this.#panel(false) : nothing}
            </dialog>`
      }
    </div>`;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocScanSession } from './docscan-api.js';
import { type FrameMessage, readFrameMessage } from './messages.js';

export interface DocScanMessagingOptions {
  /** The element's own iframe: the only window whose messages count. */
  frame: () => HTMLIFrameElement | undefined;
  /** The IDV origin: the only origin whose messages count. */
  origin: () => string | undefined;
  /** In handshake launch, the session to hand to the page once it says STARTED. */
  handshake: () => DocScanSession | undefined;
  /** A well-formed message from the frame, while a flow is watched. */
  onMessage: (message: FrameMessage) => void;
  /** The session token's life ran out. */
  onExpired: () => void;
  /** The frame did not load in time. */
  onLoadTimeout: () => void;
}

interface Watch {
  /** When the session token expires (ms since the epoch), if known. */
  expiresAt?: number;
  /** How long the frame may take to load, until it has. */
  loadTimeout?: number;
}

/**
 * The conversation with Yoti's IDV page: accepts a message only when it comes from the IDV origin
 * AND from this element's own iframe (anything else is ignored, without exceptions), hands the
 * session over by postMessage in handshake launch (so the token is never in a URL), and watches
 * the flow's clock: the token's expiry and the frame's load. Listeners and timers live only while
 * the host is connected; a removed element runs nothing.
 */
export class DocScanMessaging implements ReactiveController {
  #options: DocScanMessagingOptions;
  #listeners?: AbortController;
  #watch?: Watch;
  #expiryTimer?: ReturnType<typeof setTimeout>;
  #loadTimer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: DocScanMessagingOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    window.addEventListener('message', (event) => this.#onMessage(event), { signal: this.#listeners.signal });
    this.#arm();
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#clearTimers();
  }

  /** Follows a flow that has begun: messages are handed on, and its clock runs. */
  watch(watch: Watch): void {
    this.#watch = { ...watch };
    this.#arm();
  }

  /** The frame has loaded: its load clock stops. */
  loaded(): void {
    if (this.#watch) this.#watch.loadTimeout = undefined;
    clearTimeout(this.#loadTimer);
    this.#loadTimer = undefined;
  }

  /** The flow has an outcome: no message or timer changes it any more. */
  stop(): void {
    this.#watch = undefined;
    this.#clearTimers();
  }

  #arm(): void {
    this.#clearTimers();
    const watch = this.#watch;
    if (!this.#listeners || !watch) return;
    if (watch.expiresAt !== undefined) {
      const left = Math.max(0, watch.expiresAt - Date.now());
      this.#expiryTimer = setTimeout(() => this.#options.onExpired(), left);
    }
    if (watch.loadTimeout !== undefined) {
      this.#loadTimer = setTimeout(() => this.#options.onLoadTimeout(), watch.loadTimeout);
    }
  }

  #clearTimers(): void {
    clearTimeout(this.#expiryTimer);
    clearTimeout(this.#loadTimer);
    this.#expiryTimer = this.#loadTimer = undefined;
  }

  #onMessage(event: MessageEvent): void {
    const frame = this.#options.frame();
    const origin = this.#options.origin();
    if (!frame || !origin || event.source !== frame.contentWindow || event.origin !== origin) return;
    const message = readFrameMessage(event.data);
    if (!message || !this.#watch) return;
    const session = message.kind === 'started' ? this.#options.handshake() : undefined;
    if (session) {
      frame.contentWindow?.postMessage(
        { eventType: 'INIT_SESSION', sessionID: session.sessionId, sessionToken: session.sessionToken },
        origin,
      );
    }
    this.#options.onMessage(message);
  }
}

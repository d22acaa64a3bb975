import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocScanSession } from './docscan-api.js';
import { readFrameMessage } from './messages.js';

/** How a scan ended: as Yoti's page said (or the redirect it made), or because time ran out. */
export type ScanEnd =
  | { kind: 'success' }
  | { kind: 'error'; code: number }
  | { kind: 'expired' }
  | { kind: 'timeout' };

export interface DocScanMessagingOptions {
  /** The element's own iframe: the only window whose messages count. */
  frame: () => HTMLIFrameElement | undefined;
  /** The IDV origin: the only origin whose messages count. */
  origin: () => string | undefined;
  /** In handshake launch, the session to hand to the page once it says STARTED. */
  handshake: () => DocScanSession | undefined;
  /** The frame has loaded Yoti's page. */
  onLoaded: () => void;
  /** The page says it has started (STARTED). */
  onReady: () => void;
  /** Any other well-formed message from the page. */
  onEvent: (eventType: string, data: Readonly<Record<string, unknown>>) => void;
  /** The scan has ended, whichever way: nothing more is heard of it. */
  onEnd: (end: ScanEnd) => void;
}

interface Watch {
  /** When the session token expires (ms since the epoch), if known. */
  expiresAt?: number;
  /** How long the frame may take to load, until it has. */
  loadTimeout?: number;
}

/**
 * The conversation with Yoti's IDV page, and every way a scan ends. Accepts a message only when it
 * comes from the IDV origin AND from this element's own iframe (anything else is ignored, without
 * exceptions), hands the session over by postMessage in handshake launch (so the token is never in
 * a URL), notices the frame arriving on the session's own success or error URL (Yoti's redirect
 * mode), and keeps the flow's clock: the token's expiry and the frame's load. Listeners and timers
 * live only while the host is connected; a removed element runs nothing.
 */
export class DocScanMessaging implements ReactiveController {
  #options: DocScanMessagingOptions;
  #listeners?: AbortController;
  #watch?: Watch;
  #timers: Array<ReturnType<typeof setTimeout>> = [];

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

  /**
   * The frame has loaded: its load clock stops. A frame now on a page of another origin than the
   * IDV page's, one it can read, has arrived at the session's success or error URL.
   */
  loaded(): void {
    if (!this.#watch) return;
    this.#watch.loadTimeout = undefined;
    this.#arm();
    const landing = this.#landing();
    if (landing) this.#end(landing);
    else this.#options.onLoaded();
  }

  /** The flow is over (an outcome, or a new start): no message or timer changes anything now. */
  stop(): void {
    this.#watch = undefined;
    this.#clearTimers();
  }

  #end(end: ScanEnd): void {
    this.stop();
    // Yoti telling of an expired session (code 2002) is the same end as the token running out here.
    this.#options.onEnd(end.kind === 'error' && end.code === 2002 ? { kind: 'expired' } : end);
  }

  #arm(): void {
    this.#clearTimers();
    const watch = this.#watch;
    if (!this.#listeners || !watch) return;
    if (watch.expiresAt !== undefined) {
      const left = Math.max(0, watch.expiresAt - Date.now());
      this.#timers.push(setTimeout(() => this.#end({ kind: 'expired' }), left));
    }
    if (watch.loadTimeout !== undefined) {
      this.#timers.push(setTimeout(() => this.#end({ kind: 'timeout' }), watch.loadTimeout));
    }
  }

  #clearTimers(): void {
    for (const timer of this.#timers.splice(0)) clearTimeout(timer);
  }

  /**
   * Yoti's redirect mode: the frame left Yoti's page for the session's `success_url` or `error_url`
   * on this page's own origin (so it can be read; Yoti's page never can). An error URL carries
   * Yoti's `yotiErrorCode`, read as the same ERROR message would be.
   */
  #landing(): ScanEnd | undefined {
    let url: URL;
    try {
      url = new URL(this.#options.frame()?.contentWindow?.location.href ?? '');
    } catch {
      return undefined;
    }
    if (url.origin === this.#options.origin() || !/^https?:$/.test(url.protocol)) return undefined;
    const code = url.searchParams.get('yotiErrorCode');
    if (code === null) return { kind: 'success' };
    const message = readFrameMessage({ eventType: 'ERROR', eventCode: code });
    return { kind: 'error', code: message?.kind === 'error' ? message.code : 0 };
  }

  #onMessage(event: MessageEvent): void {
    const frame = this.#options.frame();
    const origin = this.#options.origin();
    if (!frame || !origin || event.source !== frame.contentWindow || event.origin !== origin) return;
    const message = readFrameMessage(event.data);
    if (!message || !this.#watch) return;
    switch (message.kind) {
      case 'started': {
        const session = this.#options.handshake();
        if (session) {
          const { sessionId: sessionID, sessionToken } = session;
          frame.contentWindow?.postMessage({ eventType: 'INIT_SESSION', sessionID, sessionToken }, origin);
        }
        this.loaded();
        this.#options.onReady();
        return;
      }
      case 'other':
        this.#options.onEvent(message.eventType, message.data);
        return;
      default:
        this.#end(message);
    }
  }
}

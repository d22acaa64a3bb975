import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoff } from '../../core/backoff.js';
import type { YotiErrorDetail } from '../../core/events.js';
import { HelperRequestError } from '../../core/helper-error.js';
import { isAbortError } from '../../core/http.js';
import type { VisibilitySource } from '../../core/poll-controller.js';
import { RetryWait } from '../../core/retry-wait-controller.js';
import { MAX_FAILURES, SessionStatusController } from '../../core/session-status-controller.js';
import { type QrSymbol, qrSymbol, warmQrEncoder } from './qr.js';
import {
  createQrCode,
  createShareSession,
  getShareSession,
  parseSession,
  type ShareQrCode,
  type ShareSessionView,
  shareEventsUrl,
} from './share-api.js';

/** Where a share stands, as the panel shows it. */
export type ShareView = 'idle' | 'loading' | 'ready' | 'success' | 'expired' | 'failed' | 'error';

/** What starting a share needs from the helper: the session and, while it is open, a QR code. */
interface Obtained {
  session: ShareSessionView;
  qrCode?: ShareQrCode;
}

/** A QR code ready to draw. */
export type ShownQrCode = ShareQrCode & { symbol: QrSymbol };

/** Ask for a fresh QR code this long before the current one expires. */
const REFRESH_LEAD_MS = 15_000;

export interface ShareSessionOptions {
  /** The helper's base URL, read at each request. */
  endpoint: () => string;
  /** A session the host made (attribute or resolver); undefined asks the helper for a new one. */
  givenSessionId: () => Promise<string | undefined>;
  /** Milliseconds between status polls. */
  interval: () => number;
  /** Whether the code can be seen: nothing is polled or refreshed while it cannot. */
  visibility: VisibilitySource;
  /** The failure as the element reports it (in its locale). */
  errorDetail: (error: unknown) => YotiErrorDetail;
  /** The share is complete, with its receipt. */
  onCompleted: (session: ShareSessionView & { receiptId: string }) => void;
  /** The share ended without a receipt (`expired`, `failed`) or cannot go on (`error`). */
  onEnded: (view: 'expired' | 'failed' | 'error', detail?: YotiErrorDetail) => void;
}

/**
 * One share, from start to outcome: gets the session (the host's, or a new one from the helper)
 * and its first QR code, replaces the code before it expires (never while it cannot be seen, when
 * nobody can scan it), hides a code that expired with no fresh one, and follows the session's
 * status until it ends. `stop()` and disconnection abort everything under way.
 */
export class ShareSessionController implements ReactiveController {
  view: ShareView = 'idle';
  session?: ShareSessionView;
  qr?: ShownQrCode;
  /** The code on screen is past its expiry and no fresh one has come yet. */
  qrStale = false;
  problem?: YotiErrorDetail;
  /** A wait the helper asked for before another try (too many sessions started). */
  readonly retryWait: RetryWait;

  #host: ReactiveControllerHost;
  #options: ShareSessionOptions;
  #requests?: AbortController;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #staleTimer?: ReturnType<typeof setTimeout>;
  #refreshFailures = 0;
  /** A refresh that fell due while the page was hidden, to make when it is shown. */
  #refreshWhenShown = false;
  /** A share got ready on the person's intent, for the next `begin()`, and the requests making it. */
  #prepared?: Promise<Obtained>;
  #preparing?: AbortController;
  #status: SessionStatusController<ShareSessionView>;

  constructor(host: ReactiveControllerHost, options: ShareSessionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.retryWait = new RetryWait(host);
    this.#status = new SessionStatusController(host, {
      read: (signal) => getShareSession(options.endpoint(), this.session?.sessionId ?? '', signal),
      streamUrl: () => {
        const session = this.session;
        return session?.live ? shareEventsUrl(options.endpoint(), session.sessionId) : undefined;
      },
      parse: parseSession,
      isTerminal: (session) => session.status !== 'CREATED',
      interval: options.interval,
      visibility: options.visibility,
      onState: (session) => this.#onStatus(session),
      retryable: (error) => this.#options.errorDetail(error).retryable,
      onFailure: (error) => this.#fail(this.#options.errorDetail(error)),
    });
  }

  /** Whether a share is under way or has an outcome on screen. */
  get started(): boolean {
    return this.view !== 'idle';
  }

  hostConnected(): void {
    warmQrEncoder();
  }

  hostDisconnected(): void {
    this.stop();
    this.discardPrepared();
  }

  /** Forgets a prepared share (what it was made from changed, or the element left the page). */
  discardPrepared(): void {
    this.#preparing?.abort();
    this.#preparing = this.#prepared = undefined;
  }

  /**
   * Gets a share ready before it is asked for (the person showed intent: a pointer over the button,
   * focus, a touch): the session and its first QR code, so that a click shows the code at once. One
   * at a time, kept for the next `begin()`; a failure is forgotten (the click tries again).
   */
  prepare(): void {
    if (this.#prepared || this.started) return;
    this.#preparing = new AbortController();
    const prepared = this.#obtain(this.#preparing.signal);
    this.#prepared = prepared;
    prepared.catch(() => {
      if (this.#prepared === prepared) this.#prepared = undefined;
    });
  }

  /** The session (the host's, or a new one from the helper) and, while it is open, its first QR code. */
  async #obtain(signal: AbortSignal): Promise<Obtained> {
    const givenId = await this.#options.givenSessionId();
    const endpoint = this.#options.endpoint();
    if (!givenId) {
      const created = await createShareSession(endpoint, signal);
      return { session: created, qrCode: created.qrCode };
    }
    const session = await getShareSession(endpoint, givenId, signal);
    const qrCode = session.status === 'CREATED' ? await createQrCode(endpoint, givenId, signal) : undefined;
    return { session, qrCode };
  }

  /** The prepared share when there is one still worth showing (its code not about to expire), once. */
  async #takePrepared(): Promise<Obtained | undefined> {
    const prepared = this.#prepared;
    this.#prepared = this.#preparing = undefined;
    const ready = await prepared?.catch(() => undefined);
    return ready?.qrCode && ready.qrCode.expiresAt - Date.now() > REFRESH_LEAD_MS ? ready : undefined;
  }

  /** Starts a share from the beginning (a new session unless the host gives one, or one is prepared). */
  async begin(): Promise<void> {
    this.stop();
    const requests = new AbortController();
    this.#requests = requests;
    this.#options.visibility.addEventListener('visibilitychange', () => this.#onVisibilityChange(), {
      signal: requests.signal,
    });
    this.retryWait.start(undefined);
    this.#set({ view: 'loading', problem: undefined, qr: undefined, qrStale: false });
    try {
      const { session, qrCode } = (await this.#takePrepared()) ?? (await this.#obtain(requests.signal));
      if (requests.signal.aborted) return;
      this.session = session;
      if (!qrCode) {
        this.#onStatus(session);
        return;
      }
      this.#showQr(qrCode);
      this.#set({ view: 'ready' });
      this.#status.start();
    } catch (error) {
      if (requests.signal.aborted || isAbortError(error)) return;
      this.#fail(this.#options.errorDetail(error));
    }
  }

  /** Stops everything under way; what is on screen stays until the next `begin()` or `reset()`. */
  stop(): void {
    this.#requests?.abort();
    this.#requests = undefined;
    this.#status.stop();
    this.#clearTimers();
    this.#refreshFailures = 0;
    this.#refreshWhenShown = false;
  }

  /** Stops and forgets the share (the overlay closed). */
  reset(): void {
    this.stop();
    this.#set({ view: 'idle', session: undefined, qr: undefined, qrStale: false, problem: undefined });
  }

  #set(state: Partial<Pick<this, 'view' | 'session' | 'qr' | 'qrStale' | 'problem'>>): void {
    Object.assign(this, state);
    this.#host.requestUpdate();
  }

  #clearTimers(): void {
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#staleTimer);
    this.#refreshTimer = this.#staleTimer = undefined;
  }

  #fail(detail: YotiErrorDetail): void {
    this.stop();
    this.retryWait.start(detail.retryAfter);
    this.#set({ view: 'error', problem: detail });
    this.#options.onEnded('error', detail);
  }

  /** Shows `qrCode` and plans its replacement before it expires, and its removal if none comes. */
  #showQr(qrCode: ShareQrCode): void {
    this.#clearTimers();
    this.#set({ qr: { ...qrCode, symbol: qrSymbol(qrCode.uri) }, qrStale: false });
    const left = qrCode.expiresAt - Date.now();
    this.#refreshTimer = setTimeout(() => void this.#refreshQr(), Math.max(1000, left - REFRESH_LEAD_MS));
    this.#staleTimer = setTimeout(() => this.#set({ qrStale: true }), Math.max(0, left));
  }

  #onVisibilityChange(): void {
    if (this.#options.visibility.visibilityState === 'visible' && this.#refreshWhenShown) {
      this.#refreshWhenShown = false;
      void this.#refreshQr();
    }
  }

  async #refreshQr(): Promise<void> {
    const sessionId = this.session?.sessionId;
    const requests = this.#requests;
    if (!sessionId || !requests || this.view !== 'ready') return;
    if (this.#options.visibility.visibilityState === 'hidden') {
      this.#refreshWhenShown = true;
      return;
    }
    try {
      this.#showQr(await createQrCode(this.#options.endpoint(), sessionId, requests.signal));
      this.#refreshFailures = 0;
    } catch (error) {
      if (requests.signal.aborted || isAbortError(error)) return;
      // A session that ended meanwhile answers 409: the status poll tells the outcome.
      if (error instanceof HelperRequestError && error.status === 409) return;
      this.#refreshFailures += 1;
      const detail = this.#options.errorDetail(error);
      if (!detail.retryable || this.#refreshFailures >= MAX_FAILURES) {
        this.#fail(detail);
        return;
      }
      this.#refreshTimer = setTimeout(() => void this.#refreshQr(), backoff(1000, this.#refreshFailures));
    }
  }

  #onStatus(session: ShareSessionView): void {
    this.session = session;
    if (session.status === 'CREATED') return;
    this.stop();
    const { receiptId } = session;
    if (session.status === 'COMPLETED' && receiptId) {
      this.#set({ view: 'success' });
      this.#options.onCompleted({ ...session, receiptId });
    } else if (session.status === 'COMPLETED') {
      this.#fail(
        this.#options.errorDetail(new HelperRequestError('bad_response', 'error.badResponse', true)),
      );
    } else {
      const view = session.status === 'EXPIRED' ? 'expired' : 'failed';
      this.#set({ view });
      this.#options.onEnded(view);
    }
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { finiteNumber, oneOfValues } from '../../core/attributes.js';
import { emit, type YotiErrorDetail } from '../../core/events.js';
import { isAbortError } from '../../core/http.js';
import { RetryWait } from '../../core/retry-wait-controller.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import {
  absoluteApiUrl,
  createSession,
  DEFAULT_IDV_API,
  type DocScanSessionResolver,
  frameUrl,
  parseSession,
  type ResolvedSession,
} from './docscan-api.js';
import { styles } from './docscan-frame.styles.js';
import { DocScanMessaging } from './docscan-messaging-controller.js';
import { type FrameMessage, idvErrorInfo, readFrameMessage } from './messages.js';
import { docscanStrings } from './strings.js';

type DocscanStrings = typeof docscanStrings.en;
type Phase = 'idle' | 'loading' | 'running' | 'success' | 'error' | 'expired';
type Launch = 'url' | 'handshake' | 'redirect';

const LAUNCHES: readonly Launch[] = ['url', 'handshake', 'redirect'];

/**
 * Embeds Yoti's Doc Scan (IDV) web flow and re-fires its postMessage events as DOM events. A
 * message is accepted only from the IDV origin (`api-url`) and from this element's own iframe.
 *
 * @tagname yoti-docscan-frame
 * @summary Yoti Doc Scan in an iframe, with its outcome as DOM events.
 *
 * @fires yoti-ready - The IDV page has started (`STARTED`).
 * @fires yoti-success - The user finished the flow: `{sessionId}`.
 * @fires yoti-error - `{code, message, retryable}`: an IDV error code (1000 ... 7000), 2002 when the
 *   session token expires, or a helper error (`network_error`, `frame_timeout`, ...).
 * @fires yoti-event - Any other well-formed IDV message: `{eventType, data}`.
 *
 * @csspart frame - The iframe.
 * @csspart panel - The loading, success, error and expired panels.
 * @csspart button - The "Start again" button.
 *
 * @cssprop [--yoti-frame-height=640px] - The height of the flow.
 * @cssprop [--yoti-color-primary=#2875bc] - Buttons and the spinner.
 * @cssprop [--yoti-radius=12px] - Corner radius.
 * @cssprop [--yoti-font=system-ui] - Font family.
 */
export class YotiDocScanFrame extends YotiElement<DocscanStrings> {
  static readonly tag = 'yoti-docscan-frame';
  static override styles = [theme, styles];
  static override properties = {
    sessionId: { attribute: 'session-id' },
    sessionToken: { attribute: 'session-token' },
    endpoint: {},
    apiUrl: { attribute: 'api-url' },
    launch: { converter: oneOfValues(LAUNCHES), useDefault: true },
    tokenTtl: { attribute: 'token-ttl', converter: finiteNumber },
    loadTimeout: { attribute: 'load-timeout', converter: finiteNumber, useDefault: true },
    sessionResolver: { attribute: false },
    phase: { state: true },
    session: { state: true },
    problem: { state: true },
  };
  protected readonly translations = docscanStrings;

  /** The IDV session, with `session-token`, created by the host backend. */
  sessionId?: string;
  sessionToken?: string;
  /** The helper's base URL; the element POSTs `{endpoint}/idv-sessions` when it needs a session. */
  endpoint?: string;
  /** The IDV base URL; its origin is the only one messages are accepted from. */
  apiUrl?: string;
  /**
   * `url`: the session in the iframe URL (Yoti's documented way). `handshake`: sent by postMessage.
   * `redirect`: the whole page goes to Yoti's (the session's `success_url`/`error_url` bring it back).
   */
  launch: Launch = 'url';
  /** Seconds the session token lives; default the session's `ttl`. */
  tokenTtl?: number;
  /** Milliseconds to wait for the iframe to load before showing an error. */
  loadTimeout = 30_000;
  /** Gives a session (and a new one after expiry), like Yoti's own client. */
  sessionResolver?: DocScanSessionResolver;

  private phase: Phase = 'idle';
  private session?: ResolvedSession;
  private problem?: { title: string; message: string; canRestart: boolean };

  /** Each start is a new flow, in a new iframe. */
  #flow = 0;
  #request?: AbortController;
  #startedWith?: string;
  #retryWait = new RetryWait(this);

  #messaging = new DocScanMessaging(this, {
    frame: () => this.renderRoot.querySelector('iframe') ?? undefined,
    origin: () => this.#apiBase?.origin,
    handshake: () => (this.launch === 'handshake' ? this.session : undefined),
    onMessage: (message) => this.#onMessage(message),
    onExpired: () => this.#onExpired(),
    onLoadTimeout: () => this.#onLoadTimeout(),
  });

  /** Starts the flow again: a new session when a resolver or endpoint can give one, else the same. */
  restart(): void {
    void this.#start(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = [
      this.sessionId,
      this.sessionToken,
      this.endpoint,
      this.apiUrl,
      this.launch,
      Boolean(this.sessionResolver),
    ].join('|');
    if (changed.size > 0 && source !== this.#startedWith && this.isConnected) {
      this.#startedWith = source;
      void this.#start(false);
    }
  }

  get #canRenew(): boolean {
    return Boolean(this.sessionResolver || this.endpoint);
  }

  /** The IDV base: `api-url`, else the one the helper named, else Yoti's. */
  get #apiBase(): URL | undefined {
    return absoluteApiUrl(this.apiUrl ?? this.session?.apiUrl ?? DEFAULT_IDV_API);
  }

  async #resolveSession(renew: boolean, signal: AbortSignal): Promise<ResolvedSession | undefined> {
    if (this.sessionId && this.sessionToken && !(renew && this.#canRenew)) {
      return { sessionId: this.sessionId, sessionToken: this.sessionToken };
    }
    if (this.sessionResolver) return parseSession(await this.sessionResolver());
    if (this.endpoint) return createSession(this.endpoint, signal);
    return undefined;
  }

  async #start(renew: boolean): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#messaging.stop();
    this.problem = undefined;
    this.phase = 'loading';
    let session: ResolvedSession | undefined;
    try {
      session = await this.#resolveSession(renew, request.signal);
    } catch (error) {
      if (request.signal.aborted || isAbortError(error)) return;
      this.#showError(this.errorDetail(error));
      return;
    }
    if (request.signal.aborted) return;
    if (!session || !this.#apiBase) {
      this.phase = 'idle';
      const message = this.t(session ? 'docscan.badApiUrl' : 'docscan.noSession');
      this.problem = { title: this.t('docscan.error.title'), message, canRestart: false };
      return;
    }
    this.session = session;
    if (this.launch === 'redirect') {
      location.assign(frameUrl(this.#apiBase, session, 'url'));
      return;
    }
    this.#flow += 1;
    const ttl = this.tokenTtl ?? session.ttl;
    this.#messaging.watch({
      expiresAt: ttl !== undefined && ttl > 0 ? Date.now() + ttl * 1000 : undefined,
      loadTimeout: this.loadTimeout,
    });
  }

  #onFrameLoad(): void {
    const landed = this.#landing();
    if (landed) {
      this.#onMessage(landed);
      return;
    }
    this.#messaging.loaded();
    if (this.phase === 'loading') this.phase = 'running';
  }

  /**
   * Yoti's redirect mode: the frame left Yoti's page for the session's `success_url` or `error_url`
   * on this page's own origin (so it can be read; Yoti's page never can). An error URL carries
   * Yoti's `yotiErrorCode`.
   */
  #landing(): FrameMessage | undefined {
    let url: URL;
    try {
      url = new URL(this.renderRoot.querySelector('iframe')?.contentWindow?.location.href ?? '');
    } catch {
      return undefined;
    }
    if (url.origin === this.#apiBase?.origin || !/^https?:$/.test(url.protocol)) return undefined;
    const code = url.searchParams.get('yotiErrorCode');
    // Read as the same ERROR message would be; a code that is not one is an unknown error.
    if (code === null) return { kind: 'success' };
    return readFrameMessage({ eventType: 'ERROR', eventCode: code }) ?? { kind: 'error', code: 0 };
  }

  #onLoadTimeout(): void {
    if (this.phase !== 'loading') return;
    this.#showError({ code: 'frame_timeout', message: this.t('docscan.frameTimeout'), retryable: true });
  }

  #onExpired(): void {
    this.#messaging.stop();
    this.phase = 'expired';
    const message = this.t('idv.2002');
    this.problem = { title: this.t('docscan.expired.title'), message, canRestart: this.#canRenew };
    this.fireError({ code: 2002, message, retryable: this.#canRenew });
  }

  #showError(detail: YotiErrorDetail): void {
    this.#messaging.stop();
    this.#retryWait.start(detail.retryAfter);
    this.phase = 'error';
    this.problem = {
      title: this.t('docscan.error.title'),
      message: detail.message,
      canRestart: detail.retryable,
    };
    this.fireError(detail);
  }

  #onMessage(message: FrameMessage): void {
    const session = this.session;
    if (!session) return;
    switch (message.kind) {
      case 'started':
        this.#onFrameLoad();
        emit(this, 'yoti-ready', {});
        return;
      case 'success':
        this.#messaging.stop();
        this.phase = 'success';
        emit(this, 'yoti-success', { sessionId: session.sessionId });
        return;
      case 'error': {
        if (message.code === 2002) {
          this.#onExpired();
          return;
        }
        const { messageKey, retryable } = idvErrorInfo(message.code);
        this.#showError({
          code: message.code,
          message: this.t(messageKey, { code: message.code }),
          retryable,
        });
        return;
      }
      case 'other':
        emit(this, 'yoti-event', { eventType: message.eventType, data: message.data });
    }
  }

  /** The iframe while the flow runs; its URL is set before it joins the page (no about:blank load). */
  #frameTemplate(): unknown {
    const apiBase = this.#apiBase;
    const live = (this.phase === 'loading' || this.phase === 'running') && this.launch !== 'redirect';
    if (!live || !this.session || !apiBase) return nothing;
    return keyed(
      this.#flow,
      html`<iframe
        part="frame"
        title=${this.t('docscan.title')}
        src=${frameUrl(apiBase, this.session, this.launch === 'handshake' ? 'handshake' : 'url')}
        allow="camera; fullscreen"
        @load=${() => this.#onFrameLoad()}
      ></iframe>`,
    );
  }

  #panel(): TemplateResult | typeof nothing {
    const t = (key: keyof DocscanStrings) => this.t(key);
    if (this.phase === 'loading') {
      return html`<div part="panel" class="panel" role="status">
        <div class="spinner" aria-hidden="true"></div><p>${t('docscan.loading')}</p>
      </div>`;
    }
    if (this.phase === 'success') {
      return html`<div part="panel" class="panel" role="status">
        <div class="icon success" aria-hidden="true">✓</div>
        <h2>${t('docscan.success.title')}</h2><p>${t('docscan.success.body')}</p>
      </div>`;
    }
    if (!this.problem) return nothing;
    const { title, message } = this.problem;
    const canRestart = this.problem.canRestart && !this.#retryWait.waiting;
    return html`<div part="panel" class="panel" role="alert">
      <div class="icon ${this.phase === 'expired' ? 'expired' : 'error'}" aria-hidden="true">!</div>
      <h2>${title}</h2><p>${message}</p>
      ${
        canRestart
          ? html`<button part="button" class="button" type="button" @click=${() => this.restart()}>${t('docscan.restart')}</button>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    return html`${this.#frameTemplate()}${this.#panel()}`;
  }
}

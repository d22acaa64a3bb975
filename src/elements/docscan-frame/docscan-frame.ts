import { h, Swap } from '../../core/dom.js';
import { emit } from '../../core/events.js';
import { isAbortError } from '../../core/http.js';
import type { PropertyDeclarations, PropertyValues } from '../../core/reactive-element.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import { styles } from './docscan-frame.styles.js';
import { idvErrorInfo, readFrameMessage } from './messages.js';
import {
  absoluteApiUrl,
  createSession,
  DEFAULT_IDV_API,
  type DocScanSessionResolver,
  frameUrl,
  parseSession,
  type ResolvedSession,
} from './session.js';
import { docscanStrings } from './strings.js';

type DocscanStrings = typeof docscanStrings.en;
type Phase = 'idle' | 'loading' | 'running' | 'success' | 'error' | 'expired';

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
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    sessionToken: { attribute: 'session-token' },
    endpoint: {},
    apiUrl: { attribute: 'api-url' },
    launch: {},
    tokenTtl: { attribute: 'token-ttl', type: Number },
    loadTimeout: { attribute: 'load-timeout', type: Number },
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
  /** `url`: the session in the iframe URL (Yoti's documented way). `handshake`: sent by postMessage. */
  launch: 'url' | 'handshake' = 'url';
  /** Seconds the session token lives; default the session's `ttl`. */
  tokenTtl?: number;
  /** Milliseconds to wait for the iframe to load before showing an error. */
  loadTimeout = 30_000;
  /** Gives a session (and a new one after expiry), like Yoti's own client. */
  sessionResolver?: DocScanSessionResolver;

  private phase: Phase = 'idle';
  private session?: ResolvedSession;
  private problem?: { title: string; message: string; canRestart: boolean };

  #iframe?: HTMLIFrameElement;
  /** The panel over the frame, replaced only when what it says changes (so it is announced once). */
  #panelSwap = new Swap();
  #listeners?: AbortController;
  #request?: AbortController;
  #startedWith?: string;
  #expiresAt?: number;
  #expiryTimer?: ReturnType<typeof setTimeout>;
  #loadTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listeners = new AbortController();
    window.addEventListener('message', (event) => this.#onMessage(event), { signal: this.#listeners.signal });
    this.#armTimers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listeners?.abort();
    this.#clearTimers();
  }

  /** Starts the flow again: a new session when a resolver or endpoint can give one, else the same. */
  restart(): void {
    this.#start(true);
  }

  protected override willUpdate(changed: PropertyValues): void {
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
      this.#start(false);
    }
  }

  /** The flow has an outcome (or expired): no message or timer changes it any more. */
  get #ended(): boolean {
    return this.phase === 'success' || this.phase === 'error' || this.phase === 'expired';
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
    this.#clearTimers();
    this.#expiresAt = undefined;
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
    const ttl = this.tokenTtl ?? session.ttl;
    if (ttl !== undefined && ttl > 0) this.#expiresAt = Date.now() + ttl * 1000;
    this.#armTimers();
  }

  /** The token-expiry and frame-load timers, only while connected (a removed element runs nothing). */
  #armTimers(): void {
    this.#clearTimers();
    if (!this.isConnected || !this.session) return;
    const live = this.phase === 'loading' || this.phase === 'running';
    if (this.#expiresAt !== undefined && live) {
      this.#expiryTimer = setTimeout(() => this.#onExpired(), Math.max(0, this.#expiresAt - Date.now()));
    }
    if (this.phase === 'loading') this.#loadTimer = setTimeout(() => this.#onLoadTimeout(), this.loadTimeout);
  }

  #clearTimers(): void {
    clearTimeout(this.#expiryTimer);
    clearTimeout(this.#loadTimer);
    this.#expiryTimer = undefined;
    this.#loadTimer = undefined;
  }

  #onFrameLoad(): void {
    clearTimeout(this.#loadTimer);
    this.#loadTimer = undefined;
    if (this.phase === 'loading') this.phase = 'running';
  }

  #onLoadTimeout(): void {
    if (this.phase !== 'loading') return;
    this.#showError({ code: 'frame_timeout', message: this.t('docscan.frameTimeout'), retryable: true });
  }

  #onExpired(): void {
    if (this.#ended) return;
    this.#clearTimers();
    this.phase = 'expired';
    const message = this.t('idv.2002');
    this.problem = { title: this.t('docscan.expired.title'), message, canRestart: this.#canRenew };
    this.fireError({ code: 2002, message, retryable: this.#canRenew });
  }

  #showError(detail: { code: number | string; message: string; retryable: boolean }): void {
    this.#clearTimers();
    this.phase = 'error';
    this.problem = {
      title: this.t('docscan.error.title'),
      message: detail.message,
      canRestart: detail.retryable,
    };
    this.fireError(detail);
  }

  #onMessage(event: MessageEvent): void {
    const frame = this.#iframe;
    const apiOrigin = this.#apiBase?.origin;
    if (!frame || !apiOrigin || event.source !== frame.contentWindow || event.origin !== apiOrigin) return;
    const message = readFrameMessage(event.data);
    if (!message || !this.session || this.#ended) return;
    switch (message.kind) {
      case 'started':
        if (this.launch === 'handshake') {
          frame.contentWindow?.postMessage(
            {
              eventType: 'INIT_SESSION',
              sessionID: this.session.sessionId,
              sessionToken: this.session.sessionToken,
            },
            apiOrigin,
          );
        }
        this.#onFrameLoad();
        emit(this, 'yoti-ready', {});
        return;
      case 'success':
        this.#clearTimers();
        this.phase = 'success';
        emit(this, 'yoti-success', { sessionId: this.session.sessionId });
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

  protected override update(root: ShadowRoot): void {
    this.#updateFrame(root);
    const panel = this.#panel();
    this.#panelSwap.show(panel ? [panel] : [], (nodes) => root.append(...nodes));
  }

  /** The iframe while the flow runs, kept as long as its URL stays the same (a new URL, a new flow). */
  #updateFrame(root: ShadowRoot): void {
    const apiBase = this.#apiBase;
    const live = this.phase === 'loading' || this.phase === 'running';
    const src = live && this.session && apiBase ? frameUrl(apiBase, this.session, this.launch) : undefined;
    if (!src) {
      this.#iframe?.remove();
      this.#iframe = undefined;
      return;
    }
    const title = this.t('docscan.title');
    if (!this.#iframe) {
      // Its URL is set before it joins the page, so that no about:blank load is taken for the flow's.
      this.#iframe = h('iframe', {
        part: 'frame',
        title,
        src,
        allow: 'camera; fullscreen',
      }) as HTMLIFrameElement;
      this.#iframe.addEventListener('load', () => this.#onFrameLoad());
      root.prepend(this.#iframe);
    }
    this.#iframe.title = title;
    if (this.#iframe.getAttribute('src') !== src) this.#iframe.src = src;
  }

  #panel(): HTMLElement | undefined {
    const panel = (role: string, ...children: HTMLElement[]) =>
      h('div', { part: 'panel', class: 'panel', role }, ...children);
    const icon = (kind: string, text = '') => h('div', { class: kind, 'aria-hidden': 'true' }, text);
    if (this.phase === 'loading') {
      return panel('status', icon('spinner'), h('p', {}, this.t('docscan.loading')));
    }
    if (this.phase === 'success') {
      return panel(
        'status',
        icon('icon success', '✓'),
        h('h2', {}, this.t('docscan.success.title')),
        h('p', {}, this.t('docscan.success.body')),
      );
    }
    if (!this.problem) return undefined;
    const { title, message, canRestart } = this.problem;
    const children = [
      icon(`icon ${this.phase === 'expired' ? 'expired' : 'error'}`, '!'),
      h('h2', {}, title),
      h('p', {}, message),
    ];
    if (canRestart) {
      const button = h(
        'button',
        { part: 'button', class: 'button', type: 'button' },
        this.t('docscan.restart'),
      );
      button.addEventListener('click', () => this.restart());
      children.push(button);
    }
    return panel('alert', ...children);
  }
}

import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { finiteNumber, oneOfValues } from '../../core/attributes.js';
import { emit, type YotiErrorDetail } from '../../core/events.js';
import { progressStyles } from '../../core/progress-steps.js';
import { RetryWait } from '../../core/retry-wait-controller.js';
import { theme } from '../../core/theme.js';
import { YotiElement } from '../../core/yoti-element.js';
import {
  absoluteApiUrl,
  DEFAULT_IDV_API,
  type DocScanSessionResolver,
  frameUrl,
  type ResolvedSession,
  sessionFrom,
} from './docscan-api.js';
import { styles } from './docscan-frame.styles.js';
import { DocScanMessaging, type ScanEnd } from './docscan-messaging-controller.js';
import { flowFrame, loadingPanel, problemPanel, successPanel } from './docscan-panels.js';
import { failureOf } from './messages.js';
import { PreflightController } from './preflight-controller.js';
import { ProgressFollower } from './progress-follower.js';
import { docscanStrings } from './strings.js';

type DocscanStrings = typeof docscanStrings.en;
type Phase = 'idle' | 'loading' | 'preflight' | 'running' | 'success' | 'error' | 'expired';
type Launch = 'url' | 'handshake' | 'redirect';

const LAUNCHES: readonly Launch[] = ['url', 'handshake', 'redirect'];

/**
 * Embeds Yoti's Doc Scan (IDV) web flow and re-fires its postMessage events as DOM events. A
 * message is accepted only from the IDV origin (`api-url`) and from this element's own iframe.
 * Before Yoti's page loads, a preflight checks what would make the capture fail here (an insecure
 * page, the camera blocked or missing, an in-app browser, a browser other than Safari on iOS) and
 * offers the way forward instead: a phone, the page in a browser, photos uploaded, or trying anyway.
 * While the person captures (here or on their phone), the frame shows their progress.
 *
 * @tagname yoti-docscan-frame
 * @summary Yoti Doc Scan in an iframe, with its outcome as DOM events.
 *
 * @fires yoti-preflight - The preflight found problems and offers ways forward: `{problems, offered}`.
 * @fires yoti-ready - The IDV page has started (`STARTED`).
 * @fires yoti-success - The user finished the flow: `{sessionId}`.
 * @fires yoti-error - `{code, message, retryable}`: an IDV error code (1000 ... 7000), 2002 when the
 *   session token expires, or a helper error (`network_error`, `frame_timeout`, ...).
 * @fires yoti-event - Any other well-formed IDV message: `{eventType, data}`.
 *
 * @csspart frame - The iframe.
 * @csspart panel - The loading, preflight, success, error and expired panels.
 * @csspart preflight - The preflight's panel.
 * @csspart progress - The capture's steps (document, face, sent) while the flow runs.
 * @csspart button - The "Start again" button, and the preflight's offers.
 *
 * @cssprop [--yoti-frame-height=640px] - The height of the flow.
 * @cssprop [--yoti-color-primary=#2875bc] - Buttons and the spinner.
 * @cssprop [--yoti-radius=12px] - Corner radius.
 * @cssprop [--yoti-font=system-ui] - Font family.
 */
export class YotiDocScanFrame extends YotiElement<DocscanStrings> {
  static readonly tag = 'yoti-docscan-frame';
  static override styles = [theme, progressStyles, styles];
  static override properties = {
    sessionId: { attribute: 'session-id' },
    sessionToken: { attribute: 'session-token' },
    endpoint: {},
    linkCode: { attribute: 'link-code' },
    apiUrl: { attribute: 'api-url' },
    launch: { converter: oneOfValues(LAUNCHES), useDefault: true },
    tokenTtl: { attribute: 'token-ttl', converter: finiteNumber },
    loadTimeout: { attribute: 'load-timeout', converter: finiteNumber, useDefault: true },
    preflight: { converter: oneOfValues(['on', 'off'] as const), useDefault: true },
    sessionResolver: { attribute: false },
    phase: { state: true },
    problem: { state: true },
  };
  protected readonly translations = docscanStrings;

  /** The IDV session, with `session-token`, created by the host backend. */
  sessionId?: string;
  sessionToken?: string;
  /** The helper's base URL; the element POSTs `{endpoint}/idv-sessions` when it needs a session. */
  endpoint?: string;
  /** A back-office link's code: with `endpoint`, redeemed (`POST {endpoint}/links/{code}/session`) for this browser. */
  linkCode?: string;
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
  /** `off` skips the checks made before Yoti's page loads (default `on`). */
  preflight: 'on' | 'off' = 'on';
  /** Gives a session (and a new one after expiry), like Yoti's own client. */
  sessionResolver?: DocScanSessionResolver;

  private phase: Phase = 'idle';
  private problem?: { title: string; message: string; canRestart: boolean };

  /** Runs of the session task after a choice made before any session was had. */
  #choices = 0;
  #progress = new ProgressFollower(this, (key) => this.announce(this.t(key)));

  /** A restart asks for a new session where one can be had. */
  #restarts = 0;
  #retryWait = new RetryWait(this);

  /**
   * The session of the flow: the host's, the resolver's or a new one from the helper, resolved
   * again whenever what it comes from changes, or on a restart. Its result starts the flow.
   */
  #session = new Task(this, {
    // After the first render, so that it matches a server's (which runs no task) when hydrating.
    autoRun: 'afterUpdate',
    args: () =>
      [
        this.sessionId,
        this.sessionToken,
        this.endpoint,
        this.apiUrl,
        this.launch,
        Boolean(this.sessionResolver),
        this.#restarts,
        this.linkCode,
        this.#choices,
      ] as const,
    task: async ([sessionId, sessionToken, endpoint, , , resolver, restarts, linkCode], { signal }) => {
      this.#messaging.stop();
      this.#progress.stop();
      this.problem = undefined;
      this.#preflight.clear();
      this.phase = 'loading';
      this.announce(this.t('docscan.loading'));
      const problems = await this.#preflight.problems(this.preflight === 'off');
      // What it came from changed meanwhile: a newer run has it (no session is had for this one).
      signal.throwIfAborted();
      // A phone in the wrong browser takes no session (nor a link's): it is to be opened elsewhere.
      if (problems.includes('in-app-browser') || problems.includes('ios-not-safari')) {
        this.#preflight.offer(problems, {});
        return undefined;
      }
      const session = await sessionFrom(
        { sessionId, sessionToken, resolver: this.sessionResolver, endpoint, linkCode, locale: this.speaks },
        { renew: restarts > 0 && (resolver || Boolean(endpoint)), signal },
      );
      if (session && problems.length > 0) this.#preflight.offer(problems, session);
      return session;
    },
    onComplete: (session) => this.#run(session),
    onError: (error) => this.#showError(this.errorDetail(error)),
  });

  #messaging = new DocScanMessaging(this, {
    frame: () => this.renderRoot.querySelector('iframe') ?? undefined,
    origin: () => this.#apiBaseOf()?.origin,
    handshake: () => (this.launch === 'handshake' ? this.#session.value : undefined),
    onLoaded: () => {
      if (this.phase === 'loading') this.phase = 'running';
    },
    onReady: () => emit(this, 'yoti-ready', {}),
    onEvent: (eventType, data) => emit(this, 'yoti-event', { eventType, data }),
    onEnd: (end) => this.#onEnd(end),
  });

  #preflight = new PreflightController(this, {
    announce: (key) => this.announce(this.t(key)),
    // A way forward taken: the flow runs (with a session, had now when there was none).
    onChosen: () => {
      const session = this.#session.value;
      if (session) {
        this.phase = 'loading';
        this.#run(session);
      } else {
        this.#choices += 1;
        this.requestUpdate();
      }
    },
  });

  /** Starts the flow again: a new session when a resolver or endpoint can give one, else the same. */
  restart(): void {
    this.#restarts += 1;
    this.requestUpdate();
  }

  /** The IDV base: `api-url`, else the one the helper named for `session`, else Yoti's. */
  #apiBaseOf(session = this.#session.value): URL | undefined {
    return absoluteApiUrl(this.apiUrl ?? session?.apiUrl ?? DEFAULT_IDV_API);
  }

  /** Runs the flow in a new frame (or, with launch="redirect", sends the page to Yoti's). */
  #run(session: ResolvedSession | undefined): void {
    if (this.#preflight.check) {
      this.phase = 'preflight';
      return;
    }
    // The task's value is set once this has run: the session comes as it is.
    const apiBase = this.#apiBaseOf(session);
    if (!session || !apiBase) {
      this.phase = 'idle';
      const message = this.t(session ? 'docscan.badApiUrl' : 'docscan.noSession');
      this.problem = { title: this.t('docscan.error.title'), message, canRestart: false };
      return;
    }
    if (this.launch === 'redirect') {
      location.assign(frameUrl(apiBase, session, 'url'));
      return;
    }
    const ttl = this.tokenTtl ?? session.ttl;
    this.#messaging.watch({
      expiresAt: ttl !== undefined && ttl > 0 ? Date.now() + ttl * 1000 : undefined,
      loadTimeout: this.loadTimeout,
    });
    if (this.endpoint) this.#progress.follow(this.endpoint, session);
  }

  #showError(detail: YotiErrorDetail, title = this.t('docscan.error.title'), phase: Phase = 'error'): void {
    this.#messaging.stop();
    this.#progress.stop();
    this.#retryWait.start(detail.retryAfter);
    this.phase = phase;
    this.problem = { title, message: detail.message, canRestart: detail.retryable };
    this.announce(`${title}. ${detail.message}`);
    this.fireError(detail);
  }

  /** Every way a scan ends, as the messaging controller reads it, becomes what the person sees and an event. */
  #onEnd(end: ScanEnd): void {
    const sessionId = this.#session.value?.sessionId;
    if (!sessionId) return;
    switch (end.kind) {
      case 'success':
        this.#progress.stop();
        this.phase = 'success';
        this.announce(`${this.t('docscan.success.title')}. ${this.t('docscan.success.body')}`);
        emit(this, 'yoti-success', { sessionId });
        return;
      case 'timeout':
        if (this.phase !== 'loading') return;
        break;
    }
    const renewable = Boolean(this.sessionResolver || this.endpoint);
    const { detail, expired } = failureOf(end, (key, params) => this.t(key, params), renewable);
    if (expired) this.#showError(detail, this.t('docscan.expired.title'), 'expired');
    else this.#showError(detail);
  }

  /**
   * The iframe while the flow runs; its URL is set before it joins the page (no about:blank load).
   * Each start is a new iframe: while the session is being had there is none.
   */
  #frameTemplate(): unknown {
    const session = this.#session.value;
    const apiBase = this.#apiBaseOf(session);
    if (
      !this.#live ||
      this.launch === 'redirect' ||
      !session ||
      this.#session.status !== TaskStatus.COMPLETE ||
      !apiBase
    )
      return nothing;
    const src = frameUrl(apiBase, session, this.launch === 'handshake' ? 'handshake' : 'url');
    return flowFrame(this.t('docscan.title'), src, () => this.#messaging.loaded());
  }

  #panel(): TemplateResult | typeof nothing {
    const t = (key: keyof DocscanStrings) => this.t(key);
    if (this.phase === 'preflight') return this.#preflight.panel(t) ?? nothing;
    if (this.phase === 'loading') return loadingPanel(t);
    if (this.phase === 'success') return successPanel(t);
    if (!this.problem) return nothing;
    const { title, message, canRestart } = this.problem;
    return problemPanel(t, {
      title,
      message,
      expired: this.phase === 'expired',
      restart: canRestart && !this.#retryWait.waiting ? () => this.restart() : undefined,
    });
  }

  protected override render() {
    const waiting = this.#preflight.chosen === 'handoff';
    const steps = this.#live ? this.#progress.steps((key) => this.t(key), waiting) : nothing;
    return html`${steps}${this.#frameTemplate()}${this.#panel()}${this.liveRegion()}`;
  }

  /** The flow is loading or running (in a frame): the frame and the progress show. */
  get #live(): boolean {
    return this.phase === 'loading' || this.phase === 'running';
  }
}

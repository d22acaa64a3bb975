import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { finiteNumber, oneOfValues } from '../../core/attributes.js';
import {
  emit,
  type IdvProgress,
  type PreflightOffer,
  type PreflightProblem,
  type YotiErrorDetail,
  type YotiPreflightDetail,
} from '../../core/events.js';
import { lastStepDone, progressSteps, progressStyles } from '../../core/progress-steps.js';
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
import { DocScanMessaging, type ScanEnd } from './docscan-messaging-controller.js';
import { idvErrorInfo } from './messages.js';
import { offersFor, preflightProblems } from './preflight.js';
import { type CopyState, preflightPanel } from './preflight-panel.js';
import { followProgress } from './progress-follower.js';
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
    check: { state: true },
    copy: { state: true },
    progress: { state: true },
  };
  protected readonly translations = docscanStrings;

  /** The IDV session, with `session-token`, created by the host backend. */
  sessionId?: string;
  sessionToken?: string;
  /** The helper's base URL; the element POSTs `{endpoint}/idv-sessions` when it needs a session. */
  endpoint?: string;
  /**
   * The code of a session link a business sent (the back office): with `endpoint`, the element
   * redeems it (`POST {endpoint}/links/{code}/session`) for this browser's session.
   */
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
  /** What the preflight found, and offers, while its panel shows. */
  private check?: YotiPreflightDetail;
  private copy: CopyState = 'idle';
  private progress?: IdvProgress;

  /** The way forward the person took from the preflight: it is not asked again. */
  #chosen?: PreflightOffer;
  /** Runs of the session task after a choice made before any session was had. */
  #choices = 0;
  #stopProgress?: () => void;

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
      this.#stopFollowing();
      this.problem = undefined;
      this.check = undefined;
      this.phase = 'loading';
      this.announce(this.t('docscan.loading'));
      const problems = this.preflight === 'off' || this.#chosen ? [] : await preflightProblems();
      // What it came from changed meanwhile: a newer run has it (no session is had for this one).
      signal.throwIfAborted();
      // A phone in the wrong browser takes no session (nor a link's): it is to be opened elsewhere.
      if (problems.includes('in-app-browser') || problems.includes('ios-not-safari')) {
        this.#offer(problems, {});
        return undefined;
      }
      const renew = restarts > 0 && (resolver || Boolean(endpoint));
      let session: ResolvedSession | undefined;
      if (sessionId && sessionToken && !renew) session = { sessionId, sessionToken };
      else if (this.sessionResolver) session = parseSession(await this.sessionResolver());
      else if (endpoint) session = await createSession(endpoint, signal, { linkCode, locale: this.speaks });
      if (session && problems.length > 0) this.#offer(problems, session);
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

  /** The preflight's panel, for `problems`, with what the session allows; announced and fired. */
  #offer(problems: PreflightProblem[], allows: { handoff?: boolean; upload?: boolean }): void {
    this.check = { problems, offered: offersFor(problems, allows) };
    this.copy = 'idle';
    emit(this, 'yoti-preflight', { problems: [...problems], offered: [...this.check.offered] });
  }

  /** A way forward taken: the link copied, or the flow run (with a session, had now when there was none). */
  #choose(offer: PreflightOffer): void {
    if (offer === 'open-in-browser') {
      void this.#copyLink();
      return;
    }
    this.#chosen = offer;
    this.check = undefined;
    const session = this.#session.value;
    if (session) {
      this.phase = 'loading';
      this.#run(session);
    } else {
      this.#choices += 1;
      this.requestUpdate();
    }
  }

  async #copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.copy = 'copied';
      this.announce(this.t('preflight.copied'));
    } catch {
      // Some in-app browsers refuse the clipboard: the link is shown, selected, to copy by hand.
      this.copy = 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy-field input')?.focus();
    }
  }

  /**
   * Follows the person's progress through the helper while the flow runs: over its stream at once
   * when the session is live (no read first), else by reading it now and then.
   */
  #followProgress(session: ResolvedSession): void {
    const endpoint = this.endpoint;
    if (!endpoint || this.#stopProgress) return;
    this.#stopProgress = followProgress(this, endpoint, session, (progress) => this.#onProgress(progress));
  }

  #stopFollowing(): void {
    this.#stopProgress?.();
    this.#stopProgress = undefined;
  }

  #onProgress(progress: IdvProgress): void {
    const before = this.progress;
    this.progress = progress;
    const step = lastStepDone(progress);
    if (step && (!before || step !== lastStepDone(before))) this.announce(this.t(step));
  }

  /** Starts the flow again: a new session when a resolver or endpoint can give one, else the same. */
  restart(): void {
    this.#restarts += 1;
    this.requestUpdate();
  }

  get #canRenew(): boolean {
    return Boolean(this.sessionResolver || this.endpoint);
  }

  /** The IDV base: `api-url`, else the one the helper named for `session`, else Yoti's. */
  #apiBaseOf(session = this.#session.value): URL | undefined {
    return absoluteApiUrl(this.apiUrl ?? session?.apiUrl ?? DEFAULT_IDV_API);
  }

  /** Runs the flow in a new frame (or, with launch="redirect", sends the page to Yoti's). */
  #run(session: ResolvedSession | undefined): void {
    if (this.check) {
      this.phase = 'preflight';
      void this.updateComplete.then(() => {
        const heading = this.renderRoot.querySelector<HTMLElement>('[part~="preflight"] h2');
        this.announce(heading?.textContent ?? '');
      });
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
    this.#followProgress(session);
  }

  #showError(detail: YotiErrorDetail, title = this.t('docscan.error.title'), phase: Phase = 'error'): void {
    this.#messaging.stop();
    this.#stopFollowing();
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
        this.#stopFollowing();
        this.phase = 'success';
        this.announce(`${this.t('docscan.success.title')}. ${this.t('docscan.success.body')}`);
        emit(this, 'yoti-success', { sessionId });
        return;
      case 'timeout':
        if (this.phase !== 'loading') return;
        this.#showError({ code: 'frame_timeout', message: this.t('docscan.frameTimeout'), retryable: true });
        return;
      case 'expired':
        this.#showError(
          { code: 2002, message: this.t('idv.2002'), retryable: this.#canRenew },
          this.t('docscan.expired.title'),
          'expired',
        );
        return;
      default: {
        const { messageKey, retryable } = idvErrorInfo(end.code);
        this.#showError({ code: end.code, message: this.t(messageKey, { code: end.code }), retryable });
      }
    }
  }

  /**
   * The iframe while the flow runs; its URL is set before it joins the page (no about:blank load).
   * Each start is a new iframe: while the session is being had there is none.
   */
  #frameTemplate(): unknown {
    const session = this.#session.value;
    const apiBase = this.#apiBaseOf(session);
    const live = (this.phase === 'loading' || this.phase === 'running') && this.launch !== 'redirect';
    if (!live || !session || this.#session.status !== TaskStatus.COMPLETE || !apiBase) return nothing;
    return html`<iframe
      part="frame"
      title=${this.t('docscan.title')}
      src=${frameUrl(apiBase, session, this.launch === 'handshake' ? 'handshake' : 'url')}
      allow="camera; fullscreen"
      @load=${() => this.#messaging.loaded()}
    ></iframe>`;
  }

  #panel(): TemplateResult | typeof nothing {
    const t = (key: keyof DocscanStrings) => this.t(key);
    if (this.phase === 'preflight' && this.check) {
      return preflightPanel(this.check, t, this.copy, (offer) => this.#choose(offer));
    }
    if (this.phase === 'loading') {
      return html`<div part="panel" class="panel">
        <div class="spinner" aria-hidden="true"></div><p>${t('docscan.loading')}</p>
      </div>`;
    }
    if (this.phase === 'success') {
      return html`<div part="panel" class="panel">
        <div class="icon success" aria-hidden="true">✓</div>
        <h2>${t('docscan.success.title')}</h2><p>${t('docscan.success.body')}</p>
      </div>`;
    }
    if (!this.problem) return nothing;
    const { title, message } = this.problem;
    const canRestart = this.problem.canRestart && !this.#retryWait.waiting;
    return html`<div part="panel" class="panel">
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
    const live = this.phase === 'loading' || this.phase === 'running';
    const steps = live
      ? progressSteps(this.progress, (key) => this.t(key), { waiting: this.#chosen === 'handoff' })
      : nothing;
    return html`${steps}${this.#frameTemplate()}${this.#panel()}${this.liveRegion()}`;
  }
}

import yoti from 'yoti';
import type { Caller, Callers } from './caller.js';
import { ApiError } from './errors.js';
import type { IdvSessionSpec } from './idv-spec.js';
import type { ResolvedOptions, ResolvedShare } from './options.js';
import { resolveShareSettings, type ShareSessionSettings } from './share-options.js';
import type { SessionKind, SessionRecord, SharePresentation } from './store.js';
import { idvSummary, shareStatus } from './summaries.js';
import { callYoti, type UpstreamPolicy, upstreamString } from './upstream.js';

// The SDK is CommonJS: its exports are read from the default import.
const { DigitalIdentityBuilders, DigitalIdentityClient, IDVClient, SessionSpecificationBuilder } = yoti;
const { ShareSessionConfigurationBuilder } = DigitalIdentityBuilders;

/** How long the helper remembers who started a session: the day its receipt or results may be read in. */
const BINDING_TTL_SECONDS = 86_400;

export interface ShareQrCode {
  id: string;
  uri: string;
  expiresAt: string;
}

/** A new share session and how the panel presents it. */
export interface CreatedShareSession extends SharePresentation {
  sessionId: string;
  expiresAt: string;
  /** The helper streams this session's state (`GET …/events`): Yoti notifies it of changes. */
  live: boolean;
}

export interface CreatedIdvSession {
  sessionId: string;
  sessionToken: string;
  ttl: number;
  iframeUrl: string;
  /** The helper streams this session's state (`GET …/events`): Yoti notifies it of changes. */
  live: boolean;
}

/** A session specification the SDK accepts, carrying the validated JSON as it is. */
function sdkSpecification(spec: IdvSessionSpec) {
  const specification = new SessionSpecificationBuilder().build();
  specification.toJSON = () => spec as ReturnType<typeof specification.toJSON>;
  return specification;
}

function iframeUrl(idvApiUrl: string, sessionId: string, sessionToken: string): string {
  const url = new URL(`${idvApiUrl}/web/index.html`);
  url.searchParams.set('sessionID', sessionId);
  url.searchParams.set('sessionToken', sessionToken);
  return url.href;
}

function notConfigured(flow: 'share' | 'idv'): never {
  throw new ApiError(
    404,
    `${flow}_not_configured`,
    `The ${flow === 'share' ? 'Digital ID share' : 'IDV'} flow is not configured on this server (option \`${flow}\`).`,
    undefined,
    false,
  );
}

/** The helper failed on the host's side (a configure or idv function): told to the host, not the browser. */
export class HostCodeError extends Error {
  override name = 'HostCodeError';
}

/**
 * The sessions the helper makes and reads with the SDK: each bound to its caller at creation,
 * found again only for that caller, and created no faster than the caller's limit allows.
 */
export class Sessions {
  readonly share: InstanceType<typeof DigitalIdentityClient>;
  readonly idv: InstanceType<typeof IDVClient>;
  readonly #config: ResolvedOptions;
  readonly #callers: Callers;
  readonly #upstream: UpstreamPolicy;

  constructor(config: ResolvedOptions, callers: Callers) {
    this.#config = config;
    this.#callers = callers;
    this.#upstream = { timeoutMs: config.timeoutMs, attempts: config.attempts, retryDelayMs: 200 };
    this.share = new DigitalIdentityClient(config.clientSdkId, config.privateKey, {
      apiUrl: config.shareApiUrl,
    });
    this.idv = new IDVClient(config.clientSdkId, config.privateKey, { apiUrl: config.idvApiUrl });
  }

  /** Runs one SDK call with the time limit, retries and error mapping of every call to Yoti. */
  call<T>(operation: 'create' | 'read', what: string, run: () => Promise<T>): Promise<T> {
    return callYoti(this.#upstream, operation, what, run);
  }

  get #shareConfig(): ResolvedShare {
    return this.#config.share ?? notConfigured('share');
  }

  /** The record of session `id` when `request` comes from the caller who started it; 404 for anyone else. */
  async bound(kind: SessionKind, id: string, request: Request): Promise<SessionRecord> {
    const [caller, record] = await Promise.all([
      this.#callers.identify(request),
      this.#config.store.getSession(kind, id),
    ]);
    if (!caller || !record || record.caller !== caller.id) {
      throw new ApiError(404, 'session_not_found', `No such ${kind === 'share' ? 'share' : 'IDV'} session.`);
    }
    return record;
  }

  /** Counts a session creation against the caller's limit: 429 with the seconds to wait when over it. */
  async #limit(caller: Caller): Promise<void> {
    const { count, resetInSeconds } = await this.#config.store.hit(`sessions:${caller.id}`, 60);
    if (count > this.#config.sessionsPerMinute) {
      throw new ApiError(
        429,
        'rate_limited',
        `Too many sessions started in a minute: try again in ${resetInSeconds} s.`,
        undefined,
        true,
        resetInSeconds,
      );
    }
  }

  /** The settings of a new share session: the configured ones, the host's `configure`, then `overrides`. */
  async #shareSettings(request: Request, overrides: unknown): Promise<ShareSessionSettings> {
    const base = this.#shareConfig;
    let settings: ShareSessionSettings = base;
    if (base.configure) {
      try {
        const configured = await base.configure(request);
        if (configured !== undefined) {
          settings = resolveShareSettings(
            configured,
            'share.configure(request)',
            this.#config.loopbackHttp,
            base,
          );
        }
      } catch (error) {
        throw new HostCodeError('share.configure(request) failed', { cause: error });
      }
    }
    return overrides === undefined
      ? settings
      : resolveShareSettings(overrides, 'createShareSession overrides', this.#config.loopbackHttp, settings);
  }

  async #qrCode(sessionId: string, sessionExpiry: string | null): Promise<ShareQrCode> {
    const qr = await this.call('read', 'share session', () => this.share.createShareQrCode(sessionId));
    const qrExpiry = Date.now() + this.#shareConfig.qrCodeTtlMs;
    const expiry = sessionExpiry ? Date.parse(sessionExpiry) : Number.POSITIVE_INFINITY;
    return {
      id: upstreamString(qr.getId()),
      uri: upstreamString(qr.getUri()),
      expiresAt: new Date(Math.min(qrExpiry, expiry)).toISOString(),
    };
  }

  /** Creates a share session for the caller of `request`, bound to it, with its first QR code (by default). */
  async createShare(request: Request, caller: Caller): Promise<CreatedShareSession & { qrCode: ShareQrCode }>;
  async createShare(
    request: Request,
    caller: Caller,
    options: { overrides?: unknown; qrCode: false },
  ): Promise<CreatedShareSession>;
  async createShare(
    request: Request,
    caller: Caller,
    { overrides, qrCode = true }: { overrides?: unknown; qrCode?: boolean } = {},
  ): Promise<CreatedShareSession & { qrCode?: ShareQrCode }> {
    const settings = await this.#shareSettings(request, overrides);
    await this.#limit(caller);
    const builder = new ShareSessionConfigurationBuilder()
      .withPolicy(settings.policy)
      .withRedirectUri(settings.redirectUri);
    if (settings.subject) builder.withSubject(settings.subject);
    if (settings.notification) builder.withNotification(settings.notification);
    for (const extension of settings.extensions) builder.withExtension(extension);
    const created = await this.call('create', 'share session', () =>
      this.share.createShareSession(builder.build()),
    );
    const sessionId = upstreamString(created.getId());
    const expiresAt = created.getExpiry().toISOString();
    const presentation: SharePresentation = {
      app: settings.app,
      wanted: settings.wanted,
      redirectUri: settings.redirectUri,
    };
    const live = this.#webhooks && settings.notification !== undefined;
    await this.#config.store.putSession(
      'share',
      sessionId,
      { caller: caller.id, share: presentation, live },
      BINDING_TTL_SECONDS,
    );
    const session = { sessionId, expiresAt, ...presentation, live };
    return qrCode ? { ...session, qrCode: await this.#qrCode(sessionId, expiresAt) } : session;
  }

  /** A fresh QR code for an open share session; 409 once it has ended. */
  async qrCode(sessionId: string): Promise<ShareQrCode> {
    const session = await this.call('read', 'share session', () => this.share.getShareSession(sessionId));
    const { status, expiresAt } = shareStatus(session);
    if (status !== 'CREATED') {
      throw new ApiError(
        409,
        'session_not_open',
        `The share session is ${status.toLowerCase()}: start a new one.`,
        undefined,
        false,
      );
    }
    return this.#qrCode(sessionId, expiresAt);
  }

  /** Where a share session stands, with how the panel presents it: what its GET route and stream send. */
  async shareState(sessionId: string, record: SessionRecord) {
    const session = await this.call('read', 'share session', () => this.share.getShareSession(sessionId));
    return {
      sessionId,
      ...shareStatus(session),
      ...(record.share ?? this.#presentation()),
      live: record.live === true,
    };
  }

  /** Where an IDV session stands, with no personal data: what its GET route and stream send. */
  async idvState(sessionId: string, record: SessionRecord) {
    const session = await this.call('read', 'IDV session', () => this.idv.getSession(sessionId));
    return { ...idvSummary(session), live: record.live === true };
  }

  /** Yoti's notifications reach the helper: sessions created with a notification config are live. */
  get #webhooks(): boolean {
    return this.#config.webhookAuthToken !== undefined;
  }

  #presentation(): SharePresentation {
    const { app, wanted, redirectUri } = this.#shareConfig;
    return { app, wanted, redirectUri };
  }

  /** Creates an IDV session for the caller of `request`, bound to it: the host's `spec`, else the configured one. */
  async createIdv(request: Request, caller: Caller, spec?: IdvSessionSpec): Promise<CreatedIdvSession> {
    const specFor = this.#config.idv ?? notConfigured('idv');
    let resolved = spec;
    if (!resolved) {
      try {
        resolved = await specFor(request);
      } catch (error) {
        throw new HostCodeError('idv(request) failed', { cause: error });
      }
    }
    await this.#limit(caller);
    const created = await this.call('create', 'IDV session', () =>
      this.idv.createSession(sdkSpecification(resolved)),
    );
    const sessionId = upstreamString(created.getSessionId());
    const sessionToken = upstreamString(created.getClientSessionToken());
    const ttl = created.getClientSessionTokenTtl();
    const live = this.#webhooks && resolved.notifications !== undefined;
    await this.#config.store.putSession('idv', sessionId, { caller: caller.id, live }, BINDING_TTL_SECONDS);
    return {
      sessionId,
      sessionToken,
      ttl: Number.isInteger(ttl) && ttl > 0 ? ttl : 600,
      iframeUrl: iframeUrl(this.#config.idvApiUrl, sessionId, sessionToken),
      live,
    };
  }
}

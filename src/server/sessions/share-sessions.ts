import { ApiError, HostCodeError, notConfigured } from '../core/errors.js';
import yoti from '../core/yoti-sdk.js';
import type { Caller } from '../http/caller.js';
import type { ResolvedShare } from '../options/resolve-options.js';
import { resolveShareSettings, type ShareSessionSettings } from '../options/share-options.js';
import type { SessionRecord, SharePresentation } from '../store/store.js';
import type { Bindings } from './bindings.js';
import { receiptIdArgument, receiptProfile, type ShareReceiptProfile } from './receipt.js';
import { shareStatus } from './summaries.js';
import { upstreamString } from './upstream.js';
import type { YotiApi } from './yoti-api.js';

const { ShareSessionConfigurationBuilder } = yoti.DigitalIdentityBuilders;

/**
 * The current QR code is given again while it has longer than this left (or half its life, for a
 * code that lives under a minute); a new one is made after.
 */
const QR_REUSE_MIN_LEFT_MS = 30_000;

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

/** Where a share session stands, with how the panel presents it: what its GET route and stream send. */
export interface ShareState extends SharePresentation {
  sessionId: string;
  status: string;
  receiptId?: string;
  expiresAt: string | null;
  live: boolean;
}

export interface ShareSessionsOptions {
  share?: ResolvedShare;
  loopbackHttp: boolean;
  /** Yoti notifies the helper (a webhook token is set): sessions with a notification config are live. */
  webhooks: boolean;
}

/** Digital ID share sessions: made for a caller and bound to it, their QR codes, states and receipts. */
export class ShareSessions {
  readonly #api: YotiApi;
  readonly #bindings: Bindings;
  readonly #options: ShareSessionsOptions;
  /**
   * The latest QR code made here for each session, or being made: however many ask at once, or
   * with a record read before the code was saved, Yoti makes one.
   */
  readonly #codes = new Map<string, { made: Promise<ShareQrCode>; expiresAt: number }>();

  constructor(api: YotiApi, bindings: Bindings, options: ShareSessionsOptions) {
    this.#api = api;
    this.#bindings = bindings;
    this.#options = options;
  }

  get #config(): ResolvedShare {
    return this.#options.share ?? notConfigured('share');
  }

  /** The settings of a new share session: the configured ones, the host's `configure`, then `overrides`. */
  async #settings(request: Request, overrides: unknown): Promise<ShareSessionSettings> {
    const base = this.#config;
    let settings: ShareSessionSettings = base;
    if (base.configure) {
      let configured: unknown;
      try {
        configured = await base.configure(request);
      } catch (error) {
        throw new HostCodeError('share.configure(request) failed', { cause: error });
      }
      if (configured !== undefined) {
        try {
          settings = resolveShareSettings(
            configured,
            'share.configure(request)',
            this.#options.loopbackHttp,
            base,
          );
        } catch (error) {
          throw new HostCodeError('share.configure(request) failed', { cause: error });
        }
      }
    }
    return overrides === undefined
      ? settings
      : resolveShareSettings(overrides, 'createShareSession overrides', this.#options.loopbackHttp, settings);
  }

  async #newQrCode(sessionId: string, sessionExpiry: number | undefined): Promise<ShareQrCode> {
    const qr = await this.#api.call('read', 'share session', () =>
      this.#api.share.createShareQrCode(sessionId),
    );
    const expiresAt = Math.min(
      Date.now() + this.#config.qrCodeTtlMs,
      sessionExpiry ?? Number.POSITIVE_INFINITY,
    );
    return {
      id: upstreamString(qr.getId()),
      uri: upstreamString(qr.getUri()),
      expiresAt: new Date(expiresAt).toISOString(),
    };
  }

  /** Creates a share session for `caller`, bound to it, with its first QR code (by default). */
  async create(request: Request, caller: Caller): Promise<CreatedShareSession & { qrCode: ShareQrCode }>;
  async create(
    request: Request,
    caller: Caller,
    options: { overrides?: unknown; qrCode: false },
  ): Promise<CreatedShareSession>;
  async create(
    request: Request,
    caller: Caller,
    { overrides, qrCode = true }: { overrides?: unknown; qrCode?: boolean } = {},
  ): Promise<CreatedShareSession & { qrCode?: ShareQrCode }> {
    const settings = await this.#settings(request, overrides);
    const builder = new ShareSessionConfigurationBuilder()
      .withPolicy(settings.policy)
      .withRedirectUri(settings.redirectUri);
    if (settings.subject) builder.withSubject(settings.subject);
    if (settings.notification) builder.withNotification(settings.notification);
    for (const extension of settings.extensions) builder.withExtension(extension);
    const created = await this.#api.call('create', 'share session', () =>
      this.#api.share.createShareSession(builder.build()),
    );
    const sessionId = upstreamString(created.getId());
    const expiry = created.getExpiry().getTime();
    const presentation: SharePresentation = {
      app: settings.app,
      wanted: settings.wanted,
      redirectUri: settings.redirectUri,
    };
    const live = this.#options.webhooks && settings.notification !== undefined;
    const first = qrCode ? await this.#newQrCode(sessionId, expiry) : undefined;
    await this.#bindings.put('share', sessionId, {
      caller: caller.id,
      share: presentation,
      live,
      expiresAt: expiry,
      ...(first ? { qrCode: first } : {}),
    });
    const session = { sessionId, expiresAt: new Date(expiry).toISOString(), ...presentation, live };
    return first ? { ...session, qrCode: first } : session;
  }

  /**
   * A QR code for an open share session: the current one while it has more than 30 s left, else a
   * new one from Yoti (one however many ask at once); 409 once the session has ended.
   */
  async qrCode(sessionId: string, record: SessionRecord): Promise<ShareQrCode> {
    const { status } = await this.state(sessionId, record);
    if (status !== 'CREATED') {
      throw new ApiError(
        409,
        'session_not_open',
        `The share session is ${status.toLowerCase()}: start a new one.`,
        { retryable: false },
      );
    }
    for (;;) {
      const latest = this.#codes.get(sessionId);
      const known = latest ? await latest.made.catch(() => undefined) : record.qrCode;
      const reuseAbove = Math.min(QR_REUSE_MIN_LEFT_MS, this.#config.qrCodeTtlMs / 2);
      if (known && Date.parse(known.expiresAt) - Date.now() > reuseAbove) return known;
      // Another request replaced the code while this one waited for it: look again.
      if (this.#codes.get(sessionId) !== latest) continue;
      return this.#make(sessionId, record);
    }
  }

  /** A new QR code for the session from Yoti, remembered here and in its record. */
  #make(sessionId: string, record: SessionRecord): Promise<ShareQrCode> {
    const now = Date.now();
    if (this.#codes.size > 1000) {
      for (const [id, entry] of this.#codes) if (entry.expiresAt <= now) this.#codes.delete(id);
    }
    const made = this.#newQrCode(sessionId, record.expiresAt).then(async (qrCode) => {
      await this.#bindings.put('share', sessionId, { ...record, qrCode });
      entry.expiresAt = Date.parse(qrCode.expiresAt);
      return qrCode;
    });
    const entry = { made, expiresAt: Number.POSITIVE_INFINITY };
    entry.made.catch(() => {
      if (this.#codes.get(sessionId) === entry) this.#codes.delete(sessionId);
    });
    this.#codes.set(sessionId, entry);
    return entry.made;
  }

  /** Where a share session stands (read from Yoti at most once a second; `fresh` reads anew). */
  async state(sessionId: string, record: SessionRecord, { fresh = false } = {}): Promise<ShareState> {
    const session = await this.#api.read(
      `share:${sessionId}`,
      'share session',
      () => this.#api.share.getShareSession(sessionId),
      { fresh },
    );
    return {
      sessionId,
      ...shareStatus(session),
      ...(record.share ?? this.#presentation()),
      live: record.live === true,
    };
  }

  #presentation(): SharePresentation {
    const { app, wanted, redirectUri } = this.#config;
    return { app, wanted, redirectUri };
  }

  /**
   * A completed share's profile, decrypted by the SDK. Given `caller` (from the browser's request),
   * refuses (404 `receipt_not_found`) a receipt whose session another caller started, before
   * anything of the profile is read out of the SDK's answer.
   */
  async receipt(receiptId: string, caller?: Caller | null): Promise<ShareReceiptProfile> {
    const id = receiptIdArgument(receiptId);
    const receipt = await this.#api.call('read', 'share receipt', () => this.#api.share.getShareReceipt(id));
    if (caller !== undefined) {
      await this.#bindings.bound('share', receipt.getSessionId(), caller ?? undefined).catch(() => {
        throw new ApiError(404, 'receipt_not_found', 'This share was made in another browser session.', {
          retryable: false,
        });
      });
    }
    return receiptProfile(receipt);
  }
}

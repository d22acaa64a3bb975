import { HostCodeError, notConfigured } from '../core/errors.js';
import yoti from '../core/yoti-sdk.js';
import type { Caller } from '../http/caller.js';
import type { PublicDetail } from '../options/idv-options.js';
import type { IdvSessionSpec } from '../options/idv-spec.js';
import type { SessionRecord } from '../store/store.js';
import type { Bindings } from './bindings.js';
import { manualChecksOf } from './outcome.js';
import { type IdvSummary, idvFacts, idvSummary, type PublicSummary, publicSummary } from './summaries.js';
import { upstreamString } from './upstream.js';
import type { YotiApi } from './yoti-api.js';

const { SessionSpecificationBuilder } = yoti;

export interface CreatedIdvSession {
  sessionId: string;
  sessionToken: string;
  ttl: number;
  iframeUrl: string;
  /** The helper streams this session's state (`GET …/events`): Yoti notifies it of changes. */
  live: boolean;
  /** The session may continue on a phone (`allow_handoff`). */
  handoff: boolean;
  /** The person may upload photos instead of using a camera (`allowed_capture_methods`). */
  upload: boolean;
}

/** The facts of a session as read, before an outcome is derived from them. */
export type IdvFacts = ReturnType<typeof idvFacts>;

/** The person a back-office link named, for the session made when they open it. */
export interface SessionLink {
  linkId: string;
  name: string;
  email: string;
}

/** Who is told of each session made and each state read: the back office's records. */
export interface IdvObserver {
  created(
    sessionId: string,
    spec: IdvSessionSpec,
    link?: { linkId: string; name: string; email: string },
  ): Promise<void>;
  /**
   * A session's facts as read: the observer derives the summary (its record holds the business's
   * decision and the checks' manual modes, else `manualChecks`), keeps the record current, and
   * resolves the summary.
   */
  observed(facts: IdvFacts, manualChecks?: Record<string, string>): Promise<IdvSummary>;
}

export interface IdvSessionsOptions {
  /** The specification for a request: the configured one, or the host's `idv(request)`. */
  idv?: (request: Request) => Promise<IdvSessionSpec>;
  idvApiUrl: string;
  webhooks: boolean;
  /** What the person's browser may read of a session. */
  publicDetail: PublicDetail;
}

type IdvSession = Awaited<ReturnType<YotiApi['idv']['getSession']>>;

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

/** Doc Scan (IDV) sessions: made for a caller and bound to it, their states, and their results for the host. */
export class IdvSessions {
  readonly #api: YotiApi;
  readonly #bindings: Bindings;
  readonly #options: IdvSessionsOptions;
  /** The back office, when there is one: told of every session made and every state read. */
  observer?: IdvObserver;

  constructor(api: YotiApi, bindings: Bindings, options: IdvSessionsOptions) {
    this.#api = api;
    this.#bindings = bindings;
    this.#options = options;
  }

  /**
   * Creates an IDV session for `caller`, bound to it: the host's `spec`, else the configured one;
   * `link` names the person a back-office link made it for.
   */
  async create(
    request: Request,
    caller: Caller,
    { spec, link, locale }: { spec?: IdvSessionSpec; link?: SessionLink; locale?: string } = {},
  ): Promise<CreatedIdvSession> {
    const specFor = this.#options.idv ?? notConfigured('idv');
    let resolved = spec;
    if (!resolved) {
      try {
        resolved = await specFor(request);
      } catch (error) {
        throw new HostCodeError('idv(request) failed', { cause: error });
      }
    }
    // The IDV page speaks the person's language (their element's) unless the host chose one.
    const sdkConfig = (resolved.sdk_config ?? {}) as Record<string, unknown>;
    if (locale && sdkConfig.locale === undefined) {
      resolved = { ...resolved, sdk_config: { ...sdkConfig, locale: locale === 'en-XA' ? 'en' : locale } };
    }
    const created = await this.#api.call('create', 'IDV session', () =>
      this.#api.idv.createSession(sdkSpecification(resolved)),
    );
    const sessionId = upstreamString(created.getSessionId());
    const sessionToken = upstreamString(created.getClientSessionToken());
    const reported = created.getClientSessionTokenTtl();
    const ttl = Number.isInteger(reported) && reported > 0 ? reported : 600;
    const live = this.#options.webhooks && resolved.notifications !== undefined;
    // When the token runs out, a session the person has not finished expires: it is read then.
    const manualChecks = manualChecksOf(resolved);
    await this.#bindings.put('idv', sessionId, {
      caller: caller.id,
      live,
      expiresAt: Date.now() + ttl * 1000,
      ...(Object.keys(manualChecks).length > 0 ? { manualChecks } : {}),
    });
    await this.observer?.created(sessionId, resolved, link);
    // What the person may do when this device's camera cannot be used (the frame's preflight offers it).
    return {
      sessionId,
      sessionToken,
      ttl,
      iframeUrl: iframeUrl(this.#options.idvApiUrl, sessionId, sessionToken),
      live,
      handoff: sdkConfig.allow_handoff === true,
      upload: sdkConfig.allowed_capture_methods === 'CAMERA_AND_UPLOAD',
    };
  }

  /**
   * Where an IDV session stands as the person's browser may read it (`publicDetail`), with no
   * personal data (read from Yoti at most once a second; `fresh` reads anew).
   */
  async state(
    sessionId: string,
    record: SessionRecord,
    { fresh = false } = {},
  ): Promise<PublicSummary & { live: boolean }> {
    const summary = await this.summary(sessionId, { fresh, manualChecks: record.manualChecks });
    return { ...publicSummary(summary, this.#options.publicDetail), live: record.live === true };
  }

  /** Where session `sessionId` stands, all of it (read as `state` reads it), the back office told. */
  async summary(
    sessionId: string,
    { fresh = false, manualChecks }: { fresh?: boolean; manualChecks?: Record<string, string> } = {},
  ): Promise<IdvSummary> {
    const session = await this.#api.read(
      `idv:${sessionId}`,
      'IDV session',
      () => this.#api.idv.getSession(sessionId),
      { fresh },
    );
    return this.summaryOf(session, manualChecks);
  }

  /** The summary of a session the SDK read, the back office told. */
  summaryOf(session: IdvSession, manualChecks?: Record<string, string>): Promise<IdvSummary> {
    const facts = idvFacts(session);
    return this.observer
      ? this.observer.observed(facts, manualChecks)
      : Promise.resolve(idvSummary(facts, { manualChecks }));
  }

  /** The session as the SDK reads it: checks, document fields, media IDs. Server-side only. */
  session(sessionId: string): Promise<IdvSession> {
    return this.#api.call('read', 'IDV session', () => this.#api.idv.getSession(sessionId));
  }

  /** One media item of a session, as the SDK reads it. Server-side only. */
  media(sessionId: string, mediaId: string) {
    return this.#api.call('read', 'IDV media', () => this.#api.idv.getMediaContent(sessionId, mediaId));
  }

  /** Deletes one media item of a session at Yoti (the session still names it). */
  deleteMedia(sessionId: string, mediaId: string): Promise<void> {
    return this.#api.call('delete', 'IDV media', () => this.#api.idv.deleteMediaContent(sessionId, mediaId));
  }

  /** Deletes a session at Yoti, with all its media. */
  deleteSession(sessionId: string): Promise<void> {
    return this.#api.call('delete', 'IDV session', () => this.#api.idv.deleteSession(sessionId));
  }
}

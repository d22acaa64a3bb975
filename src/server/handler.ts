import type { IncomingMessage } from 'node:http';
import type { IDVClient } from 'yoti';
import { Callers, requestOrigin } from './caller.js';
import { corsHeaders, preflight } from './cors.js';
import { ApiError, errorResponse, jsonResponse } from './errors.js';
import { validateIdvSpec } from './idv-spec.js';
import { idvUpdate, LiveStatus, shareUpdate } from './live.js';
import { requestHead } from './node.js';
import { type ResolvedOptions, resolveOptions, type YotiHandlerOptions } from './options.js';
import { receiptIdArgument, receiptProfile, type ShareReceiptProfile } from './receipt.js';
import { checkOrigin, checkWebhookAuth, expectNoFields, readJsonObject, sessionIdParam } from './request.js';
import { type CreatedIdvSession, type CreatedShareSession, HostCodeError, Sessions } from './sessions.js';
import type { ShareSessionOverrides } from './share-options.js';
import { type SessionKind, StoreUnavailableError } from './store.js';

/** A request as the host has it: the Fetch API's, or node:http's (Express, Fastify). */
export type HostRequest = Request | IncomingMessage;

/** What `createShareSession` / `createIdvSession` give the host: the session, and a cookie to set. */
export type HostCreated<T> = T & {
  /** A `Set-Cookie` header value to send with your page, when the request had no caller cookie yet. */
  setCookie?: string;
};

/** A Fetch-API handler (Request -> Response) with the server-side extras hosts need. */
export interface YotiHandler {
  (request: Request): Promise<Response>;
  /**
   * Reads a completed share's profile, decrypted by the SDK. Given the browser's `request`, refuses
   * (404 `receipt_not_found`) a receipt whose session another caller started. Server-side only.
   */
  getShareReceipt(receiptId: string, options?: { request?: HostRequest }): Promise<ShareReceiptProfile>;
  /** Creates a share session for the caller of `request` (bound to it), for a `session-id` on the tag. */
  createShareSession(
    request: HostRequest,
    overrides?: ShareSessionOverrides,
  ): Promise<HostCreated<CreatedShareSession>>;
  /** Creates an IDV session for the caller of `request` (bound to it): `spec`, else the configured one. */
  createIdvSession(request: HostRequest, spec?: object): Promise<HostCreated<CreatedIdvSession>>;
  /**
   * An IDV session as the SDK reads it: checks, document fields, media IDs. Server-side only. With
   * `request`, refuses (404 `session_not_found`) a session another caller started.
   */
  getIdvSession(sessionId: string, options?: { request?: HostRequest }): ReturnType<IDVClient['getSession']>;
  /** One media item of an IDV session (the document's fields as JSON, an image), as the SDK reads it. Server-side only. */
  getIdvMedia(
    sessionId: string,
    mediaId: string,
    options?: { request?: HostRequest },
  ): ReturnType<IDVClient['getMediaContent']>;
  readonly basePath: string;
}

/** A route's answer: JSON with a status, and headers of its own (CORS ones are added once, with these). */
type Reply = (status: number, body: unknown, headers?: Record<string, string>) => Response;
type Route = (
  request: Request,
  params: string[],
  reply: Reply,
  cors: Record<string, string>,
) => Promise<Response>;
interface RouteTable {
  pattern: RegExp;
  methods: Partial<Record<string, Route>>;
}

const asRequest = (request: HostRequest): Request =>
  request instanceof Request ? request : requestHead(request);

const withCookie = (setCookie: string | undefined): Record<string, string> =>
  setCookie ? { 'Set-Cookie': setCookie } : {};

/**
 * Which session a webhook is about: Yoti's IDV notifications say `{session_id, topic}`, its share
 * notifications `{id, status}`.
 */
function notificationOf(body: Record<string, unknown>): { kind: SessionKind; sessionId: string } {
  const idv = 'session_id' in body || 'topic' in body;
  const sessionId = sessionIdParam(String((idv ? body.session_id : body.id) ?? ''));
  const event = idv ? body.topic : body.status;
  if (typeof event !== 'string' || !/^[A-Za-z_]{1,64}$/.test(event)) {
    const field = idv ? 'topic' : 'status';
    throw new ApiError(400, 'invalid_notification', 'The notification has no topic or status.', field);
  }
  return { kind: idv ? 'idv' : 'share', sessionId };
}

function notificationsOff(): never {
  throw new ApiError(
    404,
    'notifications_not_configured',
    'Notifications are off: set `webhookAuthToken`.',
    undefined,
    false,
  );
}

/**
 * Creates the helper: validates `options` at once (throwing a YotiOptionsError naming a wrong
 * option), then answers the JSON routes under `basePath` that the elements call. Every session is
 * bound to the caller that created it: its reads answer 404 to anyone else.
 */
export function createYotiHandler(options: YotiHandlerOptions): YotiHandler {
  const config: ResolvedOptions = resolveOptions(options);
  const callers = new Callers({
    caller: config.caller,
    trustProxy: config.trustProxy,
    privateKey: config.privateKey,
  });
  const sessions = new Sessions(config, callers);
  const live = new LiveStatus(config.store, async (kind, id) => {
    const record = (await config.store.getSession(kind, id)) ?? { caller: '', live: true };
    return kind === 'share'
      ? shareUpdate(await sessions.shareState(id, record))
      : idvUpdate(await sessions.idvState(id, record));
  });

  /** A session's event stream, for the caller that started it, when Yoti notifies the helper of it. */
  async function stream(kind: SessionKind, id: string, request: Request, cors: Record<string, string>) {
    const sessionId = sessionIdParam(id);
    const record = await sessions.bound(kind, sessionId, request);
    if (!record.live) {
      throw new ApiError(
        404,
        'stream_unavailable',
        'Yoti does not notify this helper about this session: poll it.',
        undefined,
        false,
      );
    }
    const lastEventId = request.headers.get('last-event-id') ?? undefined;
    if (lastEventId !== undefined && !/^[0-9-]{1,64}$/.test(lastEventId)) {
      throw new ApiError(
        400,
        'invalid_last_event_id',
        'Last-Event-ID is not one this helper sent.',
        'Last-Event-ID',
      );
    }
    return live.stream(kind, sessionId, lastEventId, cors);
  }

  const routes: RouteTable[] = [
    {
      pattern: /^\/share-sessions$/,
      methods: {
        POST: async (request, _params, reply) => {
          expectNoFields(await readJsonObject(request));
          const caller = await callers.identifyOrCreate(request);
          const created = await sessions.createShare(request, caller);
          return reply(201, created, withCookie(caller.setCookie));
        },
      },
    },
    {
      pattern: /^\/share-sessions\/([^/]+)\/qr-codes$/,
      methods: {
        POST: async (request, [id = ''], reply) => {
          const sessionId = sessionIdParam(id);
          expectNoFields(await readJsonObject(request));
          await sessions.bound('share', sessionId, request);
          return reply(201, await sessions.qrCode(sessionId));
        },
      },
    },
    {
      pattern: /^\/share-sessions\/([^/]+)$/,
      methods: {
        GET: async (request, [id = ''], reply) => {
          const sessionId = sessionIdParam(id);
          const record = await sessions.bound('share', sessionId, request);
          const state = await sessions.shareState(sessionId, record);
          if (record.live) await live.publish('share', sessionId, shareUpdate(state));
          return reply(200, state);
        },
      },
    },
    {
      pattern: /^\/share-sessions\/([^/]+)\/events$/,
      methods: { GET: (request, [id = ''], _reply, cors) => stream('share', id, request, cors) },
    },
    {
      pattern: /^\/idv-sessions$/,
      methods: {
        POST: async (request, _params, reply) => {
          expectNoFields(await readJsonObject(request));
          const caller = await callers.identifyOrCreate(request);
          const created = await sessions.createIdv(request, caller);
          return reply(201, created, withCookie(caller.setCookie));
        },
      },
    },
    {
      pattern: /^\/idv-sessions\/([^/]+)$/,
      methods: {
        GET: async (request, [id = ''], reply) => {
          const sessionId = sessionIdParam(id);
          const record = await sessions.bound('idv', sessionId, request);
          const state = await sessions.idvState(sessionId, record);
          if (record.live) await live.publish('idv', sessionId, idvUpdate(state));
          return reply(200, state);
        },
      },
    },
    {
      pattern: /^\/idv-sessions\/([^/]+)\/events$/,
      methods: { GET: (request, [id = ''], _reply, cors) => stream('idv', id, request, cors) },
    },
    {
      pattern: /^\/notifications$/,
      methods: {
        POST: async (request, _params, reply) => {
          if (!config.webhookAuthToken) notificationsOff();
          checkWebhookAuth(request, config.webhookAuthToken);
          const { kind, sessionId } = notificationOf(await readJsonObject(request));
          // Nothing is taken from the notification but which session changed: its state is read
          // from Yoti (so a duplicate or late one changes nothing), for a session this helper made.
          if ((await config.store.getSession(kind, sessionId))?.live) await live.refresh(kind, sessionId);
          return reply(200, { received: true });
        },
      },
    },
  ];

  async function route(request: Request, ownOrigin: string, cors: Record<string, string>): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname !== config.basePath && !pathname.startsWith(`${config.basePath}/`)) {
      throw new ApiError(404, 'not_found', 'No such route.', undefined, false);
    }
    const path = pathname.slice(config.basePath.length);
    for (const { pattern, methods } of routes) {
      const match = pattern.exec(path);
      if (!match) continue;
      if (request.method === 'OPTIONS') return preflight(request, ownOrigin, config.allowedOrigins);
      const handle = methods[request.method];
      if (!handle) {
        const allow = Object.keys(methods).join(', ');
        const error = new ApiError(
          405,
          'method_not_allowed',
          `Use ${allow} on this route.`,
          undefined,
          false,
        );
        return errorResponse(error, { ...cors, Allow: allow });
      }
      if (request.method === 'POST' && path !== '/notifications') {
        checkOrigin(request, ownOrigin, config.allowedOrigins);
      }
      return handle(
        request,
        match.slice(1),
        (status, body, headers) => jsonResponse(status, body, { ...cors, ...headers }),
        cors,
      );
    }
    throw new ApiError(404, 'not_found', 'No such route.', undefined, false);
  }

  /**
   * A failure that is not the browser's: the store away (503, try again), or the host's own code
   * failing (configure, idv, caller). Reported to the host, never shown to the browser.
   */
  function internal(error: unknown): ApiError {
    config.onError(error instanceof HostCodeError ? (error.cause ?? error) : error);
    if (error instanceof StoreUnavailableError) {
      return new ApiError(
        503,
        'store_unavailable',
        'The helper cannot reach its store right now. Please try again.',
      );
    }
    return new ApiError(500, 'internal_error', 'The Yoti helper failed unexpectedly. Please try again.');
  }

  const handler = async (request: Request): Promise<Response> => {
    const ownOrigin = requestOrigin(request, config.trustProxy);
    const cors = corsHeaders(request, ownOrigin, config.allowedOrigins);
    try {
      return await route(request, ownOrigin, cors);
    } catch (error) {
      return errorResponse(error instanceof ApiError ? error : internal(error), cors);
    }
  };

  /** Runs a host-side creation: the host's own faults (configure, idv) come back to it as they are. */
  async function hostCreate<T>(request: HostRequest, create: (request: Request) => Promise<T>): Promise<T> {
    try {
      return await create(asRequest(request));
    } catch (error) {
      throw error instanceof HostCodeError ? (error.cause ?? error) : error;
    }
  }

  return Object.assign(handler, {
    basePath: config.basePath,
    getShareReceipt: async (receiptId: string, { request }: { request?: HostRequest } = {}) => {
      const id = receiptIdArgument(receiptId);
      const receipt = await sessions.call('read', 'share receipt', () => sessions.share.getShareReceipt(id));
      if (request) {
        // Refused before anything of the profile is read out of the SDK's answer.
        await sessions.bound('share', receipt.getSessionId(), asRequest(request)).catch(() => {
          throw new ApiError(
            404,
            'receipt_not_found',
            'This share was made in another browser session.',
            undefined,
            false,
          );
        });
      }
      return receiptProfile(receipt);
    },
    createShareSession: (request: HostRequest, overrides?: ShareSessionOverrides) =>
      hostCreate(request, async (fetchRequest) => {
        const caller = await callers.identifyOrCreate(fetchRequest);
        const created = await sessions.createShare(fetchRequest, caller, { overrides, qrCode: false });
        return { ...created, ...(caller.setCookie ? { setCookie: caller.setCookie } : {}) };
      }),
    createIdvSession: (request: HostRequest, spec?: object) =>
      hostCreate(request, async (fetchRequest) => {
        const checked =
          spec === undefined
            ? undefined
            : validateIdvSpec(spec, 'createIdvSession spec', { loopbackHttp: config.loopbackHttp });
        const caller = await callers.identifyOrCreate(fetchRequest);
        const created = await sessions.createIdv(fetchRequest, caller, checked);
        return { ...created, ...(caller.setCookie ? { setCookie: caller.setCookie } : {}) };
      }),
    getIdvSession: async (sessionId: string, { request }: { request?: HostRequest } = {}) => {
      const id = sessionIdParam(sessionId);
      if (request) await sessions.bound('idv', id, asRequest(request));
      return sessions.call('read', 'IDV session', () => sessions.idv.getSession(id));
    },
    getIdvMedia: async (sessionId: string, mediaId: string, { request }: { request?: HostRequest } = {}) => {
      const id = sessionIdParam(sessionId);
      const media = sessionIdParam(mediaId);
      if (request) await sessions.bound('idv', id, asRequest(request));
      return sessions.call('read', 'IDV media', () => sessions.idv.getMediaContent(id, media));
    },
  });
}

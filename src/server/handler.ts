import type { IncomingMessage } from 'node:http';
import type { IDVClient } from 'yoti';
import { Callers, requestOrigin } from './caller.js';
import { corsHeaders, preflight } from './cors.js';
import { ApiError, errorResponse, jsonResponse } from './errors.js';
import { validateIdvSpec } from './idv-spec.js';
import { requestHead } from './node.js';
import { type ResolvedOptions, resolveOptions, type YotiHandlerOptions } from './options.js';
import { receiptIdArgument, receiptProfile, type ShareReceiptProfile } from './receipt.js';
import { checkOrigin, checkWebhookAuth, expectNoFields, readJsonObject, sessionIdParam } from './request.js';
import { type CreatedIdvSession, type CreatedShareSession, HostCodeError, Sessions } from './sessions.js';
import type { ShareSessionOverrides } from './share-options.js';
import type { StatusStore } from './status-store.js';
import { idvSummary } from './summaries.js';

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
  /** An IDV session as the SDK reads it: checks, document fields, media IDs. Server-side only. */
  getIdvSession(sessionId: string): ReturnType<IDVClient['getSession']>;
  /** One media item of an IDV session (a document image, say), as the SDK reads it. Server-side only. */
  getIdvMedia(sessionId: string, mediaId: string): ReturnType<IDVClient['getMediaContent']>;
  /** Where the latest webhook per session is kept. */
  readonly statusStore: StatusStore;
  readonly basePath: string;
}

/** A route's answer: JSON with a status, and headers of its own (CORS ones are added once, with these). */
type Reply = (status: number, body: unknown, headers?: Record<string, string>) => Response;
type Route = (request: Request, params: string[], reply: Reply) => Promise<Response>;
interface RouteTable {
  pattern: RegExp;
  methods: Partial<Record<string, Route>>;
}

const asRequest = (request: HostRequest): Request =>
  request instanceof Request ? request : requestHead(request);

const withCookie = (setCookie: string | undefined): Record<string, string> =>
  setCookie ? { 'Set-Cookie': setCookie } : {};

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
          return reply(200, await sessions.shareStatus(sessionId, record));
        },
      },
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
          await sessions.bound('idv', sessionId, request);
          const session = await sessions.call('read', 'IDV session', () =>
            sessions.idv.getSession(sessionId),
          );
          return reply(200, idvSummary(session));
        },
      },
    },
    {
      pattern: /^\/notifications$/,
      methods: {
        POST: async (request, _params, reply) => {
          if (!config.webhookAuthToken) notificationsOff();
          checkWebhookAuth(request, config.webhookAuthToken);
          const body = await readJsonObject(request);
          const sessionId = sessionIdParam(String(body.session_id ?? body.sessionId ?? body.id ?? ''));
          const event = body.topic ?? body.status;
          if (typeof event !== 'string' || !/^[A-Za-z_]{1,64}$/.test(event)) {
            throw new ApiError(
              400,
              'invalid_notification',
              'The notification has no topic or status.',
              'topic',
            );
          }
          await config.statusStore.set(sessionId, {
            event: event.toUpperCase(),
            receivedAt: new Date().toISOString(),
          });
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
      return handle(request, match.slice(1), (status, body, headers) =>
        jsonResponse(status, body, { ...cors, ...headers }),
      );
    }
    throw new ApiError(404, 'not_found', 'No such route.', undefined, false);
  }

  /** A failure of the host's own code (configure, idv, caller): reported to the host, never to the browser. */
  function internal(error: unknown): ApiError {
    config.onError(error instanceof HostCodeError ? (error.cause ?? error) : error);
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
    statusStore: config.statusStore,
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
    getIdvSession: async (sessionId: string) => {
      const id = sessionIdParam(sessionId);
      return sessions.call('read', 'IDV session', () => sessions.idv.getSession(id));
    },
    getIdvMedia: async (sessionId: string, mediaId: string) => {
      const id = sessionIdParam(sessionId);
      const media = sessionIdParam(mediaId);
      return sessions.call('read', 'IDV media', () => sessions.idv.getMediaContent(id, media));
    },
  });
}

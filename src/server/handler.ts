import type { IncomingMessage } from 'node:http';
import type { IDVClient } from 'yoti';
import { type Caller, Callers } from './caller.js';
import { RequestGate } from './gate.js';
import { validateIdvSpec } from './idv-spec.js';
import { Limits } from './limits.js';
import { idvUpdate, LiveStatus, shareUpdate } from './live/live-status.js';
import { requestHead } from './node.js';
import { type ResolvedOptions, resolveOptions, type YotiHandlerOptions } from './options.js';
import { OriginPolicy } from './origin.js';
import type { ShareReceiptProfile } from './receipt.js';
import { sessionIdParam } from './request.js';
import { createRouter } from './router.js';
import { helperRoutes } from './routes.js';
import { Bindings } from './sessions/bindings.js';
import { HostCodeError } from './sessions/host-code.js';
import { type CreatedIdvSession, IdvSessions } from './sessions/idv-sessions.js';
import { type CreatedShareSession, ShareSessions } from './sessions/share-sessions.js';
import { YotiApi } from './sessions/yoti-api.js';
import type { ShareSessionOverrides } from './share-options.js';

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

const asRequest = (request: HostRequest): Request =>
  request instanceof Request ? request : requestHead(request);

/** The host's own faults (configure, idv, caller) come back to it as they are, not wrapped. */
async function asHost<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof HostCodeError ? (error.cause ?? error) : error;
  }
}

const withSetCookie = <T extends object>(created: T, caller: Caller): HostCreated<T> =>
  caller.setCookie ? { ...created, setCookie: caller.setCookie } : created;

/**
 * Creates the helper: validates `options` at once (throwing a YotiOptionsError naming a wrong
 * option), then makes its parts and joins them: the origin policy, callers, limits, the sessions
 * with Yoti, live status, and the routes under `basePath`. Every session is bound to the caller
 * that created it: its reads answer 404 to anyone else.
 */
export function createYotiHandler(options: YotiHandlerOptions): YotiHandler {
  const config: ResolvedOptions = resolveOptions(options);
  const report = config.onError;
  const origins = new OriginPolicy({
    trustProxy: config.trustProxy,
    publicOrigin: config.publicOrigin,
    allowedOrigins: config.allowedOrigins,
    warn: (message) => report(new Error(message), { source: 'proxy' }),
  });
  const callers = new Callers({
    caller: config.caller,
    secure: (request) => origins.ownOrigin(request).startsWith('https:'),
    privateKey: config.privateKey,
  });
  const limits = new Limits(config.store, config.limits);
  const gate = new RequestGate(callers, limits, origins);
  const api = new YotiApi({ ...config, report });
  const bindings = new Bindings(config.store);
  const webhooks = config.webhookAuthToken !== undefined;
  const share = new ShareSessions(api, bindings, {
    share: config.share,
    loopbackHttp: config.loopbackHttp,
    webhooks,
  });
  const idv = new IdvSessions(api, bindings, { idv: config.idv, idvApiUrl: config.idvApiUrl, webhooks });
  const live = new LiveStatus(
    config.store,
    async (kind, id) => {
      const record = (await bindings.find(kind, id)) ?? { caller: '', live: true };
      return kind === 'share'
        ? shareUpdate(await share.state(id, record, { fresh: true }))
        : idvUpdate(await idv.state(id, record, { fresh: true }));
    },
    limits,
    report,
  );
  const handler = createRouter({
    basePath: config.basePath,
    routes: helperRoutes({ share, idv, bindings, live, webhookAuthToken: config.webhookAuthToken }),
    origins,
    gate,
    report,
  });

  /** The caller of the browser's request, when the host passed one: null when it names nobody. */
  const callerOf = async (request: HostRequest | undefined) =>
    request === undefined ? undefined : ((await gate.identify(asRequest(request))) ?? null);

  return Object.assign(handler, {
    basePath: config.basePath,
    getShareReceipt: (receiptId: string, { request }: { request?: HostRequest } = {}) =>
      asHost(async () => share.receipt(receiptId, await callerOf(request))),
    createShareSession: (request: HostRequest, overrides?: ShareSessionOverrides) =>
      asHost(async () => {
        const fetchRequest = asRequest(request);
        const caller = await gate.creation(fetchRequest);
        return withSetCookie(await share.create(fetchRequest, caller, { overrides, qrCode: false }), caller);
      }),
    createIdvSession: (request: HostRequest, spec?: object) =>
      asHost(async () => {
        const checked =
          spec === undefined
            ? undefined
            : validateIdvSpec(spec, 'createIdvSession spec', { loopbackHttp: config.loopbackHttp });
        const fetchRequest = asRequest(request);
        const caller = await gate.creation(fetchRequest);
        return withSetCookie(await idv.create(fetchRequest, caller, checked), caller);
      }),
    getIdvSession: (sessionId: string, { request }: { request?: HostRequest } = {}) =>
      asHost(async () => {
        const id = sessionIdParam(sessionId);
        const caller = await callerOf(request);
        if (caller !== undefined) await bindings.bound('idv', id, caller ?? undefined);
        return idv.session(id);
      }),
    getIdvMedia: (sessionId: string, mediaId: string, { request }: { request?: HostRequest } = {}) =>
      asHost(async () => {
        const id = sessionIdParam(sessionId);
        const media = sessionIdParam(mediaId);
        const caller = await callerOf(request);
        if (caller !== undefined) await bindings.bound('idv', id, caller ?? undefined);
        return idv.media(id, media);
      }),
  });
}

import type { IncomingMessage } from 'node:http';
import type { IDVClient } from 'yoti';
import { HostCodeError } from '../core/errors.js';
import type { Caller } from '../http/caller.js';
import type { RequestGate } from '../http/gate.js';
import { requestHead } from '../http/node-request.js';
import { sessionIdParam } from '../http/request.js';
import { validateIdvSpec } from '../options/idv-spec.js';
import type { ShareSessionOverrides } from '../options/share-options.js';
import type { Bindings } from './bindings.js';
import type { CreatedIdvSession, IdvSessions } from './idv-sessions.js';
import type { ShareReceiptProfile } from './receipt.js';
import type { CreatedShareSession, ShareSessions } from './share-sessions.js';
import type { IdvSummary } from './summaries.js';

/** A request as the host has it: the Fetch API's, or node:http's (Express, Fastify). */
export type HostRequest = Request | IncomingMessage;

/** What `createShareSession` / `createIdvSession` give the host: the session, and a cookie to set. */
export type HostCreated<T> = T & {
  /** A `Set-Cookie` header value to send with your page, when the request had no caller cookie yet. */
  setCookie?: string;
};

/** What the helper offers the host's own server code, beside its routes: never routes themselves. */
export interface HostApi {
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
  /**
   * Where an IDV session stands, all of it: state, the outcome the helper derives (the business's
   * decision first), checks with their reasons, the identity profile's result. What a host's own
   * page decides its next step with. Server-side only (a browser reads what `publicDetail` allows).
   */
  getIdvSummary(sessionId: string, options?: { request?: HostRequest }): Promise<IdvSummary>;
  /** One media item of an IDV session (the document's fields as JSON, an image), as the SDK reads it. Server-side only. */
  getIdvMedia(
    sessionId: string,
    mediaId: string,
    options?: { request?: HostRequest },
  ): ReturnType<IDVClient['getMediaContent']>;
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

export interface HostApiParts {
  gate: RequestGate;
  bindings: Bindings;
  share: ShareSessions;
  idv: IdvSessions;
  loopbackHttp: boolean;
}

/**
 * The host-facing methods, on the sessions they act on: sessions made server-side are bound and
 * limited as the routes' are, and reads given the browser's request refuse another caller's.
 */
export function hostApi({ gate, bindings, share, idv, loopbackHttp }: HostApiParts): HostApi {
  /** The caller of the browser's request, when the host passed one: null when it names nobody. */
  const callerOf = async (request: HostRequest | undefined) =>
    request === undefined ? undefined : ((await gate.identify(asRequest(request))) ?? null);

  return {
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
          spec === undefined ? undefined : validateIdvSpec(spec, 'createIdvSession spec', { loopbackHttp });
        const fetchRequest = asRequest(request);
        const caller = await gate.creation(fetchRequest);
        return withSetCookie(await idv.create(fetchRequest, caller, { spec: checked }), caller);
      }),
    getIdvSession: (sessionId: string, { request }: { request?: HostRequest } = {}) =>
      asHost(async () => {
        const id = sessionIdParam(sessionId);
        const caller = await callerOf(request);
        if (caller !== undefined) await bindings.bound('idv', id, caller ?? undefined);
        return idv.session(id);
      }),
    getIdvSummary: (sessionId: string, { request }: { request?: HostRequest } = {}) =>
      asHost(async () => {
        const id = sessionIdParam(sessionId);
        const caller = await callerOf(request);
        const record =
          caller === undefined
            ? await bindings.find('idv', id)
            : await bindings.bound('idv', id, caller ?? undefined);
        return idv.summary(id, { manualChecks: record?.manualChecks });
      }),
    getIdvMedia: (sessionId: string, mediaId: string, { request }: { request?: HostRequest } = {}) =>
      asHost(async () => {
        const id = sessionIdParam(sessionId);
        const media = sessionIdParam(mediaId);
        const caller = await callerOf(request);
        if (caller !== undefined) await bindings.bound('idv', id, caller ?? undefined);
        return idv.media(id, media);
      }),
  };
}

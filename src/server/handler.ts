import type { CreatedLink, LinkInput } from './admin/links.js';
import { type AdminApi, mountBackOffice, noBackOffice } from './admin/mount.js';
import { Callers } from './http/caller.js';
import { RequestGate } from './http/gate.js';
import { Limits } from './http/limits.js';
import { OriginPolicy } from './http/origin.js';
import { createRouter } from './http/router.js';
import { type LazyOptions, lazyHandler } from './lazy-handler.js';
import { LiveStatus } from './live/live-status.js';
import { type ResolvedOptions, resolveOptions, type YotiHandlerOptions } from './options/resolve-options.js';
import { helperRoutes } from './routes.js';
import { Bindings } from './sessions/bindings.js';
import { sessionFlows } from './sessions/flows.js';
import { type HostApi, hostApi } from './sessions/host-api.js';
import { IdvSessions } from './sessions/idv-sessions.js';
import { ShareSessions } from './sessions/share-sessions.js';
import { YotiApi } from './sessions/yoti-api.js';

export type { HostApi, HostCreated, HostRequest } from './sessions/host-api.js';

/** A Fetch-API handler (Request -> Response) with the server-side extras hosts need. */
export interface YotiHandler extends HostApi {
  (request: Request): Promise<Response>;
  readonly basePath: string;
  /** The back office, server-side (with `admin` configured): list, get, decide, deleteMedia, deleteSession. */
  readonly admin: AdminApi;
  /** A session link for a named person (with `admin` configured): `{linkId, url, expiresAt}`. */
  createIdvLink(input: LinkInput & { by?: string }): Promise<CreatedLink>;
}

/**
 * Creates the helper: validates `options` at once (throwing a YotiOptionsError naming a wrong
 * option), then makes its parts and joins them: the origin policy, callers, limits, the sessions
 * with Yoti, live status, and the routes under `basePath`. Every session is bound to the caller
 * that created it: its reads answer 404 to anyone else. Given a function instead, the options are
 * read at the first request or host call (a framework's build needs no secrets).
 */
export function createYotiHandler(options: YotiHandlerOptions | LazyOptions): YotiHandler {
  if (typeof options === 'function') return lazyHandler(options, createYotiHandler);
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
  const idv = new IdvSessions(api, bindings, {
    idv: config.idv,
    idvApiUrl: config.idvApiUrl,
    webhooks,
    publicDetail: config.publicDetail,
  });
  const flows = sessionFlows(share, idv);
  // Live status reads anew: a webhook said the session changed.
  const live = new LiveStatus(
    config.store,
    async (kind, id) => {
      const record = (await bindings.find(kind, id)) ?? { caller: '', live: true };
      return (await flows[kind].read(id, record, { fresh: true })).update;
    },
    limits,
    report,
  );
  // A decision changes what the person's page shows: a session it streams is read and told anew.
  const changed = async (sessionId: string) => {
    if ((await bindings.find('idv', sessionId))?.live) await live.refresh('idv', sessionId);
  };
  const backOffice = mountBackOffice({ config, idv, gate, origins, limits, report, changed });
  const handler = createRouter({
    basePath: config.basePath,
    routes: [
      ...helperRoutes({ share, flows, bindings, live, webhookAuthToken: config.webhookAuthToken }),
      ...(backOffice?.routes ?? []),
    ],
    origins,
    gate,
    report,
    authorize: backOffice?.authorize,
  });

  return Object.assign(handler, {
    basePath: config.basePath,
    ...hostApi({ gate, bindings, share, idv, loopbackHttp: config.loopbackHttp }),
    admin: (backOffice ?? noBackOffice).admin,
    createIdvLink: (backOffice ?? noBackOffice).createIdvLink,
  });
}

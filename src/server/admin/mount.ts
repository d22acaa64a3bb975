import { ApiError, type ErrorReporter } from '../core/errors.js';
import type { RequestGate } from '../http/gate.js';
import type { Limits } from '../http/limits.js';
import type { OriginPolicy } from '../http/origin.js';
import type { Route, Staff } from '../http/router.js';
import type { StaffIdentity } from '../options/admin-options.js';
import type { ResolvedOptions } from '../options/resolve-options.js';
import type { IdvSessions } from '../sessions/idv-sessions.js';
import { MemoryRecords } from '../store/memory-records.js';
import type { IdvRecord, RecordPage, RecordQuery } from '../store/records.js';
import { adminRoutes } from './admin-routes.js';
import { BackOffice, type SessionDetail } from './back-office.js';
import { type CreatedLink, IdvLinks, type LinkInput } from './links.js';
import { Retention, type SweepResult } from './retention.js';
import { actorOf, staffAuthorizer } from './staff.js';

/** The back office for the host's own server code: the admin routes' twins, without HTTP. */
export interface AdminApi {
  list(query?: RecordQuery): Promise<RecordPage>;
  get(sessionId: string): Promise<SessionDetail>;
  /** Records the business's decision on a completed session, by `by` (an ID, or `{id, name}`). */
  decide(
    sessionId: string,
    decision: { value: 'APPROVE' | 'REJECT'; note?: string },
    by: string | StaffIdentity,
  ): Promise<IdvRecord>;
  /** Deletes one media item (`mediaId`) or all of a session's media at Yoti. */
  deleteMedia(sessionId: string, mediaId?: string, by?: string | StaffIdentity): Promise<void>;
  deleteSession(sessionId: string): Promise<void>;
  /**
   * Runs retention now, as at `now` (default: now), unless another instance swept this hour:
   * what `admin.retention` deletes on its own every hour, for a host that runs it itself.
   */
  sweep(now?: Date): Promise<SweepResult>;
}

export interface BackOfficeParts {
  routes: Route[];
  authorize: (request: Request) => Promise<Staff>;
  admin: AdminApi;
  createIdvLink(input: LinkInput & { by?: string | StaffIdentity }): Promise<CreatedLink>;
}

export interface MountParts {
  config: ResolvedOptions;
  idv: IdvSessions;
  gate: RequestGate;
  origins: OriginPolicy;
  limits: Limits;
  report: ErrorReporter;
  /** Tells a session's stream that its outcome changed (a decision). */
  changed: (sessionId: string) => Promise<void>;
}

/** A back-office call without one: 404 naming the option. */
const notConfigured = (): never => {
  throw new ApiError(404, 'admin_not_configured', 'The back office is not configured (option `admin`).', {
    retryable: false,
  });
};

/** The host-side API when there is no back office: every call says what to configure. */
export const noBackOffice: Pick<BackOfficeParts, 'admin' | 'createIdvLink'> = {
  admin: {
    list: async () => notConfigured(),
    get: async () => notConfigured(),
    decide: async () => notConfigured(),
    deleteMedia: async () => notConfigured(),
    deleteSession: async () => notConfigured(),
    sweep: async () => notConfigured(),
  },
  createIdvLink: async () => notConfigured(),
};

/**
 * The back office's parts, when `admin` is configured: the records (the host's adapter, the store's,
 * or memory), what keeps them, the links, the routes, and the host's `authorize` as the router asks it.
 */
export function mountBackOffice({
  config,
  idv,
  gate,
  origins,
  limits,
  report,
  changed,
}: MountParts): BackOfficeParts | undefined {
  const settings = config.admin;
  if (!settings) return undefined;
  const backOffice = new BackOffice({
    records: settings.records ?? config.store.records ?? new MemoryRecords(),
    idv,
    report,
    changed,
    mediaDays: settings.retention?.mediaDays,
  });
  idv.observer = backOffice;
  const links = new IdvLinks(backOffice.records, idv, gate, {
    basePath: config.basePath,
    publicOrigin: config.publicOrigin,
    page: settings.links.page,
    loopbackHttp: config.loopbackHttp,
  });
  const retention = new Retention(backOffice, config.store, settings.retention ?? {}, report);
  if (settings.retention) retention.start();

  const idvOrigin = new URL(config.idvApiUrl).origin;
  const routes = adminRoutes({
    backOffice,
    links,
    limits,
    origins,
    hostPage: settings.links.page,
    page: {
      basePath: config.basePath,
      appName: settings.links.appName ?? config.share?.app.name ?? 'Identity check',
      logoUrl: settings.links.logoUrl ?? config.share?.app.logoUrl,
      idvOrigin,
    },
  });

  return {
    routes,
    authorize: staffAuthorizer(settings.authorize, report),
    admin: {
      list: (query = {}) => backOffice.list(query),
      get: (sessionId) => backOffice.get(sessionId),
      decide: (sessionId, decision, by) => backOffice.decide(sessionId, decision, actorOf(by)),
      deleteMedia: (sessionId, mediaId, by = 'host') =>
        backOffice.deleteMedia(sessionId, mediaId, actorOf(by)),
      deleteSession: (sessionId) => backOffice.deleteSession(sessionId),
      sweep: (now) => retention.sweep(now),
    },
    createIdvLink: ({ by = 'host', ...input }) => links.create(input, actorOf(by)),
  };
}

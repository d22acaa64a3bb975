import { AdminUnauthenticated, ApiError, type ErrorReporter, unexpected } from '../core/errors.js';
import type { RequestGate } from '../http/gate.js';
import type { Limits } from '../http/limits.js';
import type { OriginPolicy } from '../http/origin.js';
import type { Route, Staff } from '../http/router.js';
import type { ResolvedOptions } from '../options/resolve-options.js';
import type { IdvSessions } from '../sessions/idv-sessions.js';
import { type IdvRecord, MemoryRecords, type RecordPage, type RecordQuery } from '../store/records.js';
import { adminRoutes } from './admin-routes.js';
import { BackOffice, type SessionDetail } from './back-office.js';
import { type CreatedLink, IdvLinks, type LinkInput } from './links.js';

/** The back office for the host's own server code: the admin routes' twins, without HTTP. */
export interface AdminApi {
  list(query?: RecordQuery): Promise<RecordPage>;
  get(sessionId: string): Promise<SessionDetail>;
  decide(
    sessionId: string,
    decision: { value: 'APPROVE' | 'REJECT'; note?: string },
    by: string,
  ): Promise<IdvRecord>;
  /** Deletes one media item (`mediaId`) or all of a session's media at Yoti. */
  deleteMedia(sessionId: string, mediaId?: string, by?: string): Promise<void>;
  deleteSession(sessionId: string): Promise<void>;
}

export interface BackOfficeParts {
  routes: Route[];
  authorize: (request: Request) => Promise<Staff>;
  admin: AdminApi;
  createIdvLink(input: LinkInput & { by?: string }): Promise<CreatedLink>;
}

export interface MountParts {
  config: ResolvedOptions;
  idv: IdvSessions;
  gate: RequestGate;
  origins: OriginPolicy;
  limits: Limits;
  report: ErrorReporter;
}

const isStaff = (value: unknown): value is Staff =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Staff).id === 'string' &&
  (value as Staff).id !== '' &&
  (value as Staff).id.length <= 200;

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
}: MountParts): BackOfficeParts | undefined {
  const settings = config.admin;
  if (!settings) return undefined;
  const backOffice = new BackOffice(
    settings.records ?? config.store.records ?? new MemoryRecords(),
    idv,
    report,
  );
  idv.observer = backOffice;
  const links = new IdvLinks(backOffice.records, idv, gate, {
    basePath: config.basePath,
    publicOrigin: config.publicOrigin,
    page: settings.links.page,
    loopbackHttp: config.loopbackHttp,
  });

  async function authorize(request: Request): Promise<Staff> {
    let staff: unknown;
    try {
      staff = await settings?.authorize(request);
    } catch (error) {
      if (error instanceof AdminUnauthenticated) {
        throw new ApiError(401, 'admin_unauthenticated', error.message, { retryable: false });
      }
      report(error, { source: 'host', where: 'admin.authorize(request)' });
      throw unexpected();
    }
    if (staff === null || staff === undefined || staff === false) {
      throw new ApiError(403, 'admin_forbidden', 'You do not have access to the back office.', {
        retryable: false,
      });
    }
    if (!isStaff(staff)) {
      report(new TypeError('admin.authorize(request) should return {id, name?} or null'), { source: 'host' });
      throw unexpected();
    }
    return { id: staff.id, ...(typeof staff.name === 'string' ? { name: staff.name } : {}) };
  }

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
    authorize,
    admin: {
      list: (query = {}) => backOffice.list(query),
      get: (sessionId) => backOffice.get(sessionId),
      decide: (sessionId, decision, by) => backOffice.decide(sessionId, decision, by),
      deleteMedia: (sessionId, mediaId, by = 'host') => backOffice.deleteMedia(sessionId, mediaId, by),
      deleteSession: (sessionId) => backOffice.deleteSession(sessionId),
    },
    createIdvLink: ({ by = 'host', ...input }) => links.create(input, by),
  };
}

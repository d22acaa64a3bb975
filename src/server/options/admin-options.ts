import { isRecord } from '../../shared/json.js';
import { YotiOptionsError } from '../core/errors.js';
import type { Staff } from '../http/router.js';
import type { YotiRecords } from '../store/records.js';
import { urlOption } from './checks.js';

/** The back office (docs/back-office.md): nothing of it is mounted without `authorize`. */
export interface AdminOptions {
  /**
   * Who the member of staff making `request` is, by your own sign-in: `{id, name?}`, or null for
   * someone who may not use the back office (403). Throw AdminUnauthenticated for nobody signed in (401).
   */
  authorize(request: Request): Staff | null | Promise<Staff | null>;
}

/** How session links look and where they lead. */
export interface LinkOptions {
  /** Your own page for a link's code (it holds `<yoti-docscan-frame link-code>`), instead of the helper's. */
  page?: (code: string) => string;
  /** The name on the helper's link page. Default: the share app's name, else "Identity check". */
  appName?: string;
  /** The logo on the helper's link page (https). Default: the share app's logo. */
  logoUrl?: string;
}

const RECORD_METHODS = [
  'create',
  'get',
  'update',
  'delete',
  'list',
  'putLink',
  'getLink',
  'claimLink',
  'updateLink',
];

export interface ResolvedAdmin {
  authorize: AdminOptions['authorize'];
  records?: YotiRecords;
  links: { page?: (code: string) => string; appName?: string; logoUrl?: string };
}

/** Checks `admin`, `records` and `links` once; undefined when there is no back office. */
export function resolveAdmin(admin: unknown, records: unknown, links: unknown): ResolvedAdmin | undefined {
  if (admin === undefined) {
    if (records !== undefined || links !== undefined) {
      throw new YotiOptionsError(
        records !== undefined ? 'records' : 'links',
        'needs `admin: {authorize}` (the back office)',
      );
    }
    return undefined;
  }
  if (!isRecord(admin) || typeof admin.authorize !== 'function') {
    throw new YotiOptionsError('admin.authorize', 'should be a function (request) => {id, name?} | null');
  }
  if (
    records !== undefined &&
    (!isRecord(records) || !RECORD_METHODS.every((method) => typeof records[method] === 'function'))
  ) {
    throw new YotiOptionsError('records', `should be a records adapter with ${RECORD_METHODS.join(', ')}`);
  }
  if (links !== undefined && !isRecord(links)) throw new YotiOptionsError('links', 'should be an object');
  const page = links?.page;
  if (page !== undefined && typeof page !== 'function') {
    throw new YotiOptionsError('links.page', 'should be a function (code) => URL of your page');
  }
  const appName = links?.appName;
  if (
    appName !== undefined &&
    (typeof appName !== 'string' || appName.trim() === '' || appName.length > 100)
  ) {
    throw new YotiOptionsError('links.appName', 'should be a name of 1 to 100 characters');
  }
  const logoUrl =
    links?.logoUrl === undefined
      ? undefined
      : urlOption(links.logoUrl, 'links.logoUrl', ['https:'], 'should be an https:// URL').href;
  return {
    authorize: admin.authorize as AdminOptions['authorize'],
    records: records as YotiRecords | undefined,
    links: {
      ...(page ? { page: page as (code: string) => string } : {}),
      ...(appName ? { appName: appName as string } : {}),
      ...(logoUrl ? { logoUrl } : {}),
    },
  };
}

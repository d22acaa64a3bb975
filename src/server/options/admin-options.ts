import type { Permission } from '../../shared/back-office.js';
import { isRecord } from '../../shared/json.js';
import { YotiOptionsError } from '../core/errors.js';
import type { YotiRecords } from '../store/records.js';
import { urlOption } from './checks.js';

/** A member of staff, as your `authorize` names them. */
export interface StaffIdentity {
  /** Your own ID for them: it is what the records' audit keeps. */
  id: string;
  /** Their name, as the back office shows it (never the ID). */
  name?: string;
  /**
   * What they may do: `view` (the list, a session, its media), `create` (links), `decide`,
   * `delete` (media and sessions). Omitted: `['view']`. A name not in this list refuses the request.
   */
  permissions?: readonly Permission[];
}

/**
 * How long the back office keeps personal data (keep only what you need). A sweeper (one instance
 * at a time) deletes, at Yoti, the media of sessions completed more than `mediaDays` ago (the record
 * stays, marked), and whole sessions older than `sessionDays` (the record goes too).
 */
export interface RetentionOptions {
  /** Whole days after completion that a session's media are kept (at least 1). */
  mediaDays?: number;
  /** Whole days a session and its record are kept (at least 1). */
  sessionDays?: number;
  /**
   * Whole days the sessions nobody named (made by a public page, not a link) are kept. Default:
   * `sessionDays`. Shorter keeps what an anonymous flood of sessions could fill small.
   */
  unnamedSessionDays?: number;
}

/** The back office (docs/back-office.md): nothing of it is mounted without `authorize`. */
export interface AdminOptions {
  /**
   * Who the member of staff making `request` is, by your own sign-in: `{id, name?, permissions?}`,
   * or null for someone who may not use the back office (403). Throw AdminUnauthenticated for
   * nobody signed in (401).
   */
  authorize(request: Request): StaffIdentity | null | Promise<StaffIdentity | null>;
  /** Deletes personal data on its own after a while. Off unless set. */
  retention?: RetentionOptions;
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
  retention?: RetentionOptions;
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
  const retention = resolveRetention(admin.retention);
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
    ...(retention ? { retention } : {}),
    records: records as YotiRecords | undefined,
    links: {
      ...(page ? { page: page as (code: string) => string } : {}),
      ...(appName ? { appName: appName as string } : {}),
      ...(logoUrl ? { logoUrl } : {}),
    },
  };
}

const RETENTION_DAYS = ['mediaDays', 'sessionDays', 'unnamedSessionDays'] as const;

/** `admin.retention`: each figure whole days of at least 1 (and at most about a century). */
function resolveRetention(retention: unknown): RetentionOptions | undefined {
  if (retention === undefined) return undefined;
  if (!isRecord(retention)) throw new YotiOptionsError('admin.retention', 'should be an object');
  const resolved: RetentionOptions = {};
  for (const [name, value] of Object.entries(retention)) {
    if (!(RETENTION_DAYS as readonly string[]).includes(name)) {
      throw new YotiOptionsError(
        `admin.retention.${name}`,
        `is not an option (${RETENTION_DAYS.join(', ')})`,
      );
    }
    if (value === undefined) continue;
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 36_500) {
      throw new YotiOptionsError(`admin.retention.${name}`, 'should be a whole number of days, at least 1');
    }
    resolved[name as (typeof RETENTION_DAYS)[number]] = value as number;
  }
  return Object.keys(resolved).length > 0 ? resolved : undefined;
}

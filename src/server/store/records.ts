/**
 * The back office's records: one for every IDV session the helper creates (with the person's name
 * and email when it came from a link), kept current as the session moves on, with the business's
 * decision and an audit of every action; and the links staff send. `YotiRecords` is the adapter a
 * host's own database implements; `MemoryRecords` (the default, memory-records.ts), the Redis one
 * (from `redisStore`) and `postgresRecords` pass the same tests (test/node/records.test.ts).
 */

import {
  type AuditEntry,
  DECISION_VALUES,
  type Decision,
  type DecisionValue,
  type Outcome,
  RECORD_STATES,
  type RecordRow,
  type RecordState,
} from '../../shared/back-office.js';
import { InvalidRecordError } from '../core/errors.js';

export {
  type AuditEntry,
  DECISION_VALUES,
  type Decision,
  type DecisionValue,
  type Outcome,
  RECORD_STATES,
  type RecordState,
};

/** What the back office keeps of one IDV session: its list row, its audit, and what retention reads. */
export interface IdvRecord extends RecordRow {
  /** ISO 8601: when the session was first seen COMPLETED (retention counts the media's days from it). */
  completedAt?: string;
  /** Media items deleted one by one (all of them: `mediaDeleted`). */
  deletedMedia?: string[];
  audit: AuditEntry[];
  /** The `manual_check` mode of each requested check that set one, by check type. */
  manualChecks?: Record<string, string>;
}

/** A record as the list shows it: no audit, no check modes. */
export type IdvRecordRow = RecordRow;

/** What may change on a record after it is made. */
export type RecordPatch = Partial<
  Pick<
    IdvRecord,
    'state' | 'outcome' | 'result' | 'decision' | 'mediaDeleted' | 'deletedMedia' | 'completedAt'
  >
>;

/**
 * What retention asks of the records: sessions created before `before` (`session`; `unnamed`:
 * only those nobody named, made without a link), or completed before it with their media still
 * there (`media`); oldest first, at most `limit`.
 */
export interface DueQuery {
  kind: 'session' | 'unnamed' | 'media';
  /** ISO 8601. */
  before: string;
  limit: number;
}

export interface RecordQuery {
  /**
   * Matches name or email, case-insensitive: anywhere in them on memory and Postgres; on Redis, the
   * start of a name word, of the whole name, of the email or of its domain (docs/stores.md).
   */
  query?: string;
  state?: RecordState;
  /** A decision value, or `NONE` for records without one. */
  decision?: DecisionValue | 'NONE';
  /** Where the previous page ended (its `next`). */
  cursor?: string;
  /** Rows a page, 1 to 100. Default 25. */
  limit?: number;
}

export interface RecordPage {
  sessions: IdvRecordRow[];
  /** The cursor of the next page, when there is one. */
  next?: string;
}

/** A link staff sent a person: it makes the person's session when first opened. */
export interface IdvLink {
  /** A digest of the link's code: the code itself is never kept. */
  linkId: string;
  name: string;
  email: string;
  /** The session specification the link's session is made with (default: the configured one). */
  spec?: Record<string, unknown>;
  createdAt: string;
  /** ms since the epoch. */
  expiresAt: number;
  createdBy: string;
  revokedAt?: string;
  /** The caller (a keyed digest) that first redeemed the link. */
  caller?: string;
  /** The session made at the first redemption, with what the same browser is given again. */
  session?: {
    sessionId: string;
    sessionToken: string;
    ttl: number;
    iframeUrl: string;
    live: boolean;
    handoff?: boolean;
    upload?: boolean;
  };
}

/** A change to the records, as the back office's event stream sends it. */
export type RecordChange = { row: IdvRecordRow } | { deleted: string };

/**
 * Where the back office's records and links live. Implement it on your own database and pass it as
 * `records` to createYotiHandler; every method resolves once the change is stored.
 */
export interface YotiRecords {
  /** Stores a new record (replacing one with the same session ID). */
  create(record: IdvRecord): Promise<void>;
  get(sessionId: string): Promise<IdvRecord | undefined>;
  /** Changes `patch`'s fields and appends `audit` to the record, atomically; undefined when there is none. */
  update(sessionId: string, patch: RecordPatch, audit?: AuditEntry): Promise<IdvRecord | undefined>;
  /** Removes the record; resolves whether there was one. */
  delete(sessionId: string): Promise<boolean>;
  /** Newest first (by `createdAt`, then session ID), filtered by `query`. */
  list(query: RecordQuery): Promise<RecordPage>;
  /** Stores a new link. */
  putLink(link: IdvLink): Promise<void>;
  getLink(linkId: string): Promise<IdvLink | undefined>;
  /**
   * Sets the link's caller when it has none, atomically, and resolves the link as it is then (so
   * that of two browsers opening it at once, exactly one finds its own caller there).
   */
  claimLink(linkId: string, caller: string): Promise<IdvLink | undefined>;
  /** Sets the link's session or its revocation. */
  updateLink(linkId: string, patch: Pick<Partial<IdvLink>, 'session' | 'revokedAt'>): Promise<void>;
  /**
   * Calls `listener` with every change made through any instance sharing these records (Redis
   * pub/sub); without it, the helper tells the changes made in this process only.
   */
  follow?(listener: (change: RecordChange) => void): Promise<() => void>;
  /**
   * The session IDs retention has work for (see DueQuery), from an index; without it, retention
   * pages through `list` (every record, each sweep: fine for a small site).
   */
  due?(query: DueQuery): Promise<string[]>;
  /** How full bounded records are (the memory ones): the helper warns before they fill. */
  usage?(): { size: number; capacity: number };
}

/** Whether `record` is one `query` asks retention for. */
export function isDue(record: IdvRecord, { kind, before }: Omit<DueQuery, 'limit'>): boolean {
  if (kind === 'media') {
    return !record.mediaDeleted && record.completedAt !== undefined && record.completedAt < before;
  }
  return record.createdAt < before && (kind === 'session' || record.linkId === undefined);
}

export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;

/** The list's order: newest first, then by session ID, so that a cursor is exact. */
export const sortKey = (record: Pick<IdvRecord, 'createdAt' | 'sessionId'>): string =>
  `${String(Date.parse(record.createdAt)).padStart(15, '0')}:${record.sessionId}`;

/** A record as the list shows it. */
export function rowOf(record: IdvRecord): IdvRecordRow {
  const { audit: _audit, manualChecks: _modes, deletedMedia: _deleted, completedAt: _at, ...row } = record;
  return row;
}

/** Whether `record` is one `query` asks for (its cursor aside). */
export function matches(record: IdvRecordRow, query: RecordQuery): boolean {
  if (query.state && record.state !== query.state) return false;
  if (
    query.decision === 'NONE' ? record.decision : query.decision && record.decision?.value !== query.decision
  )
    return false;
  const text = query.query?.trim().toLowerCase();
  if (!text) return true;
  return [record.name, record.email].some((value) => value?.toLowerCase().includes(text));
}

/** The page of `sorted` (newest first) that `query` asks for: `limit` matching rows after its cursor. */
export function pageOf(sorted: Iterable<IdvRecord>, query: RecordQuery): RecordPage {
  const limit = query.limit ?? DEFAULT_PAGE;
  const sessions: IdvRecordRow[] = [];
  for (const record of sorted) {
    if (query.cursor && sortKey(record) >= query.cursor) continue;
    if (!matches(record, query)) continue;
    if (sessions.length === limit) return { sessions, next: sortKey(sessions.at(-1) as IdvRecord) };
    sessions.push(rowOf(record));
  }
  return { sessions };
}

/** The longest name and email a record takes (what links.ts takes from staff). */
export const MAX_NAME = 200;
export const MAX_EMAIL = 254;
const MAX_ID = 200;
const CONTROL = /\p{Cc}/u;

/**
 * Refuses a record no list could show safely, whichever code made it (the helper's links check
 * their input first; a host calling `records.create` itself may not): a session ID, name or email
 * too long or with control characters, or a creation time that is not a date.
 */
export function checkRecord(record: IdvRecord): void {
  const text = (value: unknown, field: string, max: number, required = false) => {
    if (value === undefined && !required) return;
    if (typeof value !== 'string' || value === '' || value.length > max || CONTROL.test(value)) {
      throw new InvalidRecordError(
        field,
        `the record's ${field} should be text of 1 to ${max} characters without control characters`,
      );
    }
  };
  text(record.sessionId, 'sessionId', MAX_ID, true);
  text(record.name, 'name', MAX_NAME);
  text(record.email, 'email', MAX_EMAIL);
  if (typeof record.createdAt !== 'string' || !Number.isFinite(Date.parse(record.createdAt))) {
    throw new InvalidRecordError('createdAt', "the record's createdAt should be an ISO 8601 date");
  }
}

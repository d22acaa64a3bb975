/**
 * The Redis records' indexes: sorted sets whose members all score 0, so that Redis orders them by
 * their bytes and ZRANGE BYLEX reads a range of them in O(log n + what it returns). One in the
 * list's order (`sortKey`: creation time, then session ID), two for retention, and two for the
 * search: every search term of a record, `term\0sortKey`, so a query reads the terms it begins.
 * Plain Redis has no full-text search (that is a module), so on Redis a query matches the start of
 * a name word, of the whole name, of the email or of its domain; memory and Postgres match anywhere
 * (docs/stores.md).
 */
import { type IdvRecord, sortKey } from './records.js';

/** What a record's index entries are made of. */
export type IndexedFields = Pick<IdvRecord, 'sessionId' | 'createdAt'> &
  Partial<Pick<IdvRecord, 'name' | 'email' | 'linkId' | 'completedAt' | 'mediaDeleted'>>;

/** The record fields the index scripts read back (in this order) to remove a record's old entries. */
export const INDEXED = ['createdAt', 'name', 'email', 'linkId', 'completedAt', 'mediaDeleted'] as const;

/** The indexes, in the order the reindex script names them (1-based there). */
export const INDEXES = ['by-time', 'unnamed', 'media', 'names', 'emails'] as const;
export type IndexName = (typeof INDEXES)[number];

/** The index keys under `prefix`: one hash tag, so one node holds them all and one script updates them. */
export const indexKeys = (prefix: string): string[] => INDEXES.map((name) => `${prefix}{records}:${name}`);

const padded = (iso: string) => String(Date.parse(iso)).padStart(15, '0');

/** The terms a name is found by: the whole of it and each of its words, lowercased. */
export function nameTerms(name: string | undefined): string[] {
  const whole = name?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!whole) return [];
  return [...new Set([whole, ...whole.split(/[\s\-'’.,()]+/).filter(Boolean)])];
}

/** The terms an email is found by: the whole of it and its domain, lowercased. */
export function emailTerms(email: string | undefined): string[] {
  const whole = email?.trim().toLowerCase();
  if (!whole) return [];
  const at = whole.lastIndexOf('@');
  return at > 0 && at < whole.length - 1 ? [whole, whole.slice(at + 1)] : [whole];
}

/** Whether `query` (lowercased) begins one of the record's terms: what the index finds, said in code. */
export function prefixMatches(record: Pick<IdvRecord, 'name' | 'email'>, query: string): boolean {
  return [...nameTerms(record.name), ...emailTerms(record.email)].some((term) => term.startsWith(query));
}

/** Every index entry of a record, as [index, member]. */
export function entriesOf(fields: IndexedFields): Array<[IndexName, string]> {
  const key = sortKey(fields);
  const entries: Array<[IndexName, string]> = [['by-time', key]];
  if (fields.linkId === undefined) entries.push(['unnamed', key]);
  if (fields.completedAt && !fields.mediaDeleted)
    entries.push(['media', `${padded(fields.completedAt)}:${fields.sessionId}`]);
  for (const term of nameTerms(fields.name)) entries.push(['names', `${term}\0${key}`]);
  for (const term of emailTerms(fields.email)) entries.push(['emails', `${term}\0${key}`]);
  return entries;
}

/**
 * The reindex script's arguments: the old entries that went (removed), then every entry the record
 * has now (added again: ZADD of a member already there changes nothing, and repairs one missing).
 */
export function reindexArgs(old: IndexedFields | undefined, now: IndexedFields | undefined): string[] {
  const number = (name: IndexName) => String(INDEXES.indexOf(name) + 1);
  const kept = new Set((now ? entriesOf(now) : []).map(([name, member]) => `${name} ${member}`));
  const gone = (old ? entriesOf(old) : []).filter(([name, member]) => !kept.has(`${name} ${member}`));
  return [
    String(gone.length),
    ...gone.flatMap(([name, member]) => [number(name), member]),
    ...(now ? entriesOf(now) : []).flatMap(([name, member]) => [number(name), member]),
  ];
}

/** The lexical range of the terms that begin with `query`: `[query` to `[query\xff` (0xff begins no UTF-8 character). */
export function prefixRange(query: string): [Buffer, Buffer] {
  const start = Buffer.from(`[${query}`);
  return [start, Buffer.concat([start, Buffer.from([0xff])])];
}

/** The sortKey inside a search term's member. */
export const sortKeyOfTerm = (member: string): string => member.slice(member.indexOf('\0') + 1);

/** A member of the by-time, unnamed or media index: its session ID. */
export const sessionOfEntry = (member: string): string => member.slice(16);

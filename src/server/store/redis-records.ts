import {
  type AuditEntry,
  checkRecord,
  type IdvLink,
  type IdvRecord,
  type RecordChange,
  type RecordPatch,
  rowOf,
  type YotiRecords,
} from './records.js';
import type { RedisCommands, RedisSubscriber } from './redis-connection.js';
import { listRecords } from './redis-list.js';
import { INDEXED, type IndexedFields, indexKeys, reindexArgs, sessionOfEntry } from './redis-search.js';

export interface RedisRecordsParts {
  redis: RedisCommands;
  subscriber: RedisSubscriber;
  prefix: string;
  /** Runs a command once connected, turning Redis being away into StoreUnavailableError. */
  command<T>(run: () => Promise<T>): Promise<T>;
}

/** How long a link is kept after it expires: long enough to say "expired" rather than "no such link". */
const LINK_GRACE_SECONDS = 30 * 86_400;

const fieldsOf = (value: object): Record<string, string> =>
  Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([name, field]) => [name, JSON.stringify(field)]),
  );

export function parsed<T>(hash: Record<string, string> | string[]): T | undefined {
  const pairs: Array<[string, string]> = Array.isArray(hash)
    ? Array.from({ length: hash.length / 2 }, (_, i) => [hash[2 * i] as string, hash[2 * i + 1] as string])
    : Object.entries(hash);
  if (pairs.length === 0) return undefined;
  return Object.fromEntries(pairs.map(([name, value]) => [name, JSON.parse(value)])) as T;
}

/** The indexed fields the scripts read back (HMGET, each JSON or nil); undefined when there was no record. */
function indexedOf(sessionId: string, values: Array<string | null>): IndexedFields | undefined {
  if (!values[0]) return undefined;
  const fields = Object.fromEntries(
    INDEXED.flatMap((name, i) => (values[i] ? [[name, JSON.parse(values[i] as string)]] : [])),
  );
  return { sessionId, ...fields } as IndexedFields;
}

/**
 * The back office's records on Redis, kept until deleted: each record a hash (each field JSON) and
 * its audit a list, both under the session's hash tag (`{idv:<id>}`), so that the scripts that
 * change them run on one node of a cluster; indexes (redis-search.ts) under one tag of their own,
 * each updated by a separate, idempotent script after the record (no command spans both slots);
 * links as hashes that expire a while after the link does; changes told to every instance on one
 * shard channel.
 */
export function redisRecords({ redis, subscriber, prefix, command }: RedisRecordsParts): YotiRecords {
  const keysOf = (id: string) => [`${prefix}{idv:${id}}:record`, `${prefix}{idv:${id}}:audit`];
  const linkKey = (id: string) => `${prefix}{link:${id}}`;
  const indexes = indexKeys(prefix);
  const channel = `${prefix}{records}:changes`;
  const listeners = new Set<(change: RecordChange) => void>();
  let subscribed: Promise<unknown> | undefined;

  const tell = (change: RecordChange) => redis.sPublish(channel, JSON.stringify(change));
  const reindex = (old: IndexedFields | undefined, now: IndexedFields | undefined) =>
    redis.reindexRecord(indexes, reindexArgs(old, now));

  async function read(id: string): Promise<IdvRecord | undefined> {
    const [recordKey, auditKey] = keysOf(id) as [string, string];
    const [hash, audit] = await Promise.all([redis.hGetAll(recordKey), redis.lRange(auditKey, 0, -1)]);
    const record = parsed<IdvRecord>(hash);
    return record && { ...record, audit: audit.map((entry) => JSON.parse(entry) as AuditEntry) };
  }

  return {
    create: async (record) => {
      checkRecord(record);
      return command(async () => {
        const { audit, ...fields } = record;
        const pairs = Object.entries(fieldsOf(fields)).flat();
        const old = await redis.putRecord(keysOf(record.sessionId), [
          String(audit.length),
          ...audit.map((entry) => JSON.stringify(entry)),
          ...pairs,
        ]);
        await reindex(indexedOf(record.sessionId, old), record);
        await tell({ row: rowOf(record) });
      });
    },
    get: (id) => command(() => read(id)),
    update: (id, patch: RecordPatch, audit?: AuditEntry) =>
      command(async () => {
        const pairs = Object.entries(patch).flatMap(([name, value]) => [
          name,
          value === undefined ? '' : JSON.stringify(value),
        ]);
        const found = await redis.updateRecord(keysOf(id), [audit ? JSON.stringify(audit) : '', ...pairs]);
        if (!found) return undefined;
        const [old, hash, entries] = found;
        const fields = parsed<Omit<IdvRecord, 'audit'>>(hash);
        if (!fields) return undefined;
        const record: IdvRecord = {
          ...fields,
          audit: entries.map((entry) => JSON.parse(entry) as AuditEntry),
        };
        // Entries it no longer has (its media deleted) go; the others are added again, which repairs
        // an index a creation cut short left without them.
        await reindex(indexedOf(id, old), record);
        await tell({ row: rowOf(record) });
        return record;
      }),
    delete: (id) =>
      command(async () => {
        const old = indexedOf(id, await redis.deleteRecord(keysOf(id), []));
        if (!old) return false;
        await reindex(old, undefined);
        await tell({ deleted: id });
        return true;
      }),
    list: (query) => command(() => listRecords({ redis, indexes, keysOf, query })),
    due: ({ kind, before, limit }) =>
      command(async () => {
        const index = indexes[kind === 'session' ? 0 : kind === 'unnamed' ? 1 : 2] as string;
        const top = `(${String(Date.parse(before)).padStart(15, '0')}`;
        const members = await redis.zRange(index, '-', top, {
          BY: 'LEX',
          LIMIT: { offset: 0, count: limit },
        });
        const present = await Promise.all(
          members.map((member) => redis.exists((keysOf(sessionOfEntry(member)) as [string])[0])),
        );
        // An entry whose record is gone (its deletion cut short) is dropped, not handed to retention.
        const gone = members.filter((_, i) => !present[i]);
        if (gone.length > 0) await redis.zRem(index, gone);
        return members.filter((_, i) => present[i]).map(sessionOfEntry);
      }),
    putLink: (link: IdvLink) =>
      command(async () => {
        await redis.hSet(linkKey(link.linkId), fieldsOf(link));
        await redis.expireAt(linkKey(link.linkId), Math.ceil(link.expiresAt / 1000) + LINK_GRACE_SECONDS);
      }),
    getLink: (linkId) => command(async () => parsed<IdvLink>(await redis.hGetAll(linkKey(linkId)))),
    claimLink: (linkId, caller) =>
      command(async () => {
        if (!(await redis.exists(linkKey(linkId)))) return undefined;
        await redis.hSetNX(linkKey(linkId), 'caller', JSON.stringify(caller));
        return parsed<IdvLink>(await redis.hGetAll(linkKey(linkId)));
      }),
    updateLink: (linkId, patch) =>
      command(async () => {
        if (await redis.exists(linkKey(linkId))) await redis.hSet(linkKey(linkId), fieldsOf(patch));
      }),
    follow: async (listener) => {
      listeners.add(listener);
      subscribed ??= command(() =>
        subscriber.sSubscribe(channel, (message) => {
          let change: unknown;
          try {
            change = JSON.parse(message);
          } catch {
            return; // Not one of ours.
          }
          if (!isChange(change)) return;
          for (const each of listeners) each(change);
        }),
      );
      await subscribed;
      return () => listeners.delete(listener);
    },
  };
}

/** Whether a message on the records' channel is a change this module sent. */
function isChange(value: unknown): value is RecordChange {
  if (typeof value !== 'object' || value === null) return false;
  const { row, deleted } = value as { row?: { sessionId?: unknown }; deleted?: unknown };
  return typeof deleted === 'string' || (typeof row === 'object' && typeof row?.sessionId === 'string');
}

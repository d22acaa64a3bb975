import type { CommandParser, RedisClientType } from 'redis';
import {
  type AuditEntry,
  DEFAULT_PAGE,
  type IdvLink,
  type IdvRecord,
  matches,
  type RecordChange,
  type RecordPage,
  type RecordPatch,
  type RecordQuery,
  rowOf,
  sortKey,
  type YotiRecords,
} from './records.js';
import { defineScript } from './redis-client.js';

/**
 * Changes a record's fields and appends to its audit when the record exists, in one step (so that a
 * change racing a deletion cannot bring back half a record). ARGV: the audit entry ('' for none),
 * then field / value pairs, each value JSON ('' removes the field).
 */
export const updateRecord = defineScript({
  NUMBER_OF_KEYS: 2,
  SCRIPT: `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] ~= '' then redis.call('RPUSH', KEYS[2], ARGV[1]) end
for i = 2, #ARGV, 2 do
  if ARGV[i + 1] == '' then redis.call('HDEL', KEYS[1], ARGV[i]) else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 1`,
  parseCommand(parser: CommandParser, keys: [string, string], args: string[]) {
    parser.pushKeys(keys);
    parser.push(...args);
  },
  transformReply: (reply: unknown) => reply === 1,
});

type Client = RedisClientType<
  Record<string, never>,
  Record<string, never>,
  { updateRecord: typeof updateRecord }
>;

export interface RedisRecordsParts {
  client: Client;
  subscriber: RedisClientType;
  prefix: string;
  /** Runs a command once connected, turning Redis being away into StoreUnavailableError. */
  command<T>(run: () => Promise<T>): Promise<T>;
}

/** How many index entries a list reads at a time while it looks for matching rows. */
const BATCH = 200;
/** How long a link is kept after it expires: long enough to say "expired" rather than "no such link". */
const LINK_GRACE_SECONDS = 30 * 86_400;

const fieldsOf = (value: object): Record<string, string> =>
  Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([name, field]) => [name, JSON.stringify(field)]),
  );

function parsed<T>(hash: Record<string, string>): T | undefined {
  if (Object.keys(hash).length === 0) return undefined;
  return Object.fromEntries(Object.entries(hash).map(([name, value]) => [name, JSON.parse(value)])) as T;
}

/**
 * The back office's records on Redis, kept until deleted: each record a hash (each field JSON),
 * its audit a list, all of them in a sorted set by creation time (the list's order); links as
 * hashes that expire a while after the link does; changes told to every instance by pub/sub.
 */
export function redisRecords({ client, subscriber, prefix, command }: RedisRecordsParts): YotiRecords {
  const recordKey = (id: string) => `${prefix}record:${id}`;
  const auditKey = (id: string) => `${prefix}record-audit:${id}`;
  const linkKey = (id: string) => `${prefix}link:${id}`;
  const index = `${prefix}records`;
  /** Retention's indexes: the records of sessions nobody named, by creation; those with media, by completion. */
  const unnamedIndex = `${prefix}records-unnamed`;
  const mediaIndex = `${prefix}records-media`;
  const channel = `${prefix}record-changes`;
  const listeners = new Set<(change: RecordChange) => void>();
  let subscribed: Promise<void> | undefined;

  const tell = (change: RecordChange) => client.publish(channel, JSON.stringify(change));

  async function read(id: string): Promise<IdvRecord | undefined> {
    const [hash, audit] = await Promise.all([
      client.hGetAll(recordKey(id)),
      client.lRange(auditKey(id), 0, -1),
    ]);
    const record = parsed<IdvRecord>(hash);
    return record && { ...record, audit: audit.map((entry) => JSON.parse(entry) as AuditEntry) };
  }

  async function rows(ids: string[]): Promise<IdvRecord[]> {
    const hashes = await Promise.all(ids.map((id) => client.hGetAll(recordKey(id))));
    return hashes.flatMap((hash) => {
      const record = parsed<IdvRecord>(hash);
      return record ? [{ ...record, audit: [] }] : [];
    });
  }

  return {
    create: (record) =>
      command(async () => {
        const { audit, ...fields } = record;
        const multi = client
          .multi()
          .del([recordKey(record.sessionId), auditKey(record.sessionId)])
          .hSet(recordKey(record.sessionId), fieldsOf(fields))
          .zAdd(index, { score: Date.parse(record.createdAt), value: record.sessionId });
        if (record.linkId === undefined)
          multi.zAdd(unnamedIndex, { score: Date.parse(record.createdAt), value: record.sessionId });
        if (audit.length > 0)
          multi.rPush(
            auditKey(record.sessionId),
            audit.map((entry) => JSON.stringify(entry)),
          );
        await multi.exec();
        await tell({ row: rowOf(record) });
      }),
    get: (id) => command(() => read(id)),
    update: (id, patch: RecordPatch, audit?: AuditEntry) =>
      command(async () => {
        const pairs = Object.entries(patch).flatMap(([name, value]) => [
          name,
          value === undefined ? '' : JSON.stringify(value),
        ]);
        const found = await client.updateRecord(
          [recordKey(id), auditKey(id)],
          [audit ? JSON.stringify(audit) : '', ...pairs],
        );
        if (!found) return undefined;
        if (patch.mediaDeleted) await client.zRem(mediaIndex, id);
        else if (patch.completedAt)
          await client.zAdd(mediaIndex, { score: Date.parse(patch.completedAt), value: id });
        const record = await read(id);
        if (record) await tell({ row: rowOf(record) });
        return record;
      }),
    delete: (id) =>
      command(async () => {
        const [removed] = (await client
          .multi()
          .del(recordKey(id))
          .del(auditKey(id))
          .zRem(index, id)
          .zRem(unnamedIndex, id)
          .zRem(mediaIndex, id)
          .exec()) as unknown as [number];
        if (removed > 0) await tell({ deleted: id });
        return removed > 0;
      }),
    list: (query: RecordQuery) =>
      command(async (): Promise<RecordPage> => {
        const limit = query.limit ?? DEFAULT_PAGE;
        const top = query.cursor ? String(Number(query.cursor.split(':')[0])) : '+inf';
        const sessions: RecordPage['sessions'] = [];
        for (let offset = 0; ; offset += BATCH) {
          const ids = await client.zRange(index, top, '-inf', {
            BY: 'SCORE',
            REV: true,
            LIMIT: { offset, count: BATCH },
          });
          for (const record of await rows(ids)) {
            if (query.cursor && sortKey(record) >= query.cursor) continue;
            if (!matches(record, query)) continue;
            if (sessions.length === limit) return { sessions, next: sortKey(sessions.at(-1) as IdvRecord) };
            sessions.push(rowOf(record));
          }
          if (ids.length < BATCH) return { sessions };
        }
      }),
    due: ({ kind, before, limit }) =>
      command(() =>
        client.zRange(
          kind === 'session' ? index : kind === 'unnamed' ? unnamedIndex : mediaIndex,
          '-inf',
          `(${Date.parse(before)}`,
          {
            BY: 'SCORE',
            LIMIT: { offset: 0, count: limit },
          },
        ),
      ),
    putLink: (link: IdvLink) =>
      command(async () => {
        await client
          .multi()
          .hSet(linkKey(link.linkId), fieldsOf(link))
          .expireAt(linkKey(link.linkId), Math.ceil(link.expiresAt / 1000) + LINK_GRACE_SECONDS)
          .exec();
      }),
    getLink: (linkId) => command(async () => parsed<IdvLink>(await client.hGetAll(linkKey(linkId)))),
    claimLink: (linkId, caller) =>
      command(async () => {
        if (!(await client.exists(linkKey(linkId)))) return undefined;
        await client.hSetNX(linkKey(linkId), 'caller', JSON.stringify(caller));
        return parsed<IdvLink>(await client.hGetAll(linkKey(linkId)));
      }),
    updateLink: (linkId, patch) =>
      command(async () => {
        if (await client.exists(linkKey(linkId))) await client.hSet(linkKey(linkId), fieldsOf(patch));
      }),
    follow: async (listener) => {
      listeners.add(listener);
      subscribed ??= command(() =>
        subscriber.subscribe(channel, (message) => {
          let change: RecordChange;
          try {
            change = JSON.parse(message) as RecordChange;
          } catch {
            return; // Not one of ours.
          }
          for (const each of listeners) each(change);
        }),
      );
      await subscribed;
      return () => listeners.delete(listener);
    },
  };
}

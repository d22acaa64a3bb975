import {
  DEFAULT_PAGE,
  type IdvRecord,
  matches,
  type RecordPage,
  type RecordQuery,
  rowOf,
  sortKey,
} from './records.js';
import type { RedisCommands } from './redis-connection.js';
import { prefixMatches, prefixRange, sessionOfEntry, sortKeyOfTerm } from './redis-search.js';

/** How many index entries a list reads at a time. */
const BATCH = 200;
/**
 * A query that begins more terms than this is served by reading the list in order and keeping
 * what matches (it matches so many that a page fills soon); fewer, by reading its terms: either
 * way a search reads a bounded number of entries and records, whatever the records' count.
 */
const MOST_TERMS = 5000;

export interface ListParts {
  redis: RedisCommands;
  /** The index keys, in redis-search.ts's order. */
  indexes: string[];
  keysOf(sessionId: string): string[];
  query: RecordQuery;
}

/**
 * The page `query` asks for, from the indexes (redis-search.ts): newest first after the cursor,
 * each record read once, and never a scan of every record on the Redis the live streams share.
 */
export async function listRecords({ redis, indexes, keysOf, query }: ListParts): Promise<RecordPage> {
  const limit = query.limit ?? DEFAULT_PAGE;
  const text = query.query?.trim().toLowerCase() ?? '';
  const [byTime, , , names, emails] = indexes as [string, string, string, string, string];
  const page: IdvRecord[] = [];
  const keep = (record: IdvRecord | undefined) => {
    if (!record || !matches(record, { ...query, query: undefined })) return;
    if (text && !prefixMatches(record, text)) return;
    page.push(record);
  };
  const read = async (sessionIds: string[]) => {
    const hashes = await Promise.all(sessionIds.map((id) => redis.hGetAll(keysOf(id)[0] as string)));
    return hashes.map((hash) => {
      if (Object.keys(hash).length === 0) return undefined; // deleted since it was listed
      const fields = Object.fromEntries(
        Object.entries(hash).map(([name, value]) => [name, JSON.parse(value)]),
      );
      return { ...fields, audit: [] } as unknown as IdvRecord;
    });
  };

  // Records read at a time: a page's worth when each is likely to match, else a batch.
  const filtered = Boolean(query.state || query.decision);
  const chunk = filtered ? BATCH : limit + 1;
  const [start, end] = text ? prefixRange(text) : [];
  const terms =
    start && end
      ? (await redis.zLexCount(names, start, end)) + (await redis.zLexCount(emails, start, end))
      : 0;
  if (start && end && terms <= MOST_TERMS) {
    // Every record the query begins a term of, newest first after the cursor.
    const found = new Set<string>();
    for (const index of [names, emails]) {
      let from: string | Buffer = start;
      for (;;) {
        const members = await redis.zRange(index, from, end, {
          BY: 'LEX',
          LIMIT: { offset: 0, count: 1000 },
        });
        for (const member of members) found.add(sortKeyOfTerm(member));
        if (members.length < 1000) break;
        from = `(${members.at(-1)}`;
      }
    }
    const keys = [...found]
      .filter((key) => !query.cursor || key < query.cursor)
      .sort((a, b) => (a < b ? 1 : -1));
    for (let at = 0; at < keys.length && page.length <= limit; at += chunk) {
      for (const record of await read(keys.slice(at, at + chunk).map(sessionOfEntry))) keep(record);
    }
  } else {
    // The list in order from the cursor, a batch at a time (each read starts where the last ended).
    let top = query.cursor ? `(${query.cursor}` : '+';
    const walk = filtered || text ? BATCH : chunk;
    for (;;) {
      const members = await redis.zRange(byTime, top, '-', {
        BY: 'LEX',
        REV: true,
        LIMIT: { offset: 0, count: walk },
      });
      for (const record of await read(members.map(sessionOfEntry))) keep(record);
      if (page.length > limit || members.length < walk) break;
      top = `(${members.at(-1)}`;
    }
  }
  const sessions = page.slice(0, limit);
  return page.length > limit
    ? { sessions: sessions.map(rowOf), next: sortKey(sessions.at(-1) as IdvRecord) }
    : { sessions: sessions.map(rowOf) };
}

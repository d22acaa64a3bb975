// The back office's records adapter (issues 25 and 33): one suite, run on the memory records, the
// Redis ones (a real redis-server, and a real 3-primary Redis Cluster) and the Postgres ones (a
// real PostgreSQL), as a host's own adapter would be held to it: records, search (literal, whatever
// the characters), paging, retention's index, links, changes, and records refused at creation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type IdvRecord,
  MemoryRecords,
  type RecordChange,
  type YotiRecords,
} from '../../src/server/index.js';
import { type PostgresRecords, postgresRecords } from '../../src/server/store/postgres-records.js';
import { type RedisStore, redisStore } from '../../src/server/store/redis-store.js';
import { startPostgres, type TestPostgres } from '../support/postgres.mjs';
import { REDIS_BACKENDS, type RedisBackend } from '../support/redis-backends.js';

const record = (sessionId: string, createdAt: string, extra: Partial<IdvRecord> = {}): IdvRecord => ({
  sessionId,
  createdAt,
  state: 'ONGOING',
  outcome: 'PENDING',
  mediaDeleted: false,
  audit: [{ at: createdAt, by: 'helper', action: 'session.created' }],
  ...extra,
});

const waitFor = async (check: () => boolean, ms = 2000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const backend = (name: string) =>
  REDIS_BACKENDS.find((each) => each.name === name) as (typeof REDIS_BACKENDS)[0];

/** Each records adapter, how to start it, and what its search matches (docs/stores.md). */
const ADAPTERS = [
  {
    name: 'memory',
    search: 'anywhere',
    start: async () => ({ records: new MemoryRecords(), close: async () => {} }),
  },
  ...['Redis', 'Redis Cluster'].map((name) => ({
    name,
    search: 'prefix',
    start: async () => {
      const redis: RedisBackend = await backend(name).start();
      const store: RedisStore = redisStore({ ...redis.where, prefix: `records-test-${Date.now()}:` });
      await store.ready;
      return {
        records: store.records,
        close: async () => {
          await store.close();
          await redis.close();
        },
      };
    },
  })),
  {
    name: 'Postgres',
    search: 'anywhere',
    start: async () => {
      const postgres: TestPostgres = await startPostgres();
      const records: PostgresRecords = postgresRecords({ connectionString: postgres.connectionString });
      await records.ready;
      return {
        records,
        close: async () => {
          await records.close();
          await postgres.close();
        },
      };
    },
  },
] as const;

for (const { name: kind, search, start } of ADAPTERS) {
  describe(`records adapter: ${kind}`, () => {
    let adapter: Awaited<ReturnType<typeof start>> | undefined;
    let records: YotiRecords;
    before(async () => {
      adapter = await start();
      records = adapter.records;
    });
    after(() => adapter?.close());

    it('keeps a record with its audit, updates it atomically, and deletes it for good', async () => {
      await records.create(
        record('s-1', '2026-12-01T10:00:00.000Z', {
          name: 'Sam Person',
          email: 'sam@example.com',
          linkId: 'l1',
        }),
      );
      const read = await records.get('s-1');
      assert.equal(read?.name, 'Sam Person');
      assert.deepEqual(
        read?.audit.map((entry) => entry.action),
        ['session.created'],
      );
      const updated = await records.update(
        's-1',
        {
          state: 'COMPLETED',
          decision: { value: 'APPROVE', note: 'ok', by: 'alice', at: '2026-12-01T10:05:00.000Z' },
        },
        { at: '2026-12-01T10:05:00.000Z', by: 'alice', action: 'decision APPROVE' },
      );
      assert.equal(updated?.state, 'COMPLETED');
      assert.equal(updated?.decision?.by, 'alice');
      assert.deepEqual(
        updated?.audit.map((entry) => entry.action),
        ['session.created', 'decision APPROVE'],
      );
      assert.equal(updated?.email, 'sam@example.com', 'fields not in the patch are kept');
      assert.equal(await records.update('nope', { state: 'EXPIRED' }), undefined);
      assert.equal(await records.get('nope'), undefined, 'an update of no record makes none');
      assert.equal(await records.delete('s-1'), true);
      assert.equal(await records.get('s-1'), undefined);
      assert.equal(await records.delete('s-1'), false);
    });

    it('lists newest first, filters by query (name or email, any case), state and decision, and pages by cursor', async () => {
      const base = Date.parse('2026-11-01T00:00:00.000Z');
      for (let index = 0; index < 7; index += 1) {
        await records.create(
          record(`p-${index}`, new Date(base + index * 1000).toISOString(), {
            name: `Person ${index}`,
            email: `person${index}@Example.com`,
            state: index % 2 === 0 ? 'COMPLETED' : 'ONGOING',
            ...(index === 3
              ? { decision: { value: 'REJECT', by: 'bob', at: '2026-11-02T00:00:00.000Z' } }
              : {}),
          }),
        );
      }
      const all = await records.list({ query: 'example.COM' });
      assert.deepEqual(
        all.sessions.map((row) => row.sessionId),
        ['p-6', 'p-5', 'p-4', 'p-3', 'p-2', 'p-1', 'p-0'],
      );
      assert.equal(all.next, undefined);
      assert.ok(!('audit' in (all.sessions[0] as object)), 'rows carry no audit');
      assert.deepEqual(
        (await records.list({ query: 'PERSON4' })).sessions.map((row) => row.sessionId),
        ['p-4'],
      );
      assert.deepEqual(
        (await records.list({ query: 'person', state: 'ONGOING' })).sessions.map((row) => row.sessionId),
        ['p-5', 'p-3', 'p-1'],
      );
      assert.deepEqual(
        (await records.list({ query: 'person', decision: 'REJECT' })).sessions.map((row) => row.sessionId),
        ['p-3'],
      );
      assert.equal((await records.list({ query: 'person', decision: 'NONE' })).sessions.length, 6);
      const first = await records.list({ query: 'person', limit: 3 });
      assert.deepEqual(
        first.sessions.map((row) => row.sessionId),
        ['p-6', 'p-5', 'p-4'],
      );
      assert.ok(first.next);
      const second = await records.list({ query: 'person', limit: 3, cursor: first.next });
      assert.deepEqual(
        second.sessions.map((row) => row.sessionId),
        ['p-3', 'p-2', 'p-1'],
      );
      const third = await records.list({ query: 'person', limit: 3, cursor: second.next });
      assert.deepEqual(
        third.sessions.map((row) => row.sessionId),
        ['p-0'],
      );
      assert.equal(third.next, undefined);
    });

    it('claims a link for exactly one caller, keeps its session, and revokes it', async () => {
      await records.putLink({
        linkId: 'link-1',
        name: 'Sam Person',
        email: 'sam@example.com',
        createdAt: '2026-12-01T10:00:00.000Z',
        expiresAt: Date.now() + 60_000,
        createdBy: 'alice',
      });
      const [a, b] = await Promise.all([
        records.claimLink('link-1', 'caller-a'),
        records.claimLink('link-1', 'caller-b'),
      ]);
      const winners = [a, b].filter((link, index) => link?.caller === ['caller-a', 'caller-b'][index]);
      assert.equal(winners.length, 1, 'of two browsers at once, exactly one holds the link');
      assert.equal(a?.caller, b?.caller);
      const session = {
        sessionId: 's',
        sessionToken: 't',
        ttl: 600,
        iframeUrl: 'https://x.example/',
        live: false,
      };
      await records.updateLink('link-1', { session });
      assert.deepEqual((await records.getLink('link-1'))?.session, session);
      await records.updateLink('link-1', { revokedAt: '2026-12-01T11:00:00.000Z' });
      assert.equal((await records.getLink('link-1'))?.revokedAt, '2026-12-01T11:00:00.000Z');
      assert.equal(await records.claimLink('no-such-link', 'caller-a'), undefined);
      assert.equal(await records.getLink('no-such-link'), undefined);
    });

    it('tells followers of every change: a new record, an update, a deletion', async () => {
      const changes: RecordChange[] = [];
      const stop = (await records.follow?.((change) => changes.push(change))) ?? (() => undefined);
      await records.create(record('f-1', '2026-12-01T12:00:00.000Z', { name: 'Followed' }));
      await records.update('f-1', { state: 'EXPIRED' });
      await records.delete('f-1');
      await waitFor(() => changes.length >= 3);
      stop();
      assert.deepEqual(
        changes.map((change) =>
          'row' in change ? `${change.row.sessionId} ${change.row.state}` : `deleted ${change.deleted}`,
        ),
        ['f-1 ONGOING', 'f-1 EXPIRED', 'deleted f-1'],
      );
    });

    it('takes a search literally: quotes, %, _ and backslashes match themselves', async () => {
      const names = [
        "O'Brien Quote",
        'O Brien Decoy',
        '100% Sure',
        '1000 Decoy',
        'snake_case Person',
        'snakeXcase Decoy',
        'back\\slash Name',
        'backslash Decoy',
      ];
      for (const [index, name] of names.entries())
        await records.create(
          record(`lit-${index}`, new Date(Date.parse('2026-10-01T00:00:00.000Z') + index).toISOString(), {
            name,
            email: `lit${index}@literal.example`,
          }),
        );
      const found = async (query: string) =>
        (await records.list({ query })).sessions
          .map((row) => row.name)
          .filter((name) => names.includes(name ?? ''));
      assert.deepEqual(await found("o'b"), ["O'Brien Quote"]);
      assert.deepEqual(await found('100%'), ['100% Sure']);
      assert.deepEqual(await found('snake_'), ['snake_case Person']);
      assert.deepEqual(await found('back\\'), ['back\\slash Name']);
      assert.deepEqual(await found("'; DROP TABLE records; --"), []);
      assert.equal(
        (await records.list({ query: 'literal.example' })).sessions.length,
        names.length,
        'all still there',
      );
    });

    it(`matches ${search === 'prefix' ? 'the start of a name word, the name or the email (its domain too)' : 'anywhere in the name or email'}`, async () => {
      await records.create(
        record('m-1', '2026-09-01T00:00:00.000Z', {
          name: 'Ada Lovelace-Byron',
          email: 'ada.l@Analytical.example',
        }),
      );
      const hits = async (query: string) =>
        (await records.list({ query })).sessions.some((row) => row.sessionId === 'm-1');
      for (const query of ['ada', 'LOVE', 'byron', 'ada lov', 'ada.l@', 'analytical.ex'])
        assert.ok(await hits(query), query);
      for (const query of ['velace', 'l@analytical', 'nalytical'])
        assert.equal(await hits(query), search === 'anywhere', `${query}: ${search}`);
      assert.equal(await hits('zzz'), false);
    });

    it('refuses at creation a name of 10,000 characters or with control characters, naming the field', async () => {
      for (const [fields, field] of [
        [{ name: 'x'.repeat(10_000) }, 'name'],
        [{ name: 'Sam\u0000Person' }, 'name'],
        [{ email: 'sam@exa\nmple.com' }, 'email'],
      ] as const) {
        await assert.rejects(
          records.create(record(`bad-${field}`, '2026-12-01T10:00:00.000Z', fields)),
          (error: Error) => {
            assert.equal(error.name, 'InvalidRecordError');
            assert.equal((error as Error & { field?: string }).field, field);
            return true;
          },
        );
      }
      assert.equal(await records.get('bad-name'), undefined, 'nothing stored');
    });

    it('tells retention what is due, oldest first, from its index', async () => {
      const day = (n: number) =>
        new Date(Date.parse('2020-01-01T00:00:00.000Z') + n * 86_400_000).toISOString();
      await records.create(record('d-old-named', day(1), { linkId: 'l-1', name: 'Named' }));
      await records.create(record('d-old-unnamed', day(2)));
      await records.create(record('d-new', day(30)));
      await records.update('d-old-named', { state: 'COMPLETED', completedAt: day(3) });
      await records.update('d-new', { state: 'COMPLETED', completedAt: day(31) });
      await records.update('d-old-unnamed', { state: 'COMPLETED', completedAt: day(4) });
      await records.update('d-old-unnamed', { mediaDeleted: true });
      const due = (kind: 'session' | 'unnamed' | 'media', before: string) =>
        records.due?.({ kind, before, limit: 10 }).then((ids) => ids.filter((id) => id.startsWith('d-')));
      assert.deepEqual(await due('session', day(10)), ['d-old-named', 'd-old-unnamed']);
      assert.deepEqual(await due('unnamed', day(10)), ['d-old-unnamed']);
      assert.deepEqual(
        await due('media', day(32)),
        ['d-old-named', 'd-new'],
        'media deleted already is not due',
      );
      assert.deepEqual(await due('media', day(10)), ['d-old-named']);
      await records.delete('d-old-named');
      assert.deepEqual(await due('session', day(10)), ['d-old-unnamed'], 'a deleted record is not due');
    });
  });
}

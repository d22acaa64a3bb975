// The back office's records adapter (issue 25): one suite, run on the memory records and on the
// Redis ones (a real redis-server), as a host's own adapter would be held to it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type IdvRecord,
  MemoryRecords,
  type RecordChange,
  type YotiRecords,
} from '../../src/server/index.js';
import { type RedisStore, redisStore } from '../../src/server/store/redis-store.js';
import { startRedis, type TestRedis } from '../support/redis.mjs';

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

for (const kind of ['memory', 'redis'] as const) {
  describe(`records adapter: ${kind}`, () => {
    let redis: TestRedis | undefined;
    let store: RedisStore | undefined;
    let records: YotiRecords;
    before(async () => {
      if (kind === 'redis') {
        redis = await startRedis();
        store = redisStore({ url: redis.url, prefix: `records-test-${Date.now()}:` });
        await store.ready;
        records = store.records;
      } else {
        records = new MemoryRecords();
      }
    });
    after(async () => {
      await store?.close();
      await redis?.close();
    });

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
  });
}

// The back office's records in PostgreSQL (issue 33), on a real PostgreSQL the test starts (the
// shared records suite runs in records.test.ts): tables made on first use in the schema named, by
// two instances at once; trigram indexes for the search; a change too long for NOTIFY
// told all the same; Postgres going away mid-run — the admin list answers 503 store_unavailable,
// then is served again on its own, and changes are followed again; what cannot work said plainly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminUnauthenticated, type IdvRecord, type RecordChange } from '../../src/server/index.js';
import { postgresRecords } from '../../src/server/store/postgres-records.js';
import { startPostgres, type TestPostgres } from '../support/postgres.mjs';
import { browserAt, startStack } from '../support/stack.js';

const record = (sessionId: string, extra: Partial<IdvRecord> = {}): IdvRecord => ({
  sessionId,
  createdAt: new Date().toISOString(),
  state: 'ONGOING',
  outcome: 'PENDING',
  mediaDeleted: false,
  audit: [{ at: new Date().toISOString(), by: 'helper', action: 'session.created' }],
  ...extra,
});

const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('records in PostgreSQL', () => {
  let postgres: TestPostgres;
  before(async () => {
    postgres = await startPostgres();
  });
  after(() => postgres?.close());

  it('makes its tables on first use in the schema named, two instances starting at once', async () => {
    const both = [0, 1].map(() =>
      postgresRecords({ connectionString: postgres.connectionString }, { schema: 'shop_yoti' }),
    );
    try {
      await Promise.all(both.map((records) => records.ready));
      const tables = await postgres.sql(
        "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'shop_yoti'",
      );
      assert.equal(tables, 'audit,links,records');
      await both[0]?.create(record('made-1', { name: 'Made Here' }));
      assert.equal((await both[1]?.get('made-1'))?.name, 'Made Here');
    } finally {
      await Promise.all(both.map((records) => records.close()));
    }
  });

  it('keeps trigram indexes for the search by name or email (npm run bench times them at 100,000 records)', async () => {
    const records = postgresRecords({ connectionString: postgres.connectionString }, { schema: 'searched' });
    try {
      await records.ready;
      const indexes = await postgres.sql(
        "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'searched' AND indexdef LIKE '%gin_trgm_ops%'",
      );
      assert.equal(indexes, 'records_email_trgm,records_name_trgm');
      await postgres.sql(
        `INSERT INTO searched.records (session_id, name, email, created_at, state, outcome)
         SELECT 's-' || n, 'Person ' || n, 'person' || n || '@example.com', now() - n * interval '1 second', 'ONGOING', 'PENDING'
         FROM generate_series(1, 3000) AS n`,
      );
      const page = await records.list({ query: 'PERSON1234@' });
      assert.deepEqual(
        page.sessions.map((row) => row.sessionId),
        ['s-1234'],
      );
    } finally {
      await records.close();
    }
  });

  it('tells a change too long for a notification (a long note), by reading it', async () => {
    const records = postgresRecords(
      { connectionString: postgres.connectionString },
      { schema: 'long_notes' },
    );
    const changes: RecordChange[] = [];
    try {
      const stop = await records.follow?.((change) => changes.push(change));
      await records.create(record('long-1', { state: 'COMPLETED' }));
      const note = '€'.repeat(3000);
      await records.update('long-1', {
        decision: { value: 'APPROVE', note, by: 'alice', at: new Date().toISOString() },
      });
      await until(() => changes.length >= 2, 'both changes');
      const last = changes.at(-1);
      assert.ok(last && 'row' in last);
      assert.equal(last.row.decision?.note, note);
      stop?.();
    } finally {
      await records.close();
    }
  });

  it('says plainly what cannot work: a schema name it cannot use, no pg_trgm and no right to make it', async () => {
    assert.throws(
      () =>
        postgresRecords(
          { connectionString: postgres.connectionString },
          { schema: 'x"; DROP SCHEMA public; --' },
        ),
      /`schema` should be a lower-case name/,
    );
    assert.throws(() => postgresRecords({} as never), /give \{pool\}/);
    await postgres.sql('CREATE DATABASE bare', 'postgres');
    await postgres.sql('CREATE ROLE limited LOGIN', 'postgres');
    const url = postgres.connectionString.replace('postgres@', 'limited@').replace(/\/yoti$/, '/bare');
    const records = postgresRecords({ connectionString: url }, { onError: () => undefined });
    try {
      await assert.rejects(records.ready, /pg_trgm extension.*CREATE EXTENSION pg_trgm as a superuser/s);
    } finally {
      await records.close();
    }
  });

  it('Postgres away: the admin list answers 503 store_unavailable, then is served again and changes followed again on their own', async () => {
    const reported: unknown[] = [];
    const records = postgresRecords(
      { connectionString: postgres.connectionString },
      { schema: 'outage', onError: (error) => reported.push(error) },
    );
    const stack = await startStack({
      records,
      onError: (error) => reported.push(error),
      admin: {
        authorize: (request) => {
          if (!request.headers.get('x-staff')) throw new AdminUnauthenticated();
          return { id: 'alice', permissions: ['view'] };
        },
      },
    });
    const staff = browserAt(stack.origin);
    const list = () => staff('GET', '/yoti/admin/sessions', { headers: { 'x-staff': 'alice' } });
    const changes: RecordChange[] = [];
    try {
      assert.equal((await list()).status, 200);
      const stop = await records.follow?.((change) => changes.push(change));
      await records.create(record('before-outage'));
      await until(() => changes.length === 1, 'the first change');

      // Connections cut under the pool (as a failover or a proxy restart does): served again.
      await postgres.sql(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'yoti' AND pid <> pg_backend_pid()",
      );
      await until(async () => (await list()).status === 200, 'the list after connections were cut');

      await postgres.stop();
      const away = await list();
      assert.equal(away.status, 503);
      assert.equal(away.body.error.code, 'store_unavailable');
      await assert.rejects(records.get('before-outage'), (error: Error) => {
        assert.equal(error.name, 'StoreUnavailableError');
        assert.match(error.message, /^postgresRecords: .+/, 'the cause is named');
        return true;
      });

      await postgres.start();
      await until(async () => (await list()).status === 200, 'the list after Postgres came back');
      // The listening connection is made again on its own: a change made now is told.
      await until(
        async () => {
          await records.create(record(`after-outage-${changes.length}`));
          await new Promise((resolve) => setTimeout(resolve, 200));
          return changes.some((change) => 'row' in change && change.row.sessionId.startsWith('after-outage'));
        },
        'a change after the outage',
        20_000,
      );
      assert.ok(reported.length > 0, 'the outage was told to the host');
      stop?.();
    } finally {
      await stack.close();
      await records.close();
    }
  });
});

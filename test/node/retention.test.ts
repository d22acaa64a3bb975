// Keeping only what is needed (issue 30): retention deletes media and sessions at Yoti as the
// clock moves (an injected `now`, never a wait), on one instance at a time (two sharing a real
// Redis: exactly one deletes); its options are checked at start; and records that fill up never
// refuse a person's session (a flood of anonymous sessions, reproduced).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import yoti from 'yoti';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import {
  createYotiHandler,
  type ErrorContext,
  MemoryRecords,
  type YotiHandlerOptions,
} from '../../src/server/index.js';
import { type RedisStore, redisStore } from '../../src/server/store/redis-store.js';
import { startRedis, type TestRedis } from '../support/redis.mjs';
import { startHelper, startStack } from '../support/stack.js';

const DAY = 86_400_000;
const admin = (retention?: object): YotiHandlerOptions['admin'] =>
  ({
    authorize: () => ({ id: 'staff-jordan', permissions: ['view'] }),
    retention,
  }) as YotiHandlerOptions['admin'];
const later = (days: number) => new Date(Date.now() + days * DAY + 60_000);

/** Whether Yoti (the sandbox) still has the session, and its media, read with the SDK directly. */
async function atYoti(sandbox: Sandbox, sessionId: string): Promise<{ session: boolean; media: boolean }> {
  const client = new yoti.IDVClient(sandbox.clientSdkId, sandbox.privateKey, { apiUrl: sandbox.idvApiUrl });
  const log = console.log;
  console.log = () => undefined; // the SDK prints a line for each 404
  try {
    const session = await client.getSession(sessionId).catch(() => undefined);
    const pages = session?.getResources().getIdDocuments()[0]?.getPages() ?? [];
    const media = pages[0]?.getMedia()?.getId();
    const content = media ? await client.getMediaContent(sessionId, media).catch(() => undefined) : undefined;
    return { session: session !== undefined, media: content !== undefined };
  } finally {
    console.log = log;
  }
}

describe('retention: options', () => {
  it('refuses figures that are not whole days of at least 1, and unknown names, naming the option', async () => {
    const sandbox = await startSandbox();
    try {
      const base = { clientSdkId: sandbox.clientSdkId, privateKey: sandbox.privateKey, idv: {} };
      for (const [retention, option] of [
        [{ mediaDays: 0 }, 'admin.retention.mediaDays'],
        [{ sessionDays: 1.5 }, 'admin.retention.sessionDays'],
        [{ sessionDays: '30' }, 'admin.retention.sessionDays'],
        [{ unnamedSessionDays: -1 }, 'admin.retention.unnamedSessionDays'],
        [{ keepDays: 3 }, 'admin.retention.keepDays'],
        ['30 days', 'admin.retention'],
      ] as const) {
        assert.throws(
          () => createYotiHandler({ ...base, admin: admin(retention as object) }),
          (error: Error) => error.message.includes(`\`${option}\``),
          JSON.stringify(retention),
        );
      }
    } finally {
      await sandbox.close();
    }
  });
});

describe('retention on memory', () => {
  it("deletes the media mediaDays after completion (the record stays, audited by retention), then sessionDays' sessions", async () => {
    const stack = await startStack({ admin: admin({ mediaDays: 30, sessionDays: 365 }) });
    try {
      const { sessionId } = await stack.handler.createIdvSession(new Request(stack.origin));
      stack.sandbox.completeIdv(sessionId, 'approve');
      const review = await stack.handler.admin.get(sessionId);
      const deletesAt = Date.parse(review.mediaDeletesAt ?? '');
      assert.ok(Math.abs(deletesAt - (Date.now() + 30 * DAY)) < 60_000, 'the review says when the media go');

      assert.deepEqual(await stack.handler.admin.sweep(later(29)), { swept: true, media: [], sessions: [] });
      assert.deepEqual(await atYoti(stack.sandbox, sessionId), { session: true, media: true });
      const swept = await stack.handler.admin.sweep(later(31));
      assert.deepEqual(swept, { swept: true, media: [sessionId], sessions: [] });
      assert.deepEqual(await atYoti(stack.sandbox, sessionId), { session: true, media: false });
      const kept = await stack.handler.admin.get(sessionId);
      assert.equal(kept.mediaDeleted, true);
      assert.equal(kept.mediaDeletesAt, undefined);
      assert.deepEqual(
        kept.audit.at(-1) && { by: kept.audit.at(-1)?.by, action: kept.audit.at(-1)?.action },
        {
          by: 'retention',
          action: 'media.deleted',
        },
      );
      assert.equal(kept.outcome, 'APPROVED', 'the checks and the outcome stay');

      assert.deepEqual(await stack.handler.admin.sweep(later(366)), {
        swept: true,
        media: [],
        sessions: [sessionId],
      });
      assert.deepEqual(await atYoti(stack.sandbox, sessionId), { session: false, media: false });
      await assert.rejects(stack.handler.admin.get(sessionId), { code: 'session_not_found' });
    } finally {
      await stack.close();
    }
  });

  it('keeps the sessions nobody named for unnamedSessionDays, and named ones for sessionDays', async () => {
    const stack = await startStack({
      admin: admin({ sessionDays: 90, unnamedSessionDays: 7 }),
      links: { page: (code: string) => `https://bank.example/verify/${code}` },
    });
    try {
      const anonymous = (await stack.handler.createIdvSession(new Request(stack.origin))).sessionId;
      const link = await stack.handler.createIdvLink({ name: 'Pat Person', email: 'pat@example.com' });
      const code = new URL(link.url).pathname.split('/').pop();
      const named = (await stack.call('POST', `/yoti/links/${code}/session`)).body.sessionId;
      const swept = await stack.handler.admin.sweep(later(8));
      assert.deepEqual(swept.sessions, [anonymous]);
      assert.equal((await stack.handler.admin.get(named)).name, 'Pat Person');
    } finally {
      await stack.close();
    }
  });
});

describe('retention on Redis, two instances', () => {
  let redis: TestRedis;
  let sandbox: Sandbox;
  const stores: RedisStore[] = [];
  const helpers: Array<Awaited<ReturnType<typeof startHelper>>> = [];
  before(async () => {
    redis = await startRedis();
    sandbox = await startSandbox({ idvProcessingMs: 0, idvReviewMs: 0 });
    const prefix = `retention${Math.random()}:`;
    for (let index = 0; index < 2; index += 1) {
      const store = redisStore({ url: redis.url, prefix });
      await store.ready;
      stores.push(store);
      helpers.push(await startHelper(sandbox, { store, admin: admin({ mediaDays: 1 }) }));
    }
  });
  after(async () => {
    for (const helper of helpers) await helper.close();
    for (const store of stores) await store.close();
    await sandbox.close();
    await redis.close();
  });

  it('sweeps on exactly one of them at a time', async () => {
    const [a, b] = helpers as [(typeof helpers)[0], (typeof helpers)[0]];
    const { sessionId } = await a.handler.createIdvSession(new Request(a.origin));
    sandbox.completeIdv(sessionId, 'approve');
    await b.handler.admin.get(sessionId); // read on B: the shared record is COMPLETED
    const at = later(2);
    const results = await Promise.all([a.handler.admin.sweep(at), b.handler.admin.sweep(at)]);
    assert.deepEqual(results.map((result) => result.swept).sort(), [false, true]);
    assert.deepEqual(
      results.flatMap((result) => result.media),
      [sessionId],
      'deleted once',
    );
    const record = await a.handler.admin.get(sessionId);
    assert.equal(record.mediaDeleted, true);
    assert.equal(record.audit.filter((entry) => entry.by === 'retention').length, 1);
  });
});

describe('records that fill up never refuse a session', () => {
  it('a flood of anonymous sessions from many addresses fills the memory records: sessions go on, the host is told', async () => {
    const reported: Array<[unknown, ErrorContext]> = [];
    const stack = await startStack({
      admin: admin(),
      records: new MemoryRecords(10),
      trustProxy: true,
      onError: (error, context) => reported.push([error, context]),
    });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 14; index += 1) {
        const browser = stack.browser();
        const created = await browser('POST', '/yoti/idv-sessions', {
          headers: { 'x-forwarded-for': `203.0.113.${index + 1}` },
        });
        statuses.push(created.status);
      }
      assert.deepEqual([...new Set(statuses)], [201], 'every person got their session');
      const store = reported.filter(([, context]) => context.source === 'store');
      assert.match(
        String(store[0]?.[0]),
        /records hold 9 of 10 sessions: set admin.retention/,
        'warned first',
      );
      const unrecorded = store.filter(([, context]) => /\(not recorded\)$/.test(context.where ?? ''));
      assert.equal(unrecorded.length, 4, 'each session past the tenth was told, not refused');
      assert.equal((await stack.handler.admin.list({ limit: 100 })).sessions.length, 10);
    } finally {
      await stack.close();
    }
  });
});

// Redis failing under the helper (issue 33), on real servers. A Redis Cluster with a replica for
// each primary: a primary killed while sessions it owns stream — their routes answer 503
// store_unavailable while it is away and the other sessions' do not, nothing crashes, its replica
// takes over, and every stream carries on with every event of its session once; a slot moved to
// another primary mid-stream (MOVED/ASK): nothing lost. A Sentinel primary killed mid-stream: the
// sentinels promote its replica and the stream carries on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import type { RedisWhere } from '../../src/server/store/redis-connection.js';
import { type RedisStore, redisStore } from '../../src/server/store/redis-store.js';
import { startRedisCluster, type TestRedisCluster } from '../support/redis-cluster.mjs';
import { startRedisSentinel, type TestRedisSentinel } from '../support/redis-sentinel.mjs';
import { openStream, type SseStream } from '../support/sse.js';
import { browserAt, IDV_SPEC, startHelper, WEBHOOK_TOKEN } from '../support/stack.js';

type Helper = Awaited<ReturnType<typeof startHelper>>;

/** Two helper instances on one store at `where` (webhooks to A), and the means to start sessions and stream them on B. */
async function twoHelpers(sandbox: Sandbox, where: RedisWhere) {
  const prefix = `failover${Math.random()}:`;
  const reported: unknown[] = [];
  const stores = [0, 1].map(() => redisStore({ ...where, prefix, onError: (error) => reported.push(error) }));
  await Promise.all(stores.map((store) => store.ready));
  let a: Helper | undefined;
  const options = (store: RedisStore) => ({
    store,
    limits: { sessionsPerMinute: 1000 },
    onError: (error: unknown) => reported.push(error),
    idv: () => ({
      ...IDV_SPEC,
      notifications: {
        endpoint: `${a?.origin}/yoti/notifications`,
        auth_token: WEBHOOK_TOKEN,
        auth_type: 'BEARER',
      },
    }),
  });
  a = await startHelper(sandbox, options(stores[0] as RedisStore));
  const b = await startHelper(sandbox, options(stores[1] as RedisStore));
  const origin = a.origin;
  return {
    prefix,
    reported,
    store: stores[0] as RedisStore,
    logKey: (id: string) => `${prefix}{idv:${id}}:log`,
    /** A new session of a browser of its own, its stream on B once it has its first state, and its reads. */
    session: async () => {
      const browser = browserAt(origin);
      const created = await browser('POST', '/yoti/idv-sessions');
      assert.equal(created.status, 201);
      const id = created.body.sessionId as string;
      const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const stream = await openStream(`${b.origin}/yoti/idv-sessions/${id}/events`, { cookie });
      await stream.waitFor(1);
      return { id, stream, read: () => browser('GET', `/yoti/idv-sessions/${id}`) };
    },
    close: async () => {
      await a?.close();
      await b.close();
      await Promise.all(stores.map((store) => store.close()));
    },
  };
}

/** Finishes session `id` at the sandbox and checks its stream got every event of its log, in order, once. */
async function finishes(
  sandbox: Sandbox,
  store: RedisStore,
  { id, stream }: { id: string; stream: SseStream },
) {
  sandbox.completeIdv(id);
  await stream.ended;
  const log = (await store.events('idv', id)).map((event) => event.id);
  const got = stream.messages.map((message) => message.id);
  assert.deepEqual(
    got,
    log.slice(log.indexOf(got[0] as string)),
    'every event from the first, in order, once',
  );
  assert.equal(JSON.parse(stream.messages.at(-1)?.data ?? '{}').state, 'COMPLETED');
}

describe('a Redis Cluster failing under two helper instances', () => {
  let cluster: TestRedisCluster;
  let sandbox: Sandbox;
  let pair: Awaited<ReturnType<typeof twoHelpers>>;
  before(async () => {
    cluster = await startRedisCluster({ replicas: 1 });
    sandbox = await startSandbox({ idvProcessingMs: 600 });
    pair = await twoHelpers(sandbox, { cluster: { rootNodes: cluster.rootNodes } });
  });
  after(async () => {
    await pair?.close();
    await sandbox?.close();
    await cluster?.close();
  });

  it('a slot moved to another primary mid-stream (MOVED, ASK) loses nothing', async () => {
    const session = await pair.session();
    const { port, nodes } = await cluster.ownerOf(pair.logKey(session.id));
    const to = nodes.find((node) => node.primary && node.port !== port) as { port: number };
    await cluster.moveSlotOf(pair.logKey(session.id), to.port);
    assert.equal((await cluster.ownerOf(pair.logKey(session.id))).port, to.port);
    await finishes(sandbox, pair.store, session);
  });

  it('a primary killed: 503 for the sessions it owns while away, the others served, then every stream carries on', async () => {
    const sessions = [];
    for (let i = 0; i < 9; i += 1) sessions.push({ ...(await pair.session()), owner: 0 });
    for (const session of sessions)
      session.owner = (await cluster.ownerOf(pair.logKey(session.id))).port ?? 0;
    const victim = sessions[0] as (typeof sessions)[0];
    await cluster.replicated();
    await cluster.kill(victim.owner);
    const away = await victim.read();
    assert.equal(away.status, 503);
    assert.equal(away.body.error.code, 'store_unavailable');
    // Each browser's rate counter lives on some primary too: a session elsewhere whose counter is
    // on the killed one is refused as well; the rest are served.
    const elsewhere = await Promise.all(
      sessions.filter((session) => session.owner !== victim.owner).map((session) => session.read()),
    );
    assert.ok(elsewhere.length > 0, 'sessions on other primaries');
    assert.ok(
      elsewhere.some((read) => read.status === 200),
      'what other primaries own is served',
    );
    await cluster.waitUntilOk();
    for (let i = 0; i < 100 && (await victim.read()).status !== 200; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await victim.read()).status, 200, 'served again by the promoted replica');
    await Promise.all(sessions.map((session) => finishes(sandbox, pair.store, session)));
    assert.ok(pair.reported.length > 0, 'the outage was told to the host');
  });
});

describe('a Sentinel primary failing under two helper instances', () => {
  let sentinel: TestRedisSentinel;
  let sandbox: Sandbox;
  let pair: Awaited<ReturnType<typeof twoHelpers>>;
  before(async () => {
    sentinel = await startRedisSentinel();
    sandbox = await startSandbox({ idvProcessingMs: 600 });
    const { name, sentinelRootNodes } = sentinel;
    pair = await twoHelpers(sandbox, { sentinel: { name, sentinelRootNodes } });
  });
  after(async () => {
    await pair?.close();
    await sandbox?.close();
    await sentinel?.close();
  });

  it('the primary killed mid-stream: its replica promoted, the stream carries on with every event once', async () => {
    const session = await pair.session();
    await sentinel.failover();
    for (let i = 0; i < 100 && (await session.read()).status !== 200; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await session.read()).status, 200);
    await finishes(sandbox, pair.store, session);
  });
});

// A lost webhook delays a state but never hides it (issue 22): when the shared store comes back
// from an outage the helper reads from Yoti every session it streams, and a followed session that
// has heard nothing for five minutes is read once, however many follow it.
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { startSandbox } from '../../src/sandbox/index.js';
import { LIMIT_DEFAULTS, Limits } from '../../src/server/http/limits.js';
import { MemoryStore } from '../../src/server/index.js';
import { LiveStatus } from '../../src/server/live/live-status.js';
import { redisStore } from '../../src/server/store/redis-store.js';
import { startRedis, type TestRedis } from '../support/redis.mjs';
import { openStream } from '../support/sse.js';
import { browserAt, IDV_SPEC, startHelper, WEBHOOK_TOKEN } from '../support/stack.js';

describe('a followed session that hears nothing is read again', () => {
  it('once after five quiet minutes, for three streams of one session; none once they have gone', async () => {
    // The helper's stream clock ticks each second and reads the time: both are faked.
    mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: Date.now() });
    try {
      const store = new MemoryStore();
      let reads = 0;
      const live = new LiveStatus(
        store,
        async () => {
          reads += 1;
          return { data: JSON.stringify({ status: 'CREATED', reads }), progress: 0, terminal: false };
        },
        new Limits(store, LIMIT_DEFAULTS),
        () => {},
      );
      const aborts = [new AbortController(), new AbortController(), new AbortController()];
      for (const abort of aborts) {
        await live.stream('share', 'ss.v2.quiet', { caller: 'c', headers: {}, signal: abort.signal });
      }
      assert.equal(reads, 1, 'the first stream read the state once; the others found it');
      mock.timers.tick(4 * 60_000);
      assert.equal(reads, 1);
      mock.timers.tick(60_000);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(reads, 2, 'one read for the session, not one per stream');
      mock.timers.tick(5 * 60_000);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(reads, 3, 'and again after five more quiet minutes');
      for (const abort of aborts) abort.abort();
      mock.timers.tick(10 * 60_000);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(reads, 3, 'nothing is read for a session nobody follows');
    } finally {
      mock.timers.reset();
    }
  });
});

describe('a webhook lost while Redis was away', () => {
  let redis: TestRedis;
  before(async () => {
    redis = await startRedis();
  });
  after(() => redis.close());

  it('is made good when Redis comes back: the streamed session is read from Yoti and its state streamed', async () => {
    const sandbox = await startSandbox({ idvProcessingMs: 0 });
    const store = redisStore({ url: redis.url, prefix: `lost${Math.random()}:`, onError: () => {} });
    await store.ready;
    const helper = await startHelper(sandbox, {
      store,
      onError: () => {},
      idv: (request) => ({
        ...IDV_SPEC,
        notifications: {
          endpoint: `${new URL(request.url).origin}/yoti/notifications`,
          auth_token: WEBHOOK_TOKEN,
          auth_type: 'BEARER',
        },
      }),
    });
    try {
      const browser = browserAt(helper.origin);
      const created = await browser('POST', '/yoti/idv-sessions');
      const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const stream = await openStream(`${helper.origin}/yoti/idv-sessions/${created.body.sessionId}/events`, {
        cookie,
      });
      await stream.waitFor(1);
      await redis.stop();
      // The person finishes while Redis is away: every delivery of the webhook fails (the sandbox
      // tries three times in under two seconds, as Yoti gives up too), and the state is not published.
      sandbox.completeIdv(created.body.sessionId);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.equal(stream.messages.length, 1);
      await redis.start();
      await stream.waitFor(2, 8000);
      assert.equal(JSON.parse(stream.messages.at(-1)?.data ?? '{}').state, 'COMPLETED');
    } finally {
      await helper.close();
      await store.close();
      await sandbox.close();
    }
  });
});

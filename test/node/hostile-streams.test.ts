// Event streams under hostile and unlucky clients (issue 22), over real sockets: a browser that
// goes at any moment (at the response head, while the helper subscribes to the store, mid-stream,
// under backpressure, before the adapter has answered) leaves no timer, store follower or socket
// behind and never crashes the process; streams are capped, live at most streamMaxSeconds (ending
// with a `retry:` the browser resumes from), and end when their session expires.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryStore, type YotiStore } from '../../src/server/index.js';
import { redisStore } from '../../src/server/store/redis-store.js';
import { type CountingStore, countingStore } from '../support/counting-store.js';
import { backTo, firstData, get, openResources, rawSocket } from '../support/raw-http.js';
import { startRedis, type TestRedis } from '../support/redis.mjs';
import { openStream } from '../support/sse.js';
import { startLiveStack } from '../support/stack.js';
import { delayProxy } from '../support/tcp-proxy.mjs';

const GENEROUS = { sessionsPerMinute: 10_000, sessionsPerMinutePerAddress: 10_000, readsPerMinute: 10_000 };

/** A live stack on `inner` (counted), with a new share session and its caller's cookie. */
async function streamingStack(inner: YotiStore, { followDelayMs = 0, limits = {} } = {}) {
  const store = countingStore(inner, { followDelayMs });
  const stack = await startLiveStack({ store, limits: { ...GENEROUS, ...limits }, onError: () => {} });
  const port = Number(new URL(stack.origin).port);
  const session = async () => {
    const created = await stack.handler.createShareSession(new Request(stack.origin));
    const cookie = (created.setCookie ?? '').split(';')[0] ?? '';
    return { id: created.sessionId, cookie, path: `/yoti/share-sessions/${created.sessionId}/events` };
  };
  return { stack, store, port, session };
}

const streamRequest = (path: string, cookie: string, extra: Record<string, string> = {}) =>
  get(path, { host: '127.0.0.1', accept: 'text/event-stream', cookie, ...extra });

/** Nothing of the streams is left: no follower, no stream timer (heartbeat, life), no socket. */
const settled = (store: CountingStore, baseline: ReturnType<typeof openResources>) =>
  backTo(baseline, () => ({ following: store.following }));

for (const kind of ['memory', 'redis', 'redis 20 ms away'] as const) {
  describe(`a browser that goes at any moment leaves nothing behind (${kind} store)`, () => {
    let redis: TestRedis | undefined;
    let proxy: Awaited<ReturnType<typeof delayProxy>> | undefined;
    let inner: YotiStore;
    let setup: Awaited<ReturnType<typeof streamingStack>>;
    let uncaught: unknown[];
    const onUncaught = (error: unknown) => uncaught.push(error);

    before(async () => {
      if (kind === 'memory') inner = new MemoryStore();
      else {
        redis = await startRedis();
        proxy = kind === 'redis' ? undefined : await delayProxy(redis.port, 20);
        const store = redisStore({ url: proxy ? `redis://127.0.0.1:${proxy.port}` : redis.url });
        await store.ready;
        inner = store;
      }
      // Room for every browser here: the resets come faster than the memory store's slow follow, so
      // up to 30 openings of one caller run at once (the caps are the next suite's).
      setup = await streamingStack(inner, {
        followDelayMs: kind === 'memory' ? 100 : 0,
        limits: { streamsPerCaller: 40, streamsPerSession: 40 },
      });
      uncaught = [];
      process.on('uncaughtException', onUncaught);
    });
    after(async () => {
      process.off('uncaughtException', onUncaught);
      await setup.stack.close();
      await (inner as { close?: () => Promise<void> }).close?.();
      await proxy?.close();
      await redis?.close();
    });

    it('30 browsers reset while the helper subscribes to the store: no crash, no follower, no timer', async () => {
      const { store, port, session } = setup;
      const { path, cookie } = await session();
      // One stream opened and closed first, so that the session's state is known and the
      // connection pools of the store are warm: the baseline is what stays.
      const warm = await openStream(`${setup.stack.origin}${path}`, { cookie });
      await warm.waitFor(1);
      warm.close();
      await settled(store, { ...openResources(), timers: openResources().timers });
      const baseline = openResources();
      for (let i = 0; i < 30; i += 1) {
        const following = store.nextFollow();
        const socket = await rawSocket(port, streamRequest(path, cookie));
        await following; // the helper is subscribing right now
        socket.resetAndDestroy();
      }
      await settled(store, baseline);
      assert.equal(store.following, 0);
      // Past the heartbeat's 15 s a leaked stream would write into its closed body and crash:
      // none is left to, as the timer count above shows. Nothing was thrown meanwhile either.
      assert.deepEqual(uncaught, []);
    });

    it('browsers reset at the response head and mid-stream: nothing outlives them', async () => {
      const { store, port, session } = setup;
      const { path, cookie } = await session();
      const baseline = openResources();
      for (let i = 0; i < 20; i += 1) {
        const socket = await rawSocket(port, streamRequest(path, cookie));
        const head = await firstData(socket);
        assert.match(head, /^HTTP\/1\.1 200/);
        if (i % 2 === 0)
          socket.resetAndDestroy(); // at the head
        else {
          // mid-stream: after the first state has come
          if (!head.includes('event: status')) await firstData(socket);
          socket.destroy();
        }
      }
      await settled(store, baseline);
      assert.deepEqual(uncaught, []);
    });
  });
}

describe('a browser that goes before the adapter has answered, or reads slowly', () => {
  let setup: Awaited<ReturnType<typeof streamingStack>>;
  before(async () => {
    setup = await streamingStack(new MemoryStore());
  });
  after(() => setup.stack.close());

  it('40 streams aborted while the helper still reads Yoti are cancelled at once', async () => {
    const { stack, store, port, session } = setup;
    const sessions = await Promise.all(Array.from({ length: 40 }, () => session()));
    const baseline = openResources();
    // Yoti takes 400 ms to answer the first read of each session: the browsers go after 50.
    stack.sandbox.fault('share.getSession', { delayMs: 400, times: 40 });
    const sockets = await Promise.all(
      sessions.map(({ path, cookie }) => rawSocket(port, streamRequest(path, cookie))),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const socket of sockets) socket.resetAndDestroy();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settled(store, baseline);
  });

  it('under backpressure one close listener is enough, and the stalled stream ends cleanly', async () => {
    const { store, port, session } = setup;
    const { id, path, cookie } = await session();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const baseline = openResources();
    try {
      const socket = await rawSocket(port, streamRequest(path, cookie));
      await firstData(socket);
      // A slow reader: it takes a little, then stops, over and over, while large states arrive.
      const slow = setInterval(() => (socket.isPaused() ? socket.resume() : socket.pause()), 5);
      for (let i = 1; i <= 40; i += 1) {
        const data = JSON.stringify({ sessionId: id, status: 'CREATED', padding: 'x'.repeat(256 * 1024), i });
        await store.publish('share', id, { data, progress: 0, terminal: false }, 60);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      clearInterval(slow);
      socket.destroy();
      await settled(store, baseline);
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(
      warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning').map(String),
      [],
    );
  });
});

describe('stream limits, life and end', () => {
  let setup: Awaited<ReturnType<typeof streamingStack>>;
  before(async () => {
    setup = await streamingStack(new MemoryStore(), { limits: { streamMaxSeconds: 1 } });
  });
  after(() => setup.stack.close());

  it('one caller holding 300 streams gets 10 (3 per session); the rest 429 stream_limit', async () => {
    const { stack, store, port } = setup;
    // One caller, four sessions.
    const first = await stack.handler.createShareSession(new Request(stack.origin));
    const cookie = (first.setCookie ?? '').split(';')[0] ?? '';
    const request = new Request(stack.origin, { headers: { cookie } });
    const ids = [first.sessionId];
    for (let i = 0; i < 3; i += 1) ids.push((await stack.handler.createShareSession(request)).sessionId);
    const baseline = openResources();
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        rawSocket(port, streamRequest(`/yoti/share-sessions/${ids[i % 4]}/events`, cookie)).then(
          async (socket) => ({
            socket,
            head: await firstData(socket),
          }),
        ),
      ),
    );
    const open = answers.filter(({ head }) => head.startsWith('HTTP/1.1 200'));
    const refused = answers.filter(({ head }) => head.startsWith('HTTP/1.1 429'));
    assert.equal(open.length, 10);
    assert.equal(refused.length, 290);
    assert.ok(refused.every(({ head }) => head.includes('"stream_limit"') && /retry-after: \d+/i.test(head)));
    const perSession = ids.map((id) => open.filter(({ head }) => head.includes(id)).length);
    assert.ok(
      perSession.every((count) => count <= 3),
      `per session: ${perSession}`,
    );
    for (const { socket } of refused) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A heartbeat and a life timer for each open stream, an idle and an expiry read for each session.
    const timers = openResources().timers - baseline.timers;
    assert.ok(timers <= 10 * 2 + 4 * 2, `${timers} timers for 10 open streams`);
    for (const { socket } of open) socket.destroy();
    await settled(store, baseline);
  });

  it('a stream ends after streamMaxSeconds with a retry:, and the browser resumes with Last-Event-ID, missing nothing', async () => {
    const { stack, session } = setup;
    const { id, path, cookie } = await session();
    const stream = await openStream(`${stack.origin}${path}`, { cookie });
    const [first] = await stream.waitFor(1);
    await stream.ended;
    // It ended on its own: one message, and the session it followed is still waiting for the person.
    assert.equal(stream.messages.length, 1);
    assert.equal(JSON.parse(first?.data ?? '{}').status, 'CREATED');
    const meanwhile = await fetch(`${stack.origin}/yoti/share-sessions/${id}`, { headers: { cookie } });
    assert.equal((await meanwhile.json()).status, 'CREATED', 'not ended by the session');
    assert.deepEqual(stream.retries, [2000, 2000], 'a retry: at the start and one at the end');
    // While the browser is away the person allows the share (the sandbox notifies the helper).
    const qr = await fetch(`${stack.origin}/yoti/share-sessions/${id}/qr-codes`, {
      method: 'POST',
      headers: { cookie, origin: stack.origin },
    });
    stack.sandbox.allowShare((await qr.json()).uri);
    // It comes back as EventSource does: with the last ID it had. It gets what it missed, once.
    const again = await openStream(`${stack.origin}${path}`, { cookie, 'last-event-id': first?.id ?? '' });
    assert.equal(again.status, 200);
    await again.ended;
    assert.deepEqual(
      again.messages.map((message) => JSON.parse(message.data).status),
      ['COMPLETED'],
    );
  });
});

describe('a stream ends when its session expires', () => {
  it('reads the session from Yoti when it expires, sends EXPIRED and ends', async () => {
    const stack = await startLiveStack({ limits: GENEROUS }, { shareSessionTtl: 2 });
    try {
      const created = await stack.handler.createShareSession(new Request(stack.origin));
      const cookie = (created.setCookie ?? '').split(';')[0] ?? '';
      const stream = await openStream(`${stack.origin}/yoti/share-sessions/${created.sessionId}/events`, {
        cookie,
      });
      await stream.waitFor(1);
      // It ends by itself once the session expires, EXPIRED its last word (the test's own time
      // limit is the only clock here).
      await stream.ended;
      assert.deepEqual(
        stream.messages.map((message) => JSON.parse(message.data).status),
        ['CREATED', 'EXPIRED'],
      );
    } finally {
      await stack.close();
    }
  });
});

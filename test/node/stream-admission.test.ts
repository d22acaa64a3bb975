// A reconnect storm is served, not refused (issue 33): every browser of a restarted instance opens
// its stream at once; the instance lets a few openings at a time reach the store
// (limits.streamOpeningsInFlight) and the others wait their turn, so all are served; past the queue
// (limits.streamOpeningsQueued), 429 stream_limit with a jittered Retry-After; a browser that goes
// while it waits takes no turn. Over real HTTP, on a store slowed to make the queue visible.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox } from '../../src/sandbox/index.js';
import { createYotiHandler, MemoryStore, type YotiStore } from '../../src/server/index.js';
import { openStream } from '../support/sse.js';
import { startLiveStack } from '../support/stack.js';

const GENEROUS = {
  sessionsPerMinute: 10_000,
  sessionsPerMinutePerAddress: 10_000,
  readsPerMinute: 10_000,
  streamsPerCaller: 10_000,
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A memory store whose reads take `ms`, counting how many stream openings read it at once (the most). */
function slowStore(ms: number) {
  const inner = new MemoryStore();
  let reading = 0;
  const counted = {
    most: 0,
    reads: 0,
    /** While true, reads wait (a store that stalls). */
    held: false,
  };
  const read = async <T>(run: () => Promise<T>): Promise<T> => {
    reading += 1;
    counted.reads += 1;
    counted.most = Math.max(counted.most, reading);
    try {
      await sleep(ms);
      while (counted.held) await sleep(5);
      return await run();
    } finally {
      reading -= 1;
    }
  };
  let slow = false;
  const store: YotiStore = {
    putSession: (...args) => inner.putSession(...args),
    getSession: (...args) => (slow ? read(() => inner.getSession(...args)) : inner.getSession(...args)),
    hit: (...args) => inner.hit(...args),
    publish: (...args) => inner.publish(...args),
    events: (...args) => (slow ? read(() => inner.events(...args)) : inner.events(...args)),
    follow: (...args) => inner.follow(...args),
  };
  return { store, counted, slowDown: () => (slow = true) };
}

/** A live stack on a slow store with `limits`, and `count` share sessions each with its own caller. */
async function storm(limits: Record<string, number>, count: number) {
  const slow = slowStore(10);
  const stack = await startLiveStack({
    store: slow.store,
    limits: { ...GENEROUS, ...limits },
    onError: () => {},
  });
  const sessions = [];
  for (let i = 0; i < count; i += 1) {
    const created = await stack.handler.createShareSession(new Request(stack.origin));
    sessions.push({
      url: `${stack.origin}/yoti/share-sessions/${created.sessionId}/events`,
      cookie: (created.setCookie ?? '').split(';')[0] ?? '',
    });
  }
  // Each session's first state, so that opening a stream reads the store only (no Yoti read).
  for (const { url, cookie } of sessions) {
    const stream = await openStream(url, { cookie });
    await stream.waitFor(1);
    stream.close();
  }
  slow.slowDown();
  return { stack, sessions, counted: slow.counted };
}

describe('stream openings in a reconnect storm', () => {
  let setup: Awaited<ReturnType<typeof storm>>;
  before(async () => {
    setup = await storm({ streamOpeningsInFlight: 4 }, 60);
  });
  after(() => setup.stack.close());

  it('serves every stream opened at once, a few openings reaching the store at a time', async () => {
    const streams = await Promise.all(setup.sessions.map(({ url, cookie }) => openStream(url, { cookie })));
    try {
      assert.deepEqual(
        streams.map((stream) => stream.status),
        streams.map(() => 200),
      );
      await Promise.all(streams.map((stream) => stream.waitFor(1)));
      assert.ok(setup.counted.most <= 4, `${setup.counted.most} openings read the store at once`);
      assert.ok(setup.counted.most >= 2, 'openings run side by side up to the limit');
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it('takes no turn for a browser that went while it waited', async () => {
    setup.counted.held = true;
    const reads = setup.counted.reads;
    const first = setup.sessions.slice(0, 4).map(({ url, cookie }) => openStream(url, { cookie }));
    // The four turns taken, their reads held.
    for (let i = 0; i < 200 && setup.counted.reads - reads < 4; i += 1) await sleep(10);
    const gone = new AbortController();
    const waiting = fetch(setup.sessions[10]?.url as string, {
      headers: { accept: 'text/event-stream', cookie: setup.sessions[10]?.cookie as string },
      signal: gone.signal,
    }).catch(() => 'gone');
    await sleep(50); // it waits its turn: nothing of it reaches the store while the four are held
    gone.abort();
    assert.equal(await waiting, 'gone');
    const readsBefore = setup.counted.reads;
    setup.counted.held = false;
    const streams = await Promise.all(first);
    await Promise.all(streams.map((stream) => stream.waitFor(1)));
    const after = await openStream(setup.sessions[11]?.url as string, {
      cookie: setup.sessions[11]?.cookie as string,
    });
    await after.waitFor(1);
    for (const stream of [...streams, after]) stream.close();
    // Four openings and one after: each reads the binding and the log (twice) — nothing for the one that went.
    assert.equal(readsBefore - reads, 4, 'only the four admitted had begun');
  });
});

describe('stream openings past the queue', () => {
  let setup: Awaited<ReturnType<typeof storm>>;
  before(async () => {
    setup = await storm({ streamOpeningsInFlight: 1, streamOpeningsQueued: 4 }, 30);
  });
  after(() => setup.stack.close());

  it('are refused with 429 stream_limit and a jittered Retry-After; the rest are served', async () => {
    const answers = await Promise.all(
      setup.sessions.map(({ url, cookie }) =>
        fetch(url, { headers: { accept: 'text/event-stream', cookie } }).then(async (response) => {
          const body = response.status === 200 ? undefined : await response.json();
          if (response.status === 200) await response.body?.cancel();
          return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
        }),
      ),
    );
    const refused = answers.filter((answer) => answer.status === 429);
    const served = answers.filter((answer) => answer.status === 200);
    assert.equal(served.length + refused.length, answers.length, 'served or refused, nothing else');
    assert.ok(served.length >= 5, `${served.length} served: one running and four waiting, at least`);
    assert.ok(refused.length > 10, `${refused.length} refused`);
    for (const { body, retryAfter } of refused) {
      assert.equal(body.error.code, 'stream_limit');
      assert.match(retryAfter ?? '', /^[1-9]\d*$/);
    }
    assert.ok(new Set(refused.map((answer) => answer.retryAfter)).size > 1, 'Retry-After spread at random');
  });
});

it('refuses stream admission limits that are not whole numbers of at least 1', async () => {
  const sandbox = await startSandbox();
  try {
    const { clientSdkId, privateKey } = sandbox;
    for (const limits of [{ streamOpeningsInFlight: 0 }, { streamOpeningsQueued: 1.5 }]) {
      assert.throws(
        () => createYotiHandler({ clientSdkId, privateKey, idv: {}, limits }),
        /limits\.streamOpenings/,
      );
    }
  } finally {
    await sandbox.close();
  }
});

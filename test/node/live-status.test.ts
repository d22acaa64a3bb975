// Live status (issue 16), over real HTTP with the in-memory store: webhooks from the sandbox drive
// each session's event stream (Server-Sent Events), read from Yoti once per notification, resumed
// with Last-Event-ID, bound to the caller, ended after a terminal state.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryStore } from '../../src/server/index.js';
import { openStream } from '../support/sse.js';
import {
  APP,
  cookieHeader,
  type Stack,
  startLiveStack,
  startStack,
  WEBHOOK_TOKEN,
} from '../support/stack.js';

/** A stack whose sessions stream, on `store`. */
async function liveStack(
  store = new MemoryStore(),
  idvProcessingMs = 300,
): Promise<Stack & { store: MemoryStore }> {
  const stack = await startLiveStack(
    { store, limits: { sessionsPerMinute: 1000, sessionsPerMinutePerAddress: 1000, readsPerMinute: 10_000 } },
    { idvProcessingMs },
  );
  return Object.assign(stack, { store });
}

const cookieOf = (stack: Stack) => ({ cookie: cookieHeader(stack.call) });

describe('event streams driven by webhooks', () => {
  let stack: Stack & { store: MemoryStore };
  before(async () => {
    stack = await liveStack();
  });
  after(() => stack.close());

  it('offers a stream for a session Yoti notifies the helper about (live: true), and its first message is the current state', async () => {
    const created = await stack.call('POST', '/yoti/share-sessions');
    assert.equal(created.body.live, true);
    const stream = await openStream(
      `${stack.origin}/yoti/share-sessions/${created.body.sessionId}/events`,
      cookieOf(stack),
    );
    assert.equal(stream.status, 200);
    const [first] = await stream.waitFor(1);
    assert.equal(first?.event, 'status');
    assert.ok(first?.id);
    const state = JSON.parse(first?.data ?? '{}');
    assert.equal(state.status, 'CREATED');
    assert.deepEqual(state.app, APP, 'the same JSON as the GET route');
    const get = await stack.call('GET', `/yoti/share-sessions/${created.body.sessionId}`);
    assert.deepEqual(JSON.parse(first?.data ?? ''), { ...get.body, expiresAt: state.expiresAt });

    stack.sandbox.allowShare(created.body.qrCode.uri);
    const [, done] = await stream.waitFor(2);
    assert.equal(JSON.parse(done?.data ?? '{}').status, 'COMPLETED');
    assert.ok(JSON.parse(done?.data ?? '{}').receiptId);
    await stream.ended;
    assert.equal(stream.messages.length, 2, 'the stream ends after a terminal state');
  });

  it('follows an IDV session through its checks to COMPLETED without a poll, one Yoti read per notification', async () => {
    const created = await stack.call('POST', '/yoti/idv-sessions');
    assert.equal(created.body.live, true);
    const id = created.body.sessionId;
    const stream = await openStream(`${stack.origin}/yoti/idv-sessions/${id}/events`, cookieOf(stack));
    await stream.waitFor(1);
    const readsBefore = stack.sandbox.calls['idv.getSession'];
    stack.sandbox.completeIdv(id);
    await stream.ended;
    const states = stream.messages.map((message) => JSON.parse(message.data));
    assert.deepEqual(
      states.map((state) => [
        state.state,
        state.checks.map((check: { state: string }) => check.state)[0] ?? '-',
      ]),
      [
        ['ONGOING', '-'],
        ['ONGOING', 'CREATED'],
        ['ONGOING', 'PROCESSING'],
        ['COMPLETED', 'DONE'],
      ],
    );
    const reads = stack.sandbox.calls['idv.getSession'] - readsBefore;
    assert.ok(reads >= 3 && reads <= 4, `${reads} reads from Yoti for 4 notifications, none per listener`);
  });

  it('resumes after Last-Event-ID with every event it missed, none twice; 204 once the end is had', async () => {
    const created = await stack.call('POST', '/yoti/idv-sessions');
    const id = created.body.sessionId;
    const url = `${stack.origin}/yoti/idv-sessions/${id}/events`;
    const first = await openStream(url, cookieOf(stack));
    const [opening] = await first.waitFor(1);
    first.close();
    stack.sandbox.completeIdv(id);
    for (let i = 0; i < 100 && (await stack.store.events('idv', id)).length < 4; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const resumed = await openStream(url, { ...cookieOf(stack), 'last-event-id': opening?.id ?? '' });
    await resumed.ended;
    assert.deepEqual(
      resumed.messages.map((message) => message.id),
      (await stack.store.events('idv', id)).slice(1).map((event) => event.id),
    );
    const last = resumed.messages.at(-1)?.id ?? '';
    const again = await openStream(url, { ...cookieOf(stack), 'last-event-id': last });
    assert.equal(again.status, 204, 'EventSource stops reconnecting');
  });

  it('answers 404 to another caller and to a session the helper is not notified about', async () => {
    const created = await stack.call('POST', '/yoti/share-sessions');
    const intruder = await openStream(`${stack.origin}/yoti/share-sessions/${created.body.sessionId}/events`);
    assert.equal(intruder.status, 404);
    const quiet = await startStack();
    try {
      const made = await quiet.call('POST', '/yoti/idv-sessions');
      assert.equal(made.body.live, false);
      const stream = await openStream(
        `${quiet.origin}/yoti/idv-sessions/${made.body.sessionId}/events`,
        cookieOf(quiet),
      );
      assert.equal(stream.status, 404);
    } finally {
      await quiet.close();
    }
  });

  it('changes nothing for a duplicate or late notification, or one about a session it did not make', async () => {
    const created = await stack.call('POST', '/yoti/idv-sessions');
    const id = created.body.sessionId;
    stack.sandbox.completeIdv(id);
    for (let i = 0; i < 100 && (await stack.store.events('idv', id)).length < 3; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const settled = await stack.store.events('idv', id);
    const notify = (body: unknown) =>
      stack.call('POST', '/yoti/notifications', {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${WEBHOOK_TOKEN}` },
        body: JSON.stringify(body),
      });
    for (const topic of ['SESSION_COMPLETION', 'RESOURCE_UPDATE', 'SESSION_COMPLETION']) {
      assert.equal((await notify({ session_id: id, topic })).status, 200);
    }
    assert.deepEqual(await stack.store.events('idv', id), settled);
    const readsBefore = stack.sandbox.calls['idv.getSession'];
    assert.equal((await notify({ session_id: 'not-one-of-ours', topic: 'SESSION_COMPLETION' })).status, 200);
    assert.equal(stack.sandbox.calls['idv.getSession'], readsBefore, 'no Yoti read for a stranger');
  });

  it('refuses a webhook with the wrong token, and publishes nothing', async () => {
    const created = await stack.call('POST', '/yoti/idv-sessions');
    const wrong = await stack.call('POST', '/yoti/notifications', {
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-the-token' },
      body: JSON.stringify({ session_id: created.body.sessionId, topic: 'SESSION_COMPLETION' }),
    });
    assert.equal(wrong.status, 401);
    assert.deepEqual(await stack.store.events('idv', created.body.sessionId), []);
  });

  it('sends a comment line every 15 seconds on a quiet stream', async (t) => {
    // The helper's clock (its one interval for every stream, and the time it reads) is faked from
    // now on: 15 s pass in a tick, the network stays real.
    t.mock.timers.enable({ apis: ['setInterval', 'Date'], now: Date.now() });
    const created = await stack.call('POST', '/yoti/share-sessions');
    const stream = await openStream(
      `${stack.origin}/yoti/share-sessions/${created.body.sessionId}/events`,
      cookieOf(stack),
    );
    await stream.waitFor(1);
    const keepAlives = () => stream.comments.filter((comment) => comment === 'keep-alive').length;
    // What was written by now has arrived once the helper has answered a request sent after it.
    const delivered = () => stack.call('GET', `/yoti/share-sessions/${created.body.sessionId}`);
    t.mock.timers.tick(14_999);
    await delivered();
    assert.equal(keepAlives(), 0, 'none before 15 s');
    t.mock.timers.tick(1);
    while (keepAlives() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    t.mock.timers.tick(15_000);
    while (keepAlives() === 1) await new Promise((resolve) => setTimeout(resolve, 20));
    stream.close();
    assert.equal(keepAlives(), 2, 'one at 15 s, one more at 30 s');
  });
});

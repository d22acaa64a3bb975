// Live status under load (issue 16): two helper instances in processes of their own on one Redis,
// the sandbox finishing 500 IDV sessions and notifying, a relay standing in for the load balancer
// in front of the helpers' webhook route (each notification to one instance, and a duplicate to
// the other), 1,000 event streams (two per session, one on each instance) and 5,000 webhooks in
// all. Every stream's messages are checked against the session's log in Redis: nothing lost,
// nothing crossed to another session, nothing twice, in order.
import { randomBytes } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import { createParser } from 'eventsource-parser';
import { startRedis } from '../../test/support/redis.mjs';
import { exchange, forkChild } from './child.mjs';
import { quantile, row } from './rows.mjs';
import { sandboxProcess } from './sandbox-process.mjs';

const SESSIONS = 500;
const WEBHOOKS = 5_000;
const PROCESSING_MS = 1_500;
/** The sandbox finishes one session this often (its four notifications follow over PROCESSING_MS). */
const FINISH_EVERY_MS = 40;

/** A helper instance in its own process; resolves its origin, memory(), exited and stop(). */
async function instance(settings) {
  const { first, child, stop } = await forkChild(
    new URL('./live-instance.mjs', import.meta.url),
    [JSON.stringify(settings)],
    { name: 'a helper instance', execArgv: ['--expose-gc'] },
  );
  const memory = () =>
    new Promise((resolve) => {
      child.once('message', (message) => resolve(message.memory));
      child.send('memory');
    });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return { origin: `http://127.0.0.1:${first.port}`, memory, stop, exited: () => exited };
}

/**
 * An event stream read as EventSource would, each message kept with when it arrived; `first`
 * resolves with the first message, `ended` when the helper closes the stream.
 */
export function openStream(url, cookie) {
  const messages = [];
  let close = () => {};
  let onFirst;
  const first = new Promise((resolve) => {
    onFirst = resolve;
  });
  const ended = new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', cookie }, agent: false }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`stream ${url}: ${res.statusCode}`));
      let at = 0;
      const parser = createParser({
        onEvent: (message) => {
          messages.push({ ...message, at });
          if (messages.length === 1) onFirst();
        },
      });
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        at = performance.now();
        parser.feed(chunk);
      });
      res.on('end', resolve);
      res.on('error', resolve);
    });
    let closed = false;
    req.on('error', (error) => (closed ? resolve() : reject(error)));
    close = () => {
      closed = true;
      req.destroy();
    };
    req.end();
  });
  return { messages, first, ended, close: () => close() };
}

/** Runs `task` over `items`, `width` at a time. */
export async function pool(items, width, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The bench's stack: Redis, the sandbox and two helper instances in processes of their own, a
 * relay in front of the helpers' webhook route, and a store reading the logs back. `helpersRedis`
 * gives the URL the helpers reach Redis at (a proxy in front of it, say).
 */
export async function stack({ helpersRedis = async (redis) => redis.url } = {}) {
  const { redisStore } = await import(`${process.cwd()}/dist/node/server-redis.js`);
  const redis = await startRedis();
  const sandbox = await sandboxProcess({ idvProcessingMs: PROCESSING_MS });
  const webhookToken = randomBytes(24).toString('hex');
  const prefix = `bench:${Date.now()}:`;
  const instances = [];
  const relayAgent = new Agent({ keepAlive: true, maxSockets: 64 });
  const counts = { delivered: 0, refused: 0 };
  /** When the relay had each session's notifications, to measure webhook-to-stream latency. */
  const notifiedAt = new Map();
  /** Delivers one webhook body to instance `to`, as the load balancer would. */
  const deliver = async (to, body) => {
    counts.delivered += 1;
    const answer = await exchange(`${instances[to].origin}/yoti/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${webhookToken}` },
      body,
      agent: relayAgent,
    });
    if (answer.status !== 200) counts.refused += 1;
    return answer.status;
  };
  let turn = 0;
  const relay = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const { session_id: id } = JSON.parse(body);
      notifiedAt.set(id, [...(notifiedAt.get(id) ?? []), performance.now()]);
      turn += 1;
      const statuses = await Promise.all([deliver(turn % 2, body), deliver((turn + 1) % 2, body)]);
      // Yoti is told what the helpers said: a webhook neither took (its store away) is tried again.
      res.writeHead(statuses.includes(200) ? 200 : 503).end();
    });
  });
  await new Promise((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const reader = redisStore({ url: redis.url, prefix, onError: () => {} });
  await reader.ready;
  const settings = {
    redisUrl: await helpersRedis(redis),
    prefix,
    webhookToken,
    notificationsUrl: `http://127.0.0.1:${relay.address().port}/`,
    clientSdkId: sandbox.clientSdkId,
    privateKey: sandbox.privateKey,
    idvApiUrl: sandbox.idvApiUrl,
    shareApiUrl: sandbox.shareApiUrl,
  };
  instances.push(await instance(settings), await instance(settings));
  return {
    redis,
    instances,
    sandbox,
    reader,
    deliver,
    counts,
    notifiedAt,
    memory: () => Promise.all(instances.map((helper) => helper.memory())),
    close: async () => {
      await Promise.all(instances.map((helper) => helper.stop()));
      relayAgent.destroy();
      relay.close();
      await reader.close();
      await sandbox.stop();
      await redis.close();
    },
  };
}

/**
 * One round: 500 sessions, each started by a caller of its own (its cookie) on either instance;
 * two streams per session (one on each instance), all open before the sandbox finishes any; then
 * late and duplicate notifications up to 5,000 webhooks. `whileOpen` runs with every stream open.
 */
async function round(bench, whileOpen) {
  const { instances, sandbox, reader, deliver, counts, notifiedAt } = bench;
  const deliveredBefore = counts.delivered;
  const sessions = [];
  await pool(
    Array.from({ length: SESSIONS }, (_, i) => i),
    16,
    async (i) => {
      const { origin } = instances[i % 2];
      const created = await exchange(`${origin}/yoti/idv-sessions`, { method: 'POST', headers: { origin } });
      if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body}`);
      const cookie = String(created.headers['set-cookie']?.[0] ?? '').split(';')[0];
      sessions[i] = { id: JSON.parse(created.body).sessionId, cookie };
    },
  );
  const streams = [];
  try {
    for (const { id, cookie } of sessions)
      for (const helper of instances)
        streams.push({ id, stream: openStream(`${helper.origin}/yoti/idv-sessions/${id}/events`, cookie) });
    await Promise.all(streams.map(({ stream }) => stream.first));
    const open = await whileOpen();

    const started = performance.now();
    for (const { id } of sessions) {
      sandbox.completeIdv(id);
      await sleep(FINISH_EVERY_MS);
    }
    await Promise.race([
      Promise.all(streams.map(({ stream }) => stream.ended)),
      sleep(60_000).then(() => {
        throw new Error('the streams did not all end within 60 s');
      }),
    ]);
    const elapsed = performance.now() - started;
    await sleep(200); // the sandbox's last notifications are answered
    const real = counts.delivered - deliveredBefore;
    const topics = ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'];
    await pool(
      Array.from({ length: Math.max(0, WEBHOOKS - real) }, (_, i) => i),
      16,
      (i) => deliver(i % 2, JSON.stringify({ session_id: sessions[i % SESSIONS].id, topic: topics[i % 4] })),
    );

    // Every stream against its session's log.
    const found = { lost: 0, crossed: 0, twice: 0, disordered: 0, events: 0, logged: 0, completed: 0 };
    const latencies = [];
    for (const { id } of sessions) {
      const log = await reader.events('idv', id);
      found.logged += log.length;
      if (JSON.parse(log.at(-1)?.data ?? '{}').state === 'COMPLETED') found.completed += 1;
      for (const { stream } of streams.filter((entry) => entry.id === id)) {
        const ids = stream.messages.map((message) => message.id);
        found.events += ids.length;
        found.twice += ids.length - new Set(ids).size;
        found.lost += log.filter((event) => !ids.includes(event.id)).length;
        if (log.map((event) => event.id).join() !== ids.join()) found.disordered += 1;
        for (const message of stream.messages) {
          const logged = log.find((event) => event.id === message.id);
          if (JSON.parse(message.data).sessionId !== id || (logged && logged.data !== message.data))
            found.crossed += 1;
        }
        for (const message of stream.messages.slice(1)) {
          const cause = (notifiedAt.get(id) ?? []).filter((at) => at <= message.at).at(-1);
          if (cause !== undefined) latencies.push(message.at - cause);
        }
      }
    }
    return {
      ...found,
      open,
      elapsed,
      real,
      webhooks: counts.delivered - deliveredBefore,
      latencies,
      streams: streams.length,
    };
  } finally {
    for (const { stream } of streams) stream.close();
  }
}

export async function liveLoad() {
  const bench = await stack();
  try {
    // A first round, the same as the measured one, warms both helpers up (their code compiled,
    // their pools filled): memory after it is the baseline the measured round must come back to.
    await round(bench, async () => undefined);
    await sleep(500);
    const before = await bench.memory();
    const result = await round(bench, bench.memory);
    await sleep(500);
    const after = await bench.memory();
    // And once more: what one round leaves behind must not add up round after round.
    await round(bench, async () => undefined);
    await sleep(500);
    const again = await bench.memory();
    const { lost, crossed, twice, disordered, latencies, refused = bench.counts.refused } = result;
    const p = (q) => quantile(latencies, q).toFixed(0);
    row(
      'live',
      'event streams open at once (2 instances, 2 per session)',
      String(result.streams),
      'streams',
      `${SESSIONS} sessions, each its own caller, made on either instance; all open before any session finished`,
    );
    row(
      'live',
      'webhooks delivered to the helpers',
      String(result.webhooks),
      'webhooks',
      `${result.real} from the sandbox's notifications (each to one instance and a duplicate to the other), ${result.webhooks - result.real} late or duplicate after the end; refused: ${refused}`,
    );
    row(
      'live',
      'events streamed, checked against the Redis log',
      String(result.events),
      'events',
      `${result.logged} logged (${(result.logged / SESSIONS).toFixed(1)} a session, ${result.completed}/${SESSIONS} COMPLETED); lost ${lost}, crossed ${crossed}, twice ${twice}, out of order ${disordered}`,
    );
    row(
      'live',
      'webhook-to-stream latency, p50 / p99',
      `${p(0.5)} / ${p(0.99)}`,
      'ms',
      `max ${p(1)} ms over ${latencies.length} deliveries; the sandbox finished a session every ${FINISH_EVERY_MS} ms (${(result.elapsed / 1000).toFixed(1)} s in all)`,
    );
    for (const [i, name] of ['A', 'B'].entries()) {
      const [b, o, a, next] = [before[i], result.open[i], after[i], again[i]];
      row(
        'live',
        `helper ${name} heap: before / 500 streams open / after they close`,
        `${mb(b.heapUsed)} / ${mb(o.heapUsed)} / ${mb(a.heapUsed)}`,
        'MB',
        `after full GC, a warm-up round before; ${((a.heapUsed - b.heapUsed) / 1e3).toFixed(0)} kB more after, ${((next.heapUsed - b.heapUsed) / 1e3).toFixed(0)} kB after one more round; RSS ${mb(b.rss)} / ${mb(o.rss)} / ${mb(a.rss)} MB; connections ${b.connections} / ${o.connections} / ${a.connections}`,
      );
    }
    if (lost || crossed || twice || disordered || refused)
      throw new Error('a stream was wrong (see the live rows)');
  } finally {
    await bench.close();
  }
}

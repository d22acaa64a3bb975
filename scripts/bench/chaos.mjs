// Chaos (issue 22): two helper instances in processes of their own on one Redis (behind a proxy
// that can slow it down), the sandbox in its own, for two minutes: clients open event streams and
// drop them at random moments (before the answer, at its head, mid-stream), while other streams
// stay and follow sessions the sandbox finishes; Redis is stopped and restarted once, and slowed to
// 200 ms once. Then: are the processes alive, are their timers, sockets and store followers back
// to where they were, how much did their heaps grow, and did the streams that stayed get every
// event of their sessions' logs, once?
import { request } from 'node:http';
import { delayProxy } from '../../test/support/tcp-proxy.mjs';
import { row } from './rows.mjs';
import { newSession, stack } from './stack.mjs';
import { openStream, pool } from './streams.mjs';

const DURATION_MS = 120_000;
const DROPPERS = 40;
const STEADY_SESSIONS = 60;
const CHAOS_SESSIONS = 100;
const OUTAGE = { at: 30_000, for: 4_000 };
const SLOW = { at: 70_000, for: 10_000, delayMs: 200 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes) => (bytes / 1e6).toFixed(1);

/**
 * Opens one stream and drops it at a random moment: before any answer (20 %), at the answer's
 * head (30 %), or after a random time of up to 1.5 s on it. Resolves what happened.
 */
export function dropOne(url, cookie) {
  return new Promise((resolve) => {
    const moment = Math.random();
    const req = request(url, { headers: { accept: 'text/event-stream', cookie }, agent: false });
    let outcome = 'before the answer';
    req.on('response', (res) => {
      outcome = res.statusCode === 200 ? 'mid-stream' : `answered ${res.statusCode}`;
      res.on('data', () => {});
      if (res.statusCode !== 200) req.destroy();
      else if (moment < 0.5) {
        outcome = 'at the head';
        req.destroy();
      } else setTimeout(() => req.destroy(), Math.random() * 1500);
    });
    req.on('error', () => {});
    req.on('close', () => resolve(outcome));
    req.end();
    if (moment < 0.2) setTimeout(() => req.destroy(), Math.random() * 20);
  });
}

export async function chaos() {
  let proxy;
  const bench = await stack({
    helpersRedis: async (redis) => {
      proxy = await delayProxy(redis.port);
      return `redis://127.0.0.1:${proxy.port}`;
    },
  });
  const { instances, sandbox, reader, redis } = bench;
  try {
    const steady = [];
    const dropped = [];
    await pool(
      Array.from({ length: STEADY_SESSIONS + CHAOS_SESSIONS }, (_, i) => i),
      8,
      async (i) => {
        const made = await newSession(instances[i % 2].origin);
        (i < STEADY_SESSIONS ? steady : dropped).push(made);
      },
    );
    // A warm-up: each instance streams once, so its code and pools are ready; then the baseline.
    await Promise.all(
      instances.map((helper) =>
        dropOne(`${helper.origin}/yoti/idv-sessions/${dropped[0].id}/events`, dropped[0].cookie),
      ),
    );
    await sleep(1000);
    const before = await bench.memory();

    const streams = steady.flatMap(({ id, cookie }) =>
      instances.map((helper) => ({
        id,
        stream: openStream(`${helper.origin}/yoti/idv-sessions/${id}/events`, cookie),
      })),
    );
    await Promise.all(streams.map(({ stream }) => stream.first));

    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const outcomes = {};
    let running = true;
    const droppers = Array.from({ length: DROPPERS }, async () => {
      while (running) {
        const { id, cookie } = dropped[Math.floor(Math.random() * dropped.length)];
        const helper = instances[Math.floor(Math.random() * instances.length)];
        const outcome = await dropOne(`${helper.origin}/yoti/idv-sessions/${id}/events`, cookie);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    });
    // The steady sessions finish one by one over the run, some of them while Redis is away or slow.
    const finishing = (async () => {
      for (const { id } of steady) {
        await sleep((DURATION_MS - 10_000) / STEADY_SESSIONS);
        sandbox.completeIdv(id);
      }
    })();
    const outage = (async () => {
      await sleep(OUTAGE.at);
      await redis.stop();
      await sleep(OUTAGE.for);
      await redis.start();
      await sleep(SLOW.at - OUTAGE.at - OUTAGE.for);
      proxy.setDelay(SLOW.delayMs);
      await sleep(SLOW.for);
      proxy.setDelay(0);
    })();
    await Promise.all([finishing, outage, sleep(DURATION_MS)]);
    running = false;
    await Promise.all(droppers);
    const ran = elapsed();
    await Promise.race([
      Promise.all(streams.map(({ stream }) => stream.ended)),
      sleep(60_000).then(() => {
        throw new Error(
          'the streams that stayed did not all end within a minute of the last session finishing',
        );
      }),
    ]);
    await sleep(2000);
    const after = await bench.memory();

    // The streams that stayed, against their sessions' logs: from the first state each had.
    const found = { lost: 0, twice: 0, events: 0, completed: 0 };
    for (const { id, stream } of streams) {
      const log = await reader.events('idv', id);
      const ids = stream.messages.map((message) => message.id);
      const from = log.findIndex((event) => event.id === ids[0]);
      found.events += ids.length;
      found.twice += ids.length - new Set(ids).size;
      found.lost += log.slice(Math.max(0, from)).filter((event) => !ids.includes(event.id)).length;
      if (JSON.parse(stream.messages.at(-1)?.data ?? '{}').state === 'COMPLETED') found.completed += 1;
    }
    const drops = Object.values(outcomes).reduce((sum, count) => sum + count, 0);
    const alive = instances.filter((helper) => !helper.exited()).length;
    row(
      'chaos',
      'streams dropped at random moments, 2 instances on Redis',
      String(drops),
      'streams',
      `${(ran / 1000).toFixed(0)} s, ${DROPPERS} clients at once: ${Object.entries(outcomes)
        .map(([outcome, count]) => `${count} ${outcome}`)
        .join(
          ', ',
        )}; Redis stopped ${OUTAGE.for / 1000} s at ${OUTAGE.at / 1000} s, slowed to ${SLOW.delayMs} ms for ${SLOW.for / 1000} s at ${SLOW.at / 1000} s`,
    );
    row('chaos', 'helper processes alive after', `${alive} / ${instances.length}`, 'processes');
    for (const [i, name] of ['A', 'B'].entries()) {
      const [b, a] = [before[i], after[i]];
      row(
        'chaos',
        `helper ${name}: timers / sockets / store followers, before -> after`,
        `${b.timers}/${b.sockets}/${b.followers} -> ${a.timers}/${a.sockets}/${a.followers}`,
        'open',
        `heap ${mb(b.heapUsed)} -> ${mb(a.heapUsed)} MB after full GC (${((a.heapUsed - b.heapUsed) / 1e6).toFixed(1)} MB), RSS ${mb(b.rss)} -> ${mb(a.rss)} MB`,
      );
    }
    row(
      'chaos',
      'events to the streams that stayed, checked against the Redis log',
      String(found.events),
      'events',
      `${streams.length} streams (${STEADY_SESSIONS} sessions, one on each instance), ${found.completed} ended COMPLETED; lost ${found.lost}, twice ${found.twice}`,
    );
    const leaked = instances.some(
      (_, i) =>
        after[i].timers > before[i].timers ||
        after[i].followers > before[i].followers ||
        after[i].sockets > before[i].sockets,
    );
    if (alive < instances.length || leaked || found.lost || found.twice || found.completed < streams.length) {
      throw new Error('chaos left something behind, or a stream that stayed was wrong (see the chaos rows)');
    }
  } finally {
    await bench.close();
    await proxy?.close();
  }
}

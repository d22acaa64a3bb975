// Live status under load (issues 16 and 33): two helper instances in processes of their own on one
// Redis, the sandbox notifying them through a relay (stack.mjs). For 1,000, 5,000 and 10,000 event
// streams (two per session, one on each instance, each session its own caller) opened in one burst
// — what every browser does when an instance restarts — then sessions finishing while they are all
// open, and late and duplicate webhooks. Every stream's messages are checked against its session's
// log in Redis: nothing lost, crossed to another session, twice or out of order. The helpers' own
// CPU and event-loop delay are measured apart from the bench's, which shares the 2 cores.
import { execFileSync } from 'node:child_process';
import { quantile, row } from './rows.mjs';
import { newSession, stack } from './stack.mjs';
import { checkAgainstLog, openStream, pool, sleep } from './streams.mjs';

const SIZES = (process.env.BENCH_LIVE_SIZES ?? '1000,5000,10000').split(',').map(Number);
/** Sessions finished in each round, while every stream is open, one every FINISH_EVERY_MS. */
const FINISHED = 500;
const FINISH_EVERY_MS = 30;
const LATE_WEBHOOKS = 1000;
const TOPICS = ['RESOURCE_UPDATE', 'TASK_COMPLETION', 'CHECK_COMPLETION', 'SESSION_COMPLETION'];

const mb = (bytes) => (bytes / 1e6).toFixed(1);
const percent = (share) => `${(share * 100).toFixed(0)} %`;
const withLimit = (ms, what) =>
  sleep(ms).then(() => {
    throw new Error(`${what} within ${ms / 1000} s`);
  });

/** How many files this process may hold open (each stream is a socket). */
function openFilesLimit() {
  try {
    return Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim()) || Infinity;
  } catch {
    return Infinity;
  }
}

/** Every stream of `sessions` checked against its session's log, and the latencies of what was notified. */
async function check(bench, sessions, streams) {
  const found = { lost: 0, crossed: 0, twice: 0, disordered: 0, events: 0, logged: 0 };
  const latencies = [];
  const bySession = new Map(sessions.map(({ id }) => [id, []]));
  for (const entry of streams) bySession.get(entry.id)?.push(entry.stream);
  await pool(sessions, 32, async ({ id }) => {
    const log = await bench.reader.events('idv', id);
    found.logged += log.length;
    for (const stream of bySession.get(id) ?? []) {
      if (stream.status !== 200) continue;
      checkAgainstLog(
        found,
        log,
        stream.messages.map((message) => message.id),
      );
      for (const message of stream.messages) {
        const logged = log.find((event) => event.id === message.id);
        if (JSON.parse(message.data).sessionId !== id || (logged && logged.data !== message.data))
          found.crossed += 1;
      }
      for (const message of stream.messages.slice(1)) {
        const cause = (bench.notifiedAt.get(id) ?? []).filter((at) => at <= message.at).at(-1);
        if (cause !== undefined) latencies.push(message.at - cause);
      }
    }
  });
  return { ...found, latencies };
}

/** One round of `count` streams: made, opened at once, sessions finished, checked, closed. */
async function round(bench, count) {
  const { instances, sandbox } = bench;
  const sessions = [];
  await pool(
    Array.from({ length: count / 2 }, (_, i) => i),
    16,
    async (i) => {
      sessions[i] = await newSession(instances[i % 2].origin);
    },
  );
  await sleep(500);
  const before = await bench.memory();
  await bench.load();
  const benchCpu = process.cpuUsage();
  const burstStart = performance.now();
  const streams = sessions.flatMap(({ id, cookie }) =>
    instances.map((helper) => ({
      id,
      stream: openStream(`${helper.origin}/yoti/idv-sessions/${id}/events`, cookie),
    })),
  );
  try {
    await Promise.race([
      Promise.all(streams.map(({ stream }) => stream.first)),
      withLimit(180_000, 'the streams did not all answer'),
    ]);
    const burstMs = performance.now() - burstStart;
    const burstBench = process.cpuUsage(benchCpu);
    const burstLoad = await bench.load();
    const statuses = {};
    for (const { stream } of streams) statuses[stream.status] = (statuses[stream.status] ?? 0) + 1;
    await sleep(500);
    const open = await bench.memory();

    const finishing = sessions.slice(0, Math.min(FINISHED, sessions.length));
    const ending = new Set(finishing.map(({ id }) => id));
    for (const { id } of finishing) {
      sandbox.completeIdv(id);
      await sleep(FINISH_EVERY_MS);
    }
    await Promise.race([
      Promise.all(streams.filter(({ id }) => ending.has(id)).map(({ stream }) => stream.ended)),
      withLimit(90_000, 'the finished sessions\u2019 streams did not all end'),
    ]);
    const finishLoad = await bench.load();
    await sleep(300); // the sandbox's last notifications are answered
    await pool(
      Array.from({ length: LATE_WEBHOOKS }, (_, i) => i),
      16,
      (i) =>
        bench.deliver(
          i % 2,
          JSON.stringify({ session_id: finishing[i % finishing.length].id, topic: TOPICS[i % 4] }),
        ),
    );
    const found = await check(bench, sessions, streams);
    return {
      count,
      sessions: sessions.length,
      finished: finishing.length,
      statuses,
      burstMs,
      burstBench,
      burstLoad,
      finishLoad,
      before,
      open,
      ...found,
    };
  } finally {
    for (const { stream } of streams) stream.close();
    await sleep(1000);
  }
}

/** The rows of one round. */
function rows(result, after) {
  const { count, statuses, burstMs, burstBench, burstLoad, finishLoad, before, open, latencies } = result;
  const served = statuses[200] ?? 0;
  const refused = Object.entries(statuses)
    .filter(([status]) => status !== '200')
    .map(([status, n]) => `${n} answered ${status}`)
    .join(', ');
  row(
    'live',
    `${count} streams on 2 instances, opened in one burst: served`,
    `${served} / ${count}`,
    'streams',
    `${refused || 'none refused'}; every one answered within ${(burstMs / 1000).toFixed(1)} s (openings admitted 64 at a time per instance, the rest waited their turn)`,
  );
  const p = (q) => (latencies.length ? quantile(latencies, q).toFixed(0) : '-');
  row(
    'live',
    `${count} streams: webhook-to-stream p50 / p99`,
    `${p(0.5)} / ${p(0.99)}`,
    'ms',
    `max ${p(1)} ms over ${latencies.length} deliveries, ${result.finished} sessions finished one every ${FINISH_EVERY_MS} ms with all ${count} open; ${result.events} events checked against ${result.logged} logged: lost ${result.lost}, crossed ${result.crossed}, twice ${result.twice}, out of order ${result.disordered}`,
  );
  const perStream = (i) => ((open[i].heapUsed - before[i].heapUsed) / (count / 2) / 1000).toFixed(1);
  row(
    'live',
    `${count} streams: heap per stream, helper A / B`,
    `${perStream(0)} / ${perStream(1)}`,
    'kB',
    `after full GC; heap A ${mb(before[0].heapUsed)} -> ${mb(open[0].heapUsed)} -> ${mb(after[0].heapUsed)} MB (before, open, closed), B ${mb(before[1].heapUsed)} -> ${mb(open[1].heapUsed)} -> ${mb(after[1].heapUsed)} MB; RSS A ${mb(before[0].rss)} -> ${mb(open[0].rss)} MB, B ${mb(before[1].rss)} -> ${mb(open[1].rss)} MB`,
  );
  const wall = burstMs * 1000;
  row(
    'live',
    `${count} streams: CPU in the burst, helper A / B / the bench`,
    `${percent(burstLoad[0].cpu)} / ${percent(burstLoad[1].cpu)} / ${percent((burstBench.user + burstBench.system) / wall)}`,
    'of a core',
    `event-loop delay p99 in the burst A ${burstLoad[0].delayP99.toFixed(0)} / B ${burstLoad[1].delayP99.toFixed(0)} ms (max ${burstLoad[0].delayMax.toFixed(0)} / ${burstLoad[1].delayMax.toFixed(0)}); while sessions finished: CPU ${percent(finishLoad[0].cpu)} / ${percent(finishLoad[1].cpu)}, delay p99 ${finishLoad[0].delayP99.toFixed(0)} / ${finishLoad[1].delayP99.toFixed(0)} ms. 2 cores for 2 helpers, the sandbox, Redis and the bench's own ${count} sockets: past ~100 % in all, the load generator is the limit`,
  );
}

export async function liveLoad() {
  const files = openFilesLimit();
  const bench = await stack();
  let wrong = false;
  try {
    // A first round warms both helpers up (their code compiled, their pools filled).
    await round(bench, 200);
    for (const count of SIZES) {
      if (count + 1000 > files) {
        row(
          'live',
          `${count} streams`,
          'skipped',
          '',
          `this process may open ${files} files (ulimit -n): raise it to ${count + 2000}`,
        );
        continue;
      }
      const result = await round(bench, count);
      const after = await bench.memory();
      rows(result, after);
      const { lost, crossed, twice, disordered } = result;
      if (lost || crossed || twice || disordered || (result.statuses[200] ?? 0) < count) wrong = true;
    }
  } finally {
    await bench.close();
  }
  if (wrong) throw new Error('a stream was refused or wrong (see the live rows)');
}

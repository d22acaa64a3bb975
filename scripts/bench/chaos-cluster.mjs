// Chaos on a Redis Cluster (issue 33): two helper instances on a 3-primary cluster with a replica
// for each, 200 sessions streamed on both instances and finishing one by one; a few seconds in, the
// primary that owns the most of them is killed (no shutdown) and its replica takes over. Then: are
// the processes alive and back to the timers, sockets and store followers they had, and did every
// stream get every event of its session's log, once, in order?
import { row } from './rows.mjs';
import { newSession, stack } from './stack.mjs';
import { checkAgainstLog, openStream, pool, sleep } from './streams.mjs';

const SESSIONS = 200;
const FINISH_EVERY_MS = 100;
const KILL_AT_MS = 6_000;

export async function chaosCluster() {
  const bench = await stack({ cluster: true });
  const { instances, sandbox, reader, redis, prefix } = bench;
  try {
    const sessions = [];
    await pool(
      Array.from({ length: SESSIONS }, (_, i) => i),
      8,
      async (i) => {
        sessions[i] = await newSession(instances[i % 2].origin);
      },
    );
    await sleep(1000);
    const before = await bench.memory();
    const streams = sessions.flatMap(({ id, cookie }) =>
      instances.map((helper) => ({
        id,
        stream: openStream(`${helper.origin}/yoti/idv-sessions/${id}/events`, cookie),
      })),
    );
    await Promise.all(streams.map(({ stream }) => stream.first));
    const refusedAtOpen = streams.filter(({ stream }) => stream.status !== 200).length;

    // The primary that owns the most of the sessions' logs is the one to go.
    const owners = new Map();
    for (const { id } of sessions) {
      const { port } = await redis.ownerOf(`${prefix}{idv:${id}}:log`);
      owners.set(port, (owners.get(port) ?? 0) + 1);
    }
    const [victim, owned] = [...owners].sort((a, b) => b[1] - a[1])[0];
    const refusedBefore = bench.counts.refused;
    let whole = 0;
    const failover = (async () => {
      await sleep(KILL_AT_MS);
      await redis.replicated();
      const killed = performance.now();
      await redis.kill(victim);
      await redis.waitUntilOk();
      whole = performance.now() - killed;
    })();
    for (const { id } of sessions) {
      sandbox.completeIdv(id);
      await sleep(FINISH_EVERY_MS);
    }
    await failover;
    await Promise.race([
      Promise.all(streams.map(({ stream }) => stream.ended)),
      sleep(90_000).then(() => {
        throw new Error('the streams did not all end within 90 s of the last session finishing');
      }),
    ]);
    await sleep(2000);
    await bench.quiet();
    const after = await bench.memory();

    const found = { lost: 0, twice: 0, disordered: 0, events: 0, completed: 0 };
    for (const { id, stream } of streams) {
      const log = await reader.events('idv', id);
      checkAgainstLog(
        found,
        log,
        stream.messages.map((message) => message.id),
      );
      if (JSON.parse(stream.messages.at(-1)?.data ?? '{}').state === 'COMPLETED') found.completed += 1;
    }
    const alive = instances.filter((helper) => !helper.exited()).length;
    row(
      'chaos',
      'cluster: a primary killed mid-stream, its replica promoted',
      (whole / 1000).toFixed(1),
      's to whole',
      `3 primaries with a replica each; the one killed (SIGKILL) owned ${owned} of ${SESSIONS} sessions, ${KILL_AT_MS / 1000} s into them finishing one every ${FINISH_EVERY_MS} ms; webhooks the helpers refused meanwhile: ${bench.counts.refused - refusedBefore} (the sandbox tries again, and the helpers read every streamed session once the cluster is back); streams refused at opening: ${refusedAtOpen}`,
    );
    row(
      'chaos',
      'cluster: events to the streams, checked against the logs',
      String(found.events),
      'events',
      `${streams.length} streams (${SESSIONS} sessions, one on each instance), ${found.completed} ended COMPLETED; lost ${found.lost}, twice ${found.twice}, out of order ${found.disordered}`,
    );
    row(
      'chaos',
      'cluster: helper processes alive after; timers / sockets / followers',
      `${alive} / ${instances.length}`,
      'processes',
      instances
        .map(
          (_, i) =>
            `${'AB'[i]} ${before[i].timers}/${before[i].sockets}/${before[i].followers} -> ${after[i].timers}/${after[i].sockets}/${after[i].followers}`,
        )
        .join(', '),
    );
    const leaked = instances.some(
      (_, i) =>
        after[i].timers > before[i].timers ||
        after[i].sockets > before[i].sockets ||
        after[i].followers > before[i].followers,
    );
    if (
      alive < instances.length ||
      leaked ||
      found.lost ||
      found.twice ||
      found.disordered ||
      found.completed < streams.length
    )
      throw new Error(
        'the cluster failover lost or repeated an event, or left something behind (see the chaos rows)',
      );
  } finally {
    await bench.close();
  }
}

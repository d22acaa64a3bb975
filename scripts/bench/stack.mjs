// The live benches' stack: Redis (one server, or a cluster with a replica for each primary), the
// sandbox and two helper instances in processes of their own, a relay standing in for the load
// balancer in front of the helpers' webhook route (each notification to one instance, and a
// duplicate to the other), and a store reading the logs back. Everything it starts it stops, and a
// child process never outlives the bench (child.mjs, test/support/servers.mjs).
import { randomBytes } from 'node:crypto';
import { Agent, createServer } from 'node:http';
import { startRedis } from '../../test/support/redis.mjs';
import { startRedisCluster } from '../../test/support/redis-cluster.mjs';
import { exchange, forkChild } from './child.mjs';
import { sandboxProcess } from './sandbox-process.mjs';

const PROCESSING_MS = 1_500;

/** A helper instance in its own process; resolves its origin, memory(), load(), exited() and stop(). */
async function instance(settings) {
  const { first, child, stop } = await forkChild(
    new URL('./live-instance.mjs', import.meta.url),
    [JSON.stringify(settings)],
    {
      name: 'a helper instance',
      execArgv: [
        '--expose-gc',
        ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      ],
    },
  );
  const ask = (what) =>
    new Promise((resolve) => {
      const answer = (message) => {
        if (!message?.[what]) return;
        child.off('message', answer);
        resolve(message[what]);
      };
      child.on('message', answer);
      child.send(what);
    });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return {
    origin: `http://127.0.0.1:${first.port}`,
    memory: () => ask('memory'),
    load: () => ask('load'),
    stop,
    exited: () => exited,
  };
}

/**
 * Starts the stack. `cluster`: a Redis Cluster (3 primaries, a replica each) instead of one Redis.
 * `helpersRedis(redis)` gives the URL the helpers reach one Redis at (a proxy in front of it, say).
 */
export async function stack({ cluster = false, helpersRedis = async (redis) => redis.url } = {}) {
  const { redisStore } = await import(`${process.cwd()}/dist/node/server-redis.js`);
  const started = [];
  const close = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  try {
    const redis = cluster ? await startRedisCluster({ replicas: 1 }) : await startRedis();
    started.push(() => redis.close());
    const where = cluster ? { cluster: { rootNodes: redis.rootNodes } } : { url: await helpersRedis(redis) };
    const sandbox = await sandboxProcess({ idvProcessingMs: PROCESSING_MS });
    started.push(() => sandbox.stop());
    const webhookToken = randomBytes(24).toString('hex');
    const prefix = `bench:${Date.now()}:`;
    const instances = [];
    const relayAgent = new Agent({ keepAlive: true, maxSockets: 64 });
    const counts = { delivered: 0, refused: 0 };
    /** When the relay had each session's notifications, to measure webhook-to-stream latency. */
    const notifiedAt = new Map();
    /** Delivers one webhook body to instance `to`, as the load balancer would; resolves its status (0: no answer). */
    const deliver = async (to, body) => {
      counts.delivered += 1;
      try {
        const answer = await exchange(`${instances[to].origin}/yoti/notifications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${webhookToken}` },
          body,
          agent: relayAgent,
        });
        if (answer.status !== 200) counts.refused += 1;
        return answer.status;
      } catch {
        counts.refused += 1;
        return 0;
      }
    };
    let turn = 0;
    const relay = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', async () => {
        let id;
        try {
          id = JSON.parse(body).session_id;
        } catch {
          res.writeHead(400).end();
          return;
        }
        notifiedAt.set(id, [...(notifiedAt.get(id) ?? []), performance.now()]);
        turn += 1;
        const statuses = await Promise.all([deliver(turn % 2, body), deliver((turn + 1) % 2, body)]);
        // Yoti is told what the helpers said: a webhook neither took (its store away) is tried again.
        res.writeHead(statuses.includes(200) ? 200 : 503).end();
      });
      req.on('error', () => undefined);
    });
    await new Promise((resolve) => relay.listen(0, '127.0.0.1', resolve));
    started.push(async () => {
      relayAgent.destroy();
      relay.close();
    });
    const reader = redisStore({ ...where, prefix, onError: () => {} });
    await reader.ready;
    started.push(() => reader.close());
    const settings = {
      where,
      prefix,
      webhookToken,
      notificationsUrl: `http://127.0.0.1:${relay.address().port}/`,
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      idvApiUrl: sandbox.idvApiUrl,
      shareApiUrl: sandbox.shareApiUrl,
    };
    for (let i = 0; i < 2; i += 1) {
      const helper = await instance(settings);
      instances.push(helper);
      started.push(() => helper.stop());
    }
    return {
      redis,
      where,
      prefix,
      instances,
      sandbox,
      reader,
      deliver,
      counts,
      notifiedAt,
      memory: () => Promise.all(instances.map((helper) => helper.memory())),
      /** Closes the relay's idle keep-alive connections (each holds a socket and a timer on a helper). */
      quiet: async () => {
        relayAgent.destroy();
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
      load: () => Promise.all(instances.map((helper) => helper.load())),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A new IDV session on `origin`, by a caller of its own; resolves its ID and cookie (tries again on a refusal). */
export async function newSession(origin) {
  for (let attempt = 0; ; attempt += 1) {
    const created = await exchange(`${origin}/yoti/idv-sessions`, {
      method: 'POST',
      headers: { origin },
    }).catch((error) => ({ status: 0, body: error.message, headers: {} }));
    if (created.status === 201) {
      const cookie = String(created.headers['set-cookie']?.[0] ?? '').split(';')[0];
      return { id: JSON.parse(created.body).sessionId, cookie };
    }
    if (attempt > 20) throw new Error(`create: ${created.status} ${created.body}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

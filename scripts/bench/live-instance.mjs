// One helper instance of the live-status benches, in a process of its own (as behind a load
// balancer): the built helper on a Redis store (one Redis or a cluster), over node:http. Told its
// settings as JSON in argv; says its port over IPC. Answers 'memory' with its heap and RSS after a
// full GC and what it holds open (timers, sockets, store followers), and 'load' with its own CPU
// time and event-loop delay since the last 'load' (what the helper spends, apart from the bench).
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const { createYotiHandler, toNodeListener } = await import(`${process.cwd()}/dist/node/server.js`);
const { redisStore } = await import(`${process.cwd()}/dist/node/server-redis.js`);
const settings = JSON.parse(process.argv[2]);

const redis = redisStore({ ...settings.where, prefix: settings.prefix, onError: () => {} });
await redis.ready;
/** The store, counting its followers: a stream that outlived its browser shows as one that never went. */
let followers = 0;
const store = {
  ...redis,
  ready: redis.ready,
  follow: async (kind, id, listener) => {
    const unfollow = await redis.follow(kind, id, listener);
    followers += 1;
    let gone = false;
    return () => {
      if (gone) return;
      gone = true;
      followers -= 1;
      unfollow();
    };
  },
};
const handler = createYotiHandler({
  clientSdkId: settings.clientSdkId,
  privateKey: settings.privateKey,
  idvApiUrl: settings.idvApiUrl,
  shareApiUrl: settings.shareApiUrl,
  store,
  webhookAuthToken: settings.webhookToken,
  onError: () => {},
  // Every client of the bench comes from 127.0.0.1: the limits are the bench's, not a site's.
  limits: {
    sessionsPerMinute: 100_000,
    sessionsPerMinutePerAddress: 100_000,
    readsPerMinute: 100_000,
    streamsPerCaller: 1000,
  },
  idv: {
    client_session_token_ttl: 600,
    resources_ttl: 87_000,
    requested_checks: [
      { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
      { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
    ],
    requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
    notifications: {
      endpoint: settings.notificationsUrl,
      auth_token: settings.webhookToken,
      auth_type: 'BEARER',
    },
  },
});
const server = createServer({ keepAliveTimeout: 60_000 }, toNodeListener(handler));
// A burst of thousands of connections at once: the kernel's queue of them, as a host would set it.
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () =>
  process.send({ port: server.address().port }),
);

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let cpuFrom = process.cpuUsage();
let wallFrom = performance.now();

const memory = async () => {
  // Twice, with a turn between: what finalizers let go (a request's signal links) goes too.
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  const resources = process.getActiveResourcesInfo();
  const timers = resources.filter((name) => name === 'Timeout').length;
  const sockets = resources.filter((name) => name === 'TCPSocketWrap').length;
  return { heapUsed, rss, timers, sockets, followers };
};
const load = () => {
  const cpu = process.cpuUsage(cpuFrom);
  const wall = performance.now() - wallFrom;
  const figures = {
    cpu: (cpu.user + cpu.system) / 1000 / wall,
    delayP50: delay.percentile(50) / 1e6,
    delayP99: delay.percentile(99) / 1e6,
    delayMax: delay.max / 1e6,
  };
  cpuFrom = process.cpuUsage();
  wallFrom = performance.now();
  delay.reset();
  return figures;
};
process.on('message', async (message) => {
  if (message === 'memory') {
    const figures = await memory();
    server.getConnections((_, connections) => process.send({ memory: { ...figures, connections } }));
  }
  if (message === 'load') process.send({ load: load() });
  if (message === 'stop') {
    server.closeAllConnections();
    server.close();
    void redis.close().then(() => process.exit(0));
  }
});

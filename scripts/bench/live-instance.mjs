// One helper instance of the live-status benches, in a process of its own (as behind a load
// balancer): the built helper on a Redis store, over node:http. Told its settings as JSON in
// argv; says its port over IPC, and answers 'memory' with its heap and RSS after a full GC and
// what it holds open: timers, sockets and store followers.
import { createServer } from 'node:http';

const { createYotiHandler, toNodeListener } = await import(`${process.cwd()}/dist/node/server.js`);
const { redisStore } = await import(`${process.cwd()}/dist/node/server-redis.js`);
const settings = JSON.parse(process.argv[2]);

const redis = redisStore({ url: settings.redisUrl, prefix: settings.prefix, onError: () => {} });
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
    sessionsPerMinute: 1000,
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
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

const memory = () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  const resources = process.getActiveResourcesInfo();
  const timers = resources.filter((name) => name === 'Timeout').length;
  const sockets = resources.filter((name) => name === 'TCPSocketWrap').length;
  return { heapUsed, rss, timers, sockets, followers };
};
process.on('message', (message) => {
  if (message === 'memory')
    server.getConnections((_, connections) => process.send({ memory: { ...memory(), connections } }));
  if (message === 'stop') {
    server.closeAllConnections();
    server.close();
    void redis.close().then(() => process.exit(0));
  }
});

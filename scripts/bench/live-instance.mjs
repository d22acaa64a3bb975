// One helper instance of the live-status load bench, in a process of its own (as behind a load
// balancer): the built helper on a Redis store, over node:http. Told its settings as JSON in
// argv; says its port over IPC, and answers 'memory' with its heap and RSS after a full GC.
import { createServer } from 'node:http';

const { createYotiHandler, toNodeListener } = await import(`${process.cwd()}/dist/node/server.js`);
const { redisStore } = await import(`${process.cwd()}/dist/node/server-redis.js`);
const settings = JSON.parse(process.argv[2]);

const store = redisStore({ url: settings.redisUrl, prefix: settings.prefix });
await store.ready;
const handler = createYotiHandler({
  clientSdkId: settings.clientSdkId,
  privateKey: settings.privateKey,
  idvApiUrl: settings.idvApiUrl,
  shareApiUrl: settings.shareApiUrl,
  store,
  webhookAuthToken: settings.webhookToken,
  limits: { sessionsPerMinute: 1000 },
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
  return { heapUsed, rss };
};
process.on('message', (message) => {
  if (message === 'memory')
    server.getConnections((_, connections) => process.send({ memory: { ...memory(), connections } }));
  if (message === 'stop') {
    server.closeAllConnections();
    server.close();
    void store.close().then(() => process.exit(0));
  }
});

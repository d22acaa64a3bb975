// Two helper instances on one Redis behind a load balancer, with a real browser (issue 16): a
// webhook to instance A reaches the page streaming from instance B in under a second; B stops
// mid-stream, and the browser's EventSource reconnects (through the balancer, now to A) with
// Last-Event-ID and receives every event it missed, none twice.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startSandbox } from '../../src/sandbox/index.js';
import { type RedisStore, redisStore } from '../../src/server/store/redis-store.js';
import { startRedis } from '../support/redis.mjs';
import { IDV_SPEC, startHelper, WEBHOOK_TOKEN } from '../support/stack.js';

/** A load balancer: B while it answers, else A; and a blank page of its own at /. */
async function startBalancer(upstreams: { a: () => string; b: () => string | undefined }): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>failover</title>');
      return;
    }
    const forward = (target: string, fallback?: string) => {
      const url = new URL(target);
      const upstream = httpRequest(
        { host: url.hostname, port: url.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          // An upstream that dies mid-answer ends the browser's connection too, as a proxy does.
          answer.on('close', () => answer.complete || res.destroy());
        },
      );
      upstream.on('error', () => (fallback ? forward(fallback) : res.destroy()));
      req.pipe(upstream);
    };
    const b = upstreams.b();
    forward(b ?? upstreams.a(), b ? upstreams.a() : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

test('a stream on instance B moves to instance A when B stops, with Last-Event-ID: nothing lost, nothing twice', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const redis = await startRedis();
  const sandbox = await startSandbox({ idvProcessingMs: 2400 });
  const prefix = `failover${Date.now()}:`;
  const stores: RedisStore[] = [
    redisStore({ url: redis.url, prefix }),
    redisStore({ url: redis.url, prefix }),
  ];
  await Promise.all(stores.map((store) => store.ready));
  let a: Awaited<ReturnType<typeof startHelper>> | undefined;
  const options = (store: RedisStore) => ({
    store,
    allowedOrigins: [] as string[],
    idv: () => ({
      ...IDV_SPEC,
      notifications: {
        endpoint: `${a?.origin}/yoti/notifications`,
        auth_token: WEBHOOK_TOKEN,
        auth_type: 'BEARER',
      },
    }),
  });
  a = await startHelper(sandbox, options(stores[0] as RedisStore));
  let b: Awaited<ReturnType<typeof startHelper>> | undefined = await startHelper(
    sandbox,
    options(stores[1] as RedisStore),
  );
  const balancer = await startBalancer({ a: () => a?.origin ?? '', b: () => b?.origin });
  const site = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`;
  try {
    await page.goto(`${site}/`);
    // The page creates a session (through the balancer: on B) and follows it with EventSource.
    const sessionId = await page.evaluate(async () => {
      const created = await (await fetch('/yoti/idv-sessions', { method: 'POST' })).json();
      const events: Array<{ id: string; state: string; at: number }> = [];
      Object.assign(window, { events });
      const source = new EventSource(`/yoti/idv-sessions/${created.sessionId}/events`);
      source.addEventListener('status', (event) => {
        events.push({ id: event.lastEventId, state: JSON.parse(event.data).state, at: Date.now() });
      });
      return created.sessionId as string;
    });
    const events = () =>
      page.evaluate(
        () => (window as unknown as { events: Array<{ id: string; state: string; at: number }> }).events,
      );
    await expect.poll(async () => (await events()).length).toBe(1);

    const finished = Date.now();
    sandbox.completeIdv(sessionId); // Yoti's webhook goes to A; the page streams from B
    await expect.poll(async () => (await events()).length).toBe(2);
    const latency = ((await events())[1]?.at ?? 0) - finished;
    console.log(`failover: webhook to A -> the page streaming from B in ${latency} ms`);
    expect(latency).toBeLessThan(1000);

    await b.close(); // B goes away mid-stream; the balancer now sends everything to A
    b = undefined;
    await expect.poll(async () => (await events()).at(-1)?.state, { timeout: 15_000 }).toBe('COMPLETED');
    const received = (await events()).map((event) => event.id);
    const published = (await (stores[0] as RedisStore).events('idv', sessionId)).map((event) => event.id);
    expect(received).toEqual(published);
    expect(new Set(received).size).toBe(received.length);
    expect(received.length).toBe(4);
  } finally {
    balancer.closeAllConnections();
    balancer.close();
    await b?.close();
    await a.close();
    await Promise.all(stores.map((store) => store.close()));
    await sandbox.close();
    await redis.close();
  }
});

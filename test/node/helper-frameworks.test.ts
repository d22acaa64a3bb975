// The helper inside frameworks (issue 26): made lazily, so that a build (Next.js, SvelteKit) that
// imports the route module needs no secrets; and the browser's Host honoured where the framework
// hands the handler a Request whose URL names another host (Next.js: http://localhost:PORT).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import {
  createYotiHandler,
  toNextRoute,
  toSvelteKitRoute,
  withClientAddress,
  type YotiHandlerOptions,
} from '../../src/server/index.js';
import { IDV_SPEC } from '../support/stack.js';

describe('the helper in frameworks', () => {
  let sandbox: Sandbox;
  let options: YotiHandlerOptions;
  before(async () => {
    sandbox = await startSandbox({ idvProcessingMs: 0 });
    options = {
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      idvApiUrl: sandbox.idvApiUrl,
      shareApiUrl: sandbox.shareApiUrl,
      idv: IDV_SPEC,
    };
  });
  after(() => sandbox.close());

  const post = (url: string, headers: Record<string, string>) =>
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });

  it('made from a function, reads its options at the first request only, then serves every request', async () => {
    let reads = 0;
    const yoti = createYotiHandler(() => {
      reads += 1;
      return options;
    });
    assert.equal(reads, 0, 'nothing is read when the module loads');
    assert.equal(yoti.basePath, '/yoti');
    const origin = 'http://shop.example';
    const first = await yoti(post(`${origin}/yoti/idv-sessions`, { origin }));
    assert.equal(first.status, 201);
    const second = await yoti(post(`${origin}/yoti/idv-sessions`, { origin }));
    assert.equal(second.status, 201);
    assert.equal(reads, 1);
    // The server-side API waits for it too.
    const created = await yoti.createIdvSession(new Request(`${origin}/`));
    assert.match(created.sessionId, /^[0-9a-f-]{36}$/);
  });

  it('whose options are not there yet (a build, a missing secret) answers 500 and reads them again next time', async () => {
    let secret: string | undefined;
    const yoti = createYotiHandler(() => ({ ...options, clientSdkId: secret as string }));
    const errors: unknown[][] = [];
    const printed = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const origin = 'http://shop.example';
      const refused = await yoti(post(`${origin}/yoti/idv-sessions`, { origin }));
      assert.equal(refused.status, 500);
      assert.equal((await refused.json()).error.code, 'internal_error');
      assert.match(String(errors[0]?.[1]), /clientSdkId/);
      secret = sandbox.clientSdkId;
      assert.equal((await yoti(post(`${origin}/yoti/idv-sessions`, { origin }))).status, 201);
    } finally {
      console.error = printed;
    }
  });

  it("checks the Origin against the browser's Host when the framework's request URL names another", async () => {
    const yoti = createYotiHandler(options);
    // Next.js passes http://localhost:PORT as the URL, whatever the Host the browser sent.
    const allowed = await yoti(
      post('http://localhost:3000/yoti/idv-sessions', {
        host: 'shop.example:8080',
        origin: 'http://shop.example:8080',
      }),
    );
    assert.equal(allowed.status, 201);
    const refused = await yoti(
      post('http://localhost:3000/yoti/idv-sessions', {
        host: 'shop.example:8080',
        origin: 'http://evil.example',
      }),
    );
    assert.equal(refused.status, 403);
    assert.match((await refused.json()).error.message, /expects http:\/\/shop\.example:8080/);
  });

  /** Creates IDV sessions from the client at `address` (as the adapter under test hands it over) until refused. */
  async function statuses(send: (request: Request) => Promise<Response>, count: number) {
    const answered: number[] = [];
    for (let i = 0; i < count; i += 1)
      answered.push(
        (
          await send(
            post('http://shop.example/yoti/idv-sessions', {
              origin: 'http://shop.example',
              host: 'shop.example',
            }),
          )
        ).status,
      );
    return answered;
  }

  it("toNextRoute counts each client by the address Next's server forwards, and says nothing about Next's own X-Forwarded-* headers", async () => {
    const told: unknown[] = [];
    const route = toNextRoute(
      createYotiHandler({
        ...options,
        limits: { sessionsPerMinutePerAddress: 2 },
        onError: (error) => told.push(error),
      }),
    );
    const from = (address: string) => (request: Request) => {
      request.headers.set('x-forwarded-for', address);
      request.headers.set('x-forwarded-host', 'shop.example');
      request.headers.set('x-forwarded-proto', 'http');
      return route.POST(request);
    };
    assert.deepEqual(await statuses(from('203.0.113.7'), 3), [201, 201, 429]);
    assert.deepEqual(await statuses(from('203.0.113.8'), 1), [201], 'another client has its own count');
    assert.deepEqual(told, []);
  });

  it('toSvelteKitRoute counts each client by the address the adapter gives', async () => {
    const route = toSvelteKitRoute(
      createYotiHandler({ ...options, limits: { sessionsPerMinutePerAddress: 2 } }),
    );
    const from = (address: string) => (request: Request) =>
      route.POST({ request, getClientAddress: () => address });
    assert.deepEqual(await statuses(from('198.51.100.1'), 3), [201, 201, 429]);
    assert.deepEqual(await statuses(from('198.51.100.2'), 1), [201]);
  });

  it('withClientAddress gives a Fetch-API host (Hono, Bun, Deno) per-client counts; without it, clients share one', async () => {
    const yoti = createYotiHandler({ ...options, limits: { sessionsPerMinutePerAddress: 2 } });
    assert.deepEqual(
      await statuses((request) => yoti(withClientAddress(request, '192.0.2.1')), 3),
      [201, 201, 429],
    );
    assert.deepEqual(await statuses((request) => yoti(withClientAddress(request, '192.0.2.2')), 1), [201]);
    assert.deepEqual(await statuses(yoti, 3), [201, 201, 429], 'no address: one shared count');
  });
});

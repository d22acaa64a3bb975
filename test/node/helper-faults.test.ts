import assert from 'node:assert/strict';
import { type AddressInfo, createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FaultRoute } from '../../src/sandbox/index.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * A new session this test's browser created (so that it may read it), made before any fault is
 * queued: each read test has its own, since the helper shares one read of a session for a second.
 */
async function created(stack: Stack, kind: 'share' | 'idv'): Promise<string> {
  const { body } = await stack.call('POST', `/yoti/${kind}-sessions`);
  return body.sessionId;
}

/** Each helper route and the sandbox route its first call to Yoti goes through. */
const ROUTES: Array<{
  name: string;
  route: FaultRoute;
  /** Makes what the call needs before the fault is queued (the session a GET reads). */
  prepare?: (stack: Stack) => Promise<string>;
  call: (stack: Stack, id: string) => ReturnType<Stack['call']>;
}> = [
  {
    name: 'POST /share-sessions',
    route: 'share.createSession',
    call: (s) => s.call('POST', '/yoti/share-sessions'),
  },
  {
    name: 'POST /share-sessions (its QR code)',
    route: 'share.createQrCode',
    call: (s) => s.call('POST', '/yoti/share-sessions'),
  },
  {
    name: 'GET /share-sessions/:id',
    route: 'share.getSession',
    prepare: (s) => created(s, 'share'),
    call: (s, id) => s.call('GET', `/yoti/share-sessions/${id}`),
  },
  {
    name: 'POST /idv-sessions',
    route: 'idv.createSession',
    call: (s) => s.call('POST', '/yoti/idv-sessions'),
  },
  {
    name: 'GET /idv-sessions/:id',
    route: 'idv.getSession',
    prepare: (s) => created(s, 'idv'),
    call: (s, id) => s.call('GET', `/yoti/idv-sessions/${id}`),
  },
];

const EXPECTED: Array<{
  fault: { status?: number; body?: string };
  status: number;
  code: string;
  retryable: boolean;
}> = [
  { fault: { status: 401 }, status: 502, code: 'yoti_unauthorised', retryable: false },
  { fault: { status: 403 }, status: 502, code: 'yoti_forbidden', retryable: false },
  { fault: { status: 400 }, status: 502, code: 'yoti_rejected_request', retryable: false },
  { fault: { status: 500 }, status: 502, code: 'yoti_error', retryable: true },
  { fault: { body: '{"id": "trunc' }, status: 502, code: 'yoti_bad_response', retryable: true },
  { fault: { body: '{"unexpected": true}' }, status: 502, code: 'yoti_bad_response', retryable: true },
];

describe('Yoti faults through the sandbox are mapped, on every route', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({
      timeoutMs: 500,
      limits: { sessionsPerMinute: 1000, sessionsPerMinutePerAddress: 1000, readsPerMinute: 1000 },
    });
  });
  after(() => stack.close());

  for (const { name, route, prepare, call } of ROUTES) {
    for (const { fault, status, code, retryable } of EXPECTED) {
      it(`${name}: Yoti ${fault.status ?? `200 ${fault.body}`} -> ${status} ${code}`, async () => {
        const id = (await prepare?.(stack)) ?? '';
        stack.sandbox.fault(route, fault);
        const answer = await call(stack, id);
        assert.equal(answer.status, status);
        assert.equal(answer.body.error.code, code);
        assert.equal(answer.body.error.retryable, retryable);
        assert.ok(
          !/at .+\(.+:\d+:\d+\)|SANDBOX_FAULT|Injected/.test(JSON.stringify(answer.body)),
          'no stack or raw Yoti text',
        );
      });
    }

    it(`${name}: Yoti 503 once is retried and the call succeeds`, async () => {
      const id = (await prepare?.(stack)) ?? '';
      stack.sandbox.fault(route, { status: 503 });
      const answer = await call(stack, id);
      assert.notEqual(answer.body?.error?.code, 'yoti_unavailable');
    });

    it(`${name}: Yoti 503 on every attempt -> 503 yoti_unavailable after 3 attempts`, async () => {
      const id = (await prepare?.(stack)) ?? '';
      const before = stack.sandbox.calls[route];
      stack.sandbox.fault(route, { status: 503, times: 3 });
      const answer = await call(stack, id);
      assert.equal(answer.status, 503);
      assert.equal(answer.body.error.code, 'yoti_unavailable');
      assert.equal(answer.body.error.retryable, true);
      assert.equal(stack.sandbox.calls[route] - before, 3);
    });

    it(`${name}: Yoti slower than timeoutMs -> 504 yoti_timeout, asked once`, async () => {
      const id = (await prepare?.(stack)) ?? '';
      const before = stack.sandbox.calls[route];
      // Yoti would answer, successfully, after 5 s: a 504 proves the helper answered without it
      // (had it waited, the call would have succeeded), and one call that it did not ask again.
      stack.sandbox.fault(route, { delayMs: 5000 });
      const answer = await call(stack, id);
      assert.equal(answer.status, 504);
      assert.equal(answer.body.error.code, 'yoti_timeout');
      assert.equal(stack.sandbox.calls[route] - before, 1, 'a timeout is not retried');
    });
  }

  it('Yoti unreachable -> retried, then 502 yoti_unreachable', async () => {
    // A "Yoti" that drops every connection it accepts, counting them: each attempt is one.
    let attempts = 0;
    const dropping = createServer((socket) => {
      attempts += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', resolve));
    const { port } = dropping.address() as AddressInfo;
    const unreachable = await startStack({
      shareApiUrl: `http://127.0.0.1:${port}/share`,
      idvApiUrl: `http://127.0.0.1:${port}/idverify/v1`,
    });
    try {
      for (const path of ['/yoti/share-sessions', '/yoti/idv-sessions']) {
        attempts = 0;
        const answer = await unreachable.call('POST', path);
        assert.equal(answer.status, 502);
        assert.equal(answer.body.error.code, 'yoti_unreachable');
        assert.equal(attempts, 3, `${path}: 3 attempts, then the error`);
      }
    } finally {
      await unreachable.close();
      await new Promise((resolve) => dropping.close(resolve));
    }
  });

  it('a wrong private key is refused by the sandbox (401) and mapped to yoti_unauthorised', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs1',
      format: 'pem',
    });
    const wrong = await startStack({ privateKey: otherKey.toString() });
    try {
      const answer = await wrong.call('POST', '/yoti/share-sessions');
      assert.equal(answer.status, 502);
      assert.equal(answer.body.error.code, 'yoti_unauthorised');
      assert.match(answer.body.error.message, /client SDK ID and the private key/);
    } finally {
      await wrong.close();
    }
  });

  it('an unknown client SDK ID is mapped to yoti_app_not_found', async () => {
    const wrong = await startStack({ clientSdkId: 'not-the-app' });
    try {
      const answer = await wrong.call('POST', '/yoti/idv-sessions');
      assert.equal(answer.body.error.code, 'yoti_app_not_found');
    } finally {
      await wrong.close();
    }
  });
});

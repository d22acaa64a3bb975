// Requests from hostile and unlucky clients (issue 22), over real HTTP with the real SDK: floods
// without cookies, duplicate caller cookies, forged forwarding headers, malformed requests, the
// memory store at capacity, and reads and QR codes that cost Yoti once however often they come.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ErrorContext, MemoryStore } from '../../src/server/index.js';
import { rawExchange } from '../support/raw-http.js';
import { APP, browserAt, POLICY, startStack } from '../support/stack.js';

/** Everything told to onError, with its context. */
function heard() {
  const told: Array<{ error: unknown; context: ErrorContext }> = [];
  return Object.assign(told, {
    onError: (error: unknown, context: ErrorContext) => void told.push({ error, context }),
  });
}

describe('a client that drops its cookie gains nothing', () => {
  it('60 share and 30 IDV creates without a cookie: 30 sessions in all at Yoti, then 429 with Retry-After', async () => {
    let configured = 0;
    const stack = await startStack({
      share: {
        policy: POLICY,
        redirectUri: 'https://acme.example/done',
        app: APP,
        configure: () => {
          configured += 1;
          return undefined;
        },
      },
    });
    try {
      const fresh = () => browserAt(stack.origin); // a new cookie jar each time: no cookie sent
      const answers = [];
      for (let i = 0; i < 60; i += 1) answers.push(await fresh()('POST', '/yoti/share-sessions'));
      for (let i = 0; i < 30; i += 1) answers.push(await fresh()('POST', '/yoti/idv-sessions'));
      const created = answers.filter((answer) => answer.status === 201);
      const refused = answers.filter((answer) => answer.status === 429);
      assert.equal(created.length, 30);
      assert.equal(refused.length, 60);
      assert.equal(stack.sandbox.calls['share.createSession'] + stack.sandbox.calls['idv.createSession'], 30);
      assert.equal(configured, 30, 'the host hook runs only for admitted requests');
      for (const answer of refused) {
        assert.equal(answer.body.error.code, 'rate_limited');
        assert.equal(answer.headers.get('set-cookie'), null, 'no caller is minted for a refused request');
        assert.ok(Number(answer.headers.get('retry-after')) >= 1);
      }
    } finally {
      await stack.close();
    }
  });

  it('sessionsPerMinuteTotal bounds the whole helper, whoever asks', async () => {
    const stack = await startStack({ trustProxy: 1, limits: { sessionsPerMinuteTotal: 5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i += 1) {
        const from = { 'x-forwarded-for': `203.0.113.${i + 1}` }; // eight clients behind the proxy
        statuses.push(
          (await browserAt(stack.origin)('POST', '/yoti/idv-sessions', { headers: from })).status,
        );
      }
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429, 429]);
    } finally {
      await stack.close();
    }
  });

  it('reads are limited per caller (120 a minute)', async () => {
    const stack = await startStack();
    try {
      const { body } = await stack.call('POST', '/yoti/share-sessions');
      const answers = await Promise.all(
        Array.from({ length: 130 }, () => stack.call('GET', `/yoti/share-sessions/${body.sessionId}`)),
      );
      assert.equal(answers.filter((answer) => answer.status === 200).length, 120);
      assert.ok(
        answers
          .filter((answer) => answer.status === 429)
          .every((answer) => answer.body.error.code === 'rate_limited'),
      );
    } finally {
      await stack.close();
    }
  });
});

describe('what reaches Yoti is bounded however often a browser asks', () => {
  it('300 status GETs of one session -> one signed read; 100 QR POSTs -> no new QR code', async () => {
    const stack = await startStack({ limits: { readsPerMinute: 1000 } });
    try {
      const { body } = await stack.call('POST', '/yoti/share-sessions');
      const reads = stack.sandbox.calls['share.getSession'];
      const answers = await Promise.all(
        Array.from({ length: 300 }, () => stack.call('GET', `/yoti/share-sessions/${body.sessionId}`)),
      );
      assert.ok(answers.every((answer) => answer.status === 200 && answer.body.status === 'CREATED'));
      assert.equal(stack.sandbox.calls['share.getSession'] - reads, 1);
      const codes = stack.sandbox.calls['share.createQrCode'];
      const qr = await Promise.all(
        Array.from({ length: 100 }, () =>
          stack.call('POST', `/yoti/share-sessions/${body.sessionId}/qr-codes`),
        ),
      );
      assert.ok(qr.every((answer) => answer.status === 201 && answer.body.uri === body.qrCode.uri));
      assert.equal(
        stack.sandbox.calls['share.createQrCode'],
        codes,
        'the current code, which has 3 minutes left',
      );
    } finally {
      await stack.close();
    }
  });
});

describe('the memory store at capacity keeps the bindings it has', () => {
  it('an anonymous flood gets 503 store_full; an earlier sign-up keeps its session and receipt', async () => {
    const store = new MemoryStore({ capacity: 20 });
    const told = heard();
    const stack = await startStack({
      store,
      onError: told.onError,
      limits: { sessionsPerMinute: 1000, sessionsPerMinutePerAddress: 1000 },
    });
    try {
      const person = stack.browser();
      const { body: mine } = await person('POST', '/yoti/share-sessions');
      const flood = [];
      for (let i = 0; i < 40; i += 1)
        flood.push(await browserAt(stack.origin)('POST', '/yoti/share-sessions'));
      const full = flood.filter((answer) => answer.status === 503);
      assert.ok(full.length > 0, 'the store filled up');
      assert.ok(
        full.every((answer) => answer.body.error.code === 'store_full' && answer.body.error.retryable),
      );
      assert.ok(told.some(({ context }) => context.source === 'store'));
      // The earlier person is untouched: the session reads, the share completes, the receipt is theirs.
      assert.equal((await person('GET', `/yoti/share-sessions/${mine.sessionId}`)).status, 200);
      const { receiptId } = stack.sandbox.allowShare(mine.qrCode.uri);
      const request = new Request(stack.origin, {
        headers: { cookie: [...person.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      const profile = await stack.handler.getShareReceipt(receiptId, { request });
      assert.equal(profile.sessionId, mine.sessionId);
    } finally {
      await stack.close();
    }
  });
});

describe('caller cookies', () => {
  it('a request with two caller cookies is a new caller: no read of either session, a new cookie on create', async () => {
    const stack = await startStack();
    try {
      const victim = stack.browser();
      const attacker = stack.browser();
      const { body: share } = await victim('POST', '/yoti/share-sessions');
      await attacker('POST', '/yoti/idv-sessions');
      const both = [...attacker.cookies, ...victim.cookies]
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      for (const order of [both, both.split('; ').reverse().join('; ')]) {
        const read = await browserAt(stack.origin)('GET', `/yoti/share-sessions/${share.sessionId}`, {
          headers: { cookie: order },
        });
        assert.equal(read.status, 404);
        const created = await browserAt(stack.origin)('POST', '/yoti/share-sessions', {
          headers: { cookie: order },
        });
        assert.equal(created.status, 201);
        assert.match(created.headers.get('set-cookie') ?? '', /^yoti_caller=/);
      }
      assert.equal((await victim('GET', `/yoti/share-sessions/${share.sessionId}`)).status, 200);
    } finally {
      await stack.close();
    }
  });
});

describe('forwarding headers: only what the trusted proxy appended counts', () => {
  it('trustProxy: 1 takes the last X-Forwarded-Host / -Proto / Forwarded element, never the client’s first', async () => {
    const stack = await startStack({ trustProxy: 1 });
    try {
      // The client sent its own headers first; the proxy appended the real ones.
      const forged = {
        'x-forwarded-host': `evil.example, shop.example`,
        'x-forwarded-proto': 'http, https',
      };
      const own = await stack.browser()('POST', '/yoti/share-sessions', {
        headers: { ...forged, origin: 'https://shop.example' },
      });
      assert.equal(own.status, 201);
      assert.match(own.headers.get('set-cookie') ?? '', /^__Host-yoti_caller=.*; Secure$/);
      const evil = await stack.browser()('POST', '/yoti/share-sessions', {
        headers: { ...forged, origin: 'https://evil.example' },
      });
      assert.equal(evil.status, 403);
      assert.match(evil.body.error.message, /expects https:\/\/shop\.example/);
      const viaForwarded = await stack.browser()('POST', '/yoti/share-sessions', {
        headers: {
          forwarded: 'host=evil.example;proto=https, host=shop.example;proto=https',
          origin: 'https://shop.example',
        },
      });
      assert.equal(viaForwarded.status, 201);
    } finally {
      await stack.close();
    }
  });

  it('counts the address the proxy appended: a client varying its own X-Forwarded-For gains nothing', async () => {
    const stack = await startStack({ trustProxy: 1, limits: { sessionsPerMinutePerAddress: 5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i += 1) {
        const headers = { 'x-forwarded-for': `198.51.100.${i}, 192.0.2.7` }; // the client's, then the proxy's
        statuses.push((await browserAt(stack.origin)('POST', '/yoti/idv-sessions', { headers })).status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429, 429]);
    } finally {
      await stack.close();
    }
  });

  it('trustProxy as addresses walks back past the trusted proxies to the client', async () => {
    const stack = await startStack({
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      limits: { sessionsPerMinutePerAddress: 2 },
    });
    try {
      const from = (client: string) => ({ 'x-forwarded-for': `${client}, 10.1.2.3` });
      const statuses = [];
      for (const client of ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2']) {
        statuses.push(
          (await browserAt(stack.origin)('POST', '/yoti/idv-sessions', { headers: from(client) })).status,
        );
      }
      assert.deepEqual(statuses, [201, 201, 429, 201]);
    } finally {
      await stack.close();
    }
  });

  it('without trustProxy the headers change nothing, and onError says once that they are ignored', async () => {
    const told = heard();
    const stack = await startStack({ onError: told.onError, limits: { sessionsPerMinutePerAddress: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) {
        const headers = { 'x-forwarded-for': `198.51.100.${i}`, 'x-forwarded-host': 'evil.example' };
        statuses.push((await browserAt(stack.origin)('POST', '/yoti/idv-sessions', { headers })).status);
      }
      assert.deepEqual(statuses, [201, 201, 429]);
      const proxy = told.filter(({ context }) => context.source === 'proxy');
      assert.equal(proxy.length, 1);
      assert.match(String(proxy[0]?.error), /trustProxy is off/);
    } finally {
      await stack.close();
    }
  });

  it('publicOrigin is the origin checked, whatever Host says', async () => {
    const stack = await startStack({ publicOrigin: 'https://shop.example' });
    try {
      assert.equal(
        (await stack.browser()('POST', '/yoti/idv-sessions', { headers: { origin: 'https://shop.example' } }))
          .status,
        201,
      );
      const own = await stack.browser()('POST', '/yoti/idv-sessions'); // Origin: what Host says
      assert.equal(own.status, 403);
    } finally {
      await stack.close();
    }
  });
});

describe('malformed requests get a 4xx, never a 500, and onError hears of each', () => {
  const cases: Array<[string, string, number, string]> = [
    ['an empty Host', 'GET /yoti/share-sessions/x HTTP/1.1\r\nHost: \r\n\r\n', 400, 'bad_request'],
    [
      'userinfo in Host',
      'GET /yoti/share-sessions/x HTTP/1.1\r\nHost: user@evil.example\r\n\r\n',
      400,
      'bad_request',
    ],
    [
      'a path in Host',
      'GET /yoti/share-sessions/x HTTP/1.1\r\nHost: a.example/b\r\n\r\n',
      400,
      'bad_request',
    ],
    ['a target that is not a path', 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 400, 'bad_request'],
    ['TRACE', 'TRACE /yoti/share-sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 405, 'method_not_allowed'],
  ];
  for (const [what, text, status, code] of cases) {
    it(`${what} -> ${status} ${code}`, async () => {
      const told = heard();
      const stack = await startStack({ onError: told.onError });
      try {
        const answer = await rawExchange(Number(new URL(stack.origin).port), text);
        assert.equal(answer.status, status);
        assert.equal(JSON.parse(answer.body).error.code, code);
        assert.deepEqual(
          told.map(({ context }) => context.source),
          ['request'],
        );
      } finally {
        await stack.close();
      }
    });
  }

  for (const [what, body] of [
    ['an object with toString', '{"id": {"toString": 1}, "status": "COMPLETED"}'],
    ['an array', '{"id": ["ss.v2.a"], "status": "COMPLETED"}'],
    ['1e999', '{"id": 1e999, "status": "COMPLETED"}'],
    ['a number IDV session', '{"session_id": 7, "topic": "session_completion"}'],
  ]) {
    it(`a webhook whose session ID is ${what} -> 400 invalid_notification`, async () => {
      const told = heard();
      const stack = await startStack({ onError: told.onError });
      try {
        const answer = await stack.call('POST', '/yoti/notifications', {
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer a-webhook-secret-of-some-length',
          },
          body,
        });
        assert.equal(answer.status, 400);
        assert.equal(answer.body.error.code, 'invalid_notification');
        assert.deepEqual(
          told.map(({ context }) => context.source),
          ['request'],
        );
      } finally {
        await stack.close();
      }
    });
  }
});

describe("the yoti SDK's console lines", () => {
  it('go to onError (source sdk), never to the console', async () => {
    const told = heard();
    const stack = await startStack({ onError: told.onError });
    const printed: string[] = [];
    const writes = [process.stdout.write, process.stderr.write];
    const capture = (chunk: unknown) => {
      printed.push(String(chunk));
      return true;
    };
    try {
      const { body } = await stack.call('POST', '/yoti/share-sessions');
      stack.sandbox.fault('share.getSession', { status: 401 });
      process.stdout.write = capture as typeof process.stdout.write;
      process.stderr.write = capture as typeof process.stderr.write;
      const answer = await stack.call('GET', `/yoti/share-sessions/${body.sessionId}`);
      [process.stdout.write, process.stderr.write] = writes as [
        typeof process.stdout.write,
        typeof process.stderr.write,
      ];
      assert.equal(answer.status, 502);
      assert.deepEqual(printed, [], 'nothing printed');
      const sdk = told.filter(({ context }) => context.source === 'sdk');
      assert.ok(sdk.length >= 1);
      assert.match(String(sdk[0]?.error), /Error getting data from Yoti API/);
      assert.ok(
        told.some(({ context }) => context.source === 'yoti'),
        'and the failed call itself',
      );
    } finally {
      [process.stdout.write, process.stderr.write] = writes as [
        typeof process.stdout.write,
        typeof process.stderr.write,
      ];
      await stack.close();
    }
  });
});

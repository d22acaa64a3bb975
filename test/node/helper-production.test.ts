// The helper in production (issue 15), over real HTTP against the sandbox with the real SDK:
// sessions bound to their caller, proxies, CORS, limits, per-session settings, host-created
// sessions, and Yoti's refusals each told apart. Each attack of the issue is a test here.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { APP, browserAt, type Stack, startStack } from '../support/stack.js';

const PROFILE_VALUES = ['Alex Sample', 'alex.sample@example.com'];

describe('sessions are bound to the caller that created them', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('sets an HttpOnly, SameSite=Lax caller cookie for all paths (no Secure on http) on the first create', async () => {
    const browser = stack.browser();
    const created = await browser('POST', '/yoti/share-sessions');
    assert.equal(created.status, 201);
    const cookie = created.headers.get('set-cookie') ?? '';
    assert.match(
      cookie,
      /^yoti_caller=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}; Path=\/; Max-Age=86400; HttpOnly; SameSite=Lax$/,
    );
    const again = await browser('POST', '/yoti/share-sessions');
    assert.equal(again.headers.get('set-cookie'), null, 'a known caller gets no new cookie');
  });

  for (const [who, cookie] of [
    ['another caller', 'other'],
    ['no cookie', 'none'],
    ['a tampered cookie', 'tampered'],
  ] as const) {
    it(`answers 404 to ${who} on every per-session route`, async () => {
      const owner = stack.browser();
      const share = (await owner('POST', '/yoti/share-sessions')).body.sessionId;
      const idv = (await owner('POST', '/yoti/idv-sessions')).body.sessionId;
      const intruder = stack.browser();
      if (cookie === 'other') await intruder('POST', '/yoti/idv-sessions');
      if (cookie === 'tampered') {
        const [name, value = ''] = [...owner.cookies][0] ?? [];
        // The owner's own random part, with a signature that is not the helper's.
        intruder.cookies.set(name ?? 'yoti_caller', `${value.split('.')[0]}.${'A'.repeat(43)}`);
      }
      for (const [method, path] of [
        ['GET', `/yoti/share-sessions/${share}`],
        ['POST', `/yoti/share-sessions/${share}/qr-codes`],
        ['GET', `/yoti/idv-sessions/${idv}`],
      ] as const) {
        const answer = await intruder(method, path);
        assert.equal(answer.status, 404, `${method} ${path}`);
        assert.equal(answer.body.error.code, 'session_not_found');
      }
      assert.equal((await owner('GET', `/yoti/share-sessions/${share}`)).status, 200, 'the owner still can');
    });
  }

  it("refuses another caller's receipt, with nothing of the profile in the answer or the logs", async () => {
    const owner = stack.browser();
    const { body } = await owner('POST', '/yoti/share-sessions');
    const { receiptId } = stack.sandbox.allowShare(body.qrCode.uri);
    const intruder = stack.browser();
    await intruder('POST', '/yoti/idv-sessions');
    const request = (jar: Map<string, string>) =>
      new Request(`${stack.origin}/welcome`, {
        headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    for (const method of methods)
      console[method] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    let refusal: unknown;
    try {
      await stack.handler.getShareReceipt(receiptId, { request: request(intruder.cookies) });
    } catch (error) {
      refusal = error;
    } finally {
      methods.forEach((method, index) => {
        console[method] = originals[index] as (typeof console)[typeof method];
      });
    }
    assert.ok(refusal instanceof Error);
    assert.equal((refusal as { code?: string }).code, 'receipt_not_found');
    const told = `${JSON.stringify(refusal)} ${(refusal as Error).message} ${logged.join(' ')}`;
    for (const value of PROFILE_VALUES) assert.ok(!told.includes(value), `${value} is not told`);
    const mine = await stack.handler.getShareReceipt(receiptId, { request: request(owner.cookies) });
    assert.equal(mine.attributes.full_name, 'Alex Sample');
    const serverSide = await stack.handler.getShareReceipt(receiptId);
    assert.equal(serverSide.sessionId, body.sessionId, 'without a request: server-to-server, no check');
  });

  it("binds to the host's caller(request) instead of the cookie when given", async () => {
    const other = await startStack({ caller: (request) => request.headers.get('x-user') ?? undefined });
    try {
      const alice = (method: string, path: string) =>
        other.call(method, path, { headers: { 'x-user': 'alice' } });
      const created = await alice('POST', '/yoti/share-sessions');
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('set-cookie'), null, 'no cookie: the host knows its users');
      const id = created.body.sessionId;
      assert.equal((await alice('GET', `/yoti/share-sessions/${id}`)).status, 200);
      const bob = await other.call('GET', `/yoti/share-sessions/${id}`, { headers: { 'x-user': 'bob' } });
      assert.equal(bob.status, 404);
      const nobody = await other.browser()('POST', '/yoti/share-sessions');
      assert.equal(nobody.status, 401);
      assert.equal(nobody.body.error.code, 'caller_unknown');
    } finally {
      await other.close();
    }
  });
});

describe('behind a proxy, and across origins', () => {
  const SITE = 'https://www.acme.example';
  let stack: Stack;
  before(async () => {
    stack = await startStack({ allowedOrigins: [SITE] });
  });
  after(() => stack.close());

  it('changes nothing for forged X-Forwarded-* or Forwarded headers without trustProxy', async () => {
    const host = new URL(stack.origin).host;
    for (const headers of [
      { origin: `https://${host}`, 'x-forwarded-proto': 'https', 'x-forwarded-host': host },
      { origin: 'https://bank.example', forwarded: 'proto=https;host=bank.example' },
    ] as Array<Record<string, string>>) {
      const answer = await stack.browser()('POST', '/yoti/share-sessions', { headers });
      assert.equal(answer.status, 403, JSON.stringify(headers));
      assert.equal(answer.body.error.code, 'origin_not_allowed');
    }
  });

  it('with trustProxy, takes the origin the proxy names: https, and a __Host- Secure cookie', async () => {
    const proxied = await startStack({ trustProxy: true });
    try {
      for (const headers of [
        { origin: 'https://bank.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'bank.example' },
        { origin: 'https://bank.example', forwarded: 'for=1.2.3.4;proto=https;host=bank.example' },
      ] as Array<Record<string, string>>) {
        const browser = proxied.browser();
        const created = await browser('POST', '/yoti/share-sessions', { headers });
        assert.equal(created.status, 201, JSON.stringify(headers));
        assert.match(created.headers.get('set-cookie') ?? '', /^__Host-yoti_caller=.+; Secure$/);
        const read = await browser('GET', `/yoti/share-sessions/${created.body.sessionId}`, { headers });
        assert.equal(read.status, 200, 'the Secure cookie is read back over the proxy');
      }
    } finally {
      await proxied.close();
    }
  });

  it('answers a preflight from an allowed origin with exactly what it may send', async () => {
    const answer = await fetch(`${stack.origin}/yoti/share-sessions`, {
      method: 'OPTIONS',
      headers: {
        origin: SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), SITE);
    assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(answer.headers.get('access-control-allow-methods'), 'GET, POST');
    assert.equal(answer.headers.get('access-control-allow-headers'), 'content-type, last-event-id');
    assert.equal(answer.headers.get('vary'), 'Origin');
  });

  it('gives a preflight from a foreign origin no CORS header, and its POST a 403', async () => {
    const preflight = await fetch(`${stack.origin}/yoti/share-sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 403);
    for (const name of ['allow-origin', 'allow-credentials', 'allow-methods', 'allow-headers']) {
      assert.equal(preflight.headers.get(`access-control-${name}`), null);
    }
    const post = await stack.browser()('POST', '/yoti/share-sessions', {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(post.status, 403);
    assert.equal(post.headers.get('access-control-allow-origin'), null);
  });

  it('lets the allowed origin create and read its session with credentials (the cookie goes along)', async () => {
    const browser = stack.browser();
    const created = await browser('POST', '/yoti/share-sessions', { headers: { origin: SITE } });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-allow-origin'), SITE);
    const read = await browser('GET', `/yoti/share-sessions/${created.body.sessionId}`, {
      headers: { origin: SITE },
    });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-credentials'), 'true');
  });
});

describe('session creation is bounded per caller', () => {
  it('holds under 50 concurrent creates from one caller (10 a minute), and does not touch another caller', async () => {
    // One address for every browser here: its own limit is lifted, so that the caller's shows.
    const stack = await startStack({ limits: { sessionsPerMinutePerAddress: 1000 } });
    try {
      const browser = stack.browser();
      assert.equal((await browser('POST', '/yoti/idv-sessions')).status, 201);
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          browser('POST', index % 2 ? '/yoti/idv-sessions' : '/yoti/share-sessions'),
        ),
      );
      const statuses = answers.map((answer) => answer.status);
      assert.equal(statuses.filter((status) => status === 201).length, 9);
      const refused = answers.filter((answer) => answer.status === 429);
      assert.equal(refused.length, 41);
      for (const answer of refused) {
        assert.equal(answer.body.error.code, 'rate_limited');
        assert.equal(answer.body.error.retryable, true);
        const wait = Number(answer.headers.get('retry-after'));
        assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
        assert.equal(answer.body.error.retryAfter, wait);
      }
      assert.equal((await stack.browser()('POST', '/yoti/share-sessions')).status, 201, 'another caller');
    } finally {
      await stack.close();
    }
  });
});

describe("Yoti's share-creation refusals each get their own code", () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ limits: { sessionsPerMinute: 100 } });
  });
  after(() => stack.close());

  const REFUSALS = [
    [400, 'INVALID_REQUEST_PAYLOAD', 'Invalid request payload sent', 'yoti_invalid_payload'],
    [
      400,
      'UNKNOWN_ATTRIBUTE',
      'One or more of the specified attributes are not known',
      'yoti_unknown_attribute',
    ],
    [403, 'FORBIDDEN', 'Service is disabled', 'yoti_service_disabled'],
    [403, 'FORBIDDEN', 'Service does not belong to an organisation', 'yoti_no_organisation'],
    [
      403,
      'FORBIDDEN',
      'Organisation status must be PENDING or VERIFIED to perform shares',
      'yoti_organisation_not_verified',
    ],
    [
      403,
      'FORBIDDEN',
      "Service isn't allowed to request the specified 3rd party attribute",
      'yoti_third_party_request_not_allowed',
    ],
    [
      403,
      'FORBIDDEN',
      "Service isn't allowed to issue the specified 3rd party attribute",
      'yoti_third_party_issue_not_allowed',
    ],
  ] as const;

  for (const [status, error, message, code] of REFUSALS) {
    it(`${status} "${message}" -> ${code}, not retryable, nothing of Yoti's text`, async () => {
      stack.sandbox.fault('share.createSession', { status, error, message });
      const answer = await stack.call('POST', '/yoti/share-sessions');
      assert.equal(answer.status, 502);
      assert.equal(answer.body.error.code, code);
      assert.equal(answer.body.error.retryable, false);
      assert.ok(!answer.body.error.message.includes(message));
    });
  }

  it('the sandbox itself refuses an unknown attribute and a third-party attribute to issue, as Yoti does', async () => {
    const unknown = await stack.handler
      .createShareSession(new Request(stack.origin), { policy: { wanted: [{ name: 'shoe_size' }] } })
      .catch((refusal: { code?: string }) => refusal.code);
    assert.equal(unknown, 'yoti_unknown_attribute');
    const issue = await stack.handler
      .createShareSession(new Request(stack.origin), {
        extensions: [
          { type: 'THIRD_PARTY_ATTRIBUTE', content: { expiry_date: '2030-01-01', definitions: [] } },
        ],
      })
      .catch((refusal: { code?: string }) => refusal.code);
    assert.equal(issue, 'yoti_third_party_issue_not_allowed');
  });
});

describe('per-session settings: configure(request), idv(request), host-created sessions', () => {
  it("configure(request) sets one session's subject, policy, redirect, app and notification", async () => {
    const notified: unknown[] = [];
    const hook = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        notified.push({ authorization: req.headers.authorization, body: JSON.parse(text) });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/yoti`;
    const seen: string[] = [];
    const stack = await startStack({
      share: {
        policy: { wanted: [{ name: 'full_name' }] },
        redirectUri: 'https://acme.example/done',
        app: APP,
        configure: (request) => {
          seen.push(request.headers.get('x-user') ?? '');
          return {
            subject: { subject_id: 'user-42' },
            policy: {
              wanted: [{ name: 'email_address' }, { name: 'date_of_birth', derivation: 'age_over:21' }],
            },
            redirectUri: 'https://acme.example/welcome/42',
            app: { name: 'Acme Bank Premier' },
            notification: { url: hookUrl, headers: { Authorization: 'Bearer hook-secret' } },
          };
        },
      },
    });
    try {
      const created = await stack.call('POST', '/yoti/share-sessions', { headers: { 'x-user': '42' } });
      assert.equal(created.status, 201);
      assert.deepEqual(seen, ['42']);
      assert.deepEqual(created.body.app, { ...APP, name: 'Acme Bank Premier' });
      assert.deepEqual(created.body.wanted, [
        { name: 'email_address', optional: false },
        { name: 'date_of_birth', derivation: 'age_over:21', optional: false },
      ]);
      assert.equal(created.body.redirectUri, 'https://acme.example/welcome/42');
      const read = await stack.call('GET', `/yoti/share-sessions/${created.body.sessionId}`);
      assert.equal(read.body.app.name, 'Acme Bank Premier', "the session's own app, on every read");
      const { receiptId } = stack.sandbox.allowShare(created.body.qrCode.uri);
      for (let i = 0; i < 50 && notified.length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(notified, [
        {
          authorization: 'Bearer hook-secret',
          body: { id: created.body.sessionId, status: 'COMPLETED', receipt: { id: receiptId } },
        },
      ]);
    } finally {
      await stack.close();
      hook.close();
    }
  });

  for (const [what, configure] of [
    [
      'throws',
      () => {
        throw new Error('database down: users table');
      },
    ],
    ['returns garbage', () => ({ policy: 'everything please' })],
    ['returns an unknown field', () => ({ webhookAuthToken: 'x' })],
  ] as const) {
    it(`configure(request) that ${what} -> 500 with a generic message; the error goes to onError`, async () => {
      const reported: unknown[] = [];
      const stack = await startStack({
        share: {
          policy: { wanted: [{ name: 'full_name' }] },
          redirectUri: 'https://acme.example/done',
          app: APP,
          configure: configure as never,
        },
        onError: (error) => reported.push(error),
      });
      try {
        const answer = await stack.call('POST', '/yoti/share-sessions');
        assert.equal(answer.status, 500);
        assert.deepEqual(answer.body.error, {
          code: 'internal_error',
          message: 'The Yoti helper failed unexpectedly. Please try again.',
          retryable: true,
        });
        assert.equal(reported.length, 1);
        assert.ok(
          !JSON.stringify(answer.body).includes('database') &&
            !JSON.stringify(answer.body).includes('policy'),
        );
        assert.equal(stack.sandbox.calls['share.createSession'], 0, 'nothing reached Yoti');
      } finally {
        await stack.close();
      }
    });
  }

  it('idv(request) gives each session its own specification; a bad one -> 500 and onError', async () => {
    const reported: unknown[] = [];
    const stack = await startStack({
      idv: (request) =>
        request.headers.get('x-locale') === 'bad'
          ? { sdk_config: { primary_colour: 'blue' } }
          : {
              client_session_token_ttl: 900,
              sdk_config: { locale: request.headers.get('x-locale') ?? 'en-GB' },
            },
      onError: (error) => reported.push(error),
    });
    try {
      const made = await stack.call('POST', '/yoti/idv-sessions', { headers: { 'x-locale': 'fr-FR' } });
      assert.equal(made.status, 201);
      assert.equal(made.body.ttl, 900);
      const bad = await stack.call('POST', '/yoti/idv-sessions', { headers: { 'x-locale': 'bad' } });
      assert.equal(bad.status, 500);
      assert.match(String(reported[0]), /primary_colour/);
    } finally {
      await stack.close();
    }
  });

  it('createShareSession(request, overrides) makes a bound session that shows its own app and details', async () => {
    const stack = await startStack();
    try {
      const page = new Request(`${stack.origin}/checkout`);
      const created = await stack.handler.createShareSession(page, {
        app: { name: 'Acme Checkout' },
        policy: { wanted: [{ name: 'date_of_birth', derivation: 'age_over:18' }] },
      });
      assert.match(created.sessionId, /^ss\.v2\./);
      assert.equal('qrCode' in created, false, 'the tag asks for its own QR code');
      assert.match(created.setCookie ?? '', /^yoti_caller=/, 'a cookie for the host to send with its page');
      const browser = browserAt(stack.origin);
      const [pair = ''] = (created.setCookie ?? '').split(';');
      browser.cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      const read = await browser('GET', `/yoti/share-sessions/${created.sessionId}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.app.name, 'Acme Checkout');
      assert.deepEqual(read.body.wanted, [
        { name: 'date_of_birth', derivation: 'age_over:18', optional: false },
      ]);
      assert.equal((await browser('POST', `/yoti/share-sessions/${created.sessionId}/qr-codes`)).status, 201);
      assert.equal((await stack.browser()('GET', `/yoti/share-sessions/${created.sessionId}`)).status, 404);
      await assert.rejects(
        stack.handler.createShareSession(page, { app: { logoUrl: 'javascript:alert(1)' } }),
        /logoUrl/,
      );
    } finally {
      await stack.close();
    }
  });

  it('createIdvSession(request, spec) and getIdvSession() for the host: bound, and read server-side', async () => {
    const stack = await startStack();
    try {
      const created = await stack.handler.createIdvSession(new Request(stack.origin), {
        client_session_token_ttl: 300,
      });
      assert.equal(created.ttl, 300);
      assert.match(created.iframeUrl, /\/web\/index\.html\?sessionID=/);
      assert.equal((await stack.browser()('GET', `/yoti/idv-sessions/${created.sessionId}`)).status, 404);
      const session = await stack.handler.getIdvSession(created.sessionId);
      assert.equal(session.getSessionId(), created.sessionId);
      assert.equal(session.getState(), 'ONGOING');
      await assert.rejects(stack.handler.getIdvSession('../etc'), /not a valid Yoti session ID/);
      await assert.rejects(
        stack.handler.createIdvSession(new Request(stack.origin), { resources_ttl: 5 }),
        /resources_ttl/,
      );
    } finally {
      await stack.close();
    }
  });
});

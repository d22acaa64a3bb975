import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { createYotiHandler, type YotiHandlerOptions, YotiOptionsError } from '../../src/server/index.js';
import { APP, IDV_SPEC, POLICY, type Stack, startStack } from '../support/stack.js';

describe('createYotiHandler() validates its options at once, naming the option', () => {
  let sandbox: Sandbox;
  let base: YotiHandlerOptions;
  before(async () => {
    sandbox = await startSandbox();
    base = {
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      share: { policy: POLICY, redirectUri: '/done', app: APP },
      idv: IDV_SPEC,
    };
  });
  after(() => sandbox.close());

  const idvWith = (patch: Record<string, unknown>) => ({ ...base, idv: { ...IDV_SPEC, ...patch } });
  const sdkConfig = (patch: Record<string, unknown>) =>
    idvWith({ sdk_config: { ...IDV_SPEC.sdk_config, ...patch } });
  const cases: Array<[string, () => YotiHandlerOptions, string]> = [
    ['missing clientSdkId', () => ({ ...base, clientSdkId: '' }), 'clientSdkId'],
    ['missing private key', () => ({ ...base, privateKey: '' }), 'privateKey'],
    ['unreadable PEM path', () => ({ ...base, privateKey: '/nonexistent/key.pem' }), 'privateKey'],
    [
      'text that is not a key',
      () => ({ ...base, privateKey: '-----BEGIN RSA PRIVATE KEY-----\nnope\n-----END RSA PRIVATE KEY-----' }),
      'privateKey',
    ],
    [
      'neither share nor idv',
      () => ({ clientSdkId: base.clientSdkId, privateKey: base.privateKey }),
      'share',
    ],
    [
      'a policy that is not a policy',
      () => ({ ...base, share: { policy: { wanted: 'full_name' }, redirectUri: '/', app: APP } as never }),
      'share.policy',
    ],
    [
      'a policy asking for nothing',
      () => ({ ...base, share: { policy: { wanted: [] }, redirectUri: '/', app: APP } }),
      'share.policy',
    ],
    [
      'a bad attribute name',
      () => ({ ...base, share: { policy: { wanted: [{ name: 'Full Name' }] }, redirectUri: '/', app: APP } }),
      'share.policy.wanted[0].name',
    ],
    [
      'no redirect URI',
      () => ({ ...base, share: { policy: POLICY, redirectUri: '', app: APP } }),
      'share.redirectUri',
    ],
    [
      'no app name',
      () => ({ ...base, share: { policy: POLICY, redirectUri: '/', app: { name: '' } } }),
      'share.app.name',
    ],
    [
      'a javascript: privacy link',
      () => ({
        ...base,
        share: {
          policy: POLICY,
          redirectUri: '/',
          app: { name: 'A', privacyPolicyUrl: 'javascript:alert(1)' },
        },
      }),
      'share.app.privacyPolicyUrl',
    ],
    [
      'a QR TTL over 180 s',
      () => ({ ...base, share: { policy: POLICY, redirectUri: '/', app: APP, qrCodeTtl: 600 } }),
      'share.qrCodeTtl',
    ],
    ['a bad primary colour', () => sdkConfig({ primary_colour: 'blue' }), 'idv.sdk_config.primary_colour'],
    ['a bad font colour', () => sdkConfig({ font_colour: '#12345' }), 'idv.sdk_config.font_colour'],
    ['a blank locale', () => sdkConfig({ locale: ' ' }), 'idv.sdk_config.locale'],
    [
      'a success_url that is not a URL',
      () => sdkConfig({ success_url: '/verified' }),
      'idv.sdk_config.success_url',
    ],
    [
      'an error_url that is not http(s)',
      () => sdkConfig({ error_url: 'javascript:alert(1)' }),
      'idv.sdk_config.error_url',
    ],
    [
      'an allow_handoff that is not a boolean',
      () => sdkConfig({ allow_handoff: 'yes' }),
      'idv.sdk_config.allow_handoff',
    ],
    [
      'an unknown capture method',
      () => sdkConfig({ allowed_capture_methods: 'UPLOAD' }),
      'idv.sdk_config.allowed_capture_methods',
    ],
    [
      'an http notification endpoint',
      () => idvWith({ notifications: { endpoint: 'http://hooks.example/yoti' } }),
      'idv.notifications.endpoint',
    ],
    [
      'an unknown auth_type',
      () => idvWith({ notifications: { endpoint: 'https://hooks.example', auth_type: 'DIGEST' } }),
      'idv.notifications.auth_type',
    ],
    ['resources_ttl under 86700', () => idvWith({ resources_ttl: 86_000 }), 'idv.resources_ttl'],
    [
      'a token TTL that is not a whole number',
      () => idvWith({ client_session_token_ttl: 1.5 }),
      'idv.client_session_token_ttl',
    ],
    [
      'an unknown trust framework',
      () =>
        idvWith({
          identity_profile_requirements: {
            trust_framework: 'EU',
            scheme: { type: 'DBS', objective: 'BASIC' },
          },
        }),
      'idv.identity_profile_requirements.trust_framework',
    ],
    [
      'an unknown scheme',
      () =>
        idvWith({ identity_profile_requirements: { trust_framework: 'UK_TFIDA', scheme: { type: 'KYC' } } }),
      'idv.identity_profile_requirements.scheme.type',
    ],
    [
      'DBS without an objective',
      () =>
        idvWith({ identity_profile_requirements: { trust_framework: 'UK_TFIDA', scheme: { type: 'DBS' } } }),
      'idv.identity_profile_requirements.scheme.objective',
    ],
    [
      'requested checks that are not objects',
      () => idvWith({ requested_checks: ['LIVENESS'] }),
      'idv.requested_checks',
    ],
    ['a bad base path', () => ({ ...base, basePath: 'yoti' }), 'basePath'],
    [
      'an allowed origin with a path',
      () => ({ ...base, allowedOrigins: ['https://shop.example/app'] }),
      'allowedOrigins[0]',
    ],
    ['a short webhook token', () => ({ ...base, webhookAuthToken: 'short' }), 'webhookAuthToken'],
    [
      'a plain-http Yoti API off localhost',
      () => ({ ...base, shareApiUrl: 'http://api.yoti.example/share' }),
      'shareApiUrl',
    ],
    ['a timeout of zero', () => ({ ...base, timeoutMs: 0 }), 'timeoutMs'],
  ];

  for (const [name, options, option] of cases) {
    it(`refuses ${name} (${option})`, () => {
      assert.throws(
        () => createYotiHandler(options()),
        (error: unknown) => {
          assert.ok(error instanceof YotiOptionsError, String(error));
          assert.equal(error.option, option);
          assert.ok(error.message.includes(`\`${option}\``));
          assert.ok(!error.message.includes('PRIVATE KEY'), 'never echoes the key');
          return true;
        },
      );
    });
  }

  it('reads the private key from a PEM file path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yoti-key-'));
    const path = join(dir, 'key.pem');
    writeFileSync(path, sandbox.privateKey);
    assert.doesNotThrow(() => createYotiHandler({ ...base, privateKey: path }));
  });

  it('accepts the Embedded IDV constraints at their bounds', () => {
    const ok = idvWith({
      resources_ttl: 86_700,
      sdk_config: {
        primary_colour: '#fff',
        secondary_colour: '#FFFFFF',
        font_colour: '#2d9fff',
        locale: 'en-GB',
        // Yoti's redirect mode, as its own sample session sets it
        success_url: 'https://shop.example/verified',
        error_url: 'https://shop.example/verify-error',
        allow_handoff: true,
        allowed_capture_methods: 'CAMERA_AND_UPLOAD',
      },
      notifications: {
        endpoint: 'https://hooks.example/yoti',
        auth_type: 'BEARER',
        topics: ['SESSION_COMPLETION'],
      },
      identity_profile_requirements: {
        trust_framework: 'UK_TFIDA',
        scheme: { type: 'DBS', objective: 'STANDARD' },
      },
    });
    assert.doesNotThrow(() => createYotiHandler(ok));
  });
});

describe('the helper refuses bad requests with a clear 4xx JSON error, never a 5xx', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ allowedOrigins: undefined });
  });
  after(() => stack.close());

  const json = { 'content-type': 'application/json' };
  const cases: Array<[string, string, string, RequestInit, number, string]> = [
    ['unknown route', 'GET', '/yoti/nope', {}, 404, 'not_found'],
    ['outside the base path', 'GET', '/other/share-sessions', {}, 404, 'not_found'],
    ['the base path itself', 'GET', '/yoti', {}, 404, 'not_found'],
    ['GET on a POST route', 'GET', '/yoti/share-sessions', {}, 405, 'method_not_allowed'],
    ['DELETE on a session', 'DELETE', '/yoti/share-sessions/abc', {}, 405, 'method_not_allowed'],
    ['PUT on IDV sessions', 'PUT', '/yoti/idv-sessions', {}, 405, 'method_not_allowed'],
    ['POST on a GET route', 'POST', '/yoti/idv-sessions/abc', {}, 405, 'method_not_allowed'],
    ['malformed JSON', 'POST', '/yoti/share-sessions', { headers: json, body: '{"a":' }, 400, 'invalid_json'],
    ['a JSON array', 'POST', '/yoti/share-sessions', { headers: json, body: '[]' }, 400, 'invalid_body'],
    ['a JSON string', 'POST', '/yoti/idv-sessions', { headers: json, body: '"x"' }, 400, 'invalid_body'],
    [
      'an unknown field',
      'POST',
      '/yoti/share-sessions',
      { headers: json, body: '{"policy":{}}' },
      400,
      'unknown_field',
    ],
    [
      'a prototype key',
      'POST',
      '/yoti/idv-sessions',
      { headers: json, body: '{"__proto__":{"x":1}}' },
      400,
      'unknown_field',
    ],
    [
      'text/plain body',
      'POST',
      '/yoti/share-sessions',
      { headers: { 'content-type': 'text/plain' }, body: '{}' },
      415,
      'unsupported_media_type',
    ],
    [
      'form body',
      'POST',
      '/yoti/idv-sessions',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' },
      415,
      'unsupported_media_type',
    ],
    [
      'a body over the bound',
      'POST',
      '/yoti/share-sessions',
      { headers: json, body: `{"a":"${'x'.repeat(20_000)}"}` },
      413,
      'body_too_large',
    ],
    [
      'a huge body',
      'POST',
      '/yoti/idv-sessions',
      { headers: json, body: 'x'.repeat(2_000_000) },
      413,
      'body_too_large',
    ],
    [
      'a foreign Origin',
      'POST',
      '/yoti/share-sessions',
      { headers: { origin: 'https://evil.example' } },
      403,
      'origin_not_allowed',
    ],
    [
      'a foreign Origin on QR codes',
      'POST',
      '/yoti/share-sessions/ss.v2.abc/qr-codes',
      { headers: { origin: 'https://evil.example' } },
      403,
      'origin_not_allowed',
    ],
    [
      'the null Origin',
      'POST',
      '/yoti/idv-sessions',
      { headers: { origin: 'null' } },
      403,
      'origin_not_allowed',
    ],
    [
      'a cross-site fetch without Origin',
      'POST',
      '/yoti/idv-sessions',
      { headers: { origin: '', 'sec-fetch-site': 'cross-site' } },
      403,
      'origin_not_allowed',
    ],
    ['a session ID with spaces', 'GET', '/yoti/share-sessions/a%20b', {}, 400, 'invalid_session_id'],
    [
      'a session ID with an encoded slash',
      'GET',
      '/yoti/idv-sessions/..%2F..%2Fetc',
      {},
      400,
      'invalid_session_id',
    ],
    ['a session ID with markup', 'GET', '/yoti/idv-sessions/%3Cscript%3E', {}, 400, 'invalid_session_id'],
    [
      'a session ID that is too long',
      'GET',
      `/yoti/share-sessions/${'a'.repeat(300)}`,
      {},
      400,
      'invalid_session_id',
    ],
    ['a session ID of dots', 'GET', '/yoti/share-sessions/..', {}, 404, 'not_found'],
    ['a dot-dot path trick', 'GET', '/yoti/share-sessions/%2E%2E', {}, 404, 'not_found'],
    [
      'a webhook with no token',
      'POST',
      '/yoti/notifications',
      { headers: json, body: '{}' },
      401,
      'unauthorised',
    ],
    [
      'a webhook with the wrong token',
      'POST',
      '/yoti/notifications',
      { headers: { ...json, authorization: 'Bearer wrong-token-of-some-length' }, body: '{}' },
      401,
      'unauthorised',
    ],
    [
      'a webhook without a session',
      'POST',
      '/yoti/notifications',
      {
        headers: { ...json, authorization: 'Bearer a-webhook-secret-of-some-length' },
        body: '{"topic":"x"}',
      },
      400,
      'invalid_notification',
    ],
    [
      'a webhook without a topic',
      'POST',
      '/yoti/notifications',
      {
        headers: { ...json, authorization: 'Bearer a-webhook-secret-of-some-length' },
        body: '{"session_id":"abc"}',
      },
      400,
      'invalid_notification',
    ],
    [
      'a QR code for an unknown session',
      'POST',
      '/yoti/share-sessions/ss.v2.unknown/qr-codes',
      {},
      404,
      'session_not_found',
    ],
  ];

  for (const [name, method, path, init, status, code] of cases) {
    it(`${name}: ${method} ${path.slice(0, 50)} -> ${status} ${code}`, async () => {
      const answer = await stack.call(method, path, init);
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.equal(answer.body.error.code, code);
      assert.equal(typeof answer.body.error.message, 'string');
      assert.ok(answer.body.error.message.length > 10);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    });
  }

  it('names the allowed methods in Allow on a 405', async () => {
    const answer = await stack.call('GET', '/yoti/share-sessions');
    assert.equal(answer.headers.get('allow'), 'POST');
  });

  it('allows a configured foreign origin (with CORS), its own origin, and no other', async () => {
    const other = await startStack({ allowedOrigins: ['https://shop.example'] });
    try {
      const ok = await other.call('POST', '/yoti/idv-sessions', {
        headers: { origin: 'https://shop.example' },
      });
      assert.equal(ok.status, 201);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://shop.example');
      const own = await other.call('POST', '/yoti/idv-sessions');
      assert.equal(own.status, 201);
      assert.equal(own.headers.get('access-control-allow-origin'), null);
      const foreign = await other.call('POST', '/yoti/idv-sessions', {
        headers: { origin: 'https://evil.example' },
      });
      assert.equal(foreign.status, 403);
      assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    } finally {
      await other.close();
    }
  });

  it('answers share routes 404 share_not_configured when only IDV is set up', async () => {
    const other = await startStack({ share: undefined });
    try {
      const answer = await other.call('POST', '/yoti/share-sessions');
      assert.equal(answer.status, 404);
      assert.equal(answer.body.error.code, 'share_not_configured');
    } finally {
      await other.close();
    }
  });
});

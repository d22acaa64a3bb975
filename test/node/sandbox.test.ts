import assert from 'node:assert/strict';
import { createSign, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';

/** Signs a request the way the SDK does, so the tests can vary one part at a time. */
function signedRequest(
  sandbox: Sandbox,
  {
    method = 'POST',
    path = '/v2/sessions',
    body = '{}',
    key = sandbox.privateKey,
    nonce = randomUUID(),
    timestamp = Date.now(),
  } = {},
) {
  const endpoint = `${path}?nonce=${nonce}&timestamp=${timestamp}`;
  const message = `${method}&${endpoint}${method === 'POST' ? `&${Buffer.from(body).toString('base64')}` : ''}`;
  const digest = createSign('RSA-SHA256').update(message).sign(key, 'base64');
  return fetch(`${sandbox.shareApiUrl}${endpoint}`, {
    method,
    headers: {
      'X-Yoti-Auth-Digest': digest,
      'X-Yoti-Auth-Id': sandbox.clientSdkId,
      'Content-Type': 'application/json',
    },
    body: method === 'POST' ? body : undefined,
  });
}

const POLICY_BODY = JSON.stringify({
  policy: { wanted: [{ name: 'full_name' }] },
  redirectUri: '/done',
  extensions: [],
});

describe('the sandbox checks every request like Yoti', () => {
  let sandbox: Sandbox;
  let other: Sandbox;
  before(async () => {
    [sandbox, other] = await Promise.all([startSandbox(), startSandbox()]);
  });
  after(() => Promise.all([sandbox.close(), other.close()]));

  it('answers a correctly signed request', async () => {
    const response = await signedRequest(sandbox, { body: POLICY_BODY });
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.status, 'CREATED');
  });

  it('refuses a request signed with another key (401)', async () => {
    const response = await signedRequest(sandbox, { body: POLICY_BODY, key: other.privateKey });
    assert.equal(response.status, 401);
    assert.match((await response.json()).message, /signature does not verify/);
  });

  it('refuses a body changed after signing (401)', async () => {
    const endpoint = `/v2/sessions?nonce=${randomUUID()}&timestamp=${Date.now()}`;
    const digest = createSign('RSA-SHA256')
      .update(`POST&${endpoint}&${Buffer.from(POLICY_BODY).toString('base64')}`)
      .sign(sandbox.privateKey, 'base64');
    const response = await fetch(`${sandbox.shareApiUrl}${endpoint}`, {
      method: 'POST',
      headers: { 'X-Yoti-Auth-Digest': digest, 'X-Yoti-Auth-Id': sandbox.clientSdkId },
      body: POLICY_BODY.replace('full_name', 'email_address'),
    });
    assert.equal(response.status, 401);
  });

  it('refuses a replayed nonce (401)', async () => {
    const nonce = randomUUID();
    assert.equal((await signedRequest(sandbox, { body: POLICY_BODY, nonce })).status, 201);
    assert.equal((await signedRequest(sandbox, { body: POLICY_BODY, nonce })).status, 401);
  });

  it('refuses a stale timestamp and a missing digest (401)', async () => {
    assert.equal(
      (await signedRequest(sandbox, { body: POLICY_BODY, timestamp: Date.now() - 10 * 60_000 })).status,
      401,
    );
    const bare = await fetch(
      `${sandbox.shareApiUrl}/v2/sessions?nonce=${randomUUID()}&timestamp=${Date.now()}`,
      { method: 'POST' },
    );
    assert.equal(bare.status, 401);
  });

  it('answers an unknown attribute with 400, as Yoti does', async () => {
    const body = JSON.stringify({ policy: { wanted: [{ name: 'shoe_size' }] }, redirectUri: '/done' });
    const response = await signedRequest(sandbox, { body });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).message, 'One or more of the specified attributes are not known');
  });

  const control = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('injects faults on request, over HTTP too', async () => {
    const queued = await control('/sandbox/faults', { route: 'share.createSession', status: 503 });
    assert.equal(queued.status, 200);
    assert.equal((await signedRequest(sandbox, { body: POLICY_BODY })).status, 503);
    assert.equal((await signedRequest(sandbox, { body: POLICY_BODY })).status, 201);
    assert.equal((await control('/sandbox/faults', { route: 'nope' })).status, 400);
  });

  for (const [what, fault, problem] of [
    ['times of 1e309 (its heap)', '{"route":"share.createSession","status":503,"times":1e309}', /times/],
    ['times of 1001', { route: 'share.createSession', status: 503, times: 1001 }, /times/],
    ['a delay over 60 s', { route: 'share.createSession', delayMs: 60_001 }, /delayMs/],
    ['status 700', { route: 'share.createSession', status: 700 }, /status/],
    ['an unknown field', { route: 'share.createSession', status: 503, extra: 1 }, /unknown field/],
  ] as const) {
    it(`refuses a fault with ${what} (400, nothing queued)`, async () => {
      const answer = await control('/sandbox/faults', fault);
      assert.equal(answer.status, 400);
      assert.match((await answer.json()).message, problem);
      assert.equal((await signedRequest(sandbox, { body: POLICY_BODY })).status, 201);
    });
  }

  it('takes control requests only from its own origin, as application/json', async () => {
    const fault = { route: 'share.createSession', status: 503 };
    const foreign = await control('/sandbox/faults', fault, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    const plain = await control('/sandbox/faults', JSON.stringify(fault), { 'content-type': 'text/plain' });
    assert.equal(plain.status, 415);
    assert.equal((await signedRequest(sandbox, { body: POLICY_BODY })).status, 201, 'nothing was queued');
    const own = await control('/sandbox/faults', { ...fault, times: 1 }, { origin: sandbox.url });
    assert.equal(own.status, 200);
    assert.equal((await signedRequest(sandbox, { body: POLICY_BODY })).status, 503);

    const created = await (await signedRequest(sandbox, { body: POLICY_BODY })).json();
    const qr = await (
      await signedRequest(sandbox, { path: `/v2/sessions/${created.id}/qr-codes`, body: '{}' })
    ).json();
    const forged = await control(`/sandbox/qr/${qr.id}/allow`, '{}', { origin: 'https://evil.example' });
    assert.equal(forged.status, 403);
    const form = await control(`/sandbox/qr/${qr.id}/allow`, 'a=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    assert.equal(form.status, 415);
    const view = await (await fetch(`${sandbox.url}/sandbox/qr/${qr.id}`)).json();
    assert.equal(view.status, 'CREATED', 'the share was not answered');
  });

  it('shows a scanned QR code to the phone page, and takes Allow over HTTP', async () => {
    const created = await (await signedRequest(sandbox, { body: POLICY_BODY })).json();
    const qr = await (
      await signedRequest(sandbox, { path: `/v2/sessions/${created.id}/qr-codes`, body: '{}' })
    ).json();
    const view = await (await fetch(`${sandbox.url}/sandbox/qr/${qr.id}`)).json();
    assert.deepEqual(view, {
      qrCodeId: qr.id,
      sessionId: created.id,
      status: 'CREATED',
      expired: false,
      wanted: [{ name: 'full_name' }],
      selfieAuthentication: false,
      application: { name: 'Sandbox application' },
    });
    const allowed = await control(`/sandbox/qr/${qr.id}/allow`, {});
    assert.equal(allowed.status, 200);
    const again = await control(`/sandbox/qr/${qr.id}/deny`, {});
    assert.equal(again.status, 409);
  });
});

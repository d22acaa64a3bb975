import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import yoti from 'yoti';
import { APP, type Stack, startStack } from '../support/stack.js';

/** One read of a session answers everyone who asks within a second: a later read is Yoti's anew. */
const oneReadLater = () => new Promise((resolve) => setTimeout(resolve, 1050));

describe('helper share routes, over HTTP against the sandbox with the real SDK', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('POST /yoti/share-sessions creates a session with a first QR code and the presentation', async () => {
    const before = Date.now();
    const { status, body } = await stack.call('POST', '/yoti/share-sessions');
    assert.equal(status, 201);
    assert.match(body.sessionId, /^ss\.v2\./);
    assert.match(body.qrCode.uri, new RegExp(`^${stack.sandbox.url}/app/qr/`));
    const qrExpiry = Date.parse(body.qrCode.expiresAt) - before;
    assert.ok(qrExpiry > 170_000 && qrExpiry <= 181_000, `QR lives about 3 minutes (${qrExpiry} ms)`);
    assert.ok(Date.parse(body.expiresAt) > Date.parse(body.qrCode.expiresAt));
    assert.deepEqual(body.app, APP);
    assert.deepEqual(body.wanted, [
      { name: 'full_name', optional: false },
      { name: 'email_address', optional: false },
      { name: 'date_of_birth', derivation: 'age_over:18', optional: false },
    ]);
  });

  it('POST /yoti/share-sessions/:id/qr-codes answers the current QR code while it has more than 30 s left', async () => {
    const { body: created } = await stack.call('POST', '/yoti/share-sessions');
    const made = stack.sandbox.calls['share.createQrCode'];
    const { status, body } = await stack.call('POST', `/yoti/share-sessions/${created.sessionId}/qr-codes`);
    assert.equal(status, 201);
    assert.deepEqual(body, created.qrCode);
    assert.equal(stack.sandbox.calls['share.createQrCode'], made, 'no new code asked of Yoti');
  });

  it('POST /yoti/share-sessions/:id/qr-codes gives a fresh QR code once the current one is nearly spent', async () => {
    // 30 s or less left makes a new code; a code that lives under a minute is renewed at half its life.
    const short = await startStack({
      share: { policy: { wanted: [{ name: 'full_name' }] }, redirectUri: '/done', app: APP, qrCodeTtl: 2 },
    });
    try {
      const { body: created } = await short.call('POST', '/yoti/share-sessions');
      await oneReadLater(); // the first code now has less than half its 2 s left
      const path = `/yoti/share-sessions/${created.sessionId}/qr-codes`;
      // Ten browsers' worth of refreshes at once: Yoti makes one code, and all of them get it.
      const answers = await Promise.all(Array.from({ length: 10 }, () => short.call('POST', path)));
      const [first] = answers;
      assert.equal(first?.status, 201);
      assert.notEqual(first?.body.id, created.qrCode.id);
      assert.notEqual(first?.body.uri, created.qrCode.uri);
      assert.ok(Date.parse(first?.body.expiresAt) > Date.now());
      for (const answer of answers) assert.deepEqual(answer.body, first?.body);
      assert.equal(short.sandbox.calls['share.createQrCode'], 2, 'the first code and one more');
    } finally {
      await short.close();
    }
  });

  it('GET /yoti/share-sessions/:id follows the session from CREATED to COMPLETED with a receipt', async () => {
    const { body: created } = await stack.call('POST', '/yoti/share-sessions');
    const open = await stack.call('GET', `/yoti/share-sessions/${created.sessionId}`);
    assert.equal(open.status, 200);
    assert.equal(open.body.status, 'CREATED');
    assert.equal(open.body.receiptId, undefined);
    assert.deepEqual(open.body.app, APP);

    const { receiptId } = stack.sandbox.allowShare(created.qrCode.uri);
    await oneReadLater();
    const done = await stack.call('GET', `/yoti/share-sessions/${created.sessionId}`);
    assert.equal(done.body.status, 'COMPLETED');
    assert.equal(done.body.receiptId, receiptId);
  });

  it('getShareReceipt() decrypts the completed share to the profile; no route exposes it', async () => {
    const { body: created } = await stack.call('POST', '/yoti/share-sessions');
    const { receiptId } = stack.sandbox.allowShare(created.qrCode.id);
    const profile = await stack.handler.getShareReceipt(receiptId);
    assert.deepEqual(profile, {
      receiptId,
      sessionId: created.sessionId,
      attributes: { full_name: 'Alex Sample', email_address: 'alex.sample@example.com', 'age_over:18': true },
    });
    for (const path of ['/yoti/receipts/x', `/yoti/share-sessions/${created.sessionId}/receipt`]) {
      assert.equal((await stack.call('GET', path)).status, 404);
    }
  });

  it('a denied share ends FAILED, and a new QR code is then refused', async () => {
    const { body: created } = await stack.call('POST', '/yoti/share-sessions');
    stack.sandbox.denyShare(created.qrCode.uri);
    const { body } = await stack.call('GET', `/yoti/share-sessions/${created.sessionId}`);
    assert.equal(body.status, 'FAILED');
    assert.equal(body.receiptId, undefined);
    const qr = await stack.call('POST', `/yoti/share-sessions/${created.sessionId}/qr-codes`);
    assert.equal(qr.status, 409);
    assert.equal(qr.body.error.code, 'session_not_open');
  });

  it("takes a policy made with the SDK's PolicyBuilder", async () => {
    const policy = new yoti.DigitalIdentityBuilders.PolicyBuilder()
      .withFullName()
      .withEmail()
      .withWantedRememberMe()
      .build();
    const other = await startStack({ share: { policy, redirectUri: 'https://acme.example/done', app: APP } });
    try {
      const { body: created } = await other.call('POST', '/yoti/share-sessions');
      assert.deepEqual(
        created.wanted.map((item: { name: string }) => item.name),
        ['full_name', 'email_address'],
      );
      const { receiptId } = other.sandbox.allowShare(created.qrCode.uri);
      const profile = await other.handler.getShareReceipt(receiptId);
      assert.equal(profile.attributes.full_name, 'Alex Sample');
      assert.match(profile.rememberMeId ?? '', /^[A-Za-z0-9+/=]{40,}$/);
    } finally {
      await other.close();
    }
  });

  it('reports an unknown share session as 404 session_not_found', async () => {
    const { status, body } = await stack.call('GET', '/yoti/share-sessions/ss.v2.unknown');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'session_not_found');
  });

  it('QR codes and sessions expire in the sandbox (short TTLs)', async () => {
    const short = await startStack(
      {
        share: { policy: { wanted: [{ name: 'full_name' }] }, redirectUri: '/done', app: APP, qrCodeTtl: 1 },
      },
      { qrCodeTtl: 1, shareSessionTtl: 2 },
    );
    try {
      const { body: created } = await short.call('POST', '/yoti/share-sessions');
      assert.ok(Date.parse(created.qrCode.expiresAt) - Date.now() <= 1000);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.throws(() => short.sandbox.allowShare(created.qrCode.uri), /expired/);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const { body } = await short.call('GET', `/yoti/share-sessions/${created.sessionId}`);
      assert.equal(body.status, 'EXPIRED');
    } finally {
      await short.close();
    }
  });
});

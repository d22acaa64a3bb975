import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import yoti from 'yoti';
import { IDV_SPEC, type Stack, startStack, WEBHOOK_TOKEN } from '../support/stack.js';

describe('helper IDV routes, over HTTP against the sandbox with the real SDK', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('POST /yoti/idv-sessions creates a session and the iframe URL on the IDV origin', async () => {
    const { status, body } = await stack.call('POST', '/yoti/idv-sessions');
    assert.equal(status, 201);
    assert.match(body.sessionId, /^[0-9a-f-]{36}$/);
    assert.match(body.sessionToken, /^[0-9a-f-]{36}$/);
    assert.equal(body.ttl, 600);
    const iframe = new URL(body.iframeUrl);
    assert.equal(iframe.origin, stack.sandbox.url);
    assert.equal(iframe.pathname, '/idverify/v1/web/index.html');
    assert.equal(iframe.searchParams.get('sessionID'), body.sessionId);
    assert.equal(iframe.searchParams.get('sessionToken'), body.sessionToken);
  });

  it('GET /yoti/idv-sessions/:id summarises an ongoing session without the token', async () => {
    const { body: created } = await stack.call('POST', '/yoti/idv-sessions');
    const { status, body } = await stack.call('GET', `/yoti/idv-sessions/${created.sessionId}`);
    assert.equal(status, 200);
    assert.deepEqual(body, {
      sessionId: created.sessionId,
      state: 'ONGOING',
      outcome: 'PENDING',
      progress: { document: false, face: false, submitted: false },
      checks: [],
      live: false,
    });
    assert.ok(!JSON.stringify(body).includes(created.sessionToken));
  });

  it("tells the person's progress at each step of the capture, and nothing of what was captured", async () => {
    const slow = await startStack({}, { idvProcessingMs: 60_000 });
    try {
      const { body: created } = await slow.call('POST', '/yoti/idv-sessions');
      const progress = async () => (await slow.call('GET', `/yoti/idv-sessions/${created.sessionId}`)).body;
      // The helper reads a session from Yoti at most once a second: a step shows on a later read.
      const waitFor = async (done: () => Promise<boolean>) => {
        for (let tries = 0; !(await done()); tries += 1) {
          assert.ok(tries < 50, 'the step never showed');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      assert.deepEqual((await progress()).progress, { document: false, face: false, submitted: false });
      slow.sandbox.captureIdv(created.sessionId, 'document');
      await waitFor(async () => (await progress()).progress.document);
      assert.deepEqual((await progress()).progress, { document: true, face: false, submitted: false });
      slow.sandbox.captureIdv(created.sessionId, 'face');
      await waitFor(async () => (await progress()).progress.face);
      assert.deepEqual((await progress()).progress, { document: true, face: true, submitted: false });
      slow.sandbox.completeIdv(created.sessionId, 'approve');
      await waitFor(async () => (await progress()).progress.submitted);
      const sent = await progress();
      // Sent while the checks run: still ongoing, the outcome not yet known.
      assert.equal(sent.state, 'ONGOING');
      assert.equal(sent.outcome, 'PENDING');
      assert.deepEqual(sent.progress, { document: true, face: true, submitted: true });
      assert.doesNotMatch(JSON.stringify(sent), /Alex|Sample|PASSPORT|GBR|media/i);
    } finally {
      await slow.close();
    }
  });

  it('summarises an approved session: each requested check with its recommendation', async () => {
    const { body: created } = await stack.call('POST', '/yoti/idv-sessions');
    stack.sandbox.completeIdv(created.sessionId, 'approve');
    const { body } = await stack.call('GET', `/yoti/idv-sessions/${created.sessionId}`);
    assert.deepEqual(body, {
      sessionId: created.sessionId,
      state: 'COMPLETED',
      outcome: 'APPROVED',
      checks: [
        'ID_DOCUMENT_AUTHENTICITY',
        'LIVENESS',
        'ID_DOCUMENT_FACE_MATCH',
        'ID_DOCUMENT_TEXT_DATA_CHECK',
      ].map((type) => ({
        type,
        state: 'DONE',
        recommendation: { value: 'APPROVE' },
      })),
      progress: { document: true, face: true, submitted: true },
      live: false,
    });
  });

  it('summarises a rejected session: the checks without their reasons; with publicDetail reasons, the reasons and the profile', async () => {
    const { body: created } = await stack.call('POST', '/yoti/idv-sessions');
    stack.sandbox.completeIdv(created.sessionId, 'reject');
    const { body } = await stack.call('GET', `/yoti/idv-sessions/${created.sessionId}`);
    assert.equal(body.outcome, 'REJECTED');
    assert.equal(body.result, undefined, 'no identity profile was requested');
    assert.deepEqual(body.checks[0], {
      type: 'ID_DOCUMENT_AUTHENTICITY',
      state: 'DONE',
      recommendation: { value: 'REJECT' },
    });
    const profiled = await startStack({
      idv: {
        ...IDV_SPEC,
        publicDetail: 'reasons',
        identity_profile_requirements: {
          trust_framework: 'UK_TFIDA',
          scheme: { type: 'DBS', objective: 'STANDARD' },
        },
      },
    });
    try {
      const { body: session } = await profiled.call('POST', '/yoti/idv-sessions');
      profiled.sandbox.completeIdv(session.sessionId, 'reject');
      const { body: summary } = await profiled.call('GET', `/yoti/idv-sessions/${session.sessionId}`);
      assert.equal(summary.result, 'ABORTED');
      assert.equal(summary.failureReason, 'FRAUD_DETECTED');
      assert.equal(summary.outcome, 'REJECTED');
      assert.deepEqual(summary.checks[0].recommendation, { value: 'REJECT', reason: 'COUNTERFEIT' });
    } finally {
      await profiled.close();
    }
  });

  it("summarises an advanced identity profile's result and reason as a simple one's", async () => {
    const advanced = await startStack({
      idv: {
        ...IDV_SPEC,
        publicDetail: 'reasons',
        advanced_identity_profile_requirements: {
          profiles: [
            {
              trust_framework: 'UK_TFIDA',
              schemes: [{ type: 'RTW', label: 'rtw' }],
            },
          ],
        },
      },
    });
    try {
      const { body: met } = await advanced.call('POST', '/yoti/idv-sessions');
      advanced.sandbox.completeIdv(met.sessionId, 'approve');
      const { body: done } = await advanced.call('GET', `/yoti/idv-sessions/${met.sessionId}`);
      assert.equal(done.result, 'DONE');
      assert.equal(done.failureReason, undefined);
      const { body: unmet } = await advanced.call('POST', '/yoti/idv-sessions');
      advanced.sandbox.completeIdv(unmet.sessionId, 'approve', 'COULD_NOT_VERIFY_ADDRESS');
      const { body: aborted } = await advanced.call('GET', `/yoti/idv-sessions/${unmet.sessionId}`);
      assert.equal(aborted.result, 'ABORTED');
      assert.equal(aborted.failureReason, 'COULD_NOT_VERIFY_ADDRESS');
    } finally {
      await advanced.close();
    }
  });

  it('shows a session EXPIRED once its token TTL has passed', async () => {
    const short = await startStack({ idv: { client_session_token_ttl: 1 } });
    try {
      const { body: created } = await short.call('POST', '/yoti/idv-sessions');
      assert.equal(created.ttl, 1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const { body } = await short.call('GET', `/yoti/idv-sessions/${created.sessionId}`);
      assert.equal(body.state, 'EXPIRED');
    } finally {
      await short.close();
    }
  });

  it("takes a session specification made with the SDK's SessionSpecificationBuilder", async () => {
    const spec = new yoti.SessionSpecificationBuilder()
      .withClientSessionTokenTtl(900)
      .withRequestedCheck(new yoti.RequestedLivenessCheckBuilder().forZoomLiveness().build())
      .build();
    const other = await startStack({ idv: spec });
    try {
      const { body: created } = await other.call('POST', '/yoti/idv-sessions');
      assert.equal(created.ttl, 900);
      other.sandbox.completeIdv(created.sessionId, 'approve');
      const { body } = await other.call('GET', `/yoti/idv-sessions/${created.sessionId}`);
      assert.deepEqual(
        body.checks.map((check: { type: string }) => check.type),
        ['LIVENESS'],
      );
    } finally {
      await other.close();
    }
  });

  it('answers 404 session_not_found for an unknown IDV session', async () => {
    const { status, body } = await stack.call(
      'GET',
      '/yoti/idv-sessions/00000000-0000-0000-0000-000000000000',
    );
    assert.equal(status, 404);
    assert.equal(body.error.code, 'session_not_found');
  });
});

describe('helper notifications route', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  const notify = (authorization: string | undefined, body: unknown) =>
    stack.call('POST', '/yoti/notifications', {
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
        origin: 'https://api.yoti.com',
      },
      body: JSON.stringify(body),
    });

  it('accepts a webhook with the BASIC token (what it leads to: test/node/live-status.test.ts)', async () => {
    const basic = `Basic ${Buffer.from(WEBHOOK_TOKEN).toString('base64')}`;
    assert.equal((await notify(basic, { session_id: 'abc-123', topic: 'resource_update' })).status, 200);
    assert.equal((await notify(basic, { id: 'ss.v2.abc', status: 'COMPLETED' })).status, 200);
  });

  it('accepts the BEARER form too', async () => {
    const { status } = await notify(`Bearer ${WEBHOOK_TOKEN}`, {
      session_id: 'def-456',
      topic: 'session_completion',
    });
    assert.equal(status, 200);
  });

  it('refuses a wrong, missing or empty token with 401', async () => {
    for (const authorization of [
      `Bearer ${WEBHOOK_TOKEN}x`,
      undefined,
      'Bearer ',
      `Basic ${Buffer.from('nope').toString('base64')}`,
    ]) {
      const { status, body } = await notify(authorization, {
        session_id: 'ghi-789',
        topic: 'session_completion',
      });
      assert.equal(status, 401);
      assert.equal(body.error.code, 'unauthorised');
    }
  });

  it('is off (404) when no webhookAuthToken is configured', async () => {
    const other = await startStack({ webhookAuthToken: undefined });
    try {
      const { status, body } = await other.call('POST', '/yoti/notifications', { body: '{}' });
      assert.equal(status, 404);
      assert.equal(body.error.code, 'notifications_not_configured');
    } finally {
      await other.close();
    }
  });
});

// The back office over HTTP (issue 25), against the sandbox with the real SDK: who may use it, links
// and what they give whom, records kept current, review, the business's decision, deletion at Yoti.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import yoti from 'yoti';
import {
  AdminUnauthenticated,
  createYotiHandler,
  MemoryRecords,
  type YotiHandlerOptions,
} from '../../src/server/index.js';
import { openStream } from '../support/sse.js';
import { browserAt, type Stack, startStack } from '../support/stack.js';

const STAFF = { 'x-staff': 'alice' };

/** The host's sign-in, as a test stands it in: a header names the staff member. */
const admin: YotiHandlerOptions['admin'] = {
  authorize(request) {
    const who = request.headers.get('x-staff');
    if (who === 'anonymous') throw new AdminUnauthenticated();
    if (!who) return null;
    const name = who === 'alice' ? 'Alice Staff' : undefined;
    return { id: who, name, permissions: ['view', 'create', 'decide', 'delete'] };
  },
};

/** Every admin route, with a body where it takes one. */
const ADMIN_ROUTES: Array<[string, string]> = [
  ['GET', '/yoti/admin/sessions'],
  ['GET', '/yoti/admin/sessions/some-session'],
  ['GET', '/yoti/admin/sessions/some-session/media/some-media'],
  ['POST', '/yoti/admin/sessions/some-session/decision'],
  ['DELETE', '/yoti/admin/sessions/some-session/media'],
  ['DELETE', '/yoti/admin/sessions/some-session/media/some-media'],
  ['DELETE', '/yoti/admin/sessions/some-session'],
  ['GET', '/yoti/admin/events'],
  ['POST', '/yoti/admin/links'],
  ['DELETE', '/yoti/admin/links/some-link'],
];

/** Asserts that the SDK, called directly, finds nothing: 404 at the sandbox (its console line kept off the test's output). */
async function goneAtYoti(read: () => Promise<unknown>): Promise<void> {
  const log = console.log;
  console.log = () => undefined;
  try {
    await assert.rejects(
      read(),
      (error: { getResponseStatusCode(): number | null }) => error.getResponseStatusCode() === 404,
    );
  } finally {
    console.log = log;
  }
}

const json = (body: unknown, headers: Record<string, string> = STAFF): RequestInit => ({
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('back office: nothing without admin', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('answers 404 on every admin and link route, and the host-side twins say what to configure', async () => {
    for (const [method, path] of [...ADMIN_ROUTES, ['POST', '/yoti/links/abc/session'] as [string, string]]) {
      const { status } = await stack.call(method, path, { headers: STAFF });
      assert.equal(status, 404, `${method} ${path}`);
    }
    await assert.rejects(stack.handler.admin.list(), { code: 'admin_not_configured' });
    await assert.rejects(stack.handler.createIdvLink({ name: 'Sam', email: 'sam@example.com' }), {
      code: 'admin_not_configured',
    });
  });

  it('refuses records or links without admin, naming the option', () => {
    const { clientSdkId, privateKey } = stack.sandbox;
    for (const option of [{ records: new MemoryRecords() }, { links: {} }]) {
      assert.throws(
        () => createYotiHandler({ clientSdkId, privateKey, idv: {}, ...option }),
        new RegExp(`option \`${Object.keys(option)[0]}\` needs \`admin`),
      );
    }
  });
});

describe('back office over HTTP', () => {
  let stack: Stack;
  let records: MemoryRecords;
  let idv: InstanceType<typeof yoti.IDVClient>;
  before(async () => {
    records = new MemoryRecords();
    stack = await startStack({ admin, records });
    idv = new yoti.IDVClient(stack.sandbox.clientSdkId, stack.sandbox.privateKey, {
      apiUrl: stack.sandbox.idvApiUrl,
    });
  });
  after(() => stack.close());

  it('asks authorize first on every admin route: 403 admin_forbidden for no staff, 401 when signed out', async () => {
    for (const [method, path] of ADMIN_ROUTES) {
      const forbidden = await stack.call(method, path);
      assert.equal(forbidden.status, 403, `${method} ${path}`);
      assert.equal(forbidden.body.error.code, 'admin_forbidden');
      const signedOut = await stack.call(method, path, { headers: { 'x-staff': 'anonymous' } });
      assert.equal(signedOut.status, 401, `${method} ${path}`);
      assert.equal(signedOut.body.error.code, 'admin_unauthenticated');
    }
  });

  it('checks the origin of unsafe admin requests, after authorize', async () => {
    const { status, body } = await stack.call('POST', '/yoti/admin/links', {
      ...json({ name: 'Sam Person', email: 'sam@example.com' }),
      headers: { ...STAFF, 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    assert.equal(status, 403);
    assert.equal(body.error.code, 'origin_not_allowed');
  });

  it('makes a link whose URL holds neither the name nor the email; its page shows the app, not the person', async () => {
    const { status, body } = await stack.call(
      'POST',
      '/yoti/admin/links',
      json({ name: 'Sam Person', email: 'sam@example.com' }),
    );
    assert.equal(status, 201);
    const url = new URL(body.url);
    assert.equal(url.origin, stack.origin);
    assert.match(url.pathname, /^\/yoti\/links\/[A-Za-z0-9_-]{32}$/);
    assert.doesNotMatch(body.url, /sam/i);
    assert.ok(Date.parse(body.expiresAt) > Date.now() + 6 * 86_400_000, 'a week by default');
    const page = await fetch(body.url);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.match(
      page.headers.get('content-security-policy') ?? '',
      /default-src 'none'.*frame-ancestors 'none'/,
    );
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.match(html, /Acme Bank/);
    assert.match(html, /<yoti-docscan-frame endpoint="\/yoti" link-code="[A-Za-z0-9_-]{32}"/);
    assert.doesNotMatch(html, /sam/i);
    const french = await (await fetch(body.url, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).text();
    assert.match(french, /Vérifiez votre identité/);
  });

  it('validates a link: name and email required, no other field, expiresIn in range', async () => {
    const cases: Array<[unknown, string]> = [
      [{ email: 'sam@example.com' }, 'invalid_name'],
      [{ name: 'Sam', email: 'not an email' }, 'invalid_email'],
      [{ name: 'Sam', email: 'sam@example.com', expiresIn: 5 }, 'invalid_expires_in'],
      [{ name: 'Sam', email: 'sam@example.com', spec: {} }, 'unknown_field'],
      [{ name: 'Sam\u0000', email: 'sam@example.com' }, 'invalid_name'],
    ];
    for (const [input, code] of cases) {
      const { status, body } = await stack.call('POST', '/yoti/admin/links', json(input));
      assert.equal(status, 400, code);
      assert.equal(body.error.code, code);
    }
  });

  it('the first browser to open a link gets its session; the same browser again the same one; another 409', async () => {
    const { body: link } = await stack.call(
      'POST',
      '/yoti/admin/links',
      json({ name: 'Sam Person', email: 'sam@example.com' }),
    );
    const code = new URL(link.url).pathname.split('/').pop() as string;
    const person = browserAt(stack.origin);
    const first = await person('POST', `/yoti/links/${code}/session`);
    assert.equal(first.status, 200);
    assert.match(first.body.sessionId, /^[0-9a-f-]{36}$/);
    assert.ok(first.body.sessionToken && first.body.iframeUrl);
    assert.doesNotMatch(JSON.stringify(first.body), /sam/i);
    const again = await person('POST', `/yoti/links/${code}/session`);
    assert.equal(again.body.sessionId, first.body.sessionId);
    const other = await browserAt(stack.origin)('POST', `/yoti/links/${code}/session`);
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'link_used');
    // The session is bound to the person's browser, as any other.
    assert.equal((await person('GET', `/yoti/idv-sessions/${first.body.sessionId}`)).status, 200);
    assert.equal(
      (await browserAt(stack.origin)('GET', `/yoti/idv-sessions/${first.body.sessionId}`)).status,
      404,
    );
    const row = (await stack.call('GET', '/yoti/admin/sessions?query=SAM@example', { headers: STAFF })).body
      .sessions[0];
    assert.equal(row.sessionId, first.body.sessionId);
    assert.equal(row.name, 'Sam Person');
    assert.equal(row.linkId, link.linkId);
    assert.equal(row.state, 'ONGOING');
  });

  it('a link no one has: 404; expired: 410 link_expired; withdrawn: 410 link_revoked (the page says so too)', async () => {
    const missing = await stack.call('POST', `/yoti/links/${'A'.repeat(32)}/session`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'link_not_found');
    const { body: old } = await stack.call(
      'POST',
      '/yoti/admin/links',
      json({ name: 'Old', email: 'old@example.com' }),
    );
    const stored = await records.getLink(old.linkId);
    await records.putLink({ ...(stored as NonNullable<typeof stored>), expiresAt: Date.now() - 1 });
    const oldCode = new URL(old.url).pathname.split('/').pop();
    const expired = await stack.call('POST', `/yoti/links/${oldCode}/session`);
    assert.equal(expired.status, 410);
    assert.equal(expired.body.error.code, 'link_expired');
    const page = await fetch(old.url);
    assert.equal(page.status, 410);
    assert.match(await page.text(), /This link has expired/);
    const { body: withdrawn } = await stack.call(
      'POST',
      '/yoti/admin/links',
      json({ name: 'W', email: 'w@example.com' }),
    );
    assert.equal(
      (await stack.call('DELETE', `/yoti/admin/links/${withdrawn.linkId}`, { headers: STAFF })).status,
      204,
    );
    const revoked = await stack.call(
      'POST',
      `/yoti/links/${new URL(withdrawn.url).pathname.split('/').pop()}/session`,
    );
    assert.equal(revoked.status, 410);
    assert.equal(revoked.body.error.code, 'link_revoked');
    assert.equal(
      (await stack.call('DELETE', '/yoti/admin/links/no-such-link', { headers: STAFF })).status,
      404,
    );
  });

  it('records every IDV session, kept current by the reads that bring its state', async () => {
    const person = browserAt(stack.origin);
    const { body: created } = await person('POST', '/yoti/idv-sessions');
    const listed = async () =>
      (await stack.call('GET', '/yoti/admin/sessions?limit=100', { headers: STAFF })).body.sessions.find(
        (row: { sessionId: string }) => row.sessionId === created.sessionId,
      );
    assert.equal((await listed()).state, 'ONGOING');
    assert.equal((await listed()).name, undefined);
    stack.sandbox.completeIdv(created.sessionId, 'approve');
    await person('GET', `/yoti/idv-sessions/${created.sessionId}`);
    assert.equal((await listed()).state, 'COMPLETED');
  });

  it('reviews a session: checks with recommendations and manual-check modes, the document fields, media; then a decision', async () => {
    const { sessionId } = await stack.handler.createIdvSession(new Request(`${stack.origin}/`));
    stack.sandbox.completeIdv(sessionId, 'approve');
    const { status, body } = await stack.call('GET', `/yoti/admin/sessions/${sessionId}`, { headers: STAFF });
    assert.equal(status, 200);
    assert.equal(body.state, 'COMPLETED');
    const faceMatch = body.checks.find((check: { type: string }) => check.type === 'ID_DOCUMENT_FACE_MATCH');
    assert.equal(faceMatch.manualCheck, 'FALLBACK');
    assert.deepEqual(faceMatch.recommendation, { value: 'APPROVE' });
    assert.match(faceMatch.id, /^[0-9a-f-]{36}$/);
    assert.equal(body.document.type, 'PASSPORT');
    assert.equal(body.document.fields.full_name, 'Alex Sample');
    const kinds = body.media.map((item: { kind: string }) => item.kind);
    assert.ok(kinds.includes('document-page') && kinds.includes('document-fields'), kinds.join());
    const page = body.media.find((item: { kind: string }) => item.kind === 'document-page');
    const image = await fetch(`${stack.origin}/yoti/admin/sessions/${sessionId}/media/${page.id}`, {
      headers: STAFF,
    });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.equal(image.headers.get('cache-control'), 'no-store');
    assert.equal((await image.arrayBuffer()).byteLength > 100, true);
    assert.deepEqual(
      body.audit.map((entry: { action: string }) => entry.action),
      ['session.created', 'state.COMPLETED'],
    );

    const bad = await stack.call(
      'POST',
      `/yoti/admin/sessions/${sessionId}/decision`,
      json({ value: 'MAYBE' }),
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'invalid_decision');
    const decided = await stack.call(
      'POST',
      `/yoti/admin/sessions/${sessionId}/decision`,
      json({ value: 'APPROVE', note: 'Looks right' }),
    );
    assert.equal(decided.status, 200);
    assert.equal(decided.body.decision.value, 'APPROVE');
    assert.equal(decided.body.decision.note, 'Looks right');
    assert.equal(decided.body.decision.by, 'alice');
    assert.equal(decided.body.decision.byName, 'Alice Staff');
    assert.equal(decided.body.outcome, 'APPROVED');
    assert.equal(decided.body.audit.at(-1).action, 'decision.APPROVE');
    assert.equal(decided.body.audit.at(-1).by, 'alice');
    assert.equal(decided.body.audit.at(-1).byName, 'Alice Staff');
    const approved = await stack.call('GET', '/yoti/admin/sessions?decision=APPROVE', { headers: STAFF });
    assert.deepEqual(
      approved.body.sessions.map((row: { sessionId: string }) => row.sessionId),
      [sessionId],
    );
  });

  it('deletes media at Yoti (one, then all) keeping checks and decision; then the session, gone everywhere', async () => {
    const { sessionId } = await stack.handler.createIdvSession(new Request(`${stack.origin}/`));
    stack.sandbox.completeIdv(sessionId, 'approve');
    await stack.handler.admin.decide(sessionId, { value: 'REJECT', note: 'Blurry' }, 'bob');
    const before = (await stack.call('GET', `/yoti/admin/sessions/${sessionId}`, { headers: STAFF })).body;
    const [first, ...rest] = before.media as Array<{ id: string }>;
    assert.ok(first && rest.length > 0);
    const one = await stack.call('DELETE', `/yoti/admin/sessions/${sessionId}/media/${first.id}`, {
      headers: STAFF,
    });
    assert.equal(one.status, 204);
    await goneAtYoti(() => idv.getMediaContent(sessionId, first.id));
    assert.equal(
      (await stack.call('GET', `/yoti/admin/sessions/${sessionId}/media/${first.id}`, { headers: STAFF }))
        .status,
      404,
    );
    const all = await stack.call('DELETE', `/yoti/admin/sessions/${sessionId}/media`, { headers: STAFF });
    assert.equal(all.status, 204);
    for (const item of rest) await goneAtYoti(() => idv.getMediaContent(sessionId, item.id));
    const after = (await stack.call('GET', `/yoti/admin/sessions/${sessionId}`, { headers: STAFF })).body;
    assert.equal(after.mediaDeleted, true);
    assert.deepEqual(after.media, []);
    assert.equal(after.document.fields, undefined, 'the fields were media too');
    assert.deepEqual(
      after.checks.map((check: { recommendation: unknown }) => check.recommendation),
      before.checks.map((check: { recommendation: unknown }) => check.recommendation),
    );
    assert.equal(after.decision.value, 'REJECT');
    assert.ok(after.audit.some((entry: { action: string }) => entry.action === 'media.deleted'));

    assert.equal(
      (await stack.call('DELETE', `/yoti/admin/sessions/${sessionId}`, { headers: STAFF })).status,
      204,
    );
    assert.equal(
      (await stack.call('GET', `/yoti/admin/sessions/${sessionId}`, { headers: STAFF })).status,
      404,
    );
    const list = (await stack.call('GET', '/yoti/admin/sessions?limit=100', { headers: STAFF })).body
      .sessions;
    assert.ok(!list.some((row: { sessionId: string }) => row.sessionId === sessionId));
    await goneAtYoti(() => idv.getSession(sessionId));
  });

  it('streams record changes to staff: a new session, its state, its deletion', async () => {
    const stream = await openStream(`${stack.origin}/yoti/admin/events`, STAFF);
    assert.equal(stream.status, 200);
    const { sessionId } = await stack.handler.createIdvSession(new Request(`${stack.origin}/`));
    stack.sandbox.completeIdv(sessionId, 'approve');
    await stack.handler.admin.get(sessionId);
    await stack.handler.admin.deleteSession(sessionId);
    const messages = await stream.waitFor(3);
    stream.close();
    assert.ok(messages.every((message) => message.event === 'record'));
    const seen = messages.map((message) => JSON.parse(message.data));
    assert.equal(seen[0].sessionId, sessionId);
    assert.equal(seen[0].state, 'ONGOING');
    assert.equal(seen[1].state, 'COMPLETED');
    assert.deepEqual(seen.at(-1), { deleted: sessionId });
  });

  it('checks list parameters', async () => {
    for (const [query, code] of [
      ['state=DONE', 'invalid_state'],
      ['decision=YES', 'invalid_decision'],
      ['limit=0', 'invalid_limit'],
      ['cursor=abc', 'invalid_cursor'],
      ['sort=name', 'unknown_parameter'],
    ]) {
      const { status, body } = await stack.call('GET', `/yoti/admin/sessions?${query}`, { headers: STAFF });
      assert.equal(status, 400, query);
      assert.equal(body.error.code, code);
    }
  });
});

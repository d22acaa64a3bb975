// The back office's staff (issue 30): permissions per route, who is signed in (GET admin/me), names
// in the audit, a staff member's own cap on record streams, and a host's authorize that names a
// permission that does not exist (refused, never granted).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ErrorContext, YotiHandlerOptions } from '../../src/server/index.js';
import { openStream } from '../support/sse.js';
import { type Stack, startStack } from '../support/stack.js';

const STAFF: Record<string, { id: string; name?: string; permissions?: string[] }> = {
  jordan: { id: 'staff-jordan', name: 'Jordan Reyes', permissions: ['view', 'create', 'decide', 'delete'] },
  sam: { id: 'staff-sam', name: 'Sam Viewer' },
  odd: { id: 'staff-odd', permissions: ['view', 'approve'] },
};
const reported: Array<[unknown, ErrorContext]> = [];
const admin = {
  authorize: (request: Request) => STAFF[request.headers.get('x-staff') ?? ''] ?? null,
} as YotiHandlerOptions['admin'];
const as = (who: string, body?: unknown): RequestInit => ({
  headers: { 'x-staff': who, ...(body ? { 'content-type': 'application/json' } : {}) },
  ...(body ? { body: JSON.stringify(body) } : {}),
});

describe('back office staff', () => {
  let stack: Stack;
  let sessionId: string;
  let mediaId: string;
  before(async () => {
    stack = await startStack({ admin, onError: (error, context) => reported.push([error, context]) });
    ({ sessionId } = await stack.handler.createIdvSession(new Request(stack.origin)));
    stack.sandbox.completeIdv(sessionId, 'approve');
    mediaId = (await stack.handler.admin.get(sessionId)).media[0]?.id ?? '';
  });
  after(() => stack.close());

  it('says who is signed in and what they may do; view when authorize names nothing', async () => {
    assert.deepEqual((await stack.call('GET', '/yoti/admin/me', as('jordan'))).body, {
      id: 'staff-jordan',
      name: 'Jordan Reyes',
      permissions: ['view', 'create', 'decide', 'delete'],
    });
    assert.deepEqual((await stack.call('GET', '/yoti/admin/me', as('sam'))).body, {
      id: 'staff-sam',
      name: 'Sam Viewer',
      permissions: ['view'],
    });
  });

  it('a view-only member of staff may list, read, see media and follow, and nothing else: 403 admin_permission naming it', async () => {
    for (const path of [
      '/yoti/admin/sessions',
      `/yoti/admin/sessions/${sessionId}`,
      `/yoti/admin/sessions/${sessionId}/media/${mediaId}`,
    ]) {
      assert.equal((await stack.call('GET', path, as('sam'))).status, 200, path);
    }
    const stream = await openStream(`${stack.origin}/yoti/admin/events`, { 'x-staff': 'sam' });
    assert.equal(stream.status, 200);
    stream.close();
    const refused: Array<[string, string, string, unknown?]> = [
      ['POST', '/yoti/admin/links', 'create', { name: 'Pat Person', email: 'pat@example.com' }],
      ['DELETE', '/yoti/admin/links/some-link', 'create'],
      ['POST', `/yoti/admin/sessions/${sessionId}/decision`, 'decide', { value: 'APPROVE' }],
      ['DELETE', `/yoti/admin/sessions/${sessionId}/media`, 'delete'],
      ['DELETE', `/yoti/admin/sessions/${sessionId}/media/${mediaId}`, 'delete'],
      ['DELETE', `/yoti/admin/sessions/${sessionId}`, 'delete'],
    ];
    for (const [method, path, permission, body] of refused) {
      const answer = await stack.call(method, path, as('sam', body));
      assert.equal(answer.status, 403, `${method} ${path}`);
      assert.equal(answer.body.error.code, 'admin_permission');
      assert.equal(answer.body.error.permission, permission);
    }
    // Nothing was done: the session, its media and its record are all still there.
    const after = await stack.handler.admin.get(sessionId);
    assert.equal(after.decision, undefined);
    assert.equal(after.mediaDeleted, false);
  });

  it('keeps names in the audit and the decision, beside the IDs', async () => {
    const decided = await stack.call(
      'POST',
      `/yoti/admin/sessions/${sessionId}/decision`,
      as('jordan', { value: 'APPROVE', note: 'Checked by hand' }),
    );
    assert.equal(decided.status, 200);
    assert.deepEqual(
      { by: decided.body.decision.by, byName: decided.body.decision.byName },
      { by: 'staff-jordan', byName: 'Jordan Reyes' },
    );
    const last = decided.body.audit.at(-1);
    assert.deepEqual(
      { by: last.by, byName: last.byName, action: last.action },
      {
        by: 'staff-jordan',
        byName: 'Jordan Reyes',
        action: 'decision.APPROVE',
      },
    );
  });

  it('refuses a request whose authorize names a permission that does not exist, and says why through onError', async () => {
    reported.length = 0;
    const answer = await stack.call('GET', '/yoti/admin/sessions', as('odd'));
    assert.equal(answer.status, 500);
    assert.equal(answer.body.error.code, 'internal_error');
    assert.equal(reported.length, 1);
    assert.match(String(reported[0]?.[0]), /permission "approve".*view, create, decide, delete/);
    assert.equal(reported[0]?.[1].source, 'host');
  });

  it('gives staff record streams a cap of their own (20), apart from the public streams', async () => {
    const streams = [];
    for (let index = 0; index < 20; index += 1) {
      streams.push(await openStream(`${stack.origin}/yoti/admin/events`, { 'x-staff': 'jordan' }));
    }
    assert.deepEqual([...new Set(streams.map((stream) => stream.status))], [200]);
    const over = await fetch(`${stack.origin}/yoti/admin/events`, { headers: { 'x-staff': 'jordan' } });
    assert.equal(over.status, 429);
    assert.equal((await over.json()).error.code, 'stream_limit');
    assert.ok(Number(over.headers.get('retry-after')) > 0);
    const other = await openStream(`${stack.origin}/yoti/admin/events`, { 'x-staff': 'sam' });
    assert.equal(other.status, 200, 'another member of staff has their own');
    for (const stream of [...streams, other]) stream.close();
  });
});

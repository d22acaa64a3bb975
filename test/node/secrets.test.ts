import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_PERSONA } from '../../src/sandbox/share/persona.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Runs every route through a full share and two scans, with faults, capturing every answer the
 * helper gives and every line written to the console, then searches them for what must never leak.
 */
describe('no secret leaks from the helper', () => {
  let stack: Stack;
  const logged: string[] = [];
  const answers: string[] = [];
  const originals = { log: console.log, error: console.error, warn: console.warn, info: console.info };

  before(async () => {
    for (const name of ['log', 'error', 'warn', 'info'] as const) {
      console[name] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (arg instanceof Error ? `${arg.stack}` : String(arg))).join(' '));
      };
    }
    stack = await startStack();
  });

  after(async () => {
    Object.assign(console, originals);
    await stack.close();
  });

  async function call(method: string, path: string) {
    const answer = await stack.call(method, path);
    answers.push(JSON.stringify(answer.body));
    return answer.body;
  }

  it('a full share, two scans and faults leak no key, no other session’s token, no profile data', async () => {
    const share = await call('POST', '/yoti/share-sessions');
    await call('POST', `/yoti/share-sessions/${share.sessionId}/qr-codes`);
    const { receiptId } = stack.sandbox.allowShare(share.qrCode.uri);
    await call('GET', `/yoti/share-sessions/${share.sessionId}`);
    const profile = await stack.handler.getShareReceipt(receiptId);
    assert.equal(profile.attributes.full_name, SANDBOX_PERSONA.full_name);

    const first = await call('POST', '/yoti/idv-sessions');
    const second = await call('POST', '/yoti/idv-sessions');
    // the one answer meant to carry the second scan's token: the one that created it
    const ownAnswer = answers.pop()!;
    stack.sandbox.completeIdv(first.sessionId, 'reject');
    const firstSummary = await call('GET', `/yoti/idv-sessions/${first.sessionId}`);
    await call('GET', `/yoti/idv-sessions/${second.sessionId}`);

    for (const route of ['share.createSession', 'share.getSession', 'idv.getSession'] as const) {
      stack.sandbox.fault(route, { status: 401 });
      stack.sandbox.fault(route, { body: '{"garbage": ' });
    }
    await call('POST', '/yoti/share-sessions');
    await call('POST', '/yoti/share-sessions');
    await call('GET', `/yoti/share-sessions/${share.sessionId}`);
    await call('GET', `/yoti/share-sessions/${share.sessionId}`);
    await call('GET', `/yoti/idv-sessions/${first.sessionId}`);
    await call('GET', `/yoti/idv-sessions/${first.sessionId}`);
    await call('GET', '/yoti/idv-sessions/..%2F..%2Fetc');

    const keyBody = stack.sandbox.privateKey.split('\n').filter((line) => line.length > 40);
    const secrets: Array<[string, string]> = [
      ...keyBody.map((line): [string, string] => ['a line of the private key', line]),
      ['the private key header', 'PRIVATE KEY'],
      ["the second scan's token", second.sessionToken],
      ['the profile name', SANDBOX_PERSONA.full_name],
      ['the profile email', SANDBOX_PERSONA.email_address],
      ['the profile phone', SANDBOX_PERSONA.phone_number],
    ];
    const everything = [...answers, ...logged];
    let scanned = 0;
    for (const text of everything) {
      scanned += text.length;
      for (const [what, secret] of secrets)
        assert.ok(!text.includes(secret), `${what} leaked in: ${text.slice(0, 200)}`);
    }
    // the summary of the first scan carries its token nowhere either
    assert.ok(!JSON.stringify(firstSummary).includes(first.sessionToken));
    assert.ok(ownAnswer.includes(second.sessionToken));
    originals.log(
      `secrets: ${answers.length} answers and ${logged.length} log lines (${scanned} characters) scanned for ${secrets.length} secrets: none found`,
    );
  });
});

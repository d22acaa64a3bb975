import { expect } from '@open-wc/testing';
import { HelperRequestError, toErrorDetail } from '../../src/core/helper-error.js';
import { isAbortError, requestJson } from '../../src/core/http.js';
import { coreStrings, speak } from '../../src/core/strings.js';
import { record, string } from '../../src/core/validate.js';

const fixture = (query: Record<string, string | number>) =>
  `/__fixture/json?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;

const parseSession = (data: unknown) => ({ sessionId: string(record(data, 'body').sessionId, 'sessionId') });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('requestJson()', () => {
  before(() => speak(coreStrings, ['fr']));

  it('resolves with the validated answer', async () => {
    const result = await requestJson(fixture({ body: JSON.stringify({ sessionId: 'abc' }) }), {
      parse: parseSession,
    });
    expect(result).to.deep.equal({ sessionId: 'abc' });
  });

  it('maps the helper error body to its code, not retryable for a 4xx', async () => {
    const body = JSON.stringify({ error: { code: 'session_not_found', message: 'No such session' } });
    const error = await failure(requestJson(fixture({ status: 404, body }), { parse: parseSession }));
    expect(error).to.be.instanceOf(HelperRequestError);
    expect(error).to.include({
      code: 'session_not_found',
      status: 404,
      retryable: false,
      message: 'No such session',
    });
    expect(toErrorDetail(error, 'en')).to.deep.equal({
      code: 'session_not_found',
      message: 'This request could not be completed.',
      retryable: false,
    });
  });

  it('treats 5xx, 429 and 408 as retryable, and names the status when the body has no code', async () => {
    for (const status of [500, 503, 429, 408]) {
      const error = await failure(requestJson(fixture({ status, body: 'oops' }), { parse: parseSession }));
      expect(error).to.include({ code: `http_${status}`, retryable: true, status });
    }
  });

  it('reads how long a rate limit asks to wait, and says it in the message', async () => {
    const body = JSON.stringify({
      error: { code: 'rate_limited', message: 'Too many', retryable: true, retryAfter: 42 },
    });
    const error = await failure(requestJson(fixture({ status: 429, body }), { parse: parseSession }));
    expect(error).to.include({ code: 'rate_limited', retryable: true, retryAfter: 42 });
    expect(toErrorDetail(error, 'en')).to.deep.equal({
      code: 'rate_limited',
      message: "You've started several checks in a short time. You can try again in 42 seconds.",
      retryable: true,
      retryAfter: 42,
    });
    expect(toErrorDetail(error, 'fr').message).to.equal(
      'Vous avez lancé plusieurs vérifications en peu de temps. Vous pourrez réessayer dans 42 secondes.',
    );
  });

  it("takes the helper's word on whether a retry can help", async () => {
    const body = JSON.stringify({
      error: { code: 'yoti_unauthorised', message: 'Wrong key', retryable: false },
    });
    const error = await failure(requestJson(fixture({ status: 502, body }), { parse: parseSession }));
    expect(error).to.include({ code: 'yoti_unauthorised', retryable: false, status: 502 });
  });

  it('reports an answer that fails validation as a bad response', async () => {
    const error = await failure(requestJson(fixture({ body: '{"sessionId": 42}' }), { parse: parseSession }));
    expect(error).to.include({ code: 'bad_response', retryable: true });
    expect(toErrorDetail(error, 'fr').message).to.equal(
      'Le serveur a envoyé une réponse illisible. Veuillez réessayer.',
    );
  });

  it('reports an unparseable answer as a bad response', async () => {
    const error = await failure(requestJson(fixture({ body: '<html>' }), { parse: parseSession }));
    expect(error).to.include({ code: 'bad_response' });
  });

  it('gives up after its timeout with a retryable timeout error', async () => {
    const error = await failure(
      requestJson(fixture({ delay: 2000, body: '{}' }), { parse: parseSession, timeoutMs: 100 }),
    );
    expect(error).to.include({ code: 'timeout', retryable: true });
  });

  it('reports an unreachable server as a retryable network error', async () => {
    const error = await failure(requestJson('http://127.0.0.1:9/unreachable', { parse: parseSession }));
    expect(error).to.include({ code: 'network_error', retryable: true });
    expect(toErrorDetail(error, 'en').message).to.contain("couldn't reach the server");
  });

  it("rejects with the caller's AbortError when the caller aborts", async () => {
    const controller = new AbortController();
    const pending = requestJson(fixture({ delay: 2000, body: '{}' }), {
      parse: parseSession,
      signal: controller.signal,
    });
    controller.abort();
    const error = await failure(pending);
    expect(isAbortError(error)).to.equal(true);
  });

  it('sends a JSON body with a POST', async () => {
    let seen: RequestInit | undefined;
    const spyFetch: typeof fetch = (input, init) => {
      seen = init;
      return fetch(input, init);
    };
    await requestJson(fixture({ body: '{"sessionId":"x"}' }), {
      body: { a: 1 },
      parse: parseSession,
      fetch: spyFetch,
    });
    expect(seen?.method).to.equal('POST');
    expect(seen?.body).to.equal('{"a":1}');
    expect((seen!.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
  });

  it('describes an unknown failure without leaking its text', () => {
    expect(toErrorDetail(new Error('secret internals'), 'en')).to.deep.equal({
      code: 'unknown',
      message: 'Something went wrong (unknown).',
      retryable: true,
    });
  });
});

import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/docscan-frame/define.js';
import type { YotiDocScanFrame } from '../../src/elements/docscan-frame/docscan-frame.js';
import { engine } from '../support/engine.js';
import { until } from '../support/real-time.js';

// The test page is on http://localhost:PORT; the fake IDV page is served by the same server on
// http://127.0.0.1:PORT, which is another origin.
const IDV_ORIGIN = `http://127.0.0.1:${location.port}`;
const API_URL = `${IDV_ORIGIN}/test/fixtures/idv`;

type Fired = { type: string; detail: unknown };

function record(el: HTMLElement): Fired[] {
  const fired: Fired[] = [];
  for (const type of ['yoti-ready', 'yoti-success', 'yoti-error', 'yoti-event']) {
    el.addEventListener(type, (event) => fired.push({ type, detail: (event as CustomEvent).detail }));
  }
  return fired;
}

const iframeOf = (el: YotiDocScanFrame) => el.shadowRoot!.querySelector('iframe');

async function mountRunning(attributes: Partial<Record<'launch' | 'token-ttl' | 'token', string>> = {}) {
  const el = await fixture<YotiDocScanFrame>(html`<yoti-docscan-frame
    session-id="sess-1"
    session-token=${attributes.token ?? 'tok-secret-1'}
    api-url=${API_URL}
    launch=${attributes.launch ?? 'url'}
    token-ttl=${attributes['token-ttl'] ?? ''}
  ></yoti-docscan-frame>`);
  const fired = record(el);
  await waitUntil(() => fired.some((event) => event.type === 'yoti-ready'), 'the IDV page started', {
    timeout: 5000,
  });
  return { el, fired, frame: iframeOf(el)! };
}

/**
 * Makes the element's own iframe post `message` to the page, then waits for `fired` to grow (when
 * given), or a moment (for messages that should fire nothing).
 */
async function framePosts(frame: HTMLIFrameElement, message: unknown, fired?: Fired[]) {
  const before = fired?.length ?? 0;
  frame.contentWindow!.postMessage({ command: 'post', message }, IDV_ORIGIN);
  if (fired) await waitUntil(() => fired.length > before, 'an event from the frame', { timeout: 3000 });
  else await aTimeout(150);
}

describe('<yoti-docscan-frame>', () => {
  it('renders the IDV iframe with camera access, a title and the session in its URL', async () => {
    const { el, frame } = await mountRunning();
    const src = new URL(frame.src);
    expect(src.origin).to.equal(IDV_ORIGIN);
    expect(src.pathname).to.equal('/test/fixtures/idv/web/index.html');
    expect(src.searchParams.get('sessionID')).to.equal('sess-1');
    expect(src.searchParams.get('sessionToken')).to.equal('tok-secret-1');
    expect(frame.getAttribute('allow')).to.equal('camera; fullscreen');
    expect(frame.title).to.equal('Identity verification');
    expect(frame.getAttribute('part')).to.equal('frame');
    await expect(el).to.be.accessible();
  });

  it('maps SUCCESS to yoti-success {sessionId} and shows a thank-you panel', async () => {
    const { el, fired, frame } = await mountRunning();
    await framePosts(frame, { eventType: 'SUCCESS' }, fired);
    expect(fired.filter((e) => e.type === 'yoti-success')).to.deep.equal([
      { type: 'yoti-success', detail: { sessionId: 'sess-1' } },
    ]);
    expect(iframeOf(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Your documents have been submitted');
    await expect(el).to.be.accessible();
  });

  it('maps ERROR to yoti-error with the message from the code table, and a retry only where it helps', async () => {
    const { el, fired, frame } = await mountRunning();
    await framePosts(frame, { eventType: 'ERROR', eventCode: 4000 }, fired);
    expect(fired.find((e) => e.type === 'yoti-error')?.detail).to.deep.equal({
      code: 4000,
      message: 'Camera access was denied. Allow the camera in your browser settings to continue.',
      retryable: true,
    });
    const panel = el.shadowRoot!.querySelector('[part="panel"]')!;
    expect(panel.textContent).to.contain('Camera access was denied');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent, 'said once, politely').to.contain(
      'Camera access was denied',
    );
    expect(panel.querySelector('button')?.textContent?.trim()).to.equal('Start again');
    await expect(el).to.be.accessible();

    const second = await mountRunning();
    await framePosts(second.frame, { eventType: 'ERROR', eventCode: 7000 }, second.fired);
    expect(second.fired.find((e) => e.type === 'yoti-error')?.detail).to.include({
      code: 7000,
      retryable: false,
    });
    expect(second.el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('gives every documented error code its own message, in English and French', async function () {
    this.timeout(90_000);
    const codes = [
      1000, 2000, 2001, 2003, 2004, 3000, 3001, 3002, 4000, 4001, 5000, 5001, 5002, 5004, 5006, 5007, 5008,
      5010, 5011, 7000,
    ];
    const messages = new Set<string>();
    for (const locale of ['en', 'fr']) {
      for (const code of codes) {
        const el = await fixture<YotiDocScanFrame>(
          html`<yoti-docscan-frame session-id="s" session-token="t" api-url=${API_URL} locale=${locale}></yoti-docscan-frame>`,
        );
        const fired = record(el);
        await waitUntil(() => fired.length > 0, 'started');
        await framePosts(iframeOf(el)!, { eventType: 'ERROR', eventCode: code }, fired);
        const detail = fired.find((e) => e.type === 'yoti-error')?.detail as {
          code: number;
          message: string;
        };
        expect(detail.code).to.equal(code);
        expect(detail.message).not.to.contain('Something went wrong (');
        messages.add(detail.message);
      }
    }
    expect(messages.size).to.equal(codes.length * 2);
  });

  it('treats an unknown error code as an error with a generic message naming it', async () => {
    const { fired, frame } = await mountRunning();
    await framePosts(frame, { eventType: 'ERROR', eventCode: '9999' }, fired);
    expect(fired.find((e) => e.type === 'yoti-error')?.detail).to.deep.equal({
      code: 9999,
      message: 'Something went wrong (9999).',
      retryable: true,
    });
  });

  it('re-fires any other well-formed message as yoti-event {eventType, data}', async () => {
    const { fired, frame } = await mountRunning();
    await framePosts(frame, { eventType: 'DOCUMENT_CAPTURED', step: 2, side: 'front' }, fired);
    expect(fired.filter((e) => e.type === 'yoti-event')).to.deep.equal([
      { type: 'yoti-event', detail: { eventType: 'DOCUMENT_CAPTURED', data: { step: 2, side: 'front' } } },
    ]);
  });

  it('ignores messages from another origin: the host page itself and a same-origin iframe', async () => {
    const { fired } = await mountRunning();
    window.postMessage({ eventType: 'SUCCESS' }, '*');
    const sameOrigin = document.createElement('iframe');
    sameOrigin.srcdoc = `<script>parent.postMessage({eventType: 'SUCCESS'}, '*'); parent.postMessage({eventType: 'ERROR', eventCode: 1000}, '*')</script>`;
    document.body.append(sameOrigin);
    await aTimeout(300);
    sameOrigin.remove();
    expect(fired.map((e) => e.type)).to.deep.equal(['yoti-ready']);
  });

  it('ignores messages from another window on the right origin', async () => {
    const { fired } = await mountRunning();
    const impostor = document.createElement('iframe');
    impostor.src = `${API_URL}/web/index.html`;
    document.body.append(impostor);
    await new Promise((resolve) => impostor.addEventListener('load', resolve, { once: true }));
    impostor.contentWindow!.postMessage({ command: 'post', message: { eventType: 'SUCCESS' } }, IDV_ORIGIN);
    impostor.contentWindow!.postMessage(
      { command: 'post', message: { eventType: 'ERROR', eventCode: 1000 } },
      IDV_ORIGIN,
    );
    await aTimeout(300);
    impostor.remove();
    expect(fired.map((e) => e.type)).to.deep.equal(['yoti-ready']);
  });

  it('ignores malformed payloads from its own iframe without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const { fired, frame } = await mountRunning();
    const hostile = [
      null,
      42,
      'SUCCESS',
      [],
      ['SUCCESS'],
      {},
      { eventType: 42 },
      { eventType: 'success' },
      { eventType: '<img src=x onerror=alert(1)>' },
      { eventType: 'ERROR' },
      { eventType: 'ERROR', eventCode: 'abc' },
      { eventType: 'ERROR', eventCode: 1.5 },
      { eventType: 'ERROR', eventCode: -1 },
      { eventType: 'INIT_SESSION', sessionID: 'x' },
      { eventType: 'X'.repeat(200) },
      { eventType: 'BIG', blob: 'x'.repeat(100_000) },
      JSON.parse('{"__proto__": {"polluted": true}, "eventType": "SUCCESS_NOT"}'),
    ];
    for (const message of hostile) {
      frame.contentWindow!.postMessage({ command: 'post-raw', message }, IDV_ORIGIN);
    }
    // Messages from one window arrive in order: once the sentinel is seen, all the others were handled.
    await framePosts(frame, { eventType: 'SENTINEL' }, fired);
    await waitUntil(
      () => fired.some((e) => (e.detail as { eventType?: string }).eventType === 'SENTINEL'),
      'the sentinel',
    );
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(fired.map((e) => e.type)).to.deep.equal(['yoti-ready', 'yoti-event', 'yoti-event']);
    expect(fired.map((e) => (e.detail as { eventType?: string }).eventType)).to.deep.equal([
      undefined,
      'SUCCESS_NOT',
      'SENTINEL',
    ]);
  });

  it('handshake launch: loads the bare page, then posts INIT_SESSION to the IDV origin only', async () => {
    const { fired, frame } = await mountRunning({ launch: 'handshake', token: 'tok-handshake-only' });
    expect(frame.src).to.equal(`${API_URL}/web/index.html`);
    await waitUntil(() => fired.some((e) => e.type === 'yoti-event'), 'the page answered INIT_SESSION');
    const echo = fired.find((e) => e.type === 'yoti-event')!.detail as {
      eventType: string;
      data: Record<string, string>;
    };
    expect(echo.eventType).to.equal('INIT_RECEIVED');
    expect(echo.data.sessionID).to.equal('sess-1');
    expect(echo.data.sessionToken).to.equal('tok-handshake-only');
    expect(echo.data.from).to.equal(location.origin);
    expect(echo.data.href).not.to.contain('tok-handshake-only');
    expect(frame.src).not.to.contain('tok-handshake-only');
    for (const entry of performance.getEntriesByType('resource'))
      expect(entry.name).not.to.contain('tok-handshake-only');
  });

  it('fires yoti-error 2002 and shows an expired state when the token expires before an outcome', async () => {
    // Not waiting for the page to start: on a busy machine it may take longer than the token lives.
    const el = await fixture<YotiDocScanFrame>(html`<yoti-docscan-frame
      session-id="sess-1"
      session-token="tok-secret-1"
      api-url=${API_URL}
      token-ttl="0.3"
    ></yoti-docscan-frame>`);
    const fired = record(el);
    await waitUntil(() => fired.some((e) => e.type === 'yoti-error'), 'expired', { timeout: 3000 });
    expect(fired.find((e) => e.type === 'yoti-error')!.detail).to.deep.equal({
      code: 2002,
      message: 'This identity check has expired. Please start again.',
      retryable: false,
    });
    expect(iframeOf(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Your session has expired');
    await expect(el).to.be.accessible();
  });

  it('starts again in a new frame with the same session when it has no way to a new one', async () => {
    const { el, fired, frame } = await mountRunning();
    await framePosts(frame, { eventType: 'ERROR', eventCode: '3001' }, fired);
    expect(fired.at(-1)).to.deep.include({ type: 'yoti-error' });
    expect(iframeOf(el), 'no frame while the error shows').to.equal(null);
    const restart = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    restart.click();
    await waitUntil(
      () => fired.filter((event) => event.type === 'yoti-ready').length === 2,
      'started again',
      {
        timeout: 5000,
      },
    );
    const again = iframeOf(el)!;
    expect(again, 'a new iframe, not the old one').to.not.equal(frame);
    expect(new URL(again.src).searchParams.get('sessionID')).to.equal('sess-1');
    await expect(el).to.be.accessible();
  });

  it('offers to start a new session after expiry when it has a resolver, and uses it', async () => {
    let calls = 0;
    const el = await fixture<YotiDocScanFrame>(
      html`<yoti-docscan-frame api-url=${API_URL}></yoti-docscan-frame>`,
    );
    const fired = record(el);
    el.sessionResolver = async () => {
      calls += 1;
      return { sessionId: `sess-${calls}`, sessionToken: `tok-${calls}`, ttl: calls === 1 ? 0.3 : 600 };
    };
    await waitUntil(() => fired.some((e) => e.type === 'yoti-error'), 'expired', { timeout: 3000 });
    expect(fired.find((e) => e.type === 'yoti-error')!.detail).to.include({ code: 2002, retryable: true });
    const restart = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(restart.textContent?.trim()).to.equal('Start again');
    restart.click();
    await waitUntil(() => iframeOf(el)?.src.includes('sess-2'), 'a new session', { timeout: 3000 });
    expect(calls).to.equal(2);
  });

  it('creates its session from the helper endpoint', async () => {
    const body = JSON.stringify({
      sessionId: 'from-helper',
      sessionToken: 'tok-h',
      ttl: 600,
      iframeUrl: `${API_URL}/web/index.html?sessionID=from-helper&sessionToken=tok-h`,
    });
    const endpoint = `/__fixture/json?body=${encodeURIComponent(body)}&x=`;
    const el = await fixture<YotiDocScanFrame>(
      html`<yoti-docscan-frame endpoint=${endpoint}></yoti-docscan-frame>`,
    );
    const fired = record(el);
    await waitUntil(() => fired.some((e) => e.type === 'yoti-ready'), 'started from the helper session', {
      timeout: 5000,
    });
    expect(new URL(iframeOf(el)!.src).searchParams.get('sessionID')).to.equal('from-helper');
  });

  it('shows a readable, retryable error when the helper cannot give a session', async () => {
    const endpoint = `/__fixture/json?status=503&body=${encodeURIComponent('{"error":{"code":"yoti_unavailable","message":"x"}}')}&x=`;
    const el = await fixture<YotiDocScanFrame>(
      html`<yoti-docscan-frame endpoint=${endpoint}></yoti-docscan-frame>`,
    );
    const event = await oneEvent(el, 'yoti-error');
    expect(event.detail).to.deep.equal({
      code: 'yoti_unavailable',
      message: 'Something went wrong on our side. Please try again.',
      retryable: true,
    });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal('Start again');
    await expect(el).to.be.accessible();
  });

  it('when the helper says too many sessions were started, offers to start again only after the wait', async () => {
    const endpoint = `/__fixture/json?status=429&body=${encodeURIComponent('{"error":{"code":"rate_limited","message":"x","retryable":true,"retryAfter":1}}')}&x=`;
    const el = await fixture<YotiDocScanFrame>(
      html`<yoti-docscan-frame endpoint=${endpoint}></yoti-docscan-frame>`,
    );
    const event = await oneEvent(el, 'yoti-error');
    expect(event.detail).to.include({ code: 'rate_limited', retryable: true, retryAfter: 1 });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('You can try again in 1 second.');
    expect(el.shadowRoot!.querySelector('button'), 'no restart before the wait is over').to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('button'), 'a restart after the wait', {
      timeout: 2500,
    });
    await expect(el).to.be.accessible();
  });

  it('shows an error when the frame never loads (bounded wait)', async () => {
    // The bound runs on fake time: the loading state holds until it is reached, however slow the
    // engine. Not in WebKit: there a frame left loading under fake timers stalled the whole file (the
    // run never finished), so the bound runs on real time.
    const clock =
      engine === 'webkit' ? undefined : sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<YotiDocScanFrame>(html`<yoti-docscan-frame
        session-id="s"
        session-token="t"
        api-url="/__fixture/hang"
        load-timeout="300"
      ></yoti-docscan-frame>`);
      const error = oneEvent(el, 'yoti-error');
      if (clock) {
        // Said once the element's first task has started (a render after the first one).
        await until(
          () =>
            el
              .shadowRoot!.querySelector('[role="status"]')
              ?.textContent?.includes('Loading your identity check') === true,
          'the loading state',
        );
        await clock.tickAsync(300);
      }
      expect((await error).detail).to.include({ code: 'frame_timeout', retryable: true });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain("The identity check didn't load");
    } finally {
      clock?.restore();
    }
  });

  it('two frames on one page each hear only their own iframe', async () => {
    const first = await mountRunning();
    const second = await mountRunning();
    await framePosts(second.frame, { eventType: 'SUCCESS' }, second.fired);
    expect(first.fired.map((e) => e.type)).to.deep.equal(['yoti-ready']);
    expect(second.fired.map((e) => e.type)).to.deep.equal(['yoti-ready', 'yoti-success']);
  });

  it('removed, hears nothing; re-added, has one iframe and one listener', async () => {
    const { el, fired, frame } = await mountRunning();
    const parent = el.parentElement!;
    const seen: number[] = [];
    const listen = window.addEventListener;
    let added = 0;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof listen>) {
      if (args[0] === 'message') added += 1;
      return listen.apply(this, args);
    } as typeof listen;
    try {
      el.remove();
      frame.contentWindow?.postMessage({ command: 'post', message: { eventType: 'SUCCESS' } }, IDV_ORIGIN);
      await aTimeout(100);
      expect(fired.map((e) => e.type)).to.deep.equal(['yoti-ready']);
      parent.append(el);
      await waitUntil(
        () => fired.filter((e) => e.type === 'yoti-ready').length === 2,
        'the moved iframe restarted',
      );
      seen.push(el.shadowRoot!.querySelectorAll('iframe').length);
      expect(seen).to.deep.equal([1]);
      expect(added).to.equal(1);
      await framePosts(iframeOf(el)!, { eventType: 'SUCCESS' }, fired);
      expect(fired.filter((e) => e.type === 'yoti-success')).to.have.length(1);
    } finally {
      window.addEventListener = listen;
    }
  });

  it('speaks French with locale="fr"', async () => {
    const el = await fixture<YotiDocScanFrame>(
      html`<yoti-docscan-frame session-id="s" session-token="t" api-url=${API_URL} locale="fr"></yoti-docscan-frame>`,
    );
    await waitUntil(() => iframeOf(el), 'the frame');
    expect(iframeOf(el)!.title).to.equal('Vérification d’identité');
  });
});

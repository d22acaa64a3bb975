// Live status in the elements (issue 16): when the helper offers a session's event stream, the
// share panel and the status card follow it with no polls; they poll while it fails and go back to
// it when it returns; a foreign or malformed message changes nothing; nothing is left open.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http, sse } from 'msw';
import '../../src/define.js';
import type { YotiIdvStatus } from '../../src/elements/idv-status/idv-status.js';
import type { YotiShareButton } from '../../src/elements/share-button/share-button.js';
import { streamsThroughServiceWorker } from '../support/engine.js';
import { startWorker, worker } from '../support/msw.js';

/** EventSources the page has open now, and how many were ever made. */
const sources = { open: new Set<EventSource>(), made: 0 };
const NativeEventSource = window.EventSource;
class TrackedEventSource extends NativeEventSource {
  constructor(url: string | URL, init?: EventSourceInit) {
    super(url, init);
    sources.made += 1;
    sources.open.add(this);
  }
  override close(): void {
    sources.open.delete(this);
    super.close();
  }
}

const ongoing = { sessionId: 's', state: 'ONGOING', outcome: 'PENDING', checks: [], live: true };
const check = (state: string, value?: string) => ({
  type: 'LIVENESS',
  state,
  ...(value ? { recommendation: { value } } : {}),
});
const completed = {
  sessionId: 's',
  state: 'COMPLETED',
  outcome: 'APPROVED',
  checks: [check('DONE', 'APPROVE')],
  live: true,
};

interface Stream {
  /** Messages the stream sends when a page connects, one every `gapMs`. */
  messages: Array<{ id: string; data: string }>;
  gapMs: number;
  /** Fail every connection (the stream is down). */
  down: boolean;
  connections: number;
}

let gets = 0;
let stream: Stream;

const handlers = () => [
  http.get('/yoti/idv-sessions/:id', () => {
    gets += 1;
    return HttpResponse.json(ongoing);
  }),
  // msw answers once the resolver returns: the messages are scheduled, not awaited.
  sse<{ status: string }>('/yoti/idv-sessions/:id/events', ({ client }) => {
    stream.connections += 1;
    if (stream.down) {
      client.error();
      return;
    }
    stream.messages.forEach((message, index) => {
      const send = () => client.send({ id: message.id, event: 'status', data: message.data });
      setTimeout(send, index * stream.gapMs);
    });
  }),
];

async function mountStatus(pollInterval = 300) {
  const el = await fixture<YotiIdvStatus>(
    html`<yoti-idv-status session-id="s" poll-interval=${pollInterval}></yoti-idv-status>`,
  );
  const states: string[] = [];
  el.addEventListener('yoti-status', (event) => states.push(event.detail.state));
  return { el, states };
}

const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('live status', () => {
  before(async () => {
    window.EventSource = TrackedEventSource;
    await startWorker();
  });
  after(() => {
    window.EventSource = NativeEventSource;
    worker.stop();
  });
  beforeEach(() => {
    gets = 0;
    sources.made = 0;
    stream = { messages: [], gapMs: 50, down: false, connections: 0 };
    worker.resetHandlers(...handlers());
  });

  it('the status card follows the stream once the helper offers it: no polls, verified, then closed', async function () {
    // WebKit gets a service worker's stream only once it ends (see streamsThroughServiceWorker).
    if (!streamsThroughServiceWorker) this.skip();
    stream.messages = [
      { id: '1', data: JSON.stringify(ongoing) },
      { id: '2', data: JSON.stringify({ ...ongoing, checks: [check('PROCESSING')] }) },
      { id: '3', data: JSON.stringify(completed) },
    ];
    stream.gapMs = 400;
    const { el, states } = await mountStatus();
    await waitUntil(() => states.includes('COMPLETED'), 'Completed from the stream', { timeout: 5000 });
    expect(gets, 'one answer said the session is live; no poll after it').to.equal(1);
    await el.updateComplete;
    expect(text(el)).to.contain('Identity verified');
    expect(states).to.deep.equal(['ONGOING', 'ONGOING', 'COMPLETED']);
    expect(sources.open.size, 'closed after the terminal state').to.equal(0);
    expect(el.following).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('polls while the stream fails, and stops polling once it is back', async function () {
    // WebKit gets a service worker's stream only once it ends (see streamsThroughServiceWorker).
    if (!streamsThroughServiceWorker) this.skip();
    stream.down = true;
    const { el, states } = await mountStatus(250);
    await waitUntil(() => stream.connections >= 1 && gets >= 3, 'polling meanwhile', { timeout: 5000 });
    stream.down = false;
    stream.messages = [{ id: '1', data: JSON.stringify(ongoing) }];
    stream.gapMs = 60_000;
    await waitUntil(
      () => [...sources.open].some((source) => source.readyState === EventSource.OPEN),
      'the stream back',
      {
        timeout: 6000,
      },
    );
    const polled = gets;
    await aTimeout(1000);
    expect(gets, 'no polls while the stream is open').to.equal(polled);
    expect(states[0]).to.equal('ONGOING');
    el.remove();
    expect(sources.open.size).to.equal(0);
  });

  it('resumes a stream the helper ended (its life, with retry:) by itself: the same EventSource, no poll, nothing missed', async function () {
    // WebKit gets a service worker's stream only once it ends (see streamsThroughServiceWorker).
    if (!streamsThroughServiceWorker) this.skip();
    // EventSource sends Last-Event-ID when it reconnects (msw's worker does not show that header;
    // the helper's side of it is in test/node/hostile-streams.test.ts and the e2e failover test).
    let connections = 0;
    worker.use(
      sse<{ status: string }>('/yoti/idv-sessions/:id/events', ({ client }) => {
        connections += 1;
        if (connections === 1) {
          client.send({ retry: 100 });
          client.send({ id: '1', event: 'status', data: JSON.stringify(ongoing) });
          setTimeout(() => client.close(), 200);
        } else {
          client.send({ id: '2', event: 'status', data: JSON.stringify(completed) });
        }
      }),
    );
    const { el, states } = await mountStatus(250);
    await waitUntil(() => states.includes('COMPLETED'), 'Completed after the stream came back', {
      timeout: 5000,
    });
    expect(sources.made, 'one EventSource: it reconnected by itself').to.equal(1);
    expect(connections).to.equal(2);
    expect(gets, 'the first answer only: no poll while the stream came back').to.equal(1);
    expect(states).to.deep.equal(['ONGOING', 'COMPLETED']);
    expect(sources.open.size).to.equal(0);
    el.remove();
  });

  it('ignores a foreign or malformed message: no change, no error', async () => {
    stream.messages = [
      { id: '1', data: JSON.stringify(ongoing) },
      { id: '2', data: '{"state": "HACKED", "checks": []}' },
      { id: '3', data: '<img src=x onerror=alert(1)>' },
      { id: '4', data: JSON.stringify({ ...ongoing, checks: [{ type: 'lower case', state: 'X' }] }) },
    ];
    stream.gapMs = 100;
    const { el, states } = await mountStatus();
    await waitUntil(() => stream.connections === 1, 'connected');
    await aTimeout(800);
    expect(states).to.deep.equal(['ONGOING']);
    expect(text(el)).to.contain('Checking your documents');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    el.remove();
  });

  it('leaves no stream open after 1000 mount/unmount cycles', async () => {
    stream.messages = [{ id: '1', data: JSON.stringify(ongoing) }];
    stream.gapMs = 60_000;
    const { el } = await mountStatus();
    await waitUntil(() => sources.open.size === 1, 'streaming');
    const host = el.parentElement!;
    for (let i = 0; i < 1000; i += 1) {
      el.remove();
      host.append(el);
    }
    el.remove();
    expect(sources.open.size).to.equal(0);
    console.log(
      `live: 1000 mount/unmount cycles, ${sources.made} EventSources made, ${sources.open.size} left open`,
    );
  });

  it('the share panel follows its stream: a share completed with no status poll', async function () {
    // WebKit gets a service worker's stream only once it ends (see streamsThroughServiceWorker).
    if (!streamsThroughServiceWorker) this.skip();
    let polls = 0;
    worker.use(
      http.post('/yoti/share-sessions', () =>
        HttpResponse.json(
          {
            sessionId: 'ss.v2.live',
            status: 'CREATED',
            app: { name: 'Acme Bank' },
            wanted: [{ name: 'full_name', optional: false }],
            live: true,
            qrCode: {
              id: 'q',
              uri: 'https://code.yoti.com/live',
              expiresAt: new Date(Date.now() + 180_000).toISOString(),
            },
          },
          { status: 201 },
        ),
      ),
      http.get('/yoti/share-sessions/:id', () => {
        polls += 1;
        return HttpResponse.json({});
      }),
      sse<{ status: string }>('/yoti/share-sessions/:id/events', ({ client }) => {
        const state = { sessionId: 'ss.v2.live', app: { name: 'Acme Bank' }, wanted: [], live: true };
        const created = JSON.stringify({ ...state, status: 'CREATED' });
        const done = JSON.stringify({ ...state, status: 'COMPLETED', receiptId: 'rcpt-live' });
        setTimeout(() => client.send({ id: '1', event: 'status', data: created }), 0);
        setTimeout(() => client.send({ id: '2', event: 'status', data: done }), 500);
      }),
    );
    const el = await fixture<YotiShareButton>(
      html`<yoti-share-button mode="desktop" poll-interval="250"></yoti-share-button>`,
    );
    const successes: unknown[] = [];
    el.addEventListener('yoti-success', (event) => {
      event.preventDefault();
      successes.push(event.detail);
    });
    await el.open();
    await waitUntil(() => successes.length === 1, 'the share completed', { timeout: 5000 });
    expect(successes[0]).to.deep.equal({ sessionId: 'ss.v2.live', receiptId: 'rcpt-live' });
    expect(polls).to.equal(0);
    expect(sources.open.size).to.equal(0);
    el.close();
  });
});

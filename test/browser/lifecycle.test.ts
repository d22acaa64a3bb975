import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import sinon from 'sinon';
import '../../src/define.js';
import type { YotiDocScanFrame } from '../../src/elements/docscan-frame/docscan-frame.js';
import type { YotiIdvStatus } from '../../src/elements/idv-status/idv-status.js';
import type { YotiShareButton } from '../../src/elements/share-button/share-button.js';
import { startWorker, worker } from '../support/msw.js';
import { macrotask, until } from '../support/real-time.js';

const API_URL = `http://127.0.0.1:${location.port}/test/fixtures/idv`;
const CYCLES = 1000;

/** Counts the page-level listeners an element adds and removes, by event type. */
function trackWindowListeners() {
  const live = new Map<string, number>();
  const add = sinon.stub(window, 'addEventListener').callsFake(function (
    this: Window,
    type,
    listener,
    options,
  ) {
    const signal = (options as AddEventListenerOptions | undefined)?.signal;
    live.set(type, (live.get(type) ?? 0) + 1);
    signal?.addEventListener('abort', () => live.set(type, (live.get(type) ?? 0) - 1), { once: true });
    return add.wrappedMethod.call(this, type, listener, options);
  });
  return { live, restore: () => add.restore() };
}

describe('lifecycle: no leaks, no duplicates', function () {
  this.timeout(60_000);
  let requests = 0;
  before(() => startWorker());
  after(() => worker.stop());
  beforeEach(() => {
    requests = 0;
    worker.resetHandlers(
      http.get('/yoti/idv-sessions/:id', () => {
        requests += 1;
        return HttpResponse.json({ sessionId: 's', state: 'ONGOING', outcome: 'PENDING', checks: [] });
      }),
    );
  });
  afterEach(() => sinon.restore());

  it(`mounts and removes <yoti-docscan-frame> ${CYCLES} times: one iframe, one listener, no timers left`, async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const listeners = trackWindowListeners();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('yoti-docscan-frame') as YotiDocScanFrame;
    el.setAttribute('session-id', 's');
    el.setAttribute('session-token', 't');
    el.setAttribute('api-url', API_URL);
    el.setAttribute('token-ttl', '600');
    for (let i = 0; i < CYCLES; i += 1) {
      host.append(el);
      el.remove();
    }
    expect(listeners.live.get('message') ?? 0).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
    host.append(el);
    // The preflight asks the browser for its devices (a real task, not a faked timer) before the
    // frame, and the element's own tasks may take real ones (WebKit's do).
    await until(() => {
      clock.tick(0);
      return el.shadowRoot!.querySelector('iframe') !== null;
    }, 'the iframe');
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(listeners.live.get('message')).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    console.log(
      `lifecycle: docscan-frame ${CYCLES} mount/unmount cycles: 1 iframe and 1 listener mounted, 0 listeners and 0 timers after removal`,
    );
    listeners.restore();
    clock.restore();
  });

  it(`mounts and removes <yoti-idv-status> ${CYCLES} times: one poller, no requests or timers after removal`, async () => {
    // counted as they start, in the page: a request begun before removal may still arrive after it
    let started = 0;
    const realFetch = window.fetch;
    window.fetch = (...args) => {
      started += 1;
      return realFetch(...args);
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('yoti-idv-status') as YotiIdvStatus;
      el.setAttribute('session-id', 's');
      el.setAttribute('poll-interval', '250');
      host.append(el);
      await waitUntil(() => requests >= 1, 'first poll');
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      for (let i = 0; i < CYCLES; i += 1) {
        el.remove();
        host.append(el);
      }
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      const before = started;
      clock.tick(10_000);
      for (let i = 0; i < 5; i += 1) await macrotask();
      expect(started, 'no request starts after removal').to.equal(before);
      // Back after a long while: one poll at once, then one per interval with one timer waiting,
      // not one per mount.
      host.append(el);
      await until(() => started === before + 1 && clock.countTimers() === 1, 'the poll on return');
      for (let poll = 2; poll <= 4; poll += 1) {
        clock.tick(250);
        await until(() => started === before + poll && clock.countTimers() === 1, `poll ${poll}`);
      }
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      clock.restore();
      console.log(`lifecycle: idv-status ${CYCLES} cycles: one poll per interval after the last mount`);
    } finally {
      window.fetch = realFetch;
    }
  });

  it(`opens and closes <yoti-share-button> ${CYCLES} times: one dialog, scroll restored, no timers left`, async () => {
    worker.use(
      http.post('/yoti/share-sessions', () =>
        HttpResponse.json({
          sessionId: 'ss.v2.x',
          status: 'CREATED',
          app: { name: 'A' },
          wanted: [],
          qrCode: {
            id: 'q',
            uri: 'https://code.yoti.com/x',
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
        }),
      ),
    );
    const el = await fixture<YotiShareButton>(html`<yoti-share-button mode="desktop"></yoti-share-button>`);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (let i = 0; i < CYCLES; i += 1) {
      await el.open();
      el.close();
    }
    expect(clock.countTimers()).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('dialog')).to.have.length(1);
    expect(document.documentElement.style.overflow).to.equal('');
    clock.restore();
    console.log(`lifecycle: share-button ${CYCLES} open/close cycles: 0 timers left, scroll restored`);
  });

  it('moving an element in the DOM keeps one iframe and one listener', async () => {
    const listeners = trackWindowListeners();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><section id="a"></section><section id="b"></section></div>`,
    );
    const el = document.createElement('yoti-docscan-frame') as YotiDocScanFrame;
    el.setAttribute('session-id', 's');
    el.setAttribute('session-token', 't');
    el.setAttribute('api-url', API_URL);
    wrapper.querySelector('#a')!.append(el);
    await el.updateComplete;
    wrapper.querySelector('#b')!.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'the frame, after the preflight');
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(listeners.live.get('message')).to.equal(1);
    listeners.restore();
  });

  it('loading the single-file build twice is harmless: no error, no warning, the tags stay defined', async () => {
    const warn = sinon.stub(console, 'warn');
    const first = customElements.get('yoti-share-button');
    const bundle = '/dist/yoti-elements.min.js';
    await import(/* @vite-ignore */ `${bundle}?copy=1`);
    await import(/* @vite-ignore */ `${bundle}?copy=2`);
    expect(customElements.get('yoti-share-button')).to.equal(first);
    expect(warn.called).to.equal(false);
  });
});

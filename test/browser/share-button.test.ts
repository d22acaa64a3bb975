import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/share-button/define.js';
import type { YotiShareButton } from '../../src/elements/share-button/share-button.js';
import {
  canEmulateMedia,
  emulateMedia,
  narrowestViewport,
  regainFocus,
  setViewport,
} from '../support/engine.js';
import { startWorker, worker } from '../support/msw.js';
import { macrotask, until } from '../support/real-time.js';
import {
  decodeQr as decodeQrIn,
  qrUri,
  resetShareHelper,
  shareHandlers,
  shareHelper,
} from '../support/share-helper.js';

const helper = shareHelper;
const decodeQr = (el: YotiShareButton) => decodeQrIn(el.shadowRoot!);

const shadow = (el: YotiShareButton) => el.shadowRoot!;
const dialogOf = (el: YotiShareButton) => shadow(el).querySelector('dialog')!;
const triggerOf = (el: YotiShareButton) => shadow(el).querySelector<HTMLButtonElement>('[part="button"]')!;
const textOf = (el: YotiShareButton) => dialogOf(el).textContent!.replace(/\s+/g, ' ');

async function mount(
  template = html`<yoti-share-button mode="desktop" poll-interval="300"></yoti-share-button>`,
) {
  const el = await fixture<YotiShareButton>(template);
  const events: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['yoti-open', 'yoti-close', 'yoti-success', 'yoti-error']) {
    el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return { el, events };
}

async function openAndWaitForQr(el: YotiShareButton) {
  triggerOf(el).click();
  await waitUntil(
    () => shadow(el).querySelector('svg[part="qr"], [part="share-link"]'),
    'the QR code or the link',
    { timeout: 5000 },
  );
}

describe('<yoti-share-button>', () => {
  before(() => startWorker());
  after(() => worker.stop());

  beforeEach(() => {
    resetShareHelper();
    worker.resetHandlers(...shareHandlers);
  });

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('prepare="intent": the pointer over the button makes the session, and the click shows its QR code at once', async () => {
    helper.createDelayMs = 400;
    const { el, events } = await mount(
      html`<yoti-share-button mode="desktop" prepare="intent" poll-interval="300"></yoti-share-button>`,
    );
    triggerOf(el).dispatchEvent(new PointerEvent('pointerenter'));
    triggerOf(el).focus();
    // A plain Event of the type: desktop Firefox has no TouchEvent constructor.
    triggerOf(el).dispatchEvent(new Event('touchstart'));
    await waitUntil(() => helper.calls.create === 1, 'one session made on intent');
    await aTimeout(450); // the helper has answered
    const before = { ...helper.calls };
    triggerOf(el).click();
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    // Painted from the prepared session: the click asked the helper for nothing (how soon it paints
    // is measured by npm run bench, not here).
    expect(
      { create: helper.calls.create, qr: helper.calls.qr },
      'no request between the click and the code',
    ).to.deep.equal({
      create: before.create,
      qr: before.qr,
    });
    expect(await decodeQr(el)).to.equal(qrUri(1));
    expect(helper.calls.create, 'the prepared session, not another').to.equal(1);
    expect(events.map((e) => e.type)).to.deep.equal(['yoti-open']);
    await expect(el).to.be.accessible();
    el.close();
    await el.updateComplete;
    // A prepared session is used once: opening again starts a new share.
    await openAndWaitForQr(el);
    expect(helper.calls.create).to.equal(2);
    el.close();
  });

  it('prepare="intent" waits for a click still under way, and skips a prepared code about to expire', async () => {
    helper.createDelayMs = 300;
    const { el } = await mount(html`<yoti-share-button mode="desktop" prepare="intent"></yoti-share-button>`);
    triggerOf(el).dispatchEvent(new PointerEvent('pointerenter'));
    triggerOf(el).click(); // before the helper has answered the prepared request
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    expect(helper.calls.create, 'the click waited for the prepared session').to.equal(1);
    el.close();
    await el.updateComplete;
    helper.createDelayMs = 0;
    helper.qrTtlMs = 10_000; // less than the 15 s a code must have left to be shown
    triggerOf(el).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => helper.calls.create === 2, 'prepared again');
    await openAndWaitForQr(el);
    expect(helper.calls.create, 'a fresh session instead of a code about to expire').to.equal(3);
    el.close();
    // Focus goes back to the button, which is intent again: the next share is prepared. Waited for
    // here, so that its request is not counted in the next test's (seen once in a clean-clone run).
    await waitUntil(() => helper.calls.create === 4, 'focus back on the button prepares the next share');
  });

  it('without prepare, intent makes no request', async () => {
    const { el } = await mount();
    triggerOf(el).dispatchEvent(new PointerEvent('pointerenter'));
    triggerOf(el).focus();
    await aTimeout(200);
    expect(helper.calls.create).to.equal(0);
  });

  it('is a button labelled "Use Yoti" (or its label), accessible while closed', async () => {
    const { el } = await mount();
    expect(triggerOf(el).textContent!.trim()).to.equal('Use Yoti');
    expect(dialogOf(el).open).to.equal(false);
    await expect(el).to.be.accessible();
    const labelled = await fixture<YotiShareButton>(
      html`<yoti-share-button label="Verify with Yoti"></yoti-share-button>`,
    );
    expect(triggerOf(labelled).textContent!.trim()).to.equal('Verify with Yoti');
    const french = await fixture<YotiShareButton>(html`<yoti-share-button locale="fr"></yoti-share-button>`);
    expect(triggerOf(french).textContent!.trim()).to.equal('Utiliser Yoti');
  });

  it('opens a modal overlay at once with progress, fires yoti-open, then shows the app, the details and a QR code', async () => {
    helper.createDelayMs = 300;
    const { el, events } = await mount();
    triggerOf(el).click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(events.map((e) => e.type)).to.deep.equal(['yoti-open']);
    expect(textOf(el)).to.contain('Preparing a secure code');
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    expect(shadow(el).querySelector('[part="header"] h2')!.textContent).to.equal('Acme Bank');
    expect(shadow(el).querySelector<HTMLImageElement>('[part="header"] img')!.src).to.equal(
      `${location.origin}/logo.svg`,
    );
    const details = [...shadow(el).querySelectorAll('[part="details"] li')].map((li) => li.textContent);
    expect(details).to.deep.equal(['Full name', 'Email address', '18 or over']);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="footer"] nav a')].map((a) => [
      a.textContent,
      a.href,
    ]);
    expect(links).to.deep.equal([
      ['Contact Acme Bank', 'mailto:help@acme.example'],
      ['Privacy policy', 'https://acme.example/privacy'],
    ]);
    const qr = shadow(el).querySelector('svg[part="qr"]')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal(
      'QR code for sharing your details with Acme Bank using the Yoti app',
    );
    await expect(el).to.be.accessible();
  });

  it("adds no landmark of its own to a page that has its banner and footer (the overlay's parts are not the page's)", async () => {
    const page = await fixture(html`<div>
      <header><a href="/">Acme Bank</a></header>
      <main><h1>Open an account</h1><yoti-share-button mode="desktop"></yoti-share-button></main>
      <footer><a href="/terms">Terms</a></footer>
    </div>`);
    const el = page.querySelector<YotiShareButton>('yoti-share-button')!;
    await openAndWaitForQr(el);
    await expect(page).to.be.accessible();
  });

  it('draws a QR code that decodes to exactly the URI the helper served', async () => {
    const { el } = await mount();
    await openAndWaitForQr(el);
    expect(await decodeQr(el)).to.equal(qrUri(1));
    expect(shadow(el).querySelector<HTMLAnchorElement>('.qr + p + a')!.href).to.equal(qrUri(1));
  });

  it('on a phone, offers a Share details button linking to the URI instead of a QR code', async () => {
    const { el } = await mount(html`<yoti-share-button mode="mobile"></yoti-share-button>`);
    await openAndWaitForQr(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="share-link"]')!;
    expect(link.textContent!.trim()).to.equal('Share details');
    expect(link.href).to.equal(qrUri(1));
    expect(link.rel).to.equal('noopener noreferrer');
    expect(shadow(el).querySelector('svg[part="qr"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('closes on Escape, the close button and a backdrop click, returning focus to the button', async () => {
    const { el, events } = await mount();
    const reasons: string[] = [];
    el.addEventListener('yoti-close', (e) => reasons.push(e.detail.reason));

    await openAndWaitForQr(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed by Escape');
    expect(shadow(el).activeElement).to.equal(triggerOf(el));

    await openAndWaitForQr(el);
    shadow(el).querySelector<HTMLButtonElement>('.close')!.click();
    expect(dialogOf(el).open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(triggerOf(el));

    await openAndWaitForQr(el);
    dialogOf(el).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(dialogOf(el).open).to.equal(false);
    expect(reasons).to.deep.equal(['escape', 'close-button', 'backdrop']);
    expect(events.filter((e) => e.type === 'yoti-open')).to.have.length(3);
  });

  it('can be driven by the host with open() and close()', async () => {
    const { el, events } = await mount();
    await el.open();
    expect(el.isOpen).to.equal(true);
    el.close();
    expect(el.isOpen).to.equal(false);
    expect(events.map((e) => e.type)).to.deep.equal(['yoti-open', 'yoti-close']);
    expect(events[1]!.detail).to.deep.equal({ reason: 'host' });
  });

  it('is usable from the keyboard alone, with focus kept inside the overlay', async () => {
    const wrapper = await fixture(html`<div>
      <button id="page-button">A page button</button>
      <yoti-share-button mode="desktop"></yoti-share-button>
    </div>`);
    const el = wrapper.querySelector<YotiShareButton>('yoti-share-button')!;
    triggerOf(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'opened by Enter', { timeout: 3000 });
    const visited = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      await sendKeys({ press: 'Tab' });
      // The modal overlay makes the page inert: Tab visits the overlay's controls and the browser's
      // own UI (the document body in headless Chromium), never the page's content.
      const onPage = document.activeElement !== el && document.activeElement !== document.body;
      expect(onPage, `Tab ${i} left the overlay for ${document.activeElement?.id}`).to.equal(false);
      const active = shadow(el).activeElement as HTMLElement | null;
      if (active) visited.add(active.className || active.tagName);
    }
    expect([...visited]).to.include.members(['close', 'link', 'how']);
    await regainFocus();
    const how = shadow(el).querySelector<HTMLButtonElement>('.how')!;
    how.focus();
    await sendKeys({ press: 'Enter' });
    // It opens once what places it has loaded (asked for when the overlay opened), and its toggle
    // event, which sets aria-expanded, is a task of its own.
    await waitUntil(() => how.getAttribute('aria-expanded') === 'true', 'the popover said open', {
      timeout: 5000,
    });
    expect(shadow(el).querySelector('[popover]')!.matches(':popover-open')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(shadow(el).querySelector('[popover]')!.matches(':popover-open')).to.equal(false);
    expect(dialogOf(el).open, 'the first Escape closes only the popover').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed');
  });

  it('fires yoti-success {sessionId, receiptId} on COMPLETED, then closes; preventDefault() keeps the page', async () => {
    const { el, events } = await mount(
      html`<yoti-share-button mode="desktop" poll-interval="300" redirect-uri="/welcome"></yoti-share-button>`,
    );
    el.addEventListener('yoti-success', (event) => event.preventDefault());
    await openAndWaitForQr(el);
    helper.status = 'COMPLETED';
    helper.receiptId = 'receipt-123==';
    await waitUntil(() => events.some((e) => e.type === 'yoti-success'), 'success', { timeout: 3000 });
    expect(events.find((e) => e.type === 'yoti-success')!.detail).to.deep.equal({
      sessionId: 'ss.v2.1',
      receiptId: 'receipt-123==',
    });
    await el.updateComplete;
    expect(textOf(el)).to.contain('Details shared');
    await waitUntil(() => !dialogOf(el).open, 'closed after success', { timeout: 3000 });
    expect(events.at(-1)).to.deep.equal({ type: 'yoti-close', detail: { reason: 'success' } });
    expect(location.pathname).not.to.equal('/welcome');
  });

  it('stops polling on success, on close and on removal', async () => {
    const { el } = await mount();
    await openAndWaitForQr(el);
    await waitUntil(() => helper.calls.get >= 2, 'polling', { timeout: 3000 });
    el.close();
    const afterClose = helper.calls.get;
    await aTimeout(1000);
    expect(helper.calls.get).to.equal(afterClose);

    await openAndWaitForQr(el);
    await waitUntil(() => helper.calls.get >= afterClose + 1, 'polling again', { timeout: 3000 });
    el.remove();
    const afterRemoval = helper.calls.get;
    await aTimeout(1000);
    expect(helper.calls.get).to.equal(afterRemoval);
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('shows a failed share plainly and starts a new session on "Start again"', async () => {
    const { el, events } = await mount();
    await openAndWaitForQr(el);
    helper.status = 'FAILED';
    await waitUntil(() => textOf(el).includes('The share was not completed'), 'failed', { timeout: 3000 });
    expect(events.find((e) => e.type === 'yoti-error')!.detail).to.deep.equal({
      code: 'share_failed',
      message: 'The share was not completed',
      retryable: true,
    });
    await expect(el).to.be.accessible();
    helper.status = 'CREATED';
    shadow(el).querySelector<HTMLButtonElement>('.stage .button')!.click();
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'a new QR code', { timeout: 3000 });
    expect(helper.calls.create).to.equal(2);
  });

  it('says plainly when the session expired, and offers to start again', async () => {
    const { el, events } = await mount();
    await openAndWaitForQr(el);
    helper.status = 'EXPIRED';
    await waitUntil(() => textOf(el).includes('This request has expired'), 'expired', { timeout: 3000 });
    expect(events.find((e) => e.type === 'yoti-error')!.detail).to.include({
      code: 'session_expired',
      retryable: true,
    });
    expect(shadow(el).querySelector('svg[part="qr"]')).to.equal(null);
    expect(shadow(el).querySelector('.stage .button')!.textContent!.trim()).to.equal('Start again');
  });

  it('replaces the QR code with a fresh one before it expires', async () => {
    helper.qrTtlMs = 16_000;
    const { el } = await mount();
    await openAndWaitForQr(el);
    expect(await decodeQr(el)).to.equal(qrUri(1));
    await waitUntil(() => helper.calls.qr === 1, 'a refresh 15 s before expiry', { timeout: 3000 });
    await waitUntil(async () => (await decodeQr(el)) === qrUri(2), 'the fresh code on screen', {
      timeout: 3000,
    });
  });

  it('refreshes no QR code while the page is hidden, and refreshes at once when it is shown', async () => {
    helper.qrTtlMs = 16_000; // refreshed 15 s before it expires: a second after it came
    // The refresh waits on fake time, so that however slow the engine, the page is hidden before it.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    try {
      const { el } = await mount();
      triggerOf(el).click();
      await until(() => shadow(el).querySelector('svg[part="qr"]') !== null, 'the QR code');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await clock.tickAsync(5000);
      for (let i = 0; i < 5; i += 1) await macrotask();
      expect(helper.calls.qr, 'no refresh while hidden').to.equal(0);
      delete (document as { visibilityState?: unknown }).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => helper.calls.qr === 1, 'a refresh once shown');
      clock.restore();
      await waitUntil(async () => (await decodeQr(el)) === qrUri(2), 'the fresh code on screen', {
        timeout: 3000,
      });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
      clock.restore();
    }
  });

  it('never leaves a dead code on screen: past its expiry with no fresh one, the code is hidden', async () => {
    helper.qrTtlMs = 1200;
    helper.qrFailures = 10;
    const { el } = await mount();
    await openAndWaitForQr(el);
    await waitUntil(() => shadow(el).querySelector('.qr.stale'), 'the code marked stale', { timeout: 3000 });
    expect(textOf(el)).to.contain('Getting a fresh code');
    expect(shadow(el).querySelector('.qr + p + a')).to.equal(null);
  });

  it('reports a helper that cannot start a share, with a retry when it may help', async () => {
    helper.createAnswer = { status: 503, body: { error: { code: 'yoti_unavailable', message: 'x' } } };
    const { el, events } = await mount();
    triggerOf(el).click();
    await waitUntil(() => events.some((e) => e.type === 'yoti-error'), 'an error', { timeout: 5000 });
    expect(events.find((e) => e.type === 'yoti-error')!.detail).to.deep.equal({
      code: 'yoti_unavailable',
      message: 'Something went wrong on our side. Please try again.',
      retryable: true,
    });
    await el.updateComplete;
    expect(textOf(el)).to.contain("We couldn't start the share");
    await expect(el).to.be.accessible();

    helper.createAnswer = {
      status: 502,
      body: { error: { code: 'yoti_unauthorised', message: 'x', retryable: false } },
    };
    shadow(el).querySelector<HTMLButtonElement>('.stage .button')!.click();
    await waitUntil(() => events.filter((e) => e.type === 'yoti-error').length === 2, 'a second error', {
      timeout: 5000,
    });
    expect(events.at(-1)!.detail).to.include({ code: 'yoti_unauthorised', retryable: false });
    await el.updateComplete;
    expect(shadow(el).querySelector('.stage .button'), 'no retry that cannot help').to.equal(null);
  });

  it("says which of Yoti's refusals stopped the share, in English and in French, with no retry", async () => {
    helper.createAnswer = {
      status: 502,
      body: { error: { code: 'yoti_unknown_attribute', message: 'x', retryable: false } },
    };
    const { el, events } = await mount();
    triggerOf(el).click();
    await waitUntil(() => events.some((e) => e.type === 'yoti-error'), 'an error', { timeout: 5000 });
    expect(events.find((e) => e.type === 'yoti-error')!.detail).to.deep.equal({
      code: 'yoti_unknown_attribute',
      message: "This site asked Yoti for a detail Yoti doesn't know. Please let the site know.",
      retryable: false,
    });
    await el.updateComplete;
    expect(shadow(el).querySelector('.stage .button')).to.equal(null);
    helper.createAnswer.body = {
      error: { code: 'yoti_organisation_not_verified', message: 'x', retryable: false },
    };
    const french = await mount(html`<yoti-share-button mode="desktop" locale="fr"></yoti-share-button>`);
    triggerOf(french.el).click();
    await waitUntil(() => textOf(french.el).includes('n’est pas encore vérifiée'), 'the French message');
    await expect(french.el).to.be.accessible();
  });

  it('says plainly when too many shares were started, and offers a retry once the wait is over', async () => {
    helper.createAnswer = {
      status: 429,
      body: { error: { code: 'rate_limited', message: 'x', retryable: true, retryAfter: 1 } },
    };
    const { el, events } = await mount();
    triggerOf(el).click();
    await waitUntil(() => events.some((e) => e.type === 'yoti-error'), 'an error', { timeout: 5000 });
    expect(events.find((e) => e.type === 'yoti-error')!.detail).to.include({
      code: 'rate_limited',
      retryAfter: 1,
    });
    await el.updateComplete;
    expect(textOf(el)).to.contain('You can try again in 1 second.');
    expect(shadow(el).querySelector('.stage .button'), 'no retry before the wait is over').to.equal(null);
    await waitUntil(() => shadow(el).querySelector('.stage .button'), 'a retry after the wait', {
      timeout: 2500,
    });
    helper.createAnswer = undefined;
    shadow(el).querySelector<HTMLButtonElement>('.stage .button')!.click();
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('uses session-id, or sessionIdResolver, instead of creating a session', async () => {
    const { el } = await mount(
      html`<yoti-share-button mode="desktop" session-id="ss.v2.given"></yoti-share-button>`,
    );
    await openAndWaitForQr(el);
    expect(helper.calls).to.include({ create: 0, qr: 1 });
    el.close();
    await el.updateComplete;
    el.sessionIdResolver = async () => 'ss.v2.resolved';
    await openAndWaitForQr(el);
    expect(helper.calls).to.include({ create: 0, qr: 2 });
  });

  it('renders server-provided text as text, never as markup', async () => {
    helper.app = {
      name: '<img src=x onerror="window.__pwned=1">Acme</b>',
      privacyPolicyUrl: 'javascript:alert(1)',
    };
    const { el, events } = await mount();
    triggerOf(el).click();
    await waitUntil(() => events.some((e) => e.type === 'yoti-error'), 'the unsafe link refused');
    expect(events.find((e) => e.type === 'yoti-error')!.detail).to.include({ code: 'bad_response' });

    helper.app = { name: '<img src=x onerror="window.__pwned=1">Acme' };
    shadow(el).querySelector<HTMLButtonElement>('.stage .button')!.click();
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    expect(shadow(el).querySelector('[part="header"] h2')!.textContent).to.equal(
      '<img src=x onerror="window.__pwned=1">Acme',
    );
    expect(shadow(el).querySelector('img[src="x"]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('locks page scroll while open and restores it after', async () => {
    const { el } = await mount();
    await openAndWaitForQr(el);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    el.close();
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('fits a 320 px wide screen without sideways scrolling', async function () {
    // WebKit's window (MiniBrowser's) never gets that narrow: the reflow is held in the other engines.
    if (narrowestViewport > 320) this.skip();
    await setViewport({ width: 320, height: 640 });
    const { el } = await mount();
    await openAndWaitForQr(el);
    const dialog = dialogOf(el);
    expect(dialog.getBoundingClientRect().width).to.be.at.most(320);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('honours reduced motion and keeps the QR code dark-on-light in forced colours', async function () {
    // Media features are emulated over Chrome's DevTools protocol only; WebDriver has no such command.
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    const { el } = await mount();
    await openAndWaitForQr(el);
    const duration = Number.parseFloat(getComputedStyle(dialogOf(el)).animationDuration);
    expect(duration).to.be.below(0.001);
    const qr = shadow(el).querySelector<HTMLElement>('.qr')!;
    expect(getComputedStyle(qr).forcedColorAdjust).to.equal('none');
    expect(await decodeQr(el)).to.equal(qrUri(1));
  });

  it('two buttons on one page do not interfere', async () => {
    const wrapper = await fixture(html`<div>
      <yoti-share-button id="one" mode="desktop" poll-interval="300"></yoti-share-button>
      <yoti-share-button id="two" mode="desktop" poll-interval="300"></yoti-share-button>
    </div>`);
    const one = wrapper.querySelector<YotiShareButton>('#one')!;
    const two = wrapper.querySelector<YotiShareButton>('#two')!;
    const opened: string[] = [];
    wrapper.addEventListener('yoti-open', (e) => opened.push((e.target as HTMLElement).id));
    await openAndWaitForQr(one);
    expect(two.isOpen).to.equal(false);
    expect(opened).to.deep.equal(['one']);
    one.close();
    await one.updateComplete;
    await openAndWaitForQr(two);
    expect(await decodeQr(two)).to.equal(qrUri(2));
    expect(one.isOpen).to.equal(false);
    two.close();
  });

  it('speaks French', async () => {
    const { el } = await mount(html`<yoti-share-button mode="desktop" locale="fr"></yoti-share-button>`);
    await openAndWaitForQr(el);
    expect(textOf(el)).to.contain('Acme Bank souhaite voir');
    expect(textOf(el)).to.contain('Scannez ce code avec l’application Yoti');
    expect(textOf(el)).to.contain('Nom complet');
    expect(textOf(el)).to.contain('18 ans ou plus');
  });

  it('fires yoti-open once per opening, never twice for a double click', async () => {
    const { el, events } = await mount();
    triggerOf(el).click();
    triggerOf(el).click();
    await waitUntil(() => shadow(el).querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    expect(events.filter((e) => e.type === 'yoti-open')).to.have.length(1);
    expect(helper.calls.create).to.equal(1);
  });
});

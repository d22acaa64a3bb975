// The share button's flows (issue 17): inline (a button that reveals the panel in place), instant
// (the panel from the start, its session made on first view), controlled (the host opens the
// overlay), mobile-flow and alignment. Each keeps the states, refresh, polling and events of the
// modal flow, which share-button.test.ts covers in depth.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/share-button/define.js';
import type { YotiShareButton } from '../../src/elements/share-button/share-button.js';
import { narrowestViewport, regainFocus, setViewport } from '../support/engine.js';
import { startWorker, worker } from '../support/msw.js';
import { decodeQr, qrUri, resetShareHelper, shareHandlers, shareHelper } from '../support/share-helper.js';

type Fired = { type: string; detail: unknown };

const shadow = (el: YotiShareButton) => el.shadowRoot!;
const panelOf = (el: YotiShareButton) => shadow(el).querySelector<HTMLElement>('[part="panel"]');
const triggerOf = (el: YotiShareButton) => shadow(el).querySelector<HTMLButtonElement>('[part="button"]');
const textOf = (el: YotiShareButton) => (panelOf(el)?.textContent ?? '').replace(/\s+/g, ' ');
const requests = () => shareHelper.calls.create + shareHelper.calls.qr + shareHelper.calls.get;

function record(el: HTMLElement): Fired[] {
  const fired: Fired[] = [];
  for (const type of ['yoti-open', 'yoti-close', 'yoti-success', 'yoti-error']) {
    el.addEventListener(type, (event) => fired.push({ type, detail: (event as CustomEvent).detail }));
  }
  return fired;
}

async function waitForQr(el: YotiShareButton) {
  await waitUntil(() => shadow(el).querySelector('svg[part="qr"], [part="share-link"]'), 'the code', {
    timeout: 5000,
  });
}

describe('<yoti-share-button> flows', () => {
  before(() => startWorker());
  after(() => worker.stop());
  beforeEach(() => {
    resetShareHelper();
    worker.resetHandlers(...shareHandlers);
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('inline', () => {
    it('reveals the panel in place under its button (a disclosure, no dialog), and hides it again', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <yoti-share-button flow="inline" mode="desktop" poll-interval="300"></yoti-share-button>
        <a href="#after" id="after">After the share</a>
      </div>`);
      const el = wrapper.querySelector<YotiShareButton>('yoti-share-button')!;
      const fired = record(el);
      const trigger = triggerOf(el)!;
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(trigger.hasAttribute('aria-haspopup')).to.equal(false);
      expect(panelOf(el)!.hidden).to.equal(true);
      await expect(el).to.be.accessible();

      trigger.click();
      await waitForQr(el);
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(trigger.getAttribute('aria-controls')).to.equal(panelOf(el)!.id);
      expect(shadow(el).querySelector('dialog')).to.equal(null);
      expect(document.documentElement.style.overflow, 'the page still scrolls').to.equal('');
      expect(panelOf(el)!.getAttribute('aria-labelledby')).to.equal('title');
      expect(shadow(el).querySelector('#title')!.textContent).to.equal('Acme Bank');
      expect(textOf(el)).to.contain('Acme Bank would like to see:');
      expect(shadow(el).querySelector('.close'), 'no close button of its own').to.equal(null);
      expect(await decodeQr(shadow(el))).to.equal(qrUri(1));
      await expect(el).to.be.accessible();

      // Not a trap: Tab leaves the panel for the rest of the page.
      shadow(el).querySelector<HTMLElement>('.how')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');

      await waitUntil(() => shareHelper.calls.get >= 1, 'polling');
      trigger.click();
      await el.updateComplete;
      expect(panelOf(el)!.hidden).to.equal(true);
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      const polls = shareHelper.calls.get;
      await aTimeout(700);
      // The poll in flight as it hid may still reach the helper (a slow engine sends it late); no
      // other starts.
      expect(shareHelper.calls.get - polls, 'no polling once hidden').to.be.at.most(1);
      expect(fired.map((event) => event.type)).to.deep.equal(['yoti-open', 'yoti-close']);
      expect(fired[1]!.detail).to.deep.equal({ reason: 'close-button' });
    });

    it('keeps "Details shared" in place after a share (no overlay to close), announced politely', async () => {
      const el = await fixture<YotiShareButton>(
        html`<yoti-share-button flow="inline" mode="desktop" poll-interval="300"></yoti-share-button>`,
      );
      const fired = record(el);
      el.addEventListener('yoti-success', (event) => event.preventDefault());
      triggerOf(el)!.click();
      await waitForQr(el);
      shareHelper.status = 'COMPLETED';
      shareHelper.receiptId = 'receipt-inline';
      await waitUntil(() => fired.some((e) => e.type === 'yoti-success'), 'success', { timeout: 3000 });
      expect(fired.find((e) => e.type === 'yoti-success')!.detail).to.deep.equal({
        sessionId: 'ss.v2.1',
        receiptId: 'receipt-inline',
      });
      await aTimeout(1500);
      expect(el.isOpen).to.equal(true);
      expect(textOf(el)).to.contain('Details shared');
      expect(fired.some((e) => e.type === 'yoti-close')).to.equal(false);
      expect(shadow(el).querySelector('[role="status"]')!.textContent, 'announced politely').to.contain(
        'Details shared',
      );
      await expect(el).to.be.accessible();
    });

    it('fits a 320 px screen, full width, without sideways scrolling', async function () {
      // WebKit's window (MiniBrowser's) never gets that narrow: the reflow is held in the other engines.
      if (narrowestViewport > 320) this.skip();
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<YotiShareButton>(
        html`<yoti-share-button flow="inline" mode="desktop" alignment="fill"></yoti-share-button>`,
      );
      triggerOf(el)!.click();
      await waitForQr(el);
      const panel = panelOf(el)!;
      expect(panel.getBoundingClientRect().right).to.be.at.most(320);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(await decodeQr(shadow(el))).to.equal(qrUri(1));
      await expect(el).to.be.accessible();
    });
  });

  describe('instant', () => {
    it('has no button, and makes no request until it first comes into view', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div style="block-size: 3000px">A long page</div>
        <yoti-share-button flow="instant" mode="desktop" poll-interval="300"></yoti-share-button>
      </div>`);
      const el = wrapper.querySelector<YotiShareButton>('yoti-share-button')!;
      const fired = record(el);
      expect(triggerOf(el)).to.equal(null);
      expect(panelOf(el)!.hidden).to.equal(false);
      await aTimeout(1000);
      expect(requests(), 'no session for a panel nobody has seen').to.equal(0);
      expect(fired).to.deep.equal([]);

      el.scrollIntoView();
      await waitForQr(el);
      expect(shareHelper.calls.create).to.equal(1);
      expect(await decodeQr(shadow(el))).to.equal(qrUri(1));
      expect(fired.map((event) => event.type)).to.deep.equal(['yoti-open']);
      await expect(el).to.be.accessible();

      // Out of view again: no polls until it is back.
      await waitUntil(() => shareHelper.calls.get >= 1, 'polling while in view');
      window.scrollTo(0, 0);
      await aTimeout(200);
      const seen = requests();
      await aTimeout(900);
      expect(requests(), 'no polling out of view').to.equal(seen);
      el.scrollIntoView();
      await waitUntil(() => requests() > seen, 'polling again in view', { timeout: 2000 });
      expect(shareHelper.calls.create, 'the same session').to.equal(1);
      el.close();
      expect(el.isOpen, 'an instant panel stays').to.equal(true);
    });

    it('shows every state in place: loading, code, refreshing, expired, denied, error', async () => {
      shareHelper.createDelayMs = 400;
      shareHelper.qrTtlMs = 1200;
      shareHelper.qrFailures = 20;
      const el = await fixture<YotiShareButton>(
        html`<yoti-share-button flow="instant" mode="desktop" poll-interval="300"></yoti-share-button>`,
      );
      const fired = record(el);
      await waitUntil(() => textOf(el).includes('Preparing a secure code'), 'loading');
      await waitForQr(el);
      await waitUntil(() => shadow(el).querySelector('.qr.stale'), 'the code hidden past its expiry', {
        timeout: 3000,
      });
      expect(textOf(el)).to.contain('Getting a fresh code');
      await expect(el).to.be.accessible();

      shareHelper.status = 'EXPIRED';
      await waitUntil(() => textOf(el).includes('This request has expired'), 'expired', { timeout: 3000 });
      expect(shadow(el).querySelector('[role="status"]')!.textContent, 'announced politely').to.contain(
        'This request has expired',
      );
      await expect(el).to.be.accessible();

      shareHelper.status = 'FAILED';
      shadow(el).querySelector<HTMLButtonElement>('.stage .button')!.click();
      await waitUntil(() => textOf(el).includes('The share was not completed'), 'denied', { timeout: 3000 });

      shareHelper.createAnswer = { status: 503, body: { error: { code: 'yoti_unavailable', message: 'x' } } };
      shadow(el).querySelector<HTMLButtonElement>('.stage .button')!.click();
      await waitUntil(() => textOf(el).includes("We couldn't start the share"), 'error', { timeout: 3000 });
      expect(
        fired.filter((e) => e.type === 'yoti-error').map((e) => (e.detail as { code: string }).code),
      ).to.deep.equal(['session_expired', 'share_failed', 'yoti_unavailable']);
      await expect(el).to.be.accessible();
    });

    it('starts again when it comes back after being removed, and stops when removed', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('yoti-share-button') as YotiShareButton;
      el.flow = 'instant';
      el.mode = 'desktop';
      el.pollInterval = 300;
      host.append(el);
      await waitForQr(el);
      el.remove();
      await aTimeout(100);
      const after = requests();
      await aTimeout(800);
      expect(requests(), 'nothing runs once removed').to.equal(after);
      host.append(el);
      await waitUntil(() => shareHelper.calls.create === 2, 'a fresh session on return');
      await waitForQr(el);
    });
  });

  describe('controlled', () => {
    it('has no button of its own; the host opens the overlay and gets focus back on its control', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="mine">Verify with Yoti</button>
        <yoti-share-button flow="controlled" mode="desktop"></yoti-share-button>
      </div>`);
      const el = wrapper.querySelector<YotiShareButton>('yoti-share-button')!;
      const mine = wrapper.querySelector<HTMLButtonElement>('#mine')!;
      mine.addEventListener('click', () => void el.open());
      expect(triggerOf(el)).to.equal(null);
      await regainFocus();
      mine.focus();
      await sendKeys({ press: 'Enter' });
      await waitForQr(el);
      const dialog = shadow(el).querySelector('dialog')!;
      expect(dialog.matches(':modal')).to.equal(true);
      expect(await decodeQr(shadow(el))).to.equal(qrUri(1));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'closed by Escape');
      expect(document.activeElement).to.equal(mine);
    });
  });

  it('uses mobile-flow on a phone, and flow elsewhere', async () => {
    const phone = await fixture<YotiShareButton>(
      html`<yoti-share-button flow="modal" mobile-flow="inline" mode="mobile"></yoti-share-button>`,
    );
    triggerOf(phone)!.click();
    await waitForQr(phone);
    expect(shadow(phone).querySelector('dialog')).to.equal(null);
    expect(panelOf(phone)!.querySelector('[part="share-link"]')!.getAttribute('href')).to.equal(qrUri(1));
    await expect(phone).to.be.accessible();

    const desktop = await fixture<YotiShareButton>(
      html`<yoti-share-button flow="modal" mobile-flow="inline" mode="desktop"></yoti-share-button>`,
    );
    triggerOf(desktop)!.click();
    await waitForQr(desktop);
    expect(shadow(desktop).querySelector('dialog')!.open).to.equal(true);
    desktop.close();
  });

  it('places the button by alignment: start, center, end, or fill the box', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 600px">
      <yoti-share-button alignment="start"></yoti-share-button>
      <yoti-share-button alignment="center"></yoti-share-button>
      <yoti-share-button alignment="end"></yoti-share-button>
      <yoti-share-button alignment="fill"></yoti-share-button>
    </div>`);
    const left = wrapper.getBoundingClientRect().left;
    const placed = [...wrapper.querySelectorAll<YotiShareButton>('yoti-share-button')].map((el) => {
      const box = triggerOf(el)!.getBoundingClientRect();
      return { start: Math.round(box.left - left), end: Math.round(box.right - left) };
    });
    expect(placed[0]!.start).to.equal(0);
    const middle = (placed[1]!.start + placed[1]!.end) / 2;
    expect(middle).to.be.closeTo(300, 1);
    expect(placed[2]!.end).to.equal(600);
    expect(placed[3]).to.deep.equal({ start: 0, end: 600 });
    const plain = await fixture<YotiShareButton>(html`<yoti-share-button></yoti-share-button>`);
    expect(getComputedStyle(plain).display, 'inline by default, as a button').to.equal('inline-block');
  });

  it('takes the width of a card that lays out its children as a flex column (not shrunk to nothing)', async () => {
    const card = await fixture<HTMLElement>(html`<section
      style="display: flex; flex-direction: column; align-items: flex-start; inline-size: 380px"
    >
      <h2>Share with the Yoti app</h2>
      <yoti-share-button flow="instant" mode="desktop"></yoti-share-button>
    </section>`);
    const el = card.querySelector<YotiShareButton>('yoti-share-button')!;
    await waitForQr(el);
    expect(panelOf(el)!.getBoundingClientRect().width).to.be.closeTo(380, 1);
    expect(await decodeQr(shadow(el))).to.equal(qrUri(1));
  });

  it('closes an open share when its flow changes, rather than moving it', async () => {
    const el = await fixture<YotiShareButton>(html`<yoti-share-button mode="desktop"></yoti-share-button>`);
    const fired = record(el);
    triggerOf(el)!.click();
    await waitForQr(el);
    el.flow = 'inline';
    await el.updateComplete;
    expect(el.isOpen).to.equal(false);
    expect(fired.map((event) => event.type)).to.deep.equal(['yoti-open', 'yoti-close']);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(panelOf(el)!.hidden).to.equal(true);
  });
});

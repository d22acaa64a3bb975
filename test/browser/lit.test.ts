// The elements are Lit elements (issue 14), in the source and in the single-file build, and their
// attributes keep the documented defaults where Lit alone would give null or NaN.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HttpResponse, http } from 'msw';
import '../../src/define.js';
import type { YotiDocScanFrame } from '../../src/elements/docscan-frame/docscan-frame.js';
import type { YotiIdvStatus } from '../../src/elements/idv-status/idv-status.js';
import type { YotiShareButton } from '../../src/elements/share-button/share-button.js';
import { startWorker, worker } from '../support/msw.js';

const TAGS = ['yoti-share-button', 'yoti-docscan-frame', 'yoti-idv-status'] as const;

/** Whether `ctor` extends a LitElement: Lit marks its LitElement class with `_$litElement$`. */
function extendsLitElement(ctor: unknown): boolean {
  for (let c = Object.getPrototypeOf(ctor); c && c !== HTMLElement; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, '_$litElement$')) return true;
  }
  return false;
}

describe('Lit elements', () => {
  let polled: string[];
  before(() => startWorker());
  after(() => worker.stop());
  beforeEach(() => {
    polled = [];
    worker.resetHandlers(
      http.get('*/idv-sessions/:id', ({ request }) => {
        polled.push(new URL(request.url).pathname);
        return HttpResponse.json({ sessionId: 's', state: 'ONGOING', outcome: 'PENDING', checks: [] });
      }),
    );
  });

  it('each tag is a LitElement, rendered into an open shadow root with adopted styles', async () => {
    for (const tag of TAGS) {
      const ctor = customElements.get(tag)!;
      expect(ctor.prototype, tag).to.be.instanceOf(LitElement);
      const el = await fixture<LitElement>(`<${tag}></${tag}>`);
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${tag} styles`).to.be.greaterThan(0);
      expect(el.shadowRoot!.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
    }
  });

  it('the single-file build carries its own Lit: its classes are LitElements too', async () => {
    const bundle = '/dist/yoti-elements.min.js';
    const single = (await import(/* @vite-ignore */ `${bundle}?lit-check`)) as Record<string, unknown>;
    for (const name of ['YotiShareButton', 'YotiDocScanFrame', 'YotiIdvStatus']) {
      const ctor = single[name] as { prototype: object };
      expect(extendsLitElement(ctor), name).to.equal(true);
      expect(ctor.prototype instanceof LitElement, `${name} has Lit inside, not this page's`).to.equal(false);
    }
  });

  it('removing endpoint or poll-interval restores the documented default, not null', async () => {
    const el = await fixture<YotiIdvStatus>(
      html`<yoti-idv-status session-id="s" endpoint="/other" poll-interval="250"></yoti-idv-status>`,
    );
    await waitUntil(() => polled.length === 1, 'a poll at the given endpoint');
    expect(polled[0]).to.equal('/other/idv-sessions/s');
    el.removeAttribute('endpoint');
    expect(el.endpoint).to.equal('/yoti');
    // The next poll (250 ms on) goes to the default endpoint; poll-interval is removed after it, so
    // that the 5 s default does not hold that poll back past the wait.
    await waitUntil(() => polled.length === 2, 'a poll at the default endpoint');
    expect(polled[1]).to.equal('/yoti/idv-sessions/s');
    el.removeAttribute('poll-interval');
    expect(el.pollInterval).to.equal(5000);
    el.setAttribute('poll-interval', 'soon');
    expect(el.pollInterval, 'an unreadable number keeps the default').to.equal(5000);
  });

  it('reads mode and launch as one of their values, else the default', async () => {
    const share = await fixture<YotiShareButton>(html`<yoti-share-button mode="tablet"></yoti-share-button>`);
    expect(share.mode).to.equal('auto');
    share.setAttribute('mode', 'mobile');
    expect(share.mode).to.equal('mobile');
    share.removeAttribute('mode');
    expect(share.mode).to.equal('auto');
    const frame = await fixture<YotiDocScanFrame>(
      html`<yoti-docscan-frame launch="popup"></yoti-docscan-frame>`,
    );
    expect(frame.launch).to.equal('url');
    frame.setAttribute('load-timeout', '');
    expect(frame.loadTimeout).to.equal(30_000);
  });

  it('keeps a property a framework set before the tag was defined, and reflects locale', async () => {
    const tag = 'yoti-idv-status-late';
    const el = document.createElement(tag) as YotiIdvStatus;
    el.sessionId = 'early';
    el.endpoint = '/early';
    document.body.append(el);
    const Status = customElements.get('yoti-idv-status')!;
    customElements.define(tag, class extends (Status as typeof YotiIdvStatus) {});
    await waitUntil(() => polled.length === 1, 'the early properties used');
    expect(polled[0]).to.equal('/early/idv-sessions/early');
    el.locale = 'fr';
    await el.updateComplete;
    expect(el.getAttribute('locale')).to.equal('fr');
    el.remove();
  });
});

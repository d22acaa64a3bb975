import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import '../../src/define.js';
import type { YotiIdvStatus } from '../../src/elements/idv-status/idv-status.js';
import type { YotiShareButton } from '../../src/elements/share-button/share-button.js';
import { startWorker, worker } from '../support/msw.js';

const MARKUP = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1"><script>window.__pwned=1</script>';

describe('hostile data from the helper renders as text', () => {
  before(() => startWorker());
  after(() => worker.stop());
  afterEach(() => {
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('share overlay: app name, attribute names and derivations are text; nothing is created or run', async () => {
    worker.resetHandlers(
      http.post('/yoti/share-sessions', () =>
        HttpResponse.json({
          sessionId: 'ss.v2.h',
          status: 'CREATED',
          app: { name: MARKUP.slice(0, 100), contactUrl: 'https://acme.example/contact' },
          wanted: [
            { name: MARKUP.slice(0, 64), optional: false },
            { name: 'date_of_birth', derivation: `age_over:18${MARKUP}`.slice(0, 64) },
          ],
          qrCode: {
            id: 'q',
            uri: 'https://code.yoti.com/x',
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
        }),
      ),
      // The status poll answers with the same app, so what is checked does not depend on its timing.
      http.get('/yoti/share-sessions/:id', () =>
        HttpResponse.json({
          sessionId: 'ss.v2.h',
          status: 'CREATED',
          app: { name: MARKUP.slice(0, 100) },
          wanted: [{ name: MARKUP.slice(0, 64), optional: false }],
        }),
      ),
    );
    const el = await fixture<YotiShareButton>(html`<yoti-share-button mode="desktop"></yoti-share-button>`);
    await el.open();
    await waitUntil(() => el.shadowRoot!.querySelector('svg[part="qr"]'), 'the QR code', { timeout: 3000 });
    const root = el.shadowRoot!;
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('img[src="x"]')).to.equal(null);
    expect(root.querySelector('[part="header"] h2')!.textContent).to.equal(MARKUP.slice(0, 100));
    expect(root.querySelector('[part="details"] li')!.textContent).to.contain('<img');
    el.close();
  });

  it('share overlay: an error message from the helper is never shown raw', async () => {
    worker.resetHandlers(
      http.post('/yoti/share-sessions', () =>
        HttpResponse.json({ error: { code: 'x', message: MARKUP, retryable: true } }, { status: 503 }),
      ),
    );
    const el = await fixture<YotiShareButton>(html`<yoti-share-button mode="desktop"></yoti-share-button>`);
    await el.open();
    await waitUntil(() => el.shadowRoot!.textContent?.includes("We couldn't start the share"), 'the error', {
      timeout: 3000,
    });
    expect(el.shadowRoot!.querySelector('.stage')!.textContent).not.to.contain('<img');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).not.to.contain('<img');
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    el.close();
  });

  it('status card: markup in check types, reasons or states is refused as a bad answer, never rendered', async () => {
    for (const summary of [
      { sessionId: 's', state: 'COMPLETED', outcome: 'REVIEW', checks: [{ type: MARKUP, state: 'DONE' }] },
      {
        sessionId: 's',
        state: 'COMPLETED',
        outcome: 'REJECTED',
        failureReason: MARKUP,
        result: 'ABORTED',
        checks: [],
      },
      { sessionId: 's', state: 'COMPLETED', outcome: MARKUP, checks: [] },
      { sessionId: 's', state: MARKUP, outcome: 'PENDING', checks: [] },
      {
        sessionId: 's',
        state: 'COMPLETED',
        outcome: 'APPROVED',
        checks: [{ type: 'LIVENESS', state: 'DONE', recommendation: { value: 'APPROVE', reason: MARKUP } }],
      },
    ]) {
      worker.resetHandlers(http.get('/yoti/idv-sessions/:id', () => HttpResponse.json(summary)));
      const el = await fixture<YotiIdvStatus>(
        html`<yoti-idv-status session-id="s" poll-interval="250"></yoti-idv-status>`,
      );
      // a bad answer is treated as a failed poll: the card says it is reconnecting and shows nothing of it
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Reconnecting'), 'the bad answer refused', {
        timeout: 3000,
      });
      expect(el.shadowRoot!.querySelector('img, script, [part~="outcome"], [part="check"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('<img');
      el.remove();
    }
  });
});

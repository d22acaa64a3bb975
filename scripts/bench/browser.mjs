// In-browser figures: QR encoding time, click to QR painted, and memory after 1000 cycles.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../../test/support/browser.mjs';
import { instantHelper } from './pages.mjs';
import { median, row } from './rows.mjs';

/** Chromium with `gc()` exposed to pages, for heap figures. */
export const launch = () =>
  chromium.launch({ ...chromiumLaunchOptions(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

/**
 * In the page: clicks the share button and resolves how long until the QR code is painted, and in
 * how many frames (the frame that paints it counted).
 */
function paintedAfterClick() {
  return new Promise((resolve) => {
    const el = document.querySelector('yoti-share-button');
    let frames = 0;
    /** Frames since the helper's answer was read (the data arrived). */
    let afterData = 0;
    window.benchDataAt = undefined;
    const start = performance.now();
    const tick = () => {
      frames += 1;
      if (window.benchDataAt !== undefined) afterData += 1;
      // In the DOM before this frame: this frame paints it.
      if (el.shadowRoot.querySelector('svg[part="qr"]')) {
        resolve({ ms: performance.now() - start, frames, afterData: Math.max(1, afterData) });
      } else requestAnimationFrame(tick);
    };
    el.shadowRoot.querySelector('[part="button"]').click();
    requestAnimationFrame(tick);
  });
}

export async function browserFigures(origin) {
  const browser = await launch();
  try {
    // QR encoding time
    {
      const page = await browser.newPage();
      await page.goto(origin);
      for (const length of [40, 100, 300]) {
        const ms = await page.evaluate(async (length) => {
          const { qrSymbol } = await import('/qr.js');
          const text = `https://code.yoti.com/${'A'.repeat(length - 22)}`;
          const times = [];
          for (let i = 0; i < 200; i += 1) {
            const start = performance.now();
            qrSymbol(text);
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[100];
        }, length);
        row('speed', `QR encoding, ${length}-character URI (median of 200)`, ms.toFixed(2), 'ms');
      }
      await page.close();
    }

    // Click to QR painted: frames with an instant backend; time with one that takes 400 ms, with and
    // without prepare="intent" (the pointer over the button a moment before the click).
    const clickToQr = async ({ delayMs = 0, prepare = false } = {}) => {
      const results = [];
      for (let run = 0; run < 15; run += 1) {
        const page = await browser.newPage();
        await instantHelper(page, { delayMs });
        await page.goto(origin);
        await page.addScriptTag({ url: '/yoti.js', type: 'module' });
        await page.evaluate(async (prepare) => {
          document.body.innerHTML = `<yoti-share-button mode="desktop"${prepare ? ' prepare="intent"' : ''}></yoti-share-button>`;
          await customElements.whenDefined('yoti-share-button');
          const el = document.querySelector('yoti-share-button');
          await el.updateComplete;
          if (prepare) {
            el.shadowRoot.querySelector('[part="button"]').dispatchEvent(new PointerEvent('pointerenter'));
          }
          // A person clicks a moment after the page is there (and, with prepare, after the pointer came).
          await new Promise((resolve) => setTimeout(resolve, 700));
        }, prepare);
        results.push(await page.evaluate(paintedAfterClick));
        await page.close();
      }
      return {
        ms: median(results.map((r) => r.ms)),
        frames: median(results.map((r) => r.frames)),
        afterData: median(results.map((r) => r.afterData)),
      };
    };
    const instant = await clickToQr();
    row(
      'speed',
      'click to QR painted, instant backend (median of 15)',
      instant.ms.toFixed(1),
      'ms',
      `${instant.frames} frame(s) from the click, ${instant.afterData} after the answer was read`,
    );
    const slow = await clickToQr({ delayMs: 400 });
    row(
      'speed',
      'click to QR painted, 400 ms backend (median of 15)',
      slow.ms.toFixed(0),
      'ms',
      `${slow.frames} frames`,
    );
    const prepared = await clickToQr({ delayMs: 400, prepare: true });
    row(
      'speed',
      'click to QR painted, 400 ms backend, prepare="intent" (median of 15)',
      prepared.ms.toFixed(0),
      'ms',
      `${prepared.frames} frame(s) from the click; the session made on pointerenter, 700 ms before it`,
    );

    // Memory after 1000 cycles
    for (const [what, script] of [
      [
        'overlay open/close',
        async () => {
          const el = document.createElement('yoti-share-button');
          el.setAttribute('mode', 'desktop');
          document.body.append(el);
          for (let i = 0; i < 1000; i += 1) {
            await el.open();
            el.close();
          }
          el.remove();
        },
      ],
      ['share-button mount/unmount', () => cycle('yoti-share-button', {})],
      [
        'docscan-frame mount/unmount',
        () =>
          cycle('yoti-docscan-frame', {
            'session-id': 's',
            'session-token': 't',
            'api-url': 'https://api.yoti.com/idverify/v1',
          }),
      ],
      ['idv-status mount/unmount', () => cycle('yoti-idv-status', { 'session-id': 'bench-idv' })],
    ]) {
      const page = await browser.newPage();
      await instantHelper(page);
      await page.route('https://api.yoti.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<p>idv</p>' }),
      );
      await page.goto(origin);
      await page.evaluate(() => {
        const live = new Map();
        window.liveListeners = live;
        const add = window.addEventListener.bind(window);
        window.addEventListener = (type, listener, options) => {
          live.set(type, (live.get(type) ?? 0) + 1);
          options?.signal?.addEventListener('abort', () => live.set(type, live.get(type) - 1), {
            once: true,
          });
          return add(type, listener, options);
        };
        window.cycle = async (tag, attributes) => {
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          for (let i = 0; i < 1000; i += 1) {
            document.body.append(el);
            await el.updateComplete;
            el.remove();
          }
        };
      });
      await page.addScriptTag({ url: '/yoti.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('yoti-idv-status'));
      const heap = () =>
        page.evaluate(() => {
          gc();
          return performance.memory.usedJSHeapSize;
        });
      const listeners = () =>
        page.evaluate(() => [...window.liveListeners.values()].reduce((a, b) => a + b, 0));
      const [heapBefore, listenersBefore] = [await heap(), await listeners()];
      await page.evaluate(`(${script.toString()})()`);
      await page.waitForTimeout(200);
      const [heapAfter, listenersAfter] = [await heap(), await listeners()];
      row(
        'memory',
        `JS heap after 1000 × ${what} (forced GC)`,
        ((heapAfter - heapBefore) / 1000).toFixed(0),
        'kB growth',
        `window listeners: ${listenersAfter - listenersBefore} more than before`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

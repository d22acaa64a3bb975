// The demo's main journeys in Firefox and WebKit, through the page harness (./harness.ts), as
// test/e2e/share.spec.ts and docscan.spec.ts walk them in Chromium: a share completed on the sandbox's
// phone page, and a document scan finished in the sandbox's IDV page inside the frame, each followed
// live by the page to its end. TEST_ENGINES (chromium,firefox,webkit) picks engines, as for the
// browser suite; a failure leaves a screenshot in test-results/.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import jsQR from 'jsqr';
import { wantedEngines } from '../support/engines.mjs';
import { freePort } from '../support/free-port.mjs';
import { ENGINES, type EngineBrowser, type EnginePage, launchEngine } from './harness.js';

/** Instagram's in-app browser on an iPhone, and Chrome on an iPhone (test/e2e/preflight.spec.ts uses the same). */
const INSTAGRAM =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 312.0.0.32.112 (iPhone14,5; iOS 17_1; en_GB; en-GB; scale=3.00; 1170x2532; 548339486)';
const CHROME_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** The demo on the sandbox, as the Playwright specs start it (it loads the single-file build). */
async function startDemo(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const demo: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  demo.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  const url = `http://localhost:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (demo.exitCode !== null) throw new Error(`the demo ended at start:\n${errors}`);
    if ((await fetch(url).catch(() => undefined))?.ok) break;
    if (attempt > 600) throw new Error(`the demo did not answer at ${url}:\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (demo.exitCode !== null) return resolve();
      demo.once('exit', () => resolve());
      demo.kill('SIGTERM');
    });
  return { url, stop };
}

/** The QR code on screen, drawn onto a canvas in the page and read as a phone would (jsQR). */
async function readQr(page: EnginePage): Promise<string | undefined> {
  const size = 300;
  const pixels: string = await page.waitFor(
    async (size: number) => {
      const host = document.querySelector('yoti-share-button');
      const drawn = host?.shadowRoot?.querySelector('svg[part="qr"]');
      if (!drawn) return undefined;
      const clone = drawn.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      clone.setAttribute('width', String(size));
      clone.setAttribute('height', String(size));
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(image, 0, 0, size, size);
      // As base64 text: a long array of numbers is slow to come back over WebDriver BiDi.
      const bytes = context.getImageData(0, 0, size, size).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    [size],
    { what: 'the QR code' },
  );
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size)?.data;
}

/** Runs `journey` on a fresh page; on failure, keeps what the page showed. */
async function onPage(browser: EngineBrowser, name: string, journey: (page: EnginePage) => Promise<void>) {
  const page = await browser.newPage();
  try {
    await journey(page);
  } catch (error) {
    mkdirSync('test-results', { recursive: true });
    const file = `test-results/engines-${browser.name}-${name}.png`;
    writeFileSync(file, await page.screenshot().catch(() => Buffer.alloc(0)));
    throw new Error(`${(error as Error).message} (the page: ${file})`, { cause: error });
  } finally {
    await page.close();
  }
}

const engines = ENGINES.filter((name) => wantedEngines().includes(name));

describe('the demo in Firefox and WebKit', { concurrency: false }, () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.stop());

  for (const name of engines) {
    describe(name, { concurrency: false }, () => {
      let browser: EngineBrowser;
      before(async () => {
        browser = await launchEngine(name);
      });
      after(() => browser?.close());

      it('share: the overlay shows a QR code, Allow on the phone, and the page welcomes Alex', async () => {
        await onPage(browser, 'share', async (page) => {
          await page.goto(`${demo.url}/`);
          await page.click('#share >> [part="button"]');
          await page.waitFor(
            () =>
              document.querySelector('yoti-share-button')?.shadowRoot?.querySelector('svg[part="qr"]')
                ? true
                : undefined,
            [],
            { what: 'svg' },
          );
          const uri = await readQr(page);
          assert.match(uri ?? '', /^http:\/\/127\.0\.0\.1:\d+\/app\/qr\//);
          const phone = await browser.newPage({ userAgent: PHONE });
          try {
            await phone.goto(uri as string);
            await phone.click('#allow');
            await phone.waitFor(() => !(document.getElementById('done') as HTMLElement).hidden, [], {
              what: 'the phone saying the details were shared',
            });
          } finally {
            await phone.close();
          }
          // The page follows the session (live, from the helper's stream) and goes on by itself.
          await page.waitFor(() => location.pathname === '/welcome', [], { what: 'the welcome page' });
          assert.match(await page.text('#profile'), /Alex Sample/);
        });
      });

      it('docscan: the frame loads the IDV page, the scan is finished there, yoti-success, then verified', async () => {
        await onPage(browser, 'docscan', async (page) => {
          await page.goto(`${demo.url}/`);
          await page.click('#start-scan');
          // A listener attached once the element is there (it hears what it fired before too).
          await page.waitFor(() => {
            const frame = document.querySelector('yoti-docscan-frame');
            if (!frame) return false;
            const heard: string[] = [];
            Object.assign(window, { heard });
            for (const type of ['yoti-ready', 'yoti-success', 'yoti-error']) {
              frame.addEventListener(type, () => heard.push(type));
            }
            return true;
          });
          const idv = await page.frame(/\/idverify\/v1\/web\//);
          await idv.click('#to-capture');
          await idv.click('#take-photo');
          await idv.click('#use-photo');
          await idv.click('#finish');
          const heard = await page.waitFor(
            () => {
              const events = (window as unknown as { heard: string[] }).heard;
              return events.includes('yoti-success') || events.includes('yoti-error') ? events : undefined;
            },
            [],
            { what: 'yoti-success' },
          );
          assert.deepEqual(heard, ['yoti-ready', 'yoti-success']);
          await page.waitFor(
            () =>
              document
                .querySelector('yoti-idv-status')
                ?.shadowRoot?.textContent?.includes('Identity verified'),
            [],
            { what: 'the status card saying "Identity verified"', timeout: 30_000 },
          );
        });
      });

      for (const [who, userAgent, heading, buttons] of [
        ['an in-app browser', INSTAGRAM, 'Open this page in your browser', 'Copy link|Try anyway'],
        ['Chrome on an iPhone', CHROME_ON_IPHONE, 'Open this page in Safari', 'Copy link'],
      ] as const) {
        it(`preflight: ${who} is told where the scan works, and no session is taken`, async () => {
          const phone = await browser.newPage({ userAgent });
          try {
            await phone.goto(`${demo.url}/`);
            await phone.click('#start-scan');
            const panel = 'yoti-docscan-frame >> [part~="preflight"]';
            assert.equal(await phone.text(`${panel} h2`), heading);
            const labels = await phone.waitFor(
              () => {
                const frame = document.querySelector('yoti-docscan-frame')?.shadowRoot;
                const found = [...(frame?.querySelectorAll('[part~="preflight"] button') ?? [])].map((b) =>
                  b.textContent?.trim(),
                );
                return found.length ? found.join('|') : undefined;
              },
              [],
              { what: 'the ways forward' },
            );
            assert.equal(labels, buttons);
            const loaded = await phone.evaluate(
              () =>
                document.querySelector('yoti-docscan-frame')?.shadowRoot?.querySelector('iframe') !== null,
            );
            assert.equal(loaded, false, 'no flow loaded');
          } finally {
            await phone.close();
          }
        });
      }
    });
  }
});

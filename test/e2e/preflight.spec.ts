import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../support/browser.mjs';
import { DEMO } from './playwright.config.js';
import { axeViolations, guard, PHONE } from './support.js';

// A scan that never dead-ends (issue 34): before Yoti's page loads, the frame's preflight finds
// what would make the capture fail in this browser and offers the way that works; while a phone
// does the capture, the computer shows how far it has come. On the demo and the sandbox.

const INSTAGRAM =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 312.0.0.32.112 (iPhone14,5; iOS 17_1; en_GB; en-GB; scale=3.00; 1170x2532; 548339486)';
const CHROME_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1';

const frameOf = (page: Page) => page.locator('yoti-docscan-frame');
const preflight = (page: Page) => frameOf(page).locator('[part~="preflight"]');

async function startScan(page: Page, path = '/') {
  await page.goto(path);
  await page.getByRole('button', { name: 'Scan my document' }).click();
}

/** Records every state of the frame's progress list, in order, from now on (in the page). */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const frame = document.querySelector('yoti-docscan-frame');
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    const note = () => {
      const done = [...(frame?.shadowRoot?.querySelectorAll('[part="progress"] li.done') ?? [])]
        .map((item) => item.textContent?.replace(/[✓\s]+/g, ' ').trim())
        .join(' | ');
      if (done && seen.at(-1) !== done) seen.push(done);
    };
    if (frame?.shadowRoot)
      new MutationObserver(note).observe(frame.shadowRoot, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
  });
}

test('a site that refuses the camera (Permissions-Policy: camera=()): the preflight offers the phone, and the computer follows the phone step by step', async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  const preflights: unknown[] = [];
  await page.exposeFunction('notePreflight', (detail: unknown) => preflights.push(detail));
  await page.addInitScript(() =>
    document.addEventListener('yoti-preflight', (event) =>
      (window as unknown as { notePreflight: (detail: unknown) => void }).notePreflight(
        (event as CustomEvent).detail,
      ),
    ),
  );
  await startScan(page, '/?camera=blocked');
  await expect(preflight(page).getByRole('heading')).toHaveText("Your camera can't be used here");
  await expect(preflight(page)).toContainText("This page isn't allowed to use your camera.");
  await expect(preflight(page).getByRole('button')).toHaveText([
    'Continue on your phone',
    'Upload photos instead',
  ]);
  expect(preflights).toEqual([{ problems: ['camera-blocked'], offered: ['handoff', 'upload'] }]);
  await expect(frameOf(page).locator('iframe')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await frameOf(page).screenshot({ path: 'test-results/preflight-camera-blocked.png' });

  await preflight(page).getByRole('button', { name: 'Continue on your phone' }).click();
  // Yoti's page, unable to use the camera here, goes straight to the phone.
  const idv = page.frameLocator('yoti-docscan-frame iframe');
  await expect(idv.getByText("This device can't use its camera here.")).toBeVisible();
  await expect(frameOf(page).locator('[part="progress"]')).toHaveText(/Waiting for your phone…/);
  const link = await idv.getByRole('link', { name: 'Open the link on your phone' }).getAttribute('href');
  await recordProgress(page);
  await frameOf(page).screenshot({ path: 'test-results/preflight-waiting-for-phone.png' });

  const phone = await (await browser.newContext(PHONE)).newPage();
  const phoneWatch = await guard(phone);
  await phone.goto(link ?? '');
  await phone.getByRole('button', { name: 'Continue', exact: true }).click();
  await phone.getByRole('button', { name: 'Take photo' }).click();
  await phone.getByRole('button', { name: 'Use this photo' }).click();
  const steps = frameOf(page).locator('[part="progress"] li');
  await expect(steps.filter({ hasText: 'Document captured' })).toHaveClass(/done/);
  await expect(steps.filter({ hasText: 'Face captured' })).not.toHaveClass(/done/);
  expect(await axeViolations(page)).toEqual([]);
  await frameOf(page).screenshot({ path: 'test-results/preflight-document-captured.png' });
  await phone.getByRole('button', { name: 'Start liveness check' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('All done');
  phoneWatch.check();

  // Sent: the computer ends as usual, and the status card has every step ticked while the checks run.
  const status = page.locator('yoti-idv-status');
  await expect(status.locator('[part="progress"] li.done')).toHaveText([
    /Document captured/,
    /Face captured/,
    /Sent for checking/,
  ]);
  await expect(status.locator('[part~="outcome"]')).toContainText('Identity verified', { timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.slice(0, 2)).toEqual(['Document captured', 'Document captured | Face captured']);
  watch.check();
});

test('Instagram\'s in-app browser: "open in your browser", with a link that copies, and no session taken', async ({
  browser,
}) => {
  const context = await browser.newContext({
    ...PHONE,
    userAgent: INSTAGRAM,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const watch = await guard(page);
  const created: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/idv-sessions')) created.push(request.url());
  });
  await startScan(page);
  await expect(preflight(page).getByRole('heading')).toHaveText('Open this page in your browser');
  await expect(preflight(page).getByRole('button')).toHaveText(['Copy link', 'Try anyway']);
  expect(await axeViolations(page)).toEqual([]);
  await frameOf(page).screenshot({ path: 'test-results/preflight-in-app.png' });
  await preflight(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(preflight(page)).toContainText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  expect(created).toEqual([]);
  watch.check();
  await context.close();
});

test('Chrome on an iPhone: the Safari advice, and nothing that would fail with 5007', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, userAgent: CHROME_ON_IPHONE });
  const page = await context.newPage();
  const watch = await guard(page);
  await startScan(page);
  await expect(preflight(page).getByRole('heading')).toHaveText('Open this page in Safari');
  await expect(preflight(page)).toContainText('On iPhone and iPad, the identity check works in Safari.');
  await expect(preflight(page).getByRole('button')).toHaveText(['Copy link']);
  expect(await axeViolations(page)).toEqual([]);
  watch.check();
  await context.close();
});

test.describe('a browser of its own', () => {
  let other: Browser | undefined;
  test.afterEach(async () => {
    await other?.close();
    other = undefined;
  });

  test('a computer without a camera (fake devices off), upload allowed: "Upload photos instead" and the scan completes', async () => {
    other = await chromium.launch({
      ...chromiumLaunchOptions(),
      args: CHROMIUM_ARGS.filter((arg) => arg !== '--use-fake-device-for-media-stream'),
    });
    const page = await (await other.newContext({ baseURL: DEMO })).newPage();
    const watch = await guard(page);
    await startScan(page);
    await expect(preflight(page).getByRole('heading')).toHaveText("We couldn't find a camera");
    await expect(preflight(page).getByRole('button')).toHaveText([
      'Continue on your phone',
      'Upload photos instead',
      'Try anyway',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await frameOf(page).screenshot({ path: 'test-results/preflight-no-camera.png' });
    await preflight(page).getByRole('button', { name: 'Upload photos instead' }).click();
    const idv = page.frameLocator('yoti-docscan-frame iframe');
    await idv.getByRole('button', { name: 'Continue', exact: true }).click();
    await idv.getByRole('button', { name: 'Upload a photo instead' }).click();
    await idv.getByRole('button', { name: 'Use this photo' }).click();
    await idv.getByRole('button', { name: 'Start liveness check' }).click();
    // The outcome crosses the sandbox's pretend liveness check, its completion, its webhook, the
    // helper's read of Yoti and the stream: on a loaded 2-core machine that once took over 10 s.
    await expect(page.locator('yoti-idv-status [part~="outcome"]')).toContainText('Identity verified', {
      timeout: 30_000,
    });
    watch.check();
  });

  test('an http page (not a secure context): the secure-context message, never an exception', async () => {
    const { port } = new URL(DEMO);
    other = await chromium.launch({
      ...chromiumLaunchOptions(),
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP insecure.example 127.0.0.1'],
    });
    const page = await (await other.newContext()).newPage();
    const watch = await guard(page);
    await startScan(page, `http://insecure.example:${port}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(preflight(page).getByRole('heading')).toHaveText("Your camera can't be used here");
    await expect(preflight(page)).toContainText(
      "This page isn't secure, so your browser won't let it use your camera.",
    );
    await expect(preflight(page).getByRole('button').first()).toHaveText('Continue on your phone');
    expect(await axeViolations(page)).toEqual([]);
    watch.check();
  });
});

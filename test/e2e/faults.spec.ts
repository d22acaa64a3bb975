import { expect, type Page, test } from '@playwright/test';
import { FAULTS_DEMO } from './playwright.config.js';
import { captureDocument, guard } from './support.js';

// These tests share one sandbox, whose faults are queued per route: they run one after another.
test.describe.configure({ mode: 'serial' });

/** Makes the sandbox behind the demo answer the next call(s) of `route` with a fault. */
async function fault(page: Page, route: string, spec: Record<string, unknown>) {
  const created = await page.request.post(`${FAULTS_DEMO}/yoti/idv-sessions`);
  const sandbox = new URL((await created.json()).iframeUrl).origin;
  const queued = await page.request.post(`${sandbox}/sandbox/faults`, { data: { route, ...spec } });
  expect(queued.ok()).toBe(true);
}

/** Browser errors expected from a fault: the failed request's own console line, and nothing else. */
const onlyFailedRequests = (problems: string[]) =>
  problems.filter(
    (line) => !/Failed to load resource: the server responded with a status of 50\d/.test(line),
  );

test('Yoti unavailable (503 on every attempt): the overlay says so, and "Start again" recovers', async ({
  page,
}) => {
  const watch = await guard(page);
  // Three attempts for the share the demo prepares when the pointer comes over the button
  // (prepare="intent"), and three for the click, which tries again when the prepared one failed.
  await fault(page, 'share.createSession', { status: 503, times: 6 });
  await page.goto(FAULTS_DEMO);
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const dialog = page.getByRole('dialog', { name: /./ });
  await expect(dialog).toContainText("We couldn't start the share");
  await expect(dialog).toContainText('Something went wrong on our side. Please try again.');
  await dialog.getByRole('button', { name: 'Start again' }).click();
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  expect(onlyFailedRequests(watch.problems)).toEqual([]);
});

test('Yoti refuses the app (401): the scan shows a readable error without a pointless retry', async ({
  page,
}) => {
  const watch = await guard(page);
  await fault(page, 'idv.createSession', { status: 401 });
  await page.goto(FAULTS_DEMO);
  await page.getByRole('button', { name: 'Scan my document' }).click();
  const scan = page.locator('yoti-docscan-frame');
  await expect(scan.locator('[part~="panel"]')).toContainText("We couldn't complete your identity check");
  await expect(scan.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  expect(onlyFailedRequests(watch.problems)).toEqual([]);
});

test('Yoti answers garbage, then recovers: the status card reconnects and then shows the session', async ({
  page,
}) => {
  // The garbage is for the status card's reads: they wait until it is queued, after the scan (whose
  // progress the helper reads from Yoti too, while the person captures).
  let queue: () => void = () => undefined;
  const queued = new Promise<void>((resolve) => {
    queue = resolve;
  });
  await page.route(/\/yoti\/idv-sessions\/[^/]+$/, async (route) => {
    await queued;
    await route.continue();
  });
  await page.goto(FAULTS_DEMO);
  await page.getByRole('button', { name: 'Scan my document' }).click();
  const frame = page.frameLocator('yoti-docscan-frame iframe');
  await captureDocument(frame);
  const status = page.locator('yoti-idv-status');
  await expect(status).toHaveCount(1);
  await fault(page, 'idv.getSession', { body: '{"session_id": ', times: 2 });
  // The helper answers a read made within the second from the one before (the frame's progress):
  // the card's waits for that to pass, so that it is Yoti's garbage it gets.
  await page.waitForTimeout(1100);
  queue();
  await expect(status).toContainText('Reconnecting');
  await expect(status.locator('[part~="outcome"]')).toContainText('Identity verified', { timeout: 20_000 });
});

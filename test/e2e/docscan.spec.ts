import { expect, test } from '@playwright/test';
import { guard } from './support.js';

async function startScan(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Scan my document' }).click();
  return page.frameLocator('yoti-docscan-frame iframe');
}

test('Doc Scan: capture, liveness, SUCCESS; the status shows the checks running, then COMPLETED, pushed by webhooks without a poll', async ({
  page,
}) => {
  const watch = await guard(page);
  const reads: string[] = [];
  page.on('request', (request) => {
    if (/\/yoti\/idv-sessions\/[^/]+$/.test(new URL(request.url()).pathname)) reads.push(request.url());
  });
  const frame = await startScan(page);
  await frame.getByLabel('Issuing country').selectOption('FRA');
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByRole('button', { name: 'Take photo' }).click();
  await frame.getByRole('button', { name: 'Retake' }).click();
  await frame.getByRole('button', { name: 'Take photo' }).click();
  await frame.getByRole('button', { name: 'Use this photo' }).click();
  await frame.getByRole('button', { name: 'Start liveness check' }).click();

  const status = page.locator('yoti-idv-status');
  // As on Yoti, results take a moment: the checks are seen running first.
  await expect(status.locator('[part="badge"]')).toHaveText('In progress');
  await expect(status.locator('[part="check"]').first()).toContainText('Pending');
  await expect(status.locator('[part="badge"]')).toHaveText('Completed');
  await expect(status.locator('[part="check"]')).toHaveText([
    /Document authenticity\s*Approved/,
    /Liveness\s*Approved/,
    /Face match\s*Approved/,
    /Text extraction\s*Approved/,
  ]);
  await expect(page.locator('yoti-docscan-frame')).toHaveCount(0);
  // One read told the card the session is live; from then on the webhooks pushed every change.
  expect(reads).toHaveLength(1);
  // The next step reads the results on the server: a welcome with the name from the document.
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Alex');
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  await expect(page.locator('#profile')).toContainText('Passport');
  await expect(page.locator('#profile')).toContainText('2031-09-30');
  watch.check();
});

test('Doc Scan: a rejected scan shows the rejected check and its reason, and the results page says it did not pass', async ({
  page,
}) => {
  const watch = await guard(page);
  const frame = await startScan(page);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByRole('button', { name: 'Take photo' }).click();
  await frame.getByRole('button', { name: 'Use this photo' }).click();
  await frame.getByLabel('Reject (fraud detected)').check();
  await frame.getByRole('button', { name: 'Start liveness check' }).click();
  const status = page.locator('yoti-idv-status');
  await expect(status.locator('[part="badge"]')).toHaveText('Completed');
  await expect(status.locator('[part="check"]').first()).toContainText('Rejected');
  await expect(status.locator('[part="check"]').first()).toContainText('Reason: Counterfeit');
  // The results page says so, read on the server; nothing of the document is shown.
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not verify your document');
  watch.check();
});

test('Doc Scan: an error code from the IDV page becomes a readable message on the host page', async ({
  page,
}) => {
  const watch = await guard(page);
  const frame = await startScan(page);
  await frame.getByLabel('Simulate an error').selectOption('4000');
  await frame.getByRole('button', { name: 'Send error' }).click();
  const scan = page.locator('yoti-docscan-frame');
  await expect(scan.getByRole('alert')).toContainText('Camera access was denied');
  await expect(page.locator('#message')).toHaveText(
    'Camera access was denied. Allow the camera in your browser settings to continue.',
  );
  await scan.getByRole('button', { name: 'Start again' }).click();
  await expect(frame.getByRole('button', { name: 'Continue' })).toBeVisible();
  watch.check();
});

test('Doc Scan: the handshake keeps the session token out of every URL', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  let token = '';
  page.on('response', async (response) => {
    if (response.url().endsWith('/yoti/idv-sessions')) token = (await response.json()).sessionToken;
  });
  const frame = await startScan(page);
  await expect(frame.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(token).not.toBe('');
  expect(urls.filter((url) => url.includes(token))).toEqual([]);
});

import { readFileSync } from 'node:fs';
import {
  SandboxCheckReportsBuilder,
  SandboxDocumentAuthenticityCheckBuilder,
  SandboxIDVClientBuilder,
  SandboxRecommendationBuilder,
  SandboxResponseConfigBuilder,
} from '@getyoti/sdk-sandbox';
import { expect, test } from '@playwright/test';
import { SCRIPTED_DEMO, SCRIPTED_SANDBOX } from './playwright.config.js';
import { axeViolations, captureDocument, guard, PHONE, readQr } from './support.js';

async function startScan(page: import('@playwright/test').Page, site = '/') {
  await page.goto(site);
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
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await frame.getByRole('button', { name: 'Take photo' }).click();
  await frame.getByRole('button', { name: 'Retake' }).click();
  await frame.getByRole('button', { name: 'Take photo' }).click();
  await frame.getByRole('button', { name: 'Use this photo' }).click();
  await frame.getByRole('button', { name: 'Start liveness check' }).click();

  const status = page.locator('yoti-idv-status');
  // As on Yoti, results take a moment: the checks are seen running first.
  const outcome = status.locator('[part~="outcome"]');
  await expect(outcome).toContainText('Checking your documents');
  await expect(status.locator('[part="check"]').first()).toContainText('Pending');
  await expect(outcome).toContainText('Identity verified');
  await expect(status.locator('[part="check"]')).toHaveText([
    /Document authenticity\s*Passed/,
    /Liveness\s*Passed/,
    /Face match\s*Passed/,
    /Text extraction\s*Passed/,
  ]);
  expect(await axeViolations(page)).toEqual([]);
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

test('Doc Scan handoff: the computer shows a QR code, a phone finishes the capture, and the computer goes on to the results', async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  const frame = await startScan(page);
  await frame.getByRole('button', { name: 'Continue on your phone' }).click();
  const qr = frame.getByRole('img', { name: 'QR code to continue on your phone' });
  const link = await frame.getByRole('link', { name: 'Open the link on your phone' }).getAttribute('href');
  expect(link).toMatch(/\/idverify\/v1\/web\/phone#[\w-]{24}$/);
  // What the phone's camera reads is that link.
  expect(await readQr(qr)).toBe(link);
  await expect(frame.getByRole('status')).toHaveText('Waiting for your phone…');

  const phone = await browser.newContext(PHONE);
  const onPhone = await phone.newPage();
  const phoneWatch = await guard(onPhone);
  const phoneUrls: string[] = [];
  onPhone.on('request', (request) => phoneUrls.push(request.url()));
  await onPhone.goto(link ?? '');
  await expect(frame.getByRole('status')).toHaveText('Your phone is connected. Finish the steps there.');
  await captureDocument(onPhone);
  await expect(onPhone.getByRole('heading', { level: 1 })).toHaveText('All done');
  await expect(onPhone.getByText('You can go back to your computer.')).toBeVisible();
  // The one-time code travelled in the fragment: no request carried it, and the address bar dropped it.
  const code = (link ?? '').split('#')[1] ?? '';
  expect(phoneUrls.filter((url) => url.includes(code))).toEqual([]);
  expect(onPhone.url()).not.toContain(code);
  phoneWatch.check();

  // The computer reports the end as usual, and the scan goes on as if made there.
  const status = page.locator('yoti-idv-status');
  await expect(status.locator('[part~="outcome"]')).toContainText('Checking your documents');
  await expect(status.locator('[part~="outcome"]')).toContainText('Identity verified');
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Alex');

  // The link works once.
  const again = await phone.newPage();
  await again.goto(link ?? '');
  await expect(again.getByRole('heading', { level: 1 })).toHaveText("We couldn't continue");
  await expect(again.locator('#error-text')).toHaveText('This link has been used or has expired.');
  await phone.close();
  watch.check();
});

test('Doc Scan: a rejected scan ends in "We couldn\'t verify your identity", never in "Completed", and no fraud signal anywhere on the page', async ({
  page,
}) => {
  const watch = await guard(page);
  let sessionId = '';
  page.on('response', async (response) => {
    if (response.url().endsWith('/yoti/idv-sessions')) sessionId = (await response.json()).sessionId;
  });
  const frame = await startScan(page);
  await captureDocument(frame, 'Reject (fraud detected)');
  const status = page.locator('yoti-idv-status');
  const outcome = status.locator('[part~="outcome"]');
  await expect(outcome).toContainText("We couldn't verify your identity");
  await expect(status.locator('[part="check"]').first()).toContainText('Not passed');
  // The site's own way forward, in the banner.
  await expect(status.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(status.getByRole('link', { name: 'Choose another way' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const seen = await page.evaluate(() => {
    const texts: string[] = [document.body.textContent ?? ''];
    for (const el of document.querySelectorAll('*'))
      if (el.shadowRoot) texts.push(el.shadowRoot.textContent ?? '');
    return texts.join('\n');
  });
  expect(seen).not.toMatch(/Counterfeit|COUNTERFEIT|fraud/i);
  expect(seen).not.toContain('Completed');
  await expect(page.getByRole('link', { name: 'Continue' })).toHaveCount(0);
  // The results page says so too, read on the server; nothing of the document, no reason.
  await page.goto(`/verified?sessionId=${sessionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't verify your identity");
  expect(await page.content()).not.toMatch(/Counterfeit|fraud/i);
  watch.check();
});

test('Doc Scan scripted with @getyoti/sdk-sandbox: a REJECT on authenticity, whatever the person does, shown with its reason', async ({
  page,
}) => {
  const watch = await guard(page);
  let sessionId = '';
  page.on('response', async (response) => {
    if (response.url().endsWith('/yoti/idv-sessions')) sessionId = (await response.json()).sessionId;
  });
  const frame = await startScan(page, SCRIPTED_DEMO);
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  expect(sessionId).not.toBe('');

  // As a team scripts Yoti's hosted sandbox: Yoti's own client, the application's key, the session ID.
  const sandbox = new SandboxIDVClientBuilder()
    .withClientSdkId(SCRIPTED_SANDBOX.clientSdkId)
    .withPemString(readFileSync(SCRIPTED_SANDBOX.keyFile, 'utf8'))
    .withSandboxUrl(SCRIPTED_SANDBOX.idvApiUrl)
    .build();
  await sandbox.configureSessionResponse(
    sessionId,
    new SandboxResponseConfigBuilder()
      .withCheckReports(
        new SandboxCheckReportsBuilder()
          .withDocumentAuthenticityCheck(
            new SandboxDocumentAuthenticityCheckBuilder()
              .withRecommendation(
                new SandboxRecommendationBuilder().withValue('REJECT').withReason('COUNTERFEIT').build(),
              )
              .build(),
          )
          .withAsyncReportDelay(2)
          .build(),
      )
      .build(),
  );

  // The person goes through and picks nothing but the defaults ("Approve every check").
  await captureDocument(frame);
  const status = page.locator('yoti-idv-status');
  await expect(status.locator('[part~="outcome"]')).toContainText('Checking your documents');
  await expect(status.locator('[part~="outcome"]')).toContainText("We couldn't verify your identity");
  await expect(status.locator('[part="check"]')).toHaveText([
    /Document authenticity\s*Not passed/,
    /Liveness\s*Passed/,
    /Face match\s*Passed/,
    /Text extraction\s*Passed/,
  ]);
  await expect(status.locator('[part="check"]').first()).not.toContainText('Counterfeit');
  await page.goto(`${SCRIPTED_DEMO}/verified?sessionId=${sessionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't verify your identity");
  watch.check();
});

test('Doc Scan in redirect mode on the demo: the whole page goes to Yoti, comes back, follows the checks and greets the person', async ({
  page,
}) => {
  const watch = await guard(page);
  await page.goto('/?scan=redirect');
  await page.getByRole('button', { name: 'Scan my document' }).click();
  await page.waitForURL(/\/idverify\/v1\/web\/index\.html\?sessionID=/);
  await captureDocument(page);
  // Back on the site while the checks run: the status card follows them, then the results are read.
  await page.waitForURL(/\/verified$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checking your document');
  await expect(page.locator('yoti-idv-status [part~="outcome"]')).toContainText('Checking your documents');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Alex');
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  watch.check();
});

test('Doc Scan in redirect mode on the demo: a scan that ends in an error comes back to say so', async ({
  page,
}) => {
  const watch = await guard(page);
  await page.goto('/?scan=redirect');
  await page.getByRole('button', { name: 'Scan my document' }).click();
  await page.waitForURL(/\/idverify\/v1\/web\/index\.html/);
  await page.getByLabel('Simulate an error').selectOption('1000');
  await page.getByRole('button', { name: 'Send error' }).click();
  await page.waitForURL(/\/verified\?yotiErrorCode=1000$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The scan did not finish');
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
  await expect(scan.locator('[part~="panel"]')).toContainText('Camera access was denied');
  await expect(page.locator('#message')).toHaveText(
    'Camera access was denied. Allow the camera in your browser settings to continue.',
  );
  await scan.getByRole('button', { name: 'Start again' }).click();
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
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
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  expect(token).not.toBe('');
  expect(urls.filter((url) => url.includes(token))).toEqual([]);
});

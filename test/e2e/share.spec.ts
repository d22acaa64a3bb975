import { expect, test } from '@playwright/test';
import { SHORT_QR_DEMO } from './playwright.config.js';
import { guard, PHONE, readQr } from './support.js';

test('desktop share: scan the QR code, Allow on the phone, see the profile read server-side', async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const dialog = page.getByRole('dialog', { name: 'Acme Bank' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['Full name', 'Email address', '18 or over']);
  const qr = dialog.getByRole('img', { name: /QR code/ });
  await expect(qr).toBeVisible();
  const uri = await readQr(qr);
  expect(uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/qr\//);

  const phone = await browser.newPage(PHONE);
  await phone.goto(uri!);
  await expect(phone.getByRole('heading', { name: 'Acme Bank' })).toBeVisible();
  await phone.getByRole('button', { name: 'Allow' }).click();
  await expect(phone.getByRole('heading', { name: 'Details shared' })).toBeVisible();

  await page.waitForURL(/\/welcome\?receiptId=/);
  await expect(page.getByRole('heading', { name: 'Welcome, Alex' })).toBeVisible();
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  await expect(page.locator('#profile')).toContainText('alex.sample@example.com');
  watch.check();
});

test('desktop share: Deny on the phone ends the share, and the overlay says so', async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const uri = await readQr(page.getByRole('img', { name: /QR code/ }));
  const phone = await browser.newPage(PHONE);
  await phone.goto(uri!);
  await phone.getByRole('button', { name: 'Deny' }).click();
  await expect(page.locator('yoti-share-button [part="dialog"]')).toContainText(
    'The share was not completed',
  );
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  watch.check();
});

test('mobile share: the Share details button opens the app page; Allow completes the share', async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const watch = await guard(page);
  await page.goto('http://localhost:3210/');
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const share = page.getByRole('link', { name: 'Share details' });
  await expect(share).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  const [app] = await Promise.all([context.waitForEvent('page'), share.click()]);
  await app.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/welcome\?receiptId=/);
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  watch.check();
  await context.close();
});

test('the QR code is replaced with a fresh one before it expires (17 s codes)', async ({ page }) => {
  test.setTimeout(45_000);
  const watch = await guard(page);
  await page.goto(SHORT_QR_DEMO);
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const qr = page.getByRole('img', { name: /QR code/ });
  const first = await readQr(qr);
  expect(first).toBeTruthy();
  // 15 s before expiry: about 2 s after it was issued
  await expect.poll(() => readQr(qr), { timeout: 15_000 }).not.toBe(first);
  const second = await readQr(qr);
  expect(second).toMatch(/\/app\/qr\//);
  watch.check();
});

test('instant flow: the QR code is in the card from the start; Allow on the phone completes the share', async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  await page.goto('/?flow=instant');
  await expect(page.getByRole('button', { name: 'Use Yoti' })).toHaveCount(0);
  const panel = page.getByRole('region', { name: 'Acme Bank' });
  await expect(panel.getByRole('listitem')).toHaveText(['Full name', 'Email address', '18 or over']);
  const uri = await readQr(panel.getByRole('img', { name: /QR code/ }));
  expect(uri).toMatch(/\/app\/qr\//);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const phone = await browser.newPage(PHONE);
  await phone.goto(uri!);
  await phone.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/welcome\?receiptId=/);
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  watch.check();
});

test('inline flow: the button reveals the panel in the card; Deny is said politely, in place', async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  await page.goto('/?flow=inline');
  const button = page.getByRole('button', { name: 'Use Yoti' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Acme Bank' });
  const uri = await readQr(panel.getByRole('img', { name: /QR code/ }));
  const phone = await browser.newPage(PHONE);
  await phone.goto(uri!);
  await phone.getByRole('button', { name: 'Deny' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'The share was not completed' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Start again' })).toBeVisible();
  await button.click();
  await expect(panel).toBeHidden();
  watch.check();
});

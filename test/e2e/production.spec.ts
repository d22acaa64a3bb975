import { expect, test } from '@playwright/test';
import { CROSS_SITE, HELPER_SITE, PROXIED_DEMO, SCRIPTED_SANDBOX } from './playwright.config.js';
import { guard, PHONE, readQr } from './support.js';
import { startTlsProxy } from './tls-proxy.js';

test('a share is seen only in the browser that made it: another browser gets neither the profile nor the session', async ({
  browser,
}) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const watch = await guard(page);
  // The panel follows its session over the stream: …/share-sessions/<id>/events.
  let sessionId: string | undefined;
  page.on('request', (request) => {
    sessionId ??= /\/yoti\/share-sessions\/([^/?]+)\/events$/.exec(new URL(request.url()).pathname)?.[1];
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const uri = await readQr(page.getByRole('img', { name: /QR code/ }));
  expect(sessionId).toBeTruthy();
  const phone = await browser.newPage(PHONE);
  await phone.goto(uri!);
  await phone.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/welcome\?receiptId=/);
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  watch.check();

  const second = await browser.newContext();
  const other = await second.newPage();
  const welcome = await other.goto(page.url());
  expect(welcome?.status()).toBe(403);
  await expect(other.getByRole('heading', { name: 'These details are not for this browser' })).toBeVisible();
  const text = (await other.content()).toString();
  expect(text).not.toContain('Alex');
  expect(text).not.toContain('alex.sample@example.com');
  const read = await other.request.get(`/yoti/share-sessions/${sessionId}`);
  expect(read.status()).toBe(404);
  await first.close();
  await second.close();
});

test('behind a TLS-terminating proxy (X-Forwarded-Proto), with trustProxy, the share journey works end to end', async ({
  browser,
}) => {
  const proxy = await startTlsProxy(PROXIED_DEMO);
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const watch = await guard(page);
    await page.goto(`${proxy.origin}/`);
    expect(page.url()).toMatch(/^https:/);
    await page.getByRole('button', { name: 'Use Yoti' }).click();
    const uri = await readQr(page.getByRole('img', { name: /QR code/ }));
    const cookies = await context.cookies(proxy.origin);
    expect(cookies.find((cookie) => cookie.name === '__Host-yoti_caller')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
    const phone = await browser.newPage(PHONE);
    await phone.goto(uri!);
    await phone.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(/^https:.*\/welcome\?receiptId=/);
    await expect(page.locator('#profile')).toContainText('Alex Sample');
    watch.check();
  } finally {
    await context.close();
    await proxy.close();
  }
});

test("a page on one origin completes a share through a helper on another, with CORS and the helper's own redirect", async ({
  page,
  browser,
}) => {
  const watch = await guard(page);
  const helperCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(HELPER_SITE))
      helperCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await page.goto(`${CROSS_SITE}/`);
  await page.getByRole('button', { name: 'Use Yoti' }).click();
  const dialog = page.getByRole('dialog', { name: 'Acme Bank' });
  const uri = await readQr(dialog.getByRole('img', { name: /QR code/ }));
  expect(helperCalls).toContain('POST /yoti/share-sessions');
  const phone = await browser.newPage(PHONE);
  await phone.goto(uri!);
  await phone.getByRole('button', { name: 'Allow' }).click();
  // The element has no redirect-uri here: it goes where the helper's session says, on the helper's site.
  await page.waitForURL(new RegExp(`^${HELPER_SITE}/welcome\\?receiptId=`));
  await expect(page.locator('#profile')).toContainText('Alex Sample');
  watch.check();
});

test('the demo cannot be framed by another page, and its sandbox takes no orders from one', async ({
  request,
}) => {
  const answer = await request.get('/');
  expect(answer.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // A page on another origin tries to queue a fault on a demo's sandbox: as a form would (text/plain)
  // and as a fetch would (JSON from a foreign Origin). Neither is taken.
  const faults = `${new URL(SCRIPTED_SANDBOX.idvApiUrl).origin}/sandbox/faults`;
  const body = JSON.stringify({ route: 'share.createSession', status: 503 });
  const form = await request.post(faults, { headers: { 'content-type': 'text/plain' }, data: body });
  expect(form.status()).toBe(415);
  const foreign = await request.post(faults, {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: body,
  });
  expect(foreign.status()).toBe(403);
});

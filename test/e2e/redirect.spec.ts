// Yoti's redirect mode (issue 18): a session with success_url / error_url. In a frame, Yoti's page
// goes to those URLs at the end instead of posting a message, and <yoti-docscan-frame> reports the
// frame's arrival there as yoti-success / yoti-error; with launch="redirect" the whole page goes
// to Yoti's and comes back to them.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { createYotiHandler, toNodeListener } from '../../src/server/index.js';
import { IDV_SPEC } from '../support/stack.js';
import { captureDocument, guard } from './support.js';

const PAGE_SCRIPT = `
const frame = document.createElement('yoti-docscan-frame');
frame.setAttribute('endpoint', '/yoti');
const launch = new URLSearchParams(location.search).get('launch');
if (launch) frame.setAttribute('launch', launch);
window.events = [];
for (const type of ['yoti-ready', 'yoti-success', 'yoti-error'])
  frame.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));
document.body.append(frame);
`;

let sandbox: Sandbox;
let server: Server;
let origin = '';

test.beforeAll(async () => {
  sandbox = await startSandbox({ idvProcessingMs: 0 });
  const helper = toNodeListener(
    createYotiHandler({
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      idvApiUrl: sandbox.idvApiUrl,
      idv: () => ({
        ...IDV_SPEC,
        sdk_config: {
          ...IDV_SPEC.sdk_config,
          success_url: `${origin}/verified`,
          error_url: `${origin}/verify-error`,
        },
      }),
    }),
  );
  const bundle = readFileSync('dist/yoti-elements.min.js');
  const html = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><script type="module" src="/yoti.js"></script></head><body>${body}</body></html>`;
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', origin);
    if (pathname.startsWith('/yoti/')) return void helper(req, res);
    const [type, body] =
      pathname === '/yoti.js'
        ? ['text/javascript', bundle]
        : pathname === '/page.js'
          ? ['text/javascript', PAGE_SCRIPT]
          : pathname === '/'
            ? [
                'text/html',
                html('<main><h1>Verify</h1><script type="module" src="/page.js"></script></main>'),
              ]
            : pathname === '/verified'
              ? ['text/html', html('<main><h1>Verified</h1></main>')]
              : pathname === '/verify-error'
                ? ['text/html', html('<main><h1>Not verified</h1></main>')]
                : ['text/plain', ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await sandbox.close();
});

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: Array<{ type: string; detail: unknown }> }).events);

test('in a frame: arriving at the success_url is yoti-success, with no message posted', async ({ page }) => {
  const watch = await guard(page);
  await page.goto(`${origin}/`);
  const frame = page.frameLocator('yoti-docscan-frame iframe');
  await captureDocument(frame);
  await expect.poll(async () => (await events(page)).map((event) => event.type)).toContain('yoti-success');
  const success = (await events(page)).find((event) => event.type === 'yoti-success');
  expect(success?.detail).toEqual({ sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  await expect(page.locator('yoti-docscan-frame iframe')).toHaveCount(0);
  watch.check();
});

test('in a frame: arriving at the error_url is yoti-error with the code Yoti put on it', async ({ page }) => {
  const watch = await guard(page);
  await page.goto(`${origin}/`);
  const frame = page.frameLocator('yoti-docscan-frame iframe');
  await frame.getByLabel('Simulate an error').selectOption('4000');
  await frame.getByRole('button', { name: 'Send error' }).click();
  const scan = page.locator('yoti-docscan-frame');
  await expect(scan.locator('[part~="panel"]')).toContainText('Camera access was denied');
  const error = (await events(page)).find((event) => event.type === 'yoti-error');
  expect(error?.detail).toMatchObject({ code: 4000, retryable: true });
  watch.check();
});

test('launch="redirect": the whole page goes to Yoti and comes back to the success_url', async ({ page }) => {
  const loads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/web/index.html'))
      loads.push(request.frame() === page.mainFrame() ? 'page' : 'frame');
  });
  await page.goto(`${origin}/?launch=redirect`);
  await page.waitForURL((url) => url.origin === sandbox.url);
  expect(new URL(page.url()).pathname).toBe('/idverify/v1/web/index.html');
  // Yoti's page is loaded once, by the page itself: no frame of it starts on the way out.
  expect(loads).toEqual(['page']);
  await captureDocument(page);
  await page.waitForURL(`${origin}/verified`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verified');
});

import { expect, test } from '@playwright/test';
import { REACT_APP } from './playwright.config.js';
import { guard } from './support.js';

test('React 19 StrictMode: one iframe and one status stream per element, not two', async ({ page }) => {
  const watch = await guard(page);
  const polls: number[] = [];
  const streams: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') return;
    if (/\/yoti\/idv-sessions\/[^/]+$/.test(request.url())) polls.push(Date.now());
    if (/\/yoti\/idv-sessions\/[^/]+\/events$/.test(request.url())) streams.push(request.url());
  });
  await page.goto(REACT_APP);
  const frame = page.locator('yoti-docscan-frame');
  await expect(frame.locator('iframe')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.counts.ready)).toBe(1);
  // Nothing is sent yet: the card says the check is under way, not that documents are being checked.
  await expect(page.locator('yoti-idv-status [part~="outcome"]')).toContainText('Identity check in progress');
  const start = polls.length;
  await page.waitForTimeout(2600);
  // The demo's helper is notified by the sandbox, so the card and the frame's progress each follow
  // one live stream and do not poll; a second mount would open a second of each (or poll).
  expect(streams, "one EventSource for the status card, one for the frame's progress").toHaveLength(2);
  expect(polls.length - start, 'no polls while the stream is open').toBe(0);
  expect(await page.evaluate(() => window.counts.status)).toBe(1);
  console.log(
    `react: StrictMode, ${streams.length} status streams, ${polls.length - start} polls in 2.6 s, 1 iframe`,
  );
  expect(await page.locator('iframe').count(), 'one iframe on the whole page').toBe(1);
  watch.check();
});

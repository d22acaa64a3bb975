import { expect, test } from '@playwright/test';
import { REACT_APP } from './playwright.config.js';
import { guard } from './support.js';

test('React 19 StrictMode: one iframe and one poller per element, not two', async ({ page }) => {
  const watch = await guard(page);
  const polls: number[] = [];
  page.on('request', (request) => {
    if (request.method() === 'GET' && /\/yoti\/idv-sessions\/[^/]+$/.test(request.url()))
      polls.push(Date.now());
  });
  await page.goto(REACT_APP);
  const frame = page.locator('yoti-docscan-frame');
  await expect(frame.locator('iframe')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.counts.ready)).toBe(1);
  await expect(page.locator('yoti-idv-status [part="badge"]')).toHaveText('In progress');
  const start = polls.length;
  await page.waitForTimeout(2600);
  // every 500 ms: about 5 requests from one poller, 10 from two
  expect(polls.length - start).toBeGreaterThanOrEqual(4);
  expect(polls.length - start).toBeLessThanOrEqual(6);
  expect(await page.evaluate(() => window.counts.status)).toBe(1);
  console.log(
    `react: StrictMode, ${polls.length - start} status polls in 2.6 s at 500 ms, 1 iframe, 1 yoti-ready`,
  );
  expect(await page.locator('iframe').count(), 'one iframe on the whole page').toBe(1);
  watch.check();
});

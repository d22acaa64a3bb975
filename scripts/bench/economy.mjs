// Request economy: what each element asks of the helper over 10 simulated minutes, polling (in
// view, hidden, after a terminal state) and with the helper's event stream open.
import { launch } from './browser.mjs';
import { instantHelper, runClock, totalRequests } from './pages.mjs';
import { row } from './rows.mjs';

const ELEMENTS = [
  ['share overlay', '<yoti-share-button mode="desktop"></yoti-share-button>', 'share'],
  ['status card', '<yoti-idv-status session-id="bench-idv"></yoti-idv-status>', 'idv'],
];
const isPoll = (key) => key.startsWith('GET ');

/** A page with `markup` on the bench's helper, its clock faked, the share overlay opened; 2 s run. */
async function mount(browser, origin, markup, live) {
  const page = await browser.newPage();
  await page.clock.install();
  await instantHelper(page, { live });
  await page.goto(origin);
  await page.addScriptTag({ url: '/yoti.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('yoti-idv-status'));
  await page.evaluate((markup) => {
    document.body.innerHTML = markup;
  }, markup);
  if (markup.includes('share-button'))
    await page.evaluate(() => document.querySelector('yoti-share-button').open());
  await runClock(page, 2_000);
  return page;
}

/** `server` is benchServer(): it serves and counts the event streams. */
export async function requestEconomy(server) {
  const browser = await launch();
  try {
    for (const [element, markup] of ELEMENTS) {
      for (const phase of ['in view', 'hidden', 'after terminal state']) {
        const page = await mount(browser, server.origin, markup, false);
        if (phase === 'hidden') {
          await page.evaluate(() => {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
            document.dispatchEvent(new Event('visibilitychange'));
          });
        }
        if (phase === 'after terminal state') {
          await page.evaluate(() => {
            window.benchState.share = 'COMPLETED';
            window.benchState.idv = 'COMPLETED';
            document
              .querySelector('yoti-share-button')
              ?.addEventListener('yoti-success', (event) => event.preventDefault());
          });
          await runClock(page, 10_000);
        }
        const before = await totalRequests(page);
        await runClock(page, 600_000, 500);
        const counts = await page.evaluate(() => window.benchCounts);
        const total = (await totalRequests(page)) - before;
        row(
          'requests',
          `${element} polling, 10 simulated minutes, ${phase}`,
          String(total),
          'requests',
          phase === 'in view' ? `since mount (2 s more): ${JSON.stringify(counts)}` : '',
        );
        await page.close();
      }
    }

    // The same, the helper streaming the session: no polls while the stream is open.
    for (const [element, markup, kind] of ELEMENTS) {
      const streamsBefore = server.streams[kind];
      const page = await mount(browser, server.origin, markup, true);
      const countsBefore = await page.evaluate(() => ({ ...window.benchCounts }));
      await runClock(page, 600_000, 500);
      const counts = await page.evaluate(() => window.benchCounts);
      const polls = Object.keys(counts)
        .filter(isPoll)
        .reduce((sum, key) => sum + counts[key] - (countsBefore[key] ?? 0), 0);
      const others = Object.keys(counts)
        .filter((key) => !isPoll(key))
        .map((key) => `${key} ${counts[key] - (countsBefore[key] ?? 0)}`)
        .join(', ');
      row(
        'requests',
        `${element} streaming, 10 simulated minutes: status polls`,
        String(polls),
        'requests',
        `stream connections: ${server.streams[kind] - streamsBefore}; other requests: ${others || 'none'}; since mount: ${JSON.stringify(counts)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

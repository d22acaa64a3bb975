// Finds a Chromium for the browser tests: $CHROME_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Shared by the test-runner config, the e2e config and `npm test`.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const candidates = () => {
  const list = [];
  if (process.env.CHROME_PATH) list.push({ path: process.env.CHROME_PATH, from: 'CHROME_PATH' });
  list.push({ path: '/usr/bin/chromium', from: "Debian's chromium" });
  try {
    list.push({ path: chromium.executablePath(), from: "Playwright's chromium" });
  } catch {
    // Playwright knows no download location on this platform.
  }
  return list;
};

/** The browser to use, or undefined when there is none. */
export function findChromium() {
  return candidates().find((candidate) => candidate.path && existsSync(candidate.path));
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium was found for the browser tests. Any one of these fixes it:',
  '  - point CHROME_PATH at a Chrome or Chromium binary: CHROME_PATH=/path/to/chrome npm test',
  '  - on Debian or Ubuntu, as root: apt-get install -y chromium',
  '  - or let Playwright download its own: npx playwright install chromium',
].join('\n');

/** Flags that keep Chromium quiet on a closed network and let it run as root in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // A camera (a test pattern) as a person's laptop has: the docscan preflight looks for one.
  '--use-fake-device-for-media-stream',
];

/** Launch options for Playwright's chromium.launch(), failing clearly when there is no browser. */
export function chromiumLaunchOptions() {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return { executablePath: found.path, args: CHROMIUM_ARGS };
}

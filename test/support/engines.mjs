// Firefox and WebKit for the tests, from the system, nothing downloaded: Firefox (Debian's
// firefox-esr) driven over WebDriver BiDi by puppeteer-core, and WebKitGTK's WebKitWebDriver driving
// its MiniBrowser over classic WebDriver, on a virtual X display when there is no screen. Shared by
// the browser suite's config (web-test-runner.config.mjs), the page harness (test/engines/) and
// `npm test`, which says how to get what is missing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

/** The engines the browser tests run in, in the order `npm test` runs them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The engines asked for by TEST_ENGINES (`chromium,firefox`), else all three. An unknown name is an
 * error, not a silent skip.
 */
export function wantedEngines(value = process.env.TEST_ENGINES) {
  if (!value) return ENGINES;
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length)
    throw new Error(`TEST_ENGINES: unknown ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** Firefox: $FIREFOX_PATH, then Debian's firefox-esr, then a system firefox. */
export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** MiniBrowser ships inside WebKitGTK's library folder, under the platform's multiarch name. */
function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return firstExisting([process.env.WEBKIT_MINIBROWSER]);
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((name) => join('/usr/lib', name)) : [];
  return firstExisting(
    libs.flatMap((lib) =>
      ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((v) => join(lib, v, 'MiniBrowser')),
    ),
  );
}

/** WebKitGTK's driver and browser, or undefined when either is missing. */
export function findWebKit() {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
  const browser = findMiniBrowser();
  return driver && browser ? { driver, browser } : undefined;
}

export const HOW_TO_GET = {
  firefox: [
    'No Firefox was found for the browser tests. Either fixes it:',
    '  - point FIREFOX_PATH at a Firefox binary (ESR 128 or later: it is driven over WebDriver BiDi)',
    '  - on Debian or Ubuntu, as root: apt-get install -y firefox-esr',
    '  - or leave it out: TEST_ENGINES=chromium,webkit npm test',
  ].join('\n'),
  webkit: [
    "No WebKit was found for the browser tests (WebKitGTK's WebKitWebDriver and MiniBrowser). Either fixes it:",
    '  - on Debian or Ubuntu, as root: apt-get install -y webkit2gtk-driver xvfb',
    '  - or leave it out: TEST_ENGINES=chromium,firefox npm test',
  ].join('\n'),
};

/** puppeteer-core's launch() options for Firefox over WebDriver BiDi. */
export function firefoxLaunchOptions() {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(HOW_TO_GET.firefox);
  return {
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // A closed network: no update checks, no telemetry, no captive-portal probes.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // A camera, as Chromium's --use-fake-device-for-media-stream gives one (test/support/browser.mjs):
      // the Doc Scan frame's preflight looks for one before it loads the flow.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
    },
  };
}

/**
 * A virtual screen of its own for MiniBrowser (which has no headless mode): Xvfb picks a free
 * display number itself and writes it to us (-displayfd), so two runs side by side never race for
 * one, as `xvfb-run -a` can.
 */
async function startVirtualScreen() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('error', (error) =>
      reject(error.code === 'ENOENT' ? new Error(`Xvfb is missing.\n${HOW_TO_GET.webkit}`) : error),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it had a display`)));
  });
  return { display, stop: () => stopProcess(xvfb) };
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function waitForDriver(url, driver) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver ended (${driver.exitCode}) at start`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/**
 * Starts WebKitWebDriver on a free port (and a virtual screen when there is no display), and gives
 * webdriverio's remote() options for a MiniBrowser session plus `stop()`, which ends both.
 */
export async function startWebKitDriver() {
  const found = findWebKit();
  if (!found) throw new Error(HOW_TO_GET.webkit);
  const screen = process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? undefined : await startVirtualScreen();
  const port = await freePort();
  const driver = spawn(found.driver, [`--port=${port}`], {
    stdio: 'ignore',
    env: {
      ...process.env,
      ...(screen ? { DISPLAY: screen.display } : {}),
      // US English, as the other engines' pages speak (under a C locale navigator.languages is ["C"]).
      LANG: 'en_US.UTF-8',
      LANGUAGE: 'en_US:en',
    },
  });
  const stop = async () => {
    await stopProcess(driver);
    await screen?.stop();
  };
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    options: {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio would ask for WebDriver BiDi (webSocketUrl), which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        // MiniBrowser's mock camera (the Doc Scan frame's preflight looks for one).
        'webkitgtk:browserOptions': {
          binary: found.browser,
          args: ['--automation', '--enable-mock-capture-devices=true'],
        },
      },
    },
    stop,
  };
}

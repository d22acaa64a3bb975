// Which engine a browser test runs in (`npm test` runs the suite in Chromium, Firefox and WebKit;
// web-test-runner.config.mjs), and the test commands that differ between them. A test that cannot
// hold in an engine skips that one assertion, saying why, through what is exported here.
import {
  emulateMedia as emulateMediaByProtocol,
  executeServerCommand,
  sendKeys,
  setViewport as setViewportByProtocol,
} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent) // HeadlessChrome/ too
    ? 'chromium'
    : 'webkit';

/**
 * Media features (reduced motion, forced colours) can be emulated only over Chrome's DevTools
 * protocol: WebDriver BiDi (Firefox) and classic WebDriver (WebKit) have no such command.
 */
export const canEmulateMedia = engine === 'chromium';

/**
 * The narrowest viewport the engine's window can take, in CSS px: WebKitGTK's MiniBrowser (classic
 * WebDriver, a real window) is never narrower than its toolbar, so a 320 px screen can't be had there.
 */
export const narrowestViewport = engine === 'webkit' ? 447 : 0;

/**
 * msw stands in for the helper's event streams with a service worker's streamed answer, which WebKit
 * hands to EventSource only once it ends: there a stream's messages can't arrive one by one. The
 * helper's real streams are followed in WebKit by the page journeys (test/engines/).
 */
export const streamsThroughServiceWorker = engine !== 'webkit';

/** Sizes the viewport: the page's own in Chromium and Firefox, the window around it in WebKit. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (engine !== 'webkit') return setViewportByProtocol(size);
  if (size.width < narrowestViewport) {
    throw new Error(`WebKit's window is never narrower than ${narrowestViewport} px (asked ${size.width})`);
  }
  await executeServerCommand('set-window-viewport', size);
}

/** Emulates media features; only where `canEmulateMedia` says the engine can. */
export async function emulateMedia(features: Parameters<typeof emulateMediaByProtocol>[0]): Promise<void> {
  if (!canEmulateMedia) throw new Error(`${engine} cannot emulate media features: check canEmulateMedia`);
  await emulateMediaByProtocol(features);
}

/**
 * Presses a key with modifiers held (`Shift+Tab`), in every engine: Playwright takes the combination
 * as it is, puppeteer (Firefox) presses the modifiers down and up around the key, and WebDriver
 * (WebKit) gets the keys as one sequence, modifiers first.
 */
export async function pressKeys(combination: string): Promise<void> {
  const keys = combination.split('+');
  const key = keys.pop() as string;
  if (engine === 'chromium') return sendKeys({ press: combination });
  if (engine === 'webkit') {
    await executeServerCommand('webdriver-keys', [...keys, key]);
    return;
  }
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}

/**
 * Brings the keyboard back into the page. Firefox lets Tab leave the page for the browser's own
 * controls, after which the page has no focus at all (no :focus, keys go nowhere) until Tab comes
 * back round to it.
 */
export async function regainFocus(): Promise<void> {
  for (let presses = 0; presses < 20 && !document.hasFocus(); presses += 1) await sendKeys({ press: 'Tab' });
}

// Pages in Firefox and WebKit, for journeys the Playwright specs (test/e2e/) can only walk in
// Chromium: Playwright's own Firefox and WebKit builds are not what people run, and cannot be had
// on every machine. Firefox is Debian's firefox-esr over WebDriver BiDi (puppeteer-core); WebKit is
// WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio), on a virtual screen of its own
// (test/support/engines.mjs finds and starts them; nothing is downloaded).
//
// One small API for both, so that a journey is written once:
//
//   import { ENGINES, launchEngine } from './harness.js';
//   for (const name of ENGINES) {
//     const browser = await launchEngine(name);
//     const page = await browser.newPage();               // { userAgent, viewport } for another device
//     await page.goto('http://localhost:3210/');
//     await page.click('#share >> [part="button"]');      // `a >> b`: b inside a (its shadow root too)
//     await page.waitFor(() => document.title !== '');    // a function run in the page (its source is
//                                                         // sent: no closures; pass values as args)
//     const text = await page.text('#message');
//     const frame = await page.frame(/\/idverify\//);     // a cross-origin iframe, by its address
//     await frame.click('#take-photo');
//     await page.screenshot();                            // PNG bytes
//     await browser.close();
//   }
//
// A selector is CSS, looked for in the document and in every open shadow root (the first match in
// tree order); `>>` narrows to what is inside the element matched so far. Clicks and typing are the
// engine's own input (trusted events: focus moves, user activation counts), after the element exists
// and is shown; every wait polls the page and fails after its timeout naming what it waited for.
// A page served with its own headers (a Permissions-Policy, say) is just a URL: give `goto` the page
// of a server the test starts. test/engines/journeys.test.ts walks the demo's journeys with it.
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { firefoxLaunchOptions, startWebKitDriver } from '../support/engines.mjs';

export const ENGINES = ['firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

/** A function run in the page: sent as its source, so it may use only its arguments and the page's globals. */
// biome-ignore lint/suspicious/noExplicitAny: a page function takes whatever JSON values it is given.
export type PageFunction<T> = (...args: any[]) => T | Promise<T>;

export interface WaitOptions {
  /** Milliseconds before the wait fails (default 15 s). */
  timeout?: number;
  /** What is waited for, named in the failure. */
  what?: string;
}

/** What can be done in a page or in one of its frames. */
export interface Scope {
  click(selector: string, options?: WaitOptions): Promise<void>;
  /** Replaces the value of an input or textarea by typing `value` into it. */
  fill(selector: string, value: string, options?: WaitOptions): Promise<void>;
  /** The element's text (its textContent, spaces collapsed), once it exists. */
  text(selector: string, options?: WaitOptions): Promise<string>;
  /** Runs `fn` in the page with JSON `args`, and gives its JSON result (awaited when a promise). */
  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Waits until `fn(...args)`, run in the page, is truthy, and gives that value. */
  waitFor<T>(fn: PageFunction<T>, args?: unknown[], options?: WaitOptions): Promise<NonNullable<T>>;
}

export interface EnginePage extends Scope {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** The frame whose address matches `address` (a cross-origin iframe too), once there is one. */
  frame(address: RegExp, options?: WaitOptions): Promise<Scope>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** Another device's user agent (a phone's, an in-app browser's). */
  userAgent?: string;
  /** The viewport in CSS px (WebKit's window is never narrower than about 447 px). */
  viewport?: { width: number; height: number };
}

export interface EngineBrowser {
  readonly name: EngineName;
  /** A page of its own: with options, as another device (its own cookies, its own user agent). */
  newPage(options?: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

// In-page code is sent as text: no bundler helpers (tsx's `__name`) and no closures reach the page.
const FIND = `(selector) => {
  const within = (root, css) => {
    const direct = root.querySelector(css);
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      const found = element.shadowRoot && within(element.shadowRoot, css);
      if (found) return found;
    }
    return null;
  };
  let found = null;
  let roots = [document];
  for (const step of selector.split('>>').map((part) => part.trim())) {
    found = null;
    for (const root of roots) if ((found = within(root, step))) break;
    if (!found) return null;
    roots = found.shadowRoot ? [found.shadowRoot, found] : [found];
  }
  return found;
}`;
const SHOWN = `(element) => element !== null && element.isConnected && element.getClientRects().length > 0 &&
  getComputedStyle(element).visibility !== 'hidden'`;
/** The body of a function that calls `fn` with `args` (tsx's `__name` helper defined, as a no-op). */
const callBody = (fn: PageFunction<unknown> | string) =>
  `var __name = function (f) { return f; }; return (${String(fn)}).apply(null, args);`;
/** For puppeteer, which sends a function's source: built here from text, so that nothing was transpiled into it. */
const pageFunction = (parameter: string, body: string) =>
  new Function(parameter, body) as (arg: never) => unknown;
const findInPage = pageFunction('selector', `return (${FIND})(selector);`);
const shownInPage = pageFunction('element', `return (${SHOWN})(element);`);

const DEFAULT_TIMEOUT = 15_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it gives something truthy, failing after the timeout with what was waited for. */
async function poll<T>(
  probe: () => Promise<T | undefined | null>,
  options: WaitOptions,
  fallback: string,
): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT);
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error; // the page was navigating: ask again
      console.log('poll error', String(error).slice(0, 200));
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${options.what ?? fallback}${last ? ` (${String(last)})` : ''}`);
    }
    await pause(100);
  }
}

/** Firefox: a puppeteer Page or Frame. */
class PuppeteerScope implements Scope {
  constructor(protected readonly target: Page | Frame) {}

  async #element(selector: string, options: WaitOptions = {}) {
    return poll(
      async () => {
        const handle = await this.target.evaluateHandle(findInPage, selector as never);
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (element && (await this.target.evaluate(shownInPage, element as never))) return element;
        await handle.dispose();
        return undefined;
      },
      options,
      selector,
    );
  }

  async click(selector: string, options?: WaitOptions) {
    const element = await this.#element(selector, options);
    await element.click();
    await element.dispose();
  }

  async fill(selector: string, value: string, options?: WaitOptions) {
    const element = await this.#element(selector, options);
    await element.click({ count: 3 });
    await element.evaluate((input) => {
      (input as HTMLInputElement).value = '';
    });
    await element.type(value);
    await element.dispose();
  }

  async text(selector: string, options?: WaitOptions) {
    const element = await this.#element(selector, options);
    const text = await element.evaluate((node) => node.textContent ?? '');
    await element.dispose();
    return text.replace(/\s+/g, ' ').trim();
  }

  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T> {
    return this.target.evaluate(pageFunction('args', callBody(fn)), args as never) as Promise<T>;
  }

  waitFor<T>(fn: PageFunction<T>, args: unknown[] = [], options: WaitOptions = {}): Promise<NonNullable<T>> {
    return poll(async () => (await this.evaluate(fn, ...args)) ?? undefined, options, String(fn));
  }
}

class PuppeteerPage extends PuppeteerScope implements EnginePage {
  readonly engine = 'firefox' as const;

  constructor(readonly page: Page) {
    super(page);
  }

  async goto(url: string) {
    await this.page.goto(url);
  }

  async url() {
    return this.page.url();
  }

  async frame(address: RegExp, options: WaitOptions = {}) {
    const frame = await poll(
      async () => this.page.frames().find((candidate) => address.test(candidate.url())),
      options,
      `a frame at ${address}`,
    );
    return new PuppeteerScope(frame);
  }

  async screenshot() {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }

  async close() {
    await this.page.close();
  }
}

async function launchFirefox(): Promise<EngineBrowser> {
  const browser: Browser = await puppeteer.launch(firefoxLaunchOptions());
  let first = true;
  return {
    name: 'firefox',
    async newPage(options = {}) {
      // The first page is the window's own tab; another device is a context (cookies) and a window of
      // its own, so that neither page is a hidden background tab.
      const page = first
        ? await browser.newPage()
        : await (await browser.createBrowserContext()).newPage({ type: 'window' });
      first = false;
      if (options.userAgent) await page.setUserAgent({ userAgent: options.userAgent });
      if (options.viewport) await page.setViewport(options.viewport);
      return new PuppeteerPage(page);
    },
    close: () => browser.close(),
  };
}

type Driver = WebdriverIO.Browser;
type ElementReference = Record<string, string>;
const isElement = (value: unknown): value is ElementReference =>
  typeof value === 'object' && value !== null && Object.keys(value).some((key) => key.startsWith('element-'));

/** WebKit: a WebDriver session, at its top document or inside one of its frames. */
class WebDriverScope implements Scope {
  constructor(
    protected readonly driver: Driver,
    /** Finds the frame's element again from the top (frames are entered afresh for each call). */
    private readonly enter: () => Promise<void> = async () => {},
  ) {}

  protected async run<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.enter();
    return (await this.driver.executeScript(script, args as never[])) as T;
  }

  async #element(selector: string, options: WaitOptions = {}): Promise<ElementReference> {
    return poll(
      async () => {
        const found = await this.run<unknown>(
          `const element = (${FIND})(arguments[0]); return (${SHOWN})(element) ? element : null;`,
          [selector],
        );
        return isElement(found) ? found : undefined;
      },
      options,
      selector,
    );
  }

  static idOf(element: ElementReference): string {
    return Object.values(element)[0] as string;
  }

  async click(selector: string, options?: WaitOptions) {
    const element = await this.#element(selector, options);
    // In the middle of the window first: WebKitWebDriver's own scrolling leaves a control in a frame
    // below the fold where its click lands on nothing.
    await this.run(`arguments[0].scrollIntoView({ block: 'center' });`, [element]);
    await this.driver.elementClick(WebDriverScope.idOf(element));
  }

  async fill(selector: string, value: string, options?: WaitOptions) {
    const element = await this.#element(selector, options);
    await this.driver.elementClear(WebDriverScope.idOf(element));
    await this.driver.elementSendKeys(WebDriverScope.idOf(element), value);
  }

  async text(selector: string, options?: WaitOptions) {
    await this.#element(selector, options);
    const text = await this.run<string>(`return (${FIND})(arguments[0]).textContent || '';`, [selector]);
    return text.replace(/\s+/g, ' ').trim();
  }

  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T> {
    return this.run<T>(`var args = arguments[0]; ${callBody(fn)}`, [args]);
  }

  waitFor<T>(fn: PageFunction<T>, args: unknown[] = [], options: WaitOptions = {}): Promise<NonNullable<T>> {
    return poll(async () => (await this.evaluate(fn, ...args)) ?? undefined, options, String(fn));
  }
}

class WebDriverPage extends WebDriverScope implements EnginePage {
  readonly engine = 'webkit' as const;

  constructor(
    driver: Driver,
    private readonly stop: () => Promise<void>,
  ) {
    super(driver, async () => {
      await driver.switchFrame(null);
    });
  }

  async goto(url: string) {
    await this.driver.navigateTo(url);
  }

  async url() {
    return this.driver.getUrl();
  }

  async frame(address: RegExp, options: WaitOptions = {}) {
    const find = `return [...document.querySelectorAll('*')].flatMap((e) => e.shadowRoot ? [...e.shadowRoot.querySelectorAll('iframe')] : [])
      .concat([...document.querySelectorAll('iframe')]).find((frame) => new RegExp(arguments[0], arguments[1]).test(frame.src)) || null;`;
    const locate = async () => {
      await this.driver.switchFrame(null);
      const found = await this.driver.executeScript(find, [address.source, address.flags]);
      return isElement(found) ? found : undefined;
    };
    await poll(locate, options, `a frame at ${address}`);
    return new WebDriverScope(this.driver, async () => {
      const element = await locate();
      if (!element) throw new Error(`the frame at ${address} is gone`);
      await this.driver.executeScript(`arguments[0].scrollIntoView({ block: 'nearest' });`, [element]);
      await this.driver.switchFrame(element as unknown as WebdriverIO.Element);
    });
  }

  async screenshot() {
    await this.driver.switchFrame(null);
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }

  async close() {
    await this.stop();
  }
}

async function launchWebKit(): Promise<EngineBrowser> {
  const open = new Set<() => Promise<void>>();
  return {
    name: 'webkit',
    // Each page is a MiniBrowser of its own (its own driver, cookies and user agent): WebKitWebDriver
    // holds one session at a time.
    async newPage(options = {}) {
      const started = await startWebKitDriver();
      const capabilities = started.options.capabilities;
      const browserOptions = capabilities['webkitgtk:browserOptions'];
      if (options.userAgent)
        browserOptions.args = [...browserOptions.args, `--user-agent=${options.userAgent}`];
      let driver: Driver;
      try {
        driver = await remote(started.options);
      } catch (error) {
        await started.stop();
        throw error;
      }
      const stop = async () => {
        open.delete(stop);
        await driver.deleteSession().catch(() => undefined);
        await started.stop();
      };
      open.add(stop);
      if (options.viewport) {
        const [innerWidth, innerHeight] = (await driver.executeScript(
          'return [window.innerWidth, window.innerHeight]',
          [],
        )) as [number, number];
        const window = await driver.getWindowSize();
        await driver.setWindowSize(
          options.viewport.width + window.width - innerWidth,
          options.viewport.height + window.height - innerHeight,
        );
      }
      return new WebDriverPage(driver, stop);
    },
    async close() {
      await Promise.all([...open].map((stop) => stop()));
    },
  };
}

/** Starts an engine from the system (test/support/engines.mjs says how to install what is missing). */
export function launchEngine(name: EngineName): Promise<EngineBrowser> {
  return name === 'firefox' ? launchFirefox() : launchWebKit();
}

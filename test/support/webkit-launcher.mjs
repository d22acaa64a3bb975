// web-test-runner's launcher for WebKit: MiniBrowser through WebKitWebDriver (test/support/engines.mjs
// starts the driver with the run and stops it after), and the commands classic WebDriver lacks.
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKitDriver } from './engines.mjs';

export class WebKitLauncher extends WebdriverLauncher {
  #driver;

  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
  }

  async initialize(config, testFiles) {
    this.#driver = await startWebKitDriver();
    Object.assign(this.options, this.#driver.options);
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    await this.#driver?.stop();
  }

  /**
   * Sizes the window so that the page's viewport is `width` × `height` (the files run one at a time,
   * each the window's top page). Throws when the window cannot get that narrow.
   */
  async setViewport({ width, height }) {
    const driver = this.driver;
    const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
    const window = await driver.getWindowSize();
    const [innerWidth, innerHeight] = await inner();
    await driver.setWindowSize(width + window.width - innerWidth, height + window.height - innerHeight);
    const [gotWidth, gotHeight] = await inner();
    if (gotWidth !== width || gotHeight !== height) {
      throw new Error(`WebKit's viewport became ${gotWidth} × ${gotHeight}, not ${width} × ${height}`);
    }
  }
}

/**
 * The commands test/support/engine.ts sends the WebKit launcher: `set-window-viewport`, and
 * `webdriver-keys` (keys pressed as one sequence, modifiers held until the end: `['Shift', 'Tab']`).
 */
export function webkitCommands() {
  const commands = {
    'set-window-viewport': (browser, payload) => browser.setViewport(payload),
    'webdriver-keys': (browser, payload) => browser.driver.keys(payload),
  };
  return {
    name: 'webkit-commands',
    async executeCommand({ command, payload, session }) {
      if (!Object.hasOwn(commands, command)) return undefined;
      if (!(session.browser instanceof WebKitLauncher)) throw new Error(`${command}: WebKit only`);
      await commands[command](session.browser, payload);
      return true;
    },
  };
}

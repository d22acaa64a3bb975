import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './test/support/browser.mjs';
import { firefoxLaunchOptions, wantedEngines } from './test/support/engines.mjs';
import { esmFromCommonJs } from './test/support/esm-from-cjs.mjs';
import { httpFixtures } from './test/support/http-fixtures.mjs';
import { WebKitLauncher, webkitCommands } from './test/support/webkit-launcher.mjs';

/**
 * The engines (TEST_ENGINES=firefox,webkit picks some; all three by default), each with the pages it
 * runs at once. Chromium two. Firefox one: a second page would be a background tab (hidden, its
 * timers throttled) or a second window, which takes the keyboard focus from the first. WebKit one:
 * its launcher runs files side by side only in iframes of one page, where dialogs, focus and the
 * viewport are not the page's own.
 */
const launchers = {
  chromium: () =>
    playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions(), concurrency: 2 }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: firefoxLaunchOptions(),
      // The page's tab in front: a background tab is hidden (polls pause) and its timers throttled.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.bringToFront();
        return page;
      },
      concurrency: 1,
    }),
  webkit: () => new WebKitLauncher(),
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  middleware: [
    httpFixtures(),
    // msw's worker must be served at the page's scope; `msw init public` put it in public/.
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') context.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  // What a launcher without its own setting runs at once: WebKit's, one file at a time (above).
  concurrency: 1,
  plugins: [
    webkitCommands(),
    esmFromCommonJs({
      '/node_modules/qrcode/lib/core/qrcode.js': ['create'],
      '/node_modules/jsqr/dist/jsQR.js': [],
    }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // Server-side rendering with @lit-labs/ssr, for the SSR tests (ssrFixture).
    litSsrPlugin({ workerInitModules: ['./test/support/ssr-worker-init.mjs'] }),
  ],
  browsers: wantedEngines().map((name) => launchers[name]()),
  testFramework: { config: { timeout: 30_000 } },
  // A file of WebKit on a busy 2-core machine can take minutes; a hang still ends.
  testsFinishTimeout: 300_000,
  browserStartTimeout: 120_000,
};

import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './test/support/browser.mjs';
import { esmFromCommonJs } from './test/support/esm-from-cjs.mjs';
import { httpFixtures } from './test/support/http-fixtures.mjs';

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
  concurrency: 2,
  plugins: [
    esmFromCommonJs({
      '/node_modules/qrcode/lib/core/qrcode.js': ['create'],
      '/node_modules/jsqr/dist/jsQR.js': [],
    }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // Server-side rendering with @lit-labs/ssr, for the SSR tests (ssrFixture).
    litSsrPlugin({ workerInitModules: ['./test/support/ssr-worker-init.mjs'] }),
  ],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions() })],
  testFramework: { config: { timeout: 30_000 } },
  testsFinishTimeout: 180_000,
};

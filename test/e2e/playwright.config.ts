import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.mjs';

/** The demo on the sandbox; a second one whose QR codes live 17 s, for the refresh test. */
export const DEMO = 'http://localhost:3210';
export const SHORT_QR_DEMO = 'http://localhost:3211';
/** A demo of its own for the fault tests, so that injected faults reach no other test. */
export const FAULTS_DEMO = 'http://localhost:3212';
/** A React 19 app using yoti-elements/react, served by Vite, its /yoti routes proxied to DEMO. */
export const REACT_APP = 'http://localhost:3213';
/** The demo behind a TLS-terminating proxy the proxy test starts in front of it (trustProxy). */
export const PROXIED_DEMO = 'http://localhost:3214';
/** A site whose page calls the helper of another origin (HELPER_SITE), across origins with CORS. */
export const CROSS_SITE = 'http://localhost:3215';
export const HELPER_SITE = 'http://localhost:3216';
/**
 * A demo whose sandbox has a known address and application key, so that a test scripts its outcomes
 * with Yoti's @getyoti/sdk-sandbox, as a team scripts Yoti's hosted sandbox.
 */
export const SCRIPTED_DEMO = 'http://localhost:3217';
// Made once by the runner; its workers and the demo inherit the path.
const keyFile = process.env.E2E_SANDBOX_KEY_FILE ?? sandboxKeyFile();
process.env.E2E_SANDBOX_KEY_FILE = keyFile;
export const SCRIPTED_SANDBOX = {
  idvApiUrl: 'http://127.0.0.1:3290/idverify/v1',
  clientSdkId: 'e2e-scripted-application',
  keyFile,
};
/** The built Storybook (npm test builds it first). */
export const STORYBOOK = 'http://localhost:6006';

function sandboxKeyFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'yoti-e2e-')), 'sandbox-key.pem');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(file, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  return file;
}

const server = (port: number, env: Record<string, string> = {}) => ({
  command: 'node --import tsx demo/server.ts',
  cwd: '../..',
  url: `http://localhost:${port}/`,
  env: { PORT: String(port), ...env },
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
});

/**
 * Which specs run: `journeys` (`npm test`) every spec but the stories', `stories` (`npm run
 * test:stories`) every story of the built Storybook alone (test/e2e/stories.spec.ts, the longest by
 * far); unset, all of them.
 */
const suite = process.env.E2E_SUITE;
const STORIES = /stories\.spec\.ts$/;

export default defineConfig({
  testDir: '.',
  ...(suite === 'journeys' ? { testIgnore: STORIES } : suite === 'stories' ? { testMatch: STORIES } : {}),
  outputDir: '../../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: DEMO,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: [
    server(3210),
    server(3211, { SANDBOX_QR_TTL: '17' }),
    server(3212),
    { ...server(3213), command: 'npx vite --config test/react/vite.config.ts' },
    server(3214, { TRUST_PROXY: '1' }),
    server(3215, { YOTI_ENDPOINT: 'http://localhost:3216/yoti' }),
    server(3216, { ALLOWED_ORIGINS: 'http://localhost:3215' }),
    server(3217, {
      SANDBOX_PORT: new URL(SCRIPTED_SANDBOX.idvApiUrl).port,
      SANDBOX_CLIENT_SDK_ID: SCRIPTED_SANDBOX.clientSdkId,
      SANDBOX_KEY_FILE_PATH: SCRIPTED_SANDBOX.keyFile,
    }),
    { ...server(6006), command: 'node test/support/serve-static.mjs storybook-static 6006' },
  ],
});

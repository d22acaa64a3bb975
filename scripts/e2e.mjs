// `npm run test:e2e`: the Playwright end-to-end tests of the demo (which loads the single-file builds)
// and the React app; `npm run test:stories` (`node scripts/e2e.mjs stories`): every story of the
// built Storybook, a suite of its own as it alone takes longer than the rest of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const suite = process.argv[2] === 'stories' ? 'stories' : 'journeys';

for (const [file, mode] of [
  ['dist/yoti-elements.min.js', 'single'],
  ['dist/yoti-elements-admin.min.js', 'single-admin'],
]) {
  if (!existsSync(file))
    spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
}
if (suite === 'stories' && !existsSync('storybook-static/index.json'))
  spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
const { status } = spawnSync('npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, E2E_SUITE: suite },
});
process.exit(status ?? 1);

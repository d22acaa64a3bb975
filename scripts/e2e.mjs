// `npm run test:e2e`: the Playwright end-to-end tests: the demo (which loads the single-file builds),
// the React app, and every story of the built Storybook.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

for (const [file, mode] of [
  ['dist/yoti-elements.min.js', 'single'],
  ['dist/yoti-elements-admin.min.js', 'single-admin'],
]) {
  if (!existsSync(file))
    spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
}
if (!existsSync('storybook-static/index.json'))
  spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
const { status } = spawnSync('npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], {
  stdio: 'inherit',
});
process.exit(status ?? 1);

// `npm run test:frameworks`: real framework apps, each installed from the packed package as a user
// installs it (test/frameworks): Express, Fastify, Hono, Next.js, SvelteKit, Vue, Angular (SSR). Slower than
// `npm test` (each app's npm install and build), so a script of its own; .ci/run runs both.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A fresh pack and fresh apps every run.
rmSync(join(tmpdir(), 'yoti-elements-frameworks'), { recursive: true, force: true });
const started = Date.now();
const { status } = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    'test/frameworks/backends.test.ts',
    'test/frameworks/next.test.ts',
    'test/frameworks/sveltekit.test.ts',
    'test/frameworks/vue.test.ts',
    'test/frameworks/angular.test.ts',
  ],
  { stdio: 'inherit' },
);
console.log(`\nframework apps: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(status ?? 1);

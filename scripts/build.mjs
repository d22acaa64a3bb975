// `npm run build`: the browser entries, the Node entries, the single-file build, then type
// declarations for every entry (dist/types).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const mode of ['browser', 'node', 'single', 'single-admin'])
  run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// custom-elements.json, from the JSDoc on the element classes.
run('npm', ['run', '--silent', 'analyze']);
// The sandbox's pages are static files read beside its module.
cpSync('src/sandbox/pages', 'dist/node/pages', { recursive: true });

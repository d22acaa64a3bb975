// `npm run build`: the browser entries, the Node entries, the single-file build, then type
// declarations for every entry (dist/types).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const mode of ['browser', 'node', 'single', 'single-admin'])
  run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// custom-elements.json, from the JSDoc on the element classes.
run('npm', ['run', '--silent', 'analyze']);
// The sandbox's pages are static files read beside its module.
cpSync('src/sandbox/pages', 'dist/node/pages', { recursive: true });
// The framework declarations (React 19 JSX, Vue, Svelte) are declarations only: copied beside the
// props they read, with an empty module for a runtime import of their entry.
for (const name of ['react', 'vue', 'svelte'])
  cpSync(`src/frameworks/${name}.d.ts`, `dist/types/frameworks/${name}.d.ts`);
// yoti-elements/angular: Angular's partial declarations, written by hand (no Angular compiler here).
cpSync('src/angular/angular.js', 'dist/browser/angular.js');
cpSync('src/angular/angular.d.ts', 'dist/types/angular/angular.d.ts');
mkdirSync('dist/frameworks', { recursive: true });
writeFileSync('dist/frameworks/types-only.js', '// Types only: see dist/types/frameworks.\nexport {};\n');

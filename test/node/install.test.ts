// A front-end install, as a user makes it (issue 26): the packed package installed into a fresh
// app brings what the tags need and no server SDK (yoti, protobufjs, node-forge, redis, pg are optional
// peers); the server entry, without the yoti SDK, fails at once saying what to install; the
// sandbox needs no SDK at all. Prints the install's package count and size.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const SERVER_ONLY = ['yoti', 'protobufjs', 'node-forge', 'redis', '@redis/client', 'pg'];

/** Every package under node_modules (scoped ones counted one by one), and the bytes they hold. */
function packages(dir: string): { names: string[]; bytes: number } {
  const names: string[] = [];
  const root = join(dir, 'node_modules');
  for (const entry of readdirSync(root)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@'))
      for (const scoped of readdirSync(join(root, entry))) names.push(`${entry}/${scoped}`);
    else names.push(entry);
  }
  const size = (path: string): number => {
    const stat = statSync(path);
    return stat.isDirectory()
      ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0)
      : stat.size;
  };
  return { names, bytes: size(root) };
}

describe('a front-end install of the packed package', () => {
  let app: string;
  before(() => {
    app = mkdtempSync(join(tmpdir(), 'yoti-elements-install-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], {
        encoding: 'utf8',
      }),
    )[0].filename as string;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'front-end-app', private: true, type: 'module' }),
    );
    execFileSync(
      'npm',
      [
        'install',
        `./${packed}`,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
      ],
      { cwd: app, stdio: 'pipe', timeout: 120_000 },
    );
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  /** Runs `script` as an ES module in the app, as the app's own code would; returns what it printed. */
  const runInApp = (script: string) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
  /** What importing `entry` in the app says: "loaded", or the error's message. */
  const importIn = (entry: string) =>
    runInApp(`import('${entry}').then(() => console.log('loaded'), (error) => console.log(error.message))`);

  it('brings the tags and their libraries, and no server SDK', () => {
    const { names, bytes } = packages(app);
    console.log(`install: ${names.length} packages, ${(bytes / 1e6).toFixed(1)} MB`);
    for (const name of SERVER_ONLY) assert.ok(!names.includes(name), `${name} is not installed`);
    for (const name of ['lit', '@lit/task', 'qrcode', '@floating-ui/dom', 'yoti-elements'])
      assert.ok(names.includes(name), name);
    // qrcode, the encoder the stack names (a dependency, though its encoder is bundled into ours as
    // ES modules), brings its command line's yargs tree: 29 of these 43 packages, 1.4 MB.
    assert.ok(names.length <= 45, `${names.length} packages`);
    // 9.5 MB before the sixteen languages (issue 31): each in the module build and beside the single
    // files, with their source maps, about 1.2 MB of the package's own 3.5 MB.
    assert.ok(bytes <= 11e6, `${(bytes / 1e6).toFixed(1)} MB`);
  });

  it('the server entry, without the yoti SDK, fails at once saying what to install', () => {
    assert.match(
      importIn('yoti-elements/server'),
      /yoti-elements\/server needs yoti \(an optional peer dependency\): npm install yoti@\^4/,
    );
  });

  it('the Redis store, without redis, fails at once saying what to install', () => {
    assert.match(
      importIn('yoti-elements/server/redis'),
      /yoti-elements\/server\/redis needs redis \(an optional peer dependency\): npm install redis@\^6/,
    );
  });

  it('the Postgres records, without pg, fail at once saying what to install', () => {
    assert.match(
      importIn('yoti-elements/server/postgres'),
      /yoti-elements\/server\/postgres needs pg \(an optional peer dependency\): npm install pg@\^8/,
    );
  });

  it('the sandbox runs without the SDK', () => {
    const script =
      "const { startSandbox } = await import('yoti-elements/sandbox'); const s = await startSandbox(); console.log(s.idvApiUrl); await s.close();";
    assert.match(runInApp(script), /^http:\/\/127\.0\.0\.1:\d+\/idverify\/v1/);
  });
});

// Real framework apps, installed as a user installs them (issue 26): the packed package and the
// framework from the registry into a fresh folder, the app's code from test/frameworks/apps/<name>,
// built and started as its section of docs/frameworks.md says, then driven in Chromium against a local sandbox.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { type Browser, chromium } from 'playwright';
import { type Sandbox, startSandbox } from 'yoti-elements/sandbox';
import { readQr } from '../e2e/support.js';
import { chromiumLaunchOptions } from '../support/browser.mjs';
import { freePort } from '../support/free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const work = join(tmpdir(), 'yoti-elements-frameworks');

/** The package as npm packs it, built first, once per run. */
export function packed(): string {
  const marker = join(work, 'packed.txt');
  if (existsSync(marker)) return readFileSync(marker, 'utf8');
  mkdirSync(work, { recursive: true });
  run('npm', ['run', '--silent', 'build'], root);
  const [{ filename }] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  ) as [{ filename: string }];
  const tarball = join(work, filename);
  writeFileSync(marker, tarball);
  return tarball;
}

// What a command printed, without the colours some tools add when the environment asks for them (a
// CI with FORCE_COLOR set colours svelte-check's file names), so the tests read words, not escapes.
const printed = (...parts: (string | undefined)[]) =>
  stripVTControlCharacters(parts.map((part) => part ?? '').join(''));

const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  try {
    return printed(
      execFileSync(command, args, {
        cwd,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, ...env },
        timeout: 600_000,
      }),
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${printed(stdout, '\n', stderr)}`);
  }
};

/**
 * A fresh app: the template's files, the shared options module and plain page, and `npm install` of its
 * package.json with yoti-elements from the packed tarball. Prints how long the install took.
 */
export function makeApp(name: string): string {
  const dir = join(work, name);
  cpSync(join(here, 'apps', name), dir, { recursive: true });
  for (const shared of ['yoti-options.mjs', 'yoti-options.d.mts', 'page.html'])
    cpSync(join(here, 'apps', 'shared', shared), join(dir, shared));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies = { ...pkg.dependencies, 'yoti-elements': `file:${packed()}` };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const started = Date.now();
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  console.log(`${name}: npm install ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}

/** Runs a command in the app (a build, a type check); throws with its output when it fails. */
export const inApp = (dir: string, command: string, args: string[], env?: Record<string, string>) =>
  run(command, args, dir, env);

/** Runs a command that must fail (a type check of a wrong prop); returns what it printed. */
function failsInApp(dir: string, command: string, args: string[]): string {
  try {
    execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe', timeout: 300_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return printed(stdout, stderr);
  }
  throw new Error(`${command} ${args.join(' ')} passed in ${dir}, but should have failed`);
}

/**
 * Writes `contents` to the app's `file` (a wrong prop for a type check), runs `command`, which must
 * fail on it, and returns what it printed; the file is put back as it was (or removed) either way.
 */
export function failsWithFile(
  dir: string,
  file: string,
  contents: string,
  command: string,
  args: string[],
): string {
  const path = join(dir, file);
  const original = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, contents);
  try {
    return failsInApp(dir, command, args);
  } finally {
    if (original === undefined) rmSync(path);
    else writeFileSync(path, original);
  }
}

export { freePort };

/** The sandbox's credentials and addresses, as the apps read them. */
export const sandboxEnv = (sandbox: Sandbox): Record<string, string> => ({
  YOTI_CLIENT_SDK_ID: sandbox.clientSdkId,
  YOTI_KEY_PEM: sandbox.privateKey,
  YOTI_SHARE_API_URL: sandbox.shareApiUrl,
  YOTI_IDV_API_URL: sandbox.idvApiUrl,
});

export { type Sandbox, startSandbox };

export interface RunningApp {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the app's server and waits until `url` answers (at most 60 s). */
export async function startApp(
  dir: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  url: string,
): Promise<RunningApp> {
  const child: ChildProcess = spawn(command, args, {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited:\n${output}`);
    try {
      if ((await fetch(url)).status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${url} did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}

let browser: Browser | undefined;
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/**
 * The journey every app must carry: the page (rendered by the framework) shows the button; a click
 * opens the overlay with a QR code; the sandbox's phone app scans it and Allows; the app's own
 * yoti-success handler shows the receipt. Then the helper's IDV routes answer through the
 * framework too. No console error on the way.
 */
export async function shareJourney(app: RunningApp, sandbox: Sandbox, screenshot?: string) {
  browser ??= await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Use Yoti' }).click();
    await page.getByRole('dialog', { name: 'Framework Shop' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    const uri = await readQr(qr);
    assert.match(
      uri ?? '',
      /^http:\/\/127\.0\.0\.1:\d+\/app\/qr\//,
      'the QR code decodes to the sandbox app link',
    );
    const { receiptId } = sandbox.allowShare(uri as string);
    await page.getByText(`Receipt: ${receiptId}`).waitFor({ timeout: 15_000 });
    if (screenshot) await page.screenshot({ path: screenshot });
    const idv = await page.evaluate(async () => {
      const created = await fetch('/yoti/idv-sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const session = (await created.json()) as { sessionId: string; iframeUrl: string };
      const read = await fetch(`/yoti/idv-sessions/${session.sessionId}`);
      return {
        created: created.status,
        iframeUrl: session.iframeUrl,
        read: read.status,
        state: (await read.json()).state,
      };
    });
    assert.equal(idv.created, 201);
    assert.match(idv.iframeUrl, /^http:\/\/127\.0\.0\.1:\d+\/idverify\/v1\/web\/index\.html\?sessionID=/);
    assert.deepEqual([idv.read, idv.state], [200, 'ONGOING']);
    assert.deepEqual(problems, [], 'no console errors');
  } finally {
    await page.close();
  }
}

/** The suite's sandbox: started before its tests, closed after them (with the browser). */
export function useSandbox(): () => Sandbox {
  let sandbox: Sandbox | undefined;
  before(async () => {
    sandbox = await startSandbox({ idvProcessingMs: 0 });
  });
  after(async () => {
    await closeBrowser();
    await sandbox?.close();
  });
  return () => sandbox as Sandbox;
}

/**
 * Starts the built app (`command args` with the sandbox's settings and `env`), checks that the page
 * the framework's server renders holds the tag, runs the share journey, and that the server printed
 * no error; stops it.
 */
export async function servesJourney(
  sandbox: Sandbox,
  dir: string,
  command: string,
  args: (port: number) => string[],
  env: (port: number) => Record<string, string> = () => ({}),
) {
  const port = await freePort();
  const app = await startApp(
    dir,
    command,
    args(port),
    { ...sandboxEnv(sandbox), PORT: String(port), ...env(port) },
    `http://127.0.0.1:${port}/`,
  );
  try {
    const html = await (await fetch(app.url)).text();
    assert.ok(html.includes('<yoti-share-button'), "the tag is in the framework's server-rendered HTML");
    await shareJourney(app, sandbox);
    assert.doesNotMatch(app.output(), /error/i, app.output());
  } finally {
    await app.stop();
  }
}

// What the tests' servers (redis-server, sentinels, PostgreSQL) share: started as child processes
// that say plainly what to install when their program is missing, and that never outlive the test
// process — each is killed, and each temp dir removed, when the process exits, whichever way it ends.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const running = new Set();
const dirs = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A temp dir removed when the process exits (or earlier by `removeDir`). */
export function tempDir(name) {
  const dir = mkdtempSync(join(tmpdir(), name));
  dirs.add(dir);
  return dir;
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/**
 * Spawns `command` with `args` (as `user`, {uid, gid}, when given); resolves the child once
 * `ready()` says it answers (polled every 50 ms for up to `waitMs`). A missing program fails with
 * what to install (`install`: the Debian packages that bring it).
 */
export async function startServer(command, args, { install, user, ready, waitMs = 10_000, env }) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  running.add(child);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  child.once('exit', () => running.delete(child));
  const failed = new Promise((_, reject) => {
    child.once('error', (error) =>
      reject(
        new Error(
          `${command} is needed here and could not be started (${error.message}). Install it: apt-get install -y ${install}`,
        ),
      ),
    );
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) at start: ${stderr.trim()}`)));
  });
  failed.catch(() => undefined);
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    if (await Promise.race([ready(), failed])) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`${command} did not answer within ${waitMs} ms: ${stderr.trim()}`);
}

/** Stops `child` with `signal` and resolves once it has exited. */
export async function stopServer(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill(signal);
  });
}

/** Whether a Redis (or a sentinel) answers PING on loopback `port`. */
export function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(String(data).startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

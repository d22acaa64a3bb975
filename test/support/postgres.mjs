// A real PostgreSQL for the tests and the bench: Debian's server binaries (initdb, postgres) on a data
// dir in /tmp and a free loopback port, run as the `postgres` user when the tests run as root
// (PostgreSQL refuses to run as root), with pg_trgm available. Fails saying what to install when
// PostgreSQL or its contrib extensions are missing; never skips.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.mjs';
import { removeDir, startServer, stopServer, tempDir } from './servers.mjs';

const run = promisify(execFile);
const INSTALL = 'postgresql postgresql-contrib';

/** The newest installed PostgreSQL's bin dir (Debian keeps each major version apart). */
function binDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      `PostgreSQL is needed here and was not found (no ${root}/*/bin/initdb). Install it: apt-get install -y ${INSTALL}`,
    );
  const dir = join(root, versions[0], 'bin');
  if (!existsSync(join('/usr/share/postgresql', versions[0], 'extension', 'pg_trgm.control')))
    throw new Error(
      `PostgreSQL's pg_trgm extension is needed here. Install it: apt-get install -y ${INSTALL}`,
    );
  return dir;
}

/** Who runs PostgreSQL: the `postgres` user when we are root, else ourselves. */
async function runAs() {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    throw new Error(
      `PostgreSQL cannot run as root and there is no postgres user. Install it: apt-get install -y ${INSTALL}`,
    );
  }
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Starts PostgreSQL on a free loopback port (trust authentication, user `postgres`, database
 * `yoti`); resolves its connection string, stop() (a fast shutdown), start() (again, same data),
 * sql(text) (runs one statement with psql) and close() (stops it and removes its data).
 */
export async function startPostgres() {
  const bin = binDir();
  const user = await runAs();
  const port = await freePort();
  const dir = tempDir('yoti-postgres-');
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  await run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    { ...asUser, cwd: dir },
  );
  let child;
  let ready = false;
  const start = async () => {
    child = await startServer(
      join(bin, 'postgres'),
      [
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
      ],
      { install: INSTALL, user, ready: () => accepts(port), waitMs: 30_000 },
    );
    // Accepting TCP is not accepting queries yet (it may still be starting up).
    for (let i = 0; i < 200; i += 1) {
      if (
        await psql('SELECT 1', 'postgres').then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const psql = async (text, database = 'yoti') =>
    (
      await run(
        join(bin, 'psql'),
        ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-AtX', '-c', text],
        { ...asUser, cwd: dir },
      )
    ).stdout.trim();
  const stop = async () => {
    const running = child;
    child = undefined;
    await stopServer(running, 'SIGINT');
  };
  try {
    await start();
    await psql('CREATE DATABASE yoti', 'postgres');
    ready = true;
  } finally {
    if (!ready) {
      await stop();
      removeDir(dir);
    }
  }
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/yoti`,
    port,
    sql: psql,
    stop,
    start,
    close: async () => {
      await stop();
      removeDir(dir);
    },
  };
}

// A real Redis for the tests and the bench that need one: Debian's redis-server started on a free
// port, with its data kept on disk (so a restart keeps it, as a production Redis does). What needs
// Redis fails loudly when none can be started; it never skips.
import { freePort } from './free-port.mjs';
import { redisAnswers, removeDir, startServer, stopServer, tempDir } from './servers.mjs';

/** redis-server on `port`, its data in `dir`, with `extra` arguments; resolves the child process. */
export function redisServer(port, dir, extra = []) {
  return startServer(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...extra],
    { install: 'redis-server', ready: () => redisAnswers(port) },
  );
}

/** Starts redis-server on a free loopback port; resolves its URL and stop/start/close. */
export async function startRedis() {
  const port = await freePort();
  const dir = tempDir('yoti-redis-');
  let child;
  const start = async () => {
    child = await redisServer(port, dir, ['--appendonly', 'yes']);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    await stopServer(running);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    close: async () => {
      await stop();
      removeDir(dir);
    },
  };
}

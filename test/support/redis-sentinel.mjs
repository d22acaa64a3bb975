// A real Sentinel-managed Redis for the tests: a primary, its replica and three sentinels
// (`redis-server F --sentinel`, Debian's redis-server) on free loopback ports. The primary can be
// killed: the sentinels agree it is down and promote the replica, as in production.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';
import { redisServer } from './redis.mjs';
import { cli, replicated } from './redis-cluster.mjs';
import { redisAnswers, removeDir, startServer, stopServer, tempDir } from './servers.mjs';

const NAME = 'yoti-primary';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The primary's port as sentinel `port` names it now. */
async function primaryPort(port) {
  const answer = await cli(port, 'SENTINEL', 'get-master-addr-by-name', NAME).catch(() => '');
  return Number(answer.split('\n')[1]) || undefined;
}

/**
 * Starts a primary, a replica of it and three sentinels watching it (quorum 2, down after
 * `downAfterMs`); resolves the options for createSentinel, the primary's and replica's ports,
 * failover() and close().
 */
export async function startRedisSentinel({ downAfterMs = 1000 } = {}) {
  const dir = tempDir('yoti-redis-sentinel-');
  const [primary, replica] = [await freePort(), await freePort()];
  const sentinelPorts = [await freePort(), await freePort(), await freePort()];
  const children = [];
  const close = async () => {
    await Promise.all(children.map((child) => stopServer(child, 'SIGKILL')));
    removeDir(dir);
  };
  try {
    // A replica's first sync starts at once (Redis waits 5 s by default for more replicas).
    const sync = ['--repl-diskless-sync-delay', '0'];
    children.push(
      await redisServer(primary, dir, ['--dbfilename', 'primary.rdb', '--appendonly', 'no', ...sync]),
    );
    children.push(
      await redisServer(replica, dir, [
        '--dbfilename',
        'replica.rdb',
        '--appendonly',
        'no',
        '--replicaof',
        '127.0.0.1',
        String(primary),
      ]),
    );
    for (const port of sentinelPorts) {
      const config = join(dir, `sentinel-${port}.conf`);
      writeFileSync(
        config,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `sentinel monitor ${NAME} 127.0.0.1 ${primary} 2`,
          `sentinel down-after-milliseconds ${NAME} ${downAfterMs}`,
          `sentinel failover-timeout ${NAME} 10000`,
          `sentinel parallel-syncs ${NAME} 1`,
          '',
        ].join('\n'),
      );
      children.push(
        await startServer('redis-server', [config, '--sentinel'], {
          install: 'redis-server',
          ready: () => redisAnswers(port),
        }),
      );
    }
    // Ready once every sentinel knows the replica (it learns it from the primary) and each other.
    for (const port of sentinelPorts) {
      for (let i = 0; ; i += 1) {
        const replicas = await cli(port, 'SENTINEL', 'replicas', NAME).catch(() => '');
        const sentinels = await cli(port, 'SENTINEL', 'sentinels', NAME).catch(() => '');
        if (replicas.includes(String(replica)) && sentinels.split('\nname\n').length >= 2) break;
        if (i > 300) throw new Error('the sentinels did not find the replica within 30 s');
        await sleep(100);
      }
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    name: NAME,
    sentinelRootNodes: sentinelPorts.map((port) => ({ host: '127.0.0.1', port })),
    primary,
    replica,
    /**
     * Kills the primary once its replica has every write (replication is asynchronous: a crash
     * before that loses the last writes, which is Redis's behaviour, not the store's); resolves
     * once the sentinels have promoted the replica.
     */
    failover: async () => {
      await replicated([primary, replica]);
      await stopServer(children[0], 'SIGKILL');
      for (let i = 0; ; i += 1) {
        if ((await primaryPort(sentinelPorts[0])) === replica) return;
        if (i > 300) throw new Error('the sentinels did not promote the replica within 30 s');
        await sleep(100);
      }
    },
    close,
  };
}

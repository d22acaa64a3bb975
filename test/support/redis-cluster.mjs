// A real Redis Cluster for the tests and the bench: Debian's redis-server with cluster mode on, three
// primaries (and, when asked, a replica for each) on free loopback ports, joined by
// `redis-cli --cluster create`. Nodes can be killed (a primary's replica takes over, or its slots go
// dark) and a slot moved from one primary to another, as a cluster's operator would.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from './free-port.mjs';
import { redisServer } from './redis.mjs';
import { removeDir, stopServer, tempDir } from './servers.mjs';

const run = promisify(execFile);

/** redis-cli against loopback `port`; resolves its output. */
export async function cli(port, ...args) {
  try {
    const { stdout } = await run('redis-cli', ['-p', String(port), ...args], { timeout: 30_000 });
    return stdout.trim();
  } catch (error) {
    if (error.code === 'ENOENT')
      throw new Error(
        'redis-cli is needed here (Redis Cluster). Install it: apt-get install -y redis-server',
      );
    throw error;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each node as CLUSTER NODES tells it: id, port, role, the primary's id, slots held. */
async function nodesSeenBy(port) {
  return (await cli(port, 'CLUSTER', 'NODES')).split('\n').map((line) => {
    const [id, address, flags, primary, , , , link, ...slots] = line.split(' ');
    return {
      id,
      port: Number(address.split(':')[1].split('@')[0]),
      primary: flags.includes('master') && !flags.includes('fail'),
      failed: flags.includes('fail'),
      primaryId: primary === '-' ? undefined : primary,
      connected: link === 'connected',
      slots,
    };
  });
}

/**
 * Starts a cluster of `primaries` (3) primaries with `replicas` (0) replicas each; `nodeTimeoutMs`
 * is how soon a silent primary counts as failed (its replica then takes over). Resolves its root
 * nodes (for createCluster), its nodes, and the means to break and mend it.
 */
export async function startRedisCluster({ primaries = 3, replicas = 0, nodeTimeoutMs = 1000 } = {}) {
  const dir = tempDir('yoti-redis-cluster-');
  const ports = [];
  for (let i = 0; i < primaries * (1 + replicas); i += 1) ports.push(await freePort());
  const children = new Map();
  const startNode = async (port) => {
    children.set(
      port,
      await redisServer(port, dir, [
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--cluster-node-timeout',
        String(nodeTimeoutMs),
        '--dbfilename',
        `dump-${port}.rdb`,
        '--appendonly',
        'no',
        // A replica's first sync starts at once (Redis waits 5 s by default for more replicas).
        '--repl-diskless-sync-delay',
        '0',
      ]),
    );
  };
  const close = async () => {
    await Promise.all([...children.values()].map((child) => stopServer(child, 'SIGKILL')));
    children.clear();
    removeDir(dir);
  };
  try {
    await Promise.all(ports.map(startNode));
    await cli(
      ports[0],
      '--cluster',
      'create',
      ...ports.map((port) => `127.0.0.1:${port}`),
      '--cluster-replicas',
      String(replicas),
      '--cluster-yes',
    );
    await waitUntilOk(ports);
  } catch (error) {
    await close();
    throw error;
  }

  /** The primary that holds `key`'s slot now, as the live nodes see it. */
  const ownerOf = async (key) => {
    const live = ports.filter((port) => children.get(port)?.exitCode === null);
    const slot = Number(await cli(live[0], 'CLUSTER', 'KEYSLOT', key));
    const nodes = await nodesSeenBy(live[0]);
    const owner = nodes.find(
      (node) =>
        node.primary &&
        node.slots.some((range) => {
          const [from, to = from] = range.split('-').map(Number);
          return slot >= from && slot <= to;
        }),
    );
    return { slot, port: owner?.port, id: owner?.id, nodes };
  };

  return {
    rootNodes: ports.slice(0, primaries).map((port) => ({ url: `redis://127.0.0.1:${port}` })),
    ports,
    ownerOf,
    /** Resolves once every replica has every write its primary has (replication is asynchronous). */
    replicated: () => replicated(ports.filter((port) => children.get(port)?.exitCode === null)),
    /** Kills the node on `port` at once (no shutdown), as a crash does. */
    kill: async (port) => {
      await stopServer(children.get(port), 'SIGKILL');
      children.delete(port);
    },
    /** Starts the node on `port` again (it rejoins with its config file). */
    restart: async (port) => {
      await startNode(port);
    },
    /** Resolves once the live nodes agree the cluster is whole (every slot served). */
    waitUntilOk: () => waitUntilOk(ports.filter((port) => children.get(port)?.exitCode === null)),
    /** Moves the slot of `key` (and its keys) to the primary on `toPort`, as `redis-cli --cluster reshard` does. */
    moveSlotOf: async (key, toPort) => {
      const { slot, port: from, id: fromId, nodes } = await ownerOf(key);
      const to = nodes.find((node) => node.port === toPort);
      if (!to || from === toPort) throw new Error(`moveSlotOf: no primary to move slot ${slot} to`);
      await cli(toPort, 'CLUSTER', 'SETSLOT', String(slot), 'IMPORTING', fromId);
      await cli(from, 'CLUSTER', 'SETSLOT', String(slot), 'MIGRATING', to.id);
      for (;;) {
        const keys = (await cli(from, 'CLUSTER', 'GETKEYSINSLOT', String(slot), '100'))
          .split('\n')
          .filter(Boolean);
        if (keys.length === 0) break;
        await cli(from, 'MIGRATE', '127.0.0.1', String(toPort), '', '0', '5000', 'KEYS', ...keys);
      }
      for (const port of ports.filter((each) => children.get(each)?.exitCode === null))
        await cli(port, 'CLUSTER', 'SETSLOT', String(slot), 'NODE', to.id);
      return { slot, from, to: toPort };
    },
    close,
  };
}

async function waitUntilOk(ports, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    const states = await Promise.all(
      ports.map((port) => cli(port, 'CLUSTER', 'INFO').catch(() => 'cluster_state:unknown')),
    );
    // Whole once every node says ok and every replica has its primary's data (else it cannot take over).
    const links = await Promise.all(
      ports.map((port) => cli(port, 'INFO', 'replication').catch(() => 'role:unknown')),
    );
    const synced = links.every(
      (info) => info.includes('role:master') || info.includes('master_link_status:up'),
    );
    if (synced && states.every((state) => state.includes('cluster_state:ok'))) return;
    if (Date.now() > until) throw new Error(`the Redis Cluster on ${ports.join(', ')} did not become ok`);
    await sleep(100);
  }
}

/** Resolves once each replica among `ports` has reached its primary's replication offset. */
export async function replicated(ports, ms = 10_000) {
  const until = Date.now() + ms;
  const field = (info, name) => Number(info.match(new RegExp(`^${name}:(\\d+)`, 'm'))?.[1] ?? -1);
  for (;;) {
    const infos = await Promise.all(
      ports.map(async (port) => ({ port, info: await cli(port, 'INFO', 'replication') })),
    );
    const lagging = infos.filter(({ info }) => {
      if (!info.includes('role:slave')) return false;
      const primary = infos.find(({ port }) => port === field(info, 'master_port'));
      return (
        primary !== undefined && field(info, 'master_repl_offset') < field(primary.info, 'master_repl_offset')
      );
    });
    if (lagging.length === 0) return;
    if (Date.now() > until)
      throw new Error(`replicas on ${lagging.map(({ port }) => port)} did not catch up`);
    await sleep(50);
  }
}

/**
 * The Redis store's connection, whichever Redis it is: one server (`url`), a Redis Cluster
 * (`cluster`, node-redis createCluster: it follows MOVED and ASK and finds a failed primary's
 * replica) or a Sentinel-managed primary (`sentinel`, createSentinel: it follows the failover).
 * The store sees the same commands on each; this module says where it is connected, turns
 * failures into errors that name their cause, and tells when Redis is back after an outage.
 */
import { connect as tcp } from 'node:net';
import { StoreUnavailableError } from '../core/errors.js';
import { createClient, createCluster, createSentinel } from './redis-client.js';
import { scripts } from './redis-scripts.js';
import { type RedisWhere, shown } from './redis-where.js';

export { checkWhere, type RedisWhere } from './redis-where.js';

type Listener = (message: string, channel: string) => void;

/** The commands the store uses, the same on a client, a cluster and a sentinel (node-redis's names). */
export interface RedisCommands {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options: { EX: number }): Promise<unknown>;
  exists(key: string): Promise<number>;
  hGetAll(key: string): Promise<Record<string, string>>;
  hSet(key: string, fields: Record<string, string>): Promise<number>;
  hSetNX(key: string, field: string, value: string): Promise<unknown>;
  expireAt(key: string, at: number): Promise<unknown>;
  lRange(key: string, start: number, stop: number): Promise<string[]>;
  zRange(
    key: string,
    min: string | Buffer,
    max: string | Buffer,
    options: { BY: 'LEX'; REV?: true; LIMIT: { offset: number; count: number } },
  ): Promise<string[]>;
  zLexCount(key: string, min: string | Buffer, max: string | Buffer): Promise<number>;
  zRem(key: string, members: string[]): Promise<number>;
  xRange(
    key: string,
    start: string,
    end: string,
  ): Promise<Array<{ id: string; message: Record<string, string> }>>;
  xRevRange(
    key: string,
    start: string,
    end: string,
    options: { COUNT: number },
  ): Promise<Array<{ id: string; message: Record<string, string> }>>;
  sPublish(channel: string, message: string): Promise<number>;
  publishState(key: string, args: string[]): Promise<string | null>;
  countHit(key: string, args: string[]): Promise<[number, number]>;
  putRecord(keys: string[], args: string[]): Promise<Array<string | null>>;
  updateRecord(keys: string[], args: string[]): Promise<[Array<string | null>, string[], string[]] | null>;
  deleteRecord(keys: string[], args: string[]): Promise<Array<string | null>>;
  reindexRecord(keys: string[], args: string[]): Promise<boolean>;
}

/** Sharded pub/sub: on a cluster each channel lives on the node that owns its slot. */
export interface RedisSubscriber {
  sSubscribe(channel: string, listener: Listener): Promise<unknown>;
  sUnsubscribe(channel: string, listener?: Listener): Promise<unknown>;
}

export interface RedisLink {
  commands: RedisCommands;
  subscriber: RedisSubscriber;
  /** Where the store is connected, for messages (no password). */
  where: string;
  /** Resolves once connected; rejects with a StoreUnavailableError that says why. */
  connect(): Promise<void>;
  /** Calls `listener` each time Redis is back after an outage (its connections ready again). */
  onRecovered(listener: () => void): void;
  close(): Promise<void>;
}

interface Emitter {
  on(event: string, listener: (...args: never[]) => void): unknown;
  once(event: string, listener: (...args: never[]) => void): unknown;
  connect(): Promise<unknown>;
  close(): Promise<unknown>;
  destroy(): unknown;
  isReady: boolean;
}

/** How long a connection attempt waits, ms; and at start, how often it is tried before the store says Redis is unreachable. */
const CONNECT_TIMEOUT_MS = 2000;
const START_RETRIES = 2;
/** The longest a start may take (a Sentinel retries on its own for ever, even with its primary gone). */
const START_MS = 20_000;

/** Resolves when some of `nodes` accepts a TCP connection; rejects with the first refusal when none does. */
async function anyAnswers(nodes: Array<{ host: string; port: number }>): Promise<void> {
  const tries = nodes.map(
    ({ host, port }) =>
      new Promise<void>((resolve, reject) => {
        const socket = tcp({ host, port, timeout: CONNECT_TIMEOUT_MS });
        socket.once('connect', () => {
          socket.destroy();
          resolve();
        });
        socket.once('timeout', () => {
          socket.destroy();
          reject(new Error(`${host}:${port}: no answer within ${CONNECT_TIMEOUT_MS} ms`));
        });
        socket.once('error', (error) => reject(new Error(`${host}:${port}: ${error.message}`)));
      }),
  );
  try {
    await Promise.any(tries);
  } catch {
    await Promise.all(tries);
  }
}

/** Connects to `where`; errors go to `report`. */
export function redisLink(where: RedisWhere, report: (error: Error) => void): RedisLink {
  let connectedOnce = false;
  // Reconnects for as long as it takes once it has been connected; gives up at start.
  const reconnectStrategy = (retries: number, cause: Error) =>
    connectedOnce ? Math.min(100 * 2 ** retries, 2000) : retries >= START_RETRIES ? cause : 200;
  // Commands fail at once while Redis is away (the helper answers 503) rather than queueing.
  const node = {
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy },
  };
  // node-redis times a command out only while it waits to be written, with a timer per command that
  // lives its whole length however soon the answer comes: the store times each step itself instead
  // (redis-store.ts), so node-redis's is off.
  const commandOptions = { timeout: 0 };
  const recovered = new Set<() => void>();
  const tellRecovered = () => {
    if (connectedOnce) for (const listener of recovered) listener();
  };
  let parts: {
    commands: Emitter;
    subscriber: Emitter;
    where: string;
    option: string;
    watch: () => void;
    /** What is checked first, to fail at once rather than after START_MS. */
    reachable?: () => Promise<void>;
  };
  if (where.url !== undefined) {
    const client = createClient({
      url: where.url,
      scripts,
      commandOptions,
      ...node,
    }) as unknown as Emitter & {
      duplicate(): Emitter;
    };
    const subscriber = client.duplicate();
    parts = {
      commands: client,
      subscriber,
      where: `Redis at ${shown(where.url)}`,
      option: 'the url (REDIS_URL)',
      watch: () =>
        subscriber.on('ready', () => {
          if (client.isReady) tellRecovered();
          else client.once('ready', tellRecovered);
        }),
    };
  } else if (where.cluster) {
    const cluster = createCluster({
      rootNodes: where.cluster.rootNodes.map(({ url }) => ({ url })),
      scripts,
      commandOptions,
      defaults: node,
      // A primary that stops answering is looked for elsewhere soon (its replica may have taken over).
      topologyRefreshOnReconnectionAttemptStrategy: 500,
    }) as unknown as Emitter;
    // A node that comes up is news only after one went away: the cluster also connects to a node
    // the first time it needs it (a shard's pub/sub), which is no recovery.
    let outage = false;
    cluster.on('node-error', (error: never) => {
      outage = true;
      report(error);
    });
    cluster.on('node-reconnecting', () => {
      outage = true;
    });
    parts = {
      commands: cluster,
      subscriber: cluster,
      where: `the Redis Cluster at ${where.cluster.rootNodes.map(({ url }) => shown(url)).join(', ')}`,
      option: 'cluster.rootNodes',
      watch: () =>
        cluster.on('node-ready', () => {
          if (!outage) return;
          outage = false;
          tellRecovered();
        }),
    };
  } else {
    const { name, sentinelRootNodes, username, password, sentinelPassword } = where.sentinel as NonNullable<
      RedisWhere['sentinel']
    >;
    const sentinel = createSentinel({
      name,
      sentinelRootNodes,
      scripts,
      commandOptions,
      nodeClientOptions: { ...node, ...(username ? { username } : {}), ...(password ? { password } : {}) },
      sentinelClientOptions: {
        socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy },
        ...(sentinelPassword ? { password: sentinelPassword } : {}),
      },
    }) as unknown as Emitter;
    parts = {
      commands: sentinel,
      subscriber: sentinel,
      where: `the Sentinel primary "${name}" via ${sentinelRootNodes.map((n) => `${n.host}:${n.port}`).join(', ')}`,
      option: 'sentinel (its name and sentinelRootNodes)',
      // No sentinel answering at all is said at once: the client itself would try for ever.
      reachable: () => anyAnswers(sentinelRootNodes),
      watch: () =>
        sentinel.on('topology-change', (event: never) => {
          if ((event as { type?: string }).type === 'MASTER_CHANGE') tellRecovered();
        }),
    };
  }
  const { commands, subscriber } = parts;
  const connections = commands === subscriber ? [commands] : [commands, subscriber];
  let closing = false;
  for (const connection of connections)
    connection.on('error', (error: never) => {
      // Closing disconnects every client on purpose: nothing to tell.
      if (!closing) report(error);
    });

  return {
    commands: commands as unknown as RedisCommands,
    subscriber: subscriber as unknown as RedisSubscriber,
    where: parts.where,
    connect: async () => {
      try {
        await parts.reachable?.();
        // A Sentinel whose primary cannot be found retries on its own for ever: at start, the store says so instead.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${START_MS / 1000} s`)), START_MS);
        });
        try {
          await Promise.race([Promise.all(connections.map((connection) => connection.connect())), late]);
        } finally {
          clearTimeout(timer);
        }
      } catch (error) {
        closing = true;
        for (const connection of connections) connection.destroy();
        const reason = error instanceof Error ? error.message || error.name : String(error);
        throw new StoreUnavailableError(
          `redisStore: cannot reach ${parts.where} (${reason}). Is it running, and is ${parts.option} right?`,
          { cause: error },
        );
      }
      connectedOnce = true;
      parts.watch();
    },
    onRecovered: (listener) => {
      recovered.add(listener);
    },
    close: async () => {
      closing = true;
      await Promise.allSettled(connections.map((connection) => connection.close()));
    },
  };
}

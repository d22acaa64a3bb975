// The three Redis deployments the store runs on, for tests that hold each to the same contract:
// one redis-server, a 3-primary Redis Cluster, a primary + replica watched by 3 sentinels. Each
// starts real servers (test/support/redis*.mjs) and gives the store's options for it, and a plain
// node-redis connection to it for what a test does behind the store's back (a foreign message).
import { createClient, createCluster, createSentinel } from 'redis';
import type { RedisWhere } from '../../src/server/store/redis-connection.js';
import { startRedis } from './redis.mjs';
import { startRedisCluster } from './redis-cluster.mjs';
import { startRedisSentinel } from './redis-sentinel.mjs';

export interface RedisBackend {
  /** What redisStore takes to reach it: `url`, `cluster` or `sentinel`. */
  where: RedisWhere;
  /** Publishes `message` on shard channel `channel`, as another program could. */
  sPublish(channel: string, message: string): Promise<void>;
  close(): Promise<void>;
}

type Raw = { sPublish(channel: string, message: string): Promise<unknown>; close(): Promise<unknown> };

async function withRaw(where: RedisWhere, raw: Raw, close: () => Promise<void>): Promise<RedisBackend> {
  return {
    where,
    sPublish: async (channel, message) => {
      await raw.sPublish(channel, message);
    },
    close: async () => {
      await raw.close().catch(() => undefined);
      await close();
    },
  };
}

export const REDIS_BACKENDS: Array<{ name: string; start(): Promise<RedisBackend> }> = [
  {
    name: 'Redis',
    start: async () => {
      const redis = await startRedis();
      const raw = await createClient({ url: redis.url }).connect();
      return withRaw({ url: redis.url }, raw, redis.close);
    },
  },
  {
    name: 'Redis Cluster',
    start: async () => {
      const cluster = await startRedisCluster();
      const raw = await createCluster({ rootNodes: cluster.rootNodes }).connect();
      return withRaw({ cluster: { rootNodes: cluster.rootNodes } }, raw, cluster.close);
    },
  },
  {
    name: 'Redis Sentinel',
    start: async () => {
      const sentinel = await startRedisSentinel();
      const { name, sentinelRootNodes } = sentinel;
      const raw = await createSentinel({ name, sentinelRootNodes }).connect();
      return withRaw({ sentinel: { name, sentinelRootNodes } }, raw, sentinel.close);
    },
  },
];

/** Where the store's Redis is, as redisStore takes it, and the checks of it made at once. */

/** Where the store's Redis is: exactly one of `url`, `cluster`, `sentinel`. */
export interface RedisWhere {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS: one Redis server. */
  url?: string;
  /** A Redis Cluster: a few of its nodes (`redis://…` URLs, credentials in them); it finds the rest. */
  cluster?: { rootNodes: Array<{ url: string }> };
  /** A primary watched by Redis Sentinel: its name and a few sentinels (`password`: the primary's). */
  sentinel?: {
    name: string;
    sentinelRootNodes: Array<{ host: string; port: number }>;
    username?: string;
    password?: string;
    sentinelPassword?: string;
  };
}

/** A Redis URL with its password hidden, for messages. */
export function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'an unreadable url';
  }
}

const isUrl = (value: unknown) => typeof value === 'string' && /^rediss?:\/\//.test(value);

/** Checks that exactly one of url, cluster and sentinel is given, each well formed; throws a TypeError naming the option. */
export function checkWhere(where: RedisWhere): void {
  const given = (['url', 'cluster', 'sentinel'] as const).filter((name) => where?.[name] !== undefined);
  if (given.length !== 1)
    throw new TypeError(
      'redisStore: give one of `url` (a redis:// URL, REDIS_URL), `cluster` ({rootNodes: [{url}]}) or `sentinel` ({name, sentinelRootNodes: [{host, port}]})',
    );
  if (given[0] === 'url' && !isUrl(where.url))
    throw new TypeError('redisStore: `url` should be a redis:// or rediss:// URL (REDIS_URL)');
  const nodes = where.cluster?.rootNodes;
  if (
    given[0] === 'cluster' &&
    !(Array.isArray(nodes) && nodes.length > 0 && nodes.every((n) => isUrl(n?.url)))
  )
    throw new TypeError('redisStore: `cluster.rootNodes` should be a list of {url: "redis://host:port"}');
  const sentinel = where.sentinel;
  const valid = (node: { host?: unknown; port?: unknown }) =>
    typeof node?.host === 'string' && Number.isInteger(node.port);
  if (
    given[0] === 'sentinel' &&
    !(
      typeof sentinel?.name === 'string' &&
      Array.isArray(sentinel.sentinelRootNodes) &&
      sentinel.sentinelRootNodes.length > 0 &&
      sentinel.sentinelRootNodes.every(valid)
    )
  )
    throw new TypeError('redisStore: `sentinel` should be {name, sentinelRootNodes: [{host, port}, …]}');
}

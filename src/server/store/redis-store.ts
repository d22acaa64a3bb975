/**
 * yoti-elements/server/redis: the helper's store on Redis, so that any number of helper instances
 * behind a load balancer serve any browser: bindings, counters and each session's states (a Redis
 * Stream, read back with Last-Event-ID) are shared; a state published on one instance reaches the
 * streams of every other (pub/sub). Needs the `redis` package (an optional peer dependency).
 *
 *   import { redisStore } from 'yoti-elements/server/redis';
 *   const store = redisStore({ url: process.env.REDIS_URL });
 *   await store.ready; // a clear error when Redis cannot be reached
 *   const yoti = createYotiHandler({ ...options, store });
 */
import type { CommandParser } from 'redis';
import { StoreUnavailableError } from '../core/errors.js';
import type { YotiRecords } from './records.js';
import { createClient, defineScript } from './redis-client.js';
import { redisRecords, updateRecord } from './redis-records.js';
import type { SessionKind, SessionRecord, StatusEvent, StatusUpdate, YotiStore } from './store.js';

export { StoreUnavailableError };

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
  url: string;
  /** Put before every key, so that several applications can share one Redis. Default `yoti-elements:`. */
  prefix?: string;
  /** How many states a session's stream keeps. Default 100. */
  logLength?: number;
  /** Where connection problems are told. Default: console.warn, once per outage. */
  onError?: (error: Error) => void;
}

export interface RedisStore extends YotiStore {
  /** The back office's records and links, kept until deleted. */
  readonly records: YotiRecords;
  /** Resolves once connected; rejects with a clear error when Redis cannot be reached at start. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Appends a state to a session's stream when it is new and not behind the latest (a late or
 * duplicate read changes nothing), keeps the stream to its length and life, and tells every
 * instance: all in one step, so two instances publishing at once cannot interleave. Sent once and
 * then run by its SHA (node-redis's defineScript: EVALSHA, falling back to EVAL when Redis lost it).
 */
const publishState = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if #last > 0 then
  local fields = last[1][2]
  local data, progress, terminal
  for i = 1, #fields, 2 do
    if fields[i] == 'data' then data = fields[i + 1]
    elseif fields[i] == 'progress' then progress = tonumber(fields[i + 1])
    elseif fields[i] == 'terminal' then terminal = fields[i + 1] end
  end
  if terminal == '1' or tonumber(ARGV[2]) < progress or data == ARGV[1] then return false end
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'data', ARGV[1], 'progress', ARGV[2], 'terminal', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('PUBLISH', ARGV[6], cjson.encode({ key = ARGV[7], id = id, data = ARGV[1], terminal = ARGV[3] }))
return id`,
  parseCommand(parser: CommandParser, key: string, args: string[]) {
    parser.pushKey(key);
    parser.push(...args);
  },
  transformReply: (reply: unknown) => (typeof reply === 'string' ? reply : null),
});

/** A Redis URL with its password hidden, for messages. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'an unreadable url';
  }
}

const streamId = /^\d{1,20}-\d{1,20}$/;

/** The helper's store on Redis (see the module's comment). */
export function redisStore(options: RedisStoreOptions): RedisStore {
  if (typeof options?.url !== 'string' || !/^rediss?:\/\//.test(options.url)) {
    throw new TypeError('redisStore: `url` should be a redis:// or rediss:// URL (REDIS_URL)');
  }
  const prefix = options.prefix ?? 'yoti-elements:';
  const logLength = options.logLength ?? 100;
  const channel = `${prefix}events`;
  let connectedOnce = false;
  let warned = false;
  const report =
    options.onError ??
    ((error: Error) => {
      if (warned) return;
      warned = true;
      console.warn(`yoti-elements/server/redis: ${error.message}`);
    });

  const client = createClient({
    url: options.url,
    scripts: { publishState, updateRecord },
    // Commands fail at once while Redis is away (the helper answers 503) rather than queueing.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      // Reconnects for as long as it takes once it has been connected; gives up at start.
      reconnectStrategy: (retries, cause) =>
        connectedOnce ? Math.min(100 * 2 ** retries, 2000) : retries >= 2 ? cause : 200,
    },
  });
  const subscriber = client.duplicate();
  const reconnectListeners = new Set<() => void>();
  for (const connection of [client, subscriber]) {
    connection.on('error', (error: Error) => report(error));
    connection.on('ready', () => {
      warned = false;
    });
  }

  /** Followers on this instance, by `kind:id`, and the last event each key was told. */
  const followers = new Map<string, { listeners: Set<(event: StatusEvent) => void>; lastId?: string }>();
  const tell = (key: string, event: StatusEvent) => {
    const entry = followers.get(key);
    if (!entry) return;
    entry.lastId = event.id;
    for (const listener of entry.listeners) listener(event);
  };

  const keyOf = (kind: SessionKind, id: string) => `${kind}:${id}`;
  const logKey = (key: string) => `${prefix}log:${key}`;

  async function range(key: string, afterId?: string): Promise<StatusEvent[]> {
    const start = afterId && streamId.test(afterId) ? `(${afterId}` : '-';
    const entries = (await client.xRange(logKey(key), start, '+')) ?? [];
    return entries.map((entry) => ({
      id: entry.id,
      data: String(entry.message.data),
      terminal: String(entry.message.terminal) === '1',
    }));
  }

  /** What pub/sub did not deliver while the subscriber was away, read back from each stream. */
  async function catchUp(): Promise<void> {
    for (const [key, entry] of followers) {
      for (const event of await range(key, entry.lastId)) tell(key, event);
    }
  }

  const ready = (async () => {
    try {
      await client.connect();
      await subscriber.connect();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(
        `redisStore: cannot reach Redis at ${shown(options.url)} (${reason}). Is it running, and is the url (REDIS_URL) right?`,
      );
    }
    connectedOnce = true;
    await subscriber.subscribe(channel, (message) => {
      let event: { key?: unknown; id?: unknown; data?: unknown; terminal?: unknown };
      try {
        event = JSON.parse(message);
      } catch {
        return; // Not one of ours (another program on the channel): nothing to tell.
      }
      const { key, id, data, terminal } = event;
      if (typeof key === 'string' && typeof id === 'string' && typeof data === 'string') {
        tell(key, { id, data, terminal: terminal === '1' });
      }
    });
    // Back after an outage: what pub/sub missed is read back, then the helper is told (it reads
    // from Yoti the sessions it streams, in case a webhook could not be published meanwhile).
    const recovered = () => {
      void catchUp()
        .catch((error: Error) => report(error))
        .finally(() => {
          for (const listener of reconnectListeners) listener();
        });
    };
    subscriber.on('ready', () => {
      if (client.isReady) recovered();
      else client.once('ready', recovered);
    });
  })();
  // A failed start is reported by whoever awaits `ready` (or by the first request), not as an unhandled rejection.
  ready.catch(() => undefined);

  /** Runs a command once connected, turning Redis being away into StoreUnavailableError. */
  async function command<T>(run: () => Promise<T>): Promise<T> {
    await ready;
    try {
      return await run();
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(
        `redisStore: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  return {
    ready,
    records: redisRecords({
      client: client as unknown as Parameters<typeof redisRecords>[0]['client'],
      subscriber: subscriber as unknown as Parameters<typeof redisRecords>[0]['subscriber'],
      prefix,
      command,
    }),
    putSession: (kind, id, record, ttlSeconds) =>
      command(async () => {
        await client.set(`${prefix}session:${keyOf(kind, id)}`, JSON.stringify(record), { EX: ttlSeconds });
      }),
    getSession: (kind, id) =>
      command(async () => {
        const text = await client.get(`${prefix}session:${keyOf(kind, id)}`);
        return text === null ? undefined : (JSON.parse(text) as SessionRecord);
      }),
    hit: (key, windowSeconds) =>
      command(async () => {
        const counter = `${prefix}rate:${key}`;
        const [count, , ttl] = (await client
          .multi()
          .incr(counter)
          .expire(counter, windowSeconds, 'NX')
          .ttl(counter)
          .exec()) as unknown as [number, number, number];
        return { count, resetInSeconds: Math.max(1, ttl) };
      }),
    publish: (kind, id, update: StatusUpdate, ttlSeconds) =>
      command(async () => {
        const key = keyOf(kind, id);
        const eventId = await client.publishState(logKey(key), [
          update.data,
          String(update.progress),
          update.terminal ? '1' : '0',
          String(logLength),
          String(ttlSeconds),
          channel,
          key,
        ]);
        return eventId === null ? undefined : { id: eventId, data: update.data, terminal: update.terminal };
      }),
    events: (kind, id, afterId) => command(() => range(keyOf(kind, id), afterId)),
    follow: async (kind, id, listener) => {
      const key = keyOf(kind, id);
      // What this follower could have read already: a catch-up after an outage starts after it.
      if (!followers.has(key)) {
        const [latest] = (await command(() => client.xRevRange(logKey(key), '+', '-', { COUNT: 1 }))) ?? [];
        // Another follower of the key may have come meanwhile: both share its entry.
        if (!followers.has(key)) followers.set(key, { listeners: new Set(), lastId: latest?.id });
      }
      const entry = followers.get(key) as NonNullable<ReturnType<typeof followers.get>>;
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0 && followers.get(key) === entry) followers.delete(key);
      };
    },
    onReconnect: (listener) => {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    close: async () => {
      await Promise.allSettled([client.close(), subscriber.close()]);
    },
  };
}

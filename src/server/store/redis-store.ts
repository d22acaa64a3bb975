/**
 * yoti-elements/server/redis: the helper's store on Redis, so that any number of helper instances
 * behind a load balancer serve any browser: bindings, counters and each session's states (a Redis
 * Stream, read back with Last-Event-ID) are shared; a state published on one instance reaches the
 * streams of every other that follows the session (sharded pub/sub). One Redis, a Redis Cluster or
 * a Sentinel-managed primary (docs/stores.md). Needs the `redis` package (an optional peer).
 *
 *   import { redisStore } from 'yoti-elements/server/redis';
 *   const store = redisStore({ url: process.env.REDIS_URL });
 *   await store.ready; // a clear error when Redis cannot be reached
 *   const yoti = createYotiHandler({ ...options, store });
 */
import { StoreUnavailableError } from '../core/errors.js';
import { outageWarnings } from './outage-warnings.js';
import type { YotiRecords } from './records.js';
import { checkWhere, type RedisWhere, redisLink } from './redis-connection.js';
import { RedisFollowers } from './redis-followers.js';
import { redisRecords } from './redis-records.js';
import type { SessionKind, SessionRecord, StatusEvent, StatusUpdate, YotiStore } from './store.js';

export { StoreUnavailableError };

export interface RedisStoreOptions extends RedisWhere {
  /**
   * Put before every key, so that several applications can share one Redis. Default
   * `yoti-elements:`. No braces: each session's keys carry a hash tag of their own (`{idv:…}`).
   */
  prefix?: string;
  /** How many states a session's stream keeps. Default 100. */
  logLength?: number;
  /**
   * How long a command may wait for Redis's answer before it fails (503 `store_unavailable`), ms;
   * 0 waits for ever. Default 10,000. The helper admits stream openings a few at a time
   * (`limits.streamOpeningsInFlight`), so a busy Redis answers slowly rather than not at all.
   */
  commandTimeoutMs?: number;
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

const streamId = /^\d{1,20}-\d{1,20}$/;
/** A step of the store that had no answer within commandTimeoutMs. */
class TimedOut extends Error {}
const DEFAULT_TIMEOUT_MS = 10_000;

function checkOptions(options: RedisStoreOptions): void {
  checkWhere(options);
  if (options.prefix !== undefined && (typeof options.prefix !== 'string' || /[{}]/.test(options.prefix)))
    throw new TypeError(
      'redisStore: `prefix` should be text without braces (keys carry hash tags of their own)',
    );
  const timeout = options.commandTimeoutMs;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 0))
    throw new TypeError('redisStore: `commandTimeoutMs` should be a whole number of ms (0: no timeout)');
}

/** The helper's store on Redis (see the module's comment). */
export function redisStore(options: RedisStoreOptions): RedisStore {
  checkOptions(options);
  const prefix = options.prefix ?? 'yoti-elements:';
  const logLength = options.logLength ?? 100;
  const timeoutMs = options.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { report, recovered } = outageWarnings('redis', options.onError);
  const link = redisLink(options, report);
  const { commands: redis, subscriber } = link;
  const reconnectListeners = new Set<() => void>();

  /** Every key of one session shares its hash tag: a script over them runs on the one node that owns them. */
  const tagOf = (key: string) => `${prefix}{${key}}`;
  const keyOf = (kind: SessionKind, id: string) => `${kind}:${id}`;
  const logKey = (key: string) => `${tagOf(key)}:log`;

  async function range(key: string, afterId?: string): Promise<StatusEvent[]> {
    const start = afterId && streamId.test(afterId) ? `(${afterId}` : '-';
    const entries = (await redis.xRange(logKey(key), start, '+')) ?? [];
    return entries.map((entry) => ({
      id: entry.id,
      data: String(entry.message.data),
      terminal: String(entry.message.terminal) === '1',
    }));
  }

  /** Why a command failed, in words: node-redis's timeout says nothing of itself. */
  const causeOf = (error: unknown) => {
    if (!(error instanceof Error)) return String(error);
    if (error instanceof TimedOut || error.constructor?.name === 'TimeoutError')
      return `no answer within ${timeoutMs} ms (commandTimeoutMs)`;
    return error.message || error.name;
  };

  const ready = link.connect();
  // A failed start is reported by whoever awaits `ready` (or by the first request), not as an unhandled rejection.
  ready.catch(() => undefined);

  /**
   * Runs a command once connected, turning Redis being away into StoreUnavailableError (with its
   * cause). node-redis times a command out only while it waits to be written; an answer that never
   * comes (a Redis stopped, or a network that drops packets) is timed here, whatever the step.
   */
  async function command<T>(run: () => Promise<T>): Promise<T> {
    await ready;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const running = run();
      if (timeoutMs === 0) return await running;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimedOut()), timeoutMs);
      });
      return await Promise.race([running, late]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(`redisStore: ${link.where}: ${causeOf(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  const followers = new RedisFollowers({
    commands: redis,
    subscriber,
    logKey,
    channelOf: (key) => `${tagOf(key)}:events`,
    range,
    report: (error) => report(error instanceof StoreUnavailableError ? error : new Error(causeOf(error))),
  });
  // Back after an outage: what pub/sub missed is read back, then the helper is told (it reads
  // from Yoti the sessions it streams, in case a webhook could not be published meanwhile).
  link.onRecovered(() => {
    recovered();
    void followers.recovered().finally(() => {
      for (const listener of reconnectListeners) listener();
    });
  });

  return {
    ready,
    records: redisRecords({ redis, subscriber, prefix, command }),
    putSession: (kind, id, record, ttlSeconds) =>
      command(async () => {
        await redis.set(`${tagOf(keyOf(kind, id))}:session`, JSON.stringify(record), { EX: ttlSeconds });
      }),
    getSession: (kind, id) =>
      command(async () => {
        const text = await redis.get(`${tagOf(keyOf(kind, id))}:session`);
        return text === null ? undefined : (JSON.parse(text) as SessionRecord);
      }),
    hit: (key, windowSeconds) =>
      command(async () => {
        const [count, ttl] = await redis.countHit(`${prefix}rate:${key}`, [String(windowSeconds)]);
        return { count: Number(count), resetInSeconds: Math.max(1, Number(ttl)) };
      }),
    publish: (kind, id, update: StatusUpdate, ttlSeconds) =>
      command(async () => {
        const key = keyOf(kind, id);
        const eventId = await redis.publishState(logKey(key), [
          update.data,
          String(update.progress),
          update.terminal ? '1' : '0',
          String(logLength),
          String(ttlSeconds),
          `${tagOf(key)}:events`,
        ]);
        return eventId === null ? undefined : { id: eventId, data: update.data, terminal: update.terminal };
      }),
    events: (kind, id, afterId) => command(() => range(keyOf(kind, id), afterId)),
    follow: async (kind, id, listener) => {
      // A follow that times out must not start following once Redis answers after all.
      let late = false;
      try {
        return await command(() => followers.follow(keyOf(kind, id), listener, () => late));
      } catch (error) {
        late = true;
        throw error;
      }
    },
    onReconnect: (listener) => {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    close: async () => {
      followers.close();
      await link.close();
    },
  };
}

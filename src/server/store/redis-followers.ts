import type { RedisCommands, RedisSubscriber } from './redis-connection.js';
import type { StatusEvent } from './store.js';

/** What a session's shard channel carries: an entry of its log and the one before it. */
interface Told {
  id: string;
  prev: string;
  data: string;
  terminal: boolean;
}

const streamId = /^\d{1,20}-\d{1,20}$/;

/** A message from a session's channel, or undefined when it is not one of ours (null, not JSON, wrong types). */
function toldOf(message: string): Told | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, prev, data, terminal } = parsed as Record<string, unknown>;
  if (typeof id !== 'string' || !streamId.test(id) || typeof data !== 'string') return undefined;
  if (typeof prev !== 'string' || (prev !== '' && !streamId.test(prev))) return undefined;
  return { id, prev, data, terminal: terminal === '1' };
}

/** Whether stream entry `a` comes after `b` (IDs `ms-seq`). */
function after(a: string, b: string | undefined): boolean {
  if (b === undefined) return true;
  const [am, as] = a.split('-').map(BigInt) as [bigint, bigint];
  const [bm, bs] = b.split('-').map(BigInt) as [bigint, bigint];
  return am > bm || (am === bm && as > bs);
}

interface Entry {
  listeners: Set<(event: StatusEvent) => void>;
  /** The last entry of the log this instance told (or found there when it began to follow). */
  lastId?: string;
  /** Set once subscribed and the log's last entry is known; messages before wait in `early`. */
  ready: Promise<void>;
  early?: Told[];
  /** Each message and catch-up runs after the one before, so the log is told in order, each entry once. */
  queue: Promise<void>;
  /** When the log was last heard of or read (ms): a quiet one is read again now and then. */
  checkedAt: number;
  /** When a message last came for it (ms): a log that was moving lately is read again sooner. */
  heardAt: number;
  listener: (message: string) => void;
}

export interface FollowerParts {
  commands: RedisCommands;
  subscriber: RedisSubscriber;
  /** The key of a session's log, and of its channel, from `kind:id`. */
  logKey(key: string): string;
  channelOf(key: string): string;
  /** Reads the log after an entry, as the store's `events` does. */
  range(key: string, afterId?: string): Promise<StatusEvent[]>;
  report(error: Error): void;
}

/** How long after Redis comes back the logs are read again (beside at once): its subscriptions may take that long to move. */
const CATCH_UP_AGAIN_MS = [1000, 3000, 10_000];
/**
 * How long a followed log may stay quiet before it is read again: a subscription that moved with
 * its slot (a reshard, a failover: node-redis moves it on its own, with no event to say so) may
 * have missed a message meanwhile, and this bounds how late it comes. A log that had a message in
 * the last ACTIVE_MS (a session going through its states) is read after 5 quiet seconds, one that
 * has been still after 30.
 */
const QUIET_MS = 30_000;
const ACTIVE_QUIET_MS = 5_000;
const ACTIVE_MS = 120_000;

/**
 * The sessions this instance follows, each on its own shard channel (SSUBSCRIBE while anyone here
 * follows it: on a cluster, only the node that owns the session carries its messages, and only to
 * the instances that follow it). Every entry is told in the log's order, once: a message whose
 * `prev` is not the last entry told means one was missed (a failover, a slot moving, a
 * reconnection), and the log is read from the last one told instead; after an outage each followed
 * log is read again, a few times, while the subscriptions settle on their nodes.
 */
export class RedisFollowers {
  readonly #entries = new Map<string, Entry>();
  readonly #parts: FollowerParts;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;
  #sweep?: ReturnType<typeof setInterval>;

  constructor(parts: FollowerParts) {
    this.#parts = parts;
  }

  /**
   * Follows `key`'s log; resolves the function that stops. `gaveUp()` says the caller stopped
   * waiting meanwhile (its step timed out): then nothing is followed, and nothing is left behind.
   */
  async follow(
    key: string,
    listener: (event: StatusEvent) => void,
    gaveUp = () => false,
  ): Promise<() => void> {
    let entry = this.#entries.get(key);
    if (!entry) {
      const made: Entry = {
        listeners: new Set(),
        ready: Promise.resolve(),
        early: [],
        queue: Promise.resolve(),
        checkedAt: Date.now(),
        heardAt: 0,
        listener: (message) => this.#heard(made, key, message),
      };
      entry = made;
      this.#entries.set(key, made);
      this.#sweeping();
      made.ready = this.#start(key, made);
      made.ready.catch(() => {
        if (this.#entries.get(key) === made) this.#entries.delete(key);
      });
    }
    const followed = entry;
    await followed.ready;
    const stop = () => {
      followed.listeners.delete(listener);
      if (followed.listeners.size > 0 || this.#entries.get(key) !== followed) return;
      this.#entries.delete(key);
      if (this.#entries.size === 0) {
        clearInterval(this.#sweep);
        this.#sweep = undefined;
      }
      this.#parts.subscriber
        .sUnsubscribe(this.#parts.channelOf(key), followed.listener)
        .catch((error: Error) => {
          // The store closing drops every subscription anyway: nothing to tell.
          if (!this.#closed) this.#parts.report(error);
        });
    };
    if (gaveUp()) {
      stop();
      throw new Error('gave up following');
    }
    followed.listeners.add(listener);
    return stop;
  }

  /** Subscribes, then reads the log's last entry: whatever comes after it is told. */
  async #start(key: string, entry: Entry): Promise<void> {
    await this.#parts.subscriber.sSubscribe(this.#parts.channelOf(key), entry.listener);
    const [latest] = await this.#parts.commands.xRevRange(this.#parts.logKey(key), '+', '-', { COUNT: 1 });
    entry.lastId = latest?.id;
    const early = entry.early ?? [];
    entry.early = undefined;
    for (const told of early) this.#enqueue(entry, key, told);
  }

  #heard(entry: Entry, key: string, message: string): void {
    const told = toldOf(message);
    if (!told) return; // Not one of ours (another program on the channel): nothing to tell.
    entry.heardAt = Date.now();
    if (entry.early) entry.early.push(told);
    else this.#enqueue(entry, key, told);
  }

  #enqueue(entry: Entry, key: string, told?: Told): void {
    entry.checkedAt = Date.now();
    entry.queue = entry.queue
      .then(async () => {
        if (this.#entries.get(key) !== entry) return;
        if (told && !after(told.id, entry.lastId)) return;
        if (told && told.prev === (entry.lastId ?? '')) return this.#tell(entry, told);
        // Missed one (or catching up): the log says what came after the last entry told.
        for (const event of await this.#parts.range(key, entry.lastId))
          if (after(event.id, entry.lastId)) this.#tell(entry, event);
      })
      .catch((error: Error) => this.#parts.report(error));
  }

  #tell(entry: Entry, event: StatusEvent): void {
    entry.lastId = event.id;
    const { id, data, terminal } = event;
    for (const listener of entry.listeners) listener({ id, data, terminal });
  }

  /**
   * Redis is back: every followed log is read from its last entry told, now and again as the
   * subscriptions settle on their nodes; resolves once the first reading is done. A new outage's
   * recovery starts the series again.
   */
  recovered(): Promise<void> {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const ms of CATCH_UP_AGAIN_MS) {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        this.#catchUp();
      }, ms);
      timer.unref?.();
      this.#timers.add(timer);
    }
    this.#catchUp();
    return Promise.all([...this.#entries.values()].map((entry) => entry.queue)).then(() => undefined);
  }

  /** Reads the quiet logs again (see QUIET_MS) while anything is followed. */
  #sweeping(): void {
    if (this.#sweep || this.#closed) return;
    this.#sweep = setInterval(() => {
      if (this.#entries.size === 0) {
        clearInterval(this.#sweep);
        this.#sweep = undefined;
      }
      const now = Date.now();
      for (const [key, entry] of this.#entries) {
        const wait = now - entry.heardAt < ACTIVE_MS ? ACTIVE_QUIET_MS : QUIET_MS;
        if (!entry.early && now - entry.checkedAt >= wait) this.#enqueue(entry, key);
      }
    }, ACTIVE_QUIET_MS);
    this.#sweep.unref?.();
  }

  #catchUp(): void {
    for (const [key, entry] of this.#entries) if (!entry.early) this.#enqueue(entry, key);
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#sweep);
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#entries.clear();
  }
}

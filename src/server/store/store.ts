import { StoreFullError } from '../core/errors.js';
import { MemoryRecords } from './memory-records.js';
import type { YotiRecords } from './records.js';

/** The two kinds of Yoti session the helper makes. */
export type SessionKind = 'share' | 'idv';

/** How the share panel presents one share session: its own application and requested details. */
export interface SharePresentation {
  app: { name: string; logoUrl?: string; privacyPolicyUrl?: string; contactUrl?: string };
  wanted: Array<{ name: string; derivation?: string; optional: boolean }>;
  redirectUri: string;
}

/** What the helper remembers of a session it made, for as long as the session may be read. */
export interface SessionRecord {
  /** A keyed digest of the caller's identity (never the identity itself). */
  caller: string;
  /** Share sessions: how the panel presents this session. */
  share?: SharePresentation;
  /** Yoti notifies the helper about this session: its state can be streamed to the page. */
  live?: boolean;
  /** When the session expires (share) or its token runs out (IDV), ms since the epoch. */
  expiresAt?: number;
  /** Share sessions: the QR code shown now, given again while it has time left. */
  qrCode?: { id: string; uri: string; expiresAt: string };
  /** IDV sessions: the `manual_check` mode of each requested check that set one (its outcome waits for them). */
  manualChecks?: Record<string, string>;
}

/** One state of a session, as its event stream sends it. */
export interface StatusEvent {
  /** Opaque, and ordered within the session: what `Last-Event-ID` names. */
  id: string;
  /** The session's state as JSON: the same as its GET route answers. */
  data: string;
  /** The session has ended with this state: nothing comes after it. */
  terminal: boolean;
}

/**
 * A state to publish: its JSON, and how far along the session it is. A state is appended only
 * when it differs from the latest and is at least as far along, so that a duplicate or late
 * notification (read from Yoti before a newer one) changes nothing.
 */
export interface StatusUpdate {
  data: string;
  progress: number;
  /** The session has ended: nothing after this. */
  terminal: boolean;
}

/**
 * Where the helper keeps what it must share between requests and, with a shared store, between
 * helper instances: which caller started each session, how many sessions each caller has started
 * lately, and each session's states as an ordered log that streams read and follow. The default
 * lives in memory, in one process; `redisStore` from yoti-elements/server/redis serves many.
 */
export interface YotiStore {
  /** Remembers `record` for session `id` for `ttlSeconds`. */
  putSession(kind: SessionKind, id: string, record: SessionRecord, ttlSeconds: number): Promise<void>;
  getSession(kind: SessionKind, id: string): Promise<SessionRecord | undefined>;
  /**
   * Counts one event under `key` in a fixed window of `windowSeconds` that starts with the first;
   * resolves the count so far in the window (this one included) and the seconds until it ends.
   * Counting is atomic: concurrent hits never read the same count.
   */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetInSeconds: number }>;
  /**
   * Appends `update` to the session's log, atomically, when it is new and not behind the latest
   * (see StatusUpdate); resolves the appended event, or undefined when nothing changed. Every
   * follower of the session, on any instance sharing the store, is told.
   */
  publish(
    kind: SessionKind,
    id: string,
    update: StatusUpdate,
    ttlSeconds: number,
  ): Promise<StatusEvent | undefined>;
  /** The session's events after `afterId` (all of them without), oldest first. */
  events(kind: SessionKind, id: string, afterId?: string): Promise<StatusEvent[]>;
  /** Calls `listener` with each event appended to the session from now on, until the returned function is called. */
  follow(kind: SessionKind, id: string, listener: (event: StatusEvent) => void): Promise<() => void>;
  /**
   * Calls `listener` each time the store is reachable again after an outage (a shared store), so
   * that the helper reads what it may have missed meanwhile; returns the function that stops it.
   */
  onReconnect?(listener: () => void): () => void;
  /** The back office's records and links, when this store keeps them (the memory and Redis ones do). */
  readonly records?: YotiRecords;
}

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

/** How often, at most, a full map looks through all its entries for expired ones, ms. */
const SWEEP_EVERY_MS = 1000;

/**
 * A map whose entries expire, holding at most `capacity`. When full it drops expired entries first
 * and, when none has expired, refuses the new key (StoreFullError): it never drops an unexpired
 * entry to make room, so a flood of new sessions cannot push other people's bindings out. With
 * `full: 'drop-oldest'` (rate counters, which live a minute) it drops the oldest instead, so that
 * a flood of counters cannot refuse everyone else's requests.
 */
class ExpiringMap<T> {
  readonly #entries = new Map<string, Expiring<T>>();
  #sweptAt = 0;
  constructor(
    readonly capacity: number,
    readonly full: 'refuse' | 'drop-oldest' = 'refuse',
  ) {}

  get(key: string, now = Date.now()): T | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= now) this.#entries.delete(key);
    return entry && entry.expiresAt > now ? entry.value : undefined;
  }

  set(key: string, value: T, expiresAt: number): void {
    // A changed entry moves to the end: the map stays in about the order its entries expire.
    if (!this.#entries.delete(key) && this.#entries.size >= this.capacity) this.#makeRoom();
    this.#entries.set(key, { value, expiresAt });
  }

  #makeRoom(): void {
    const now = Date.now();
    // The oldest entries usually expire first: those are dropped at once, without a full sweep.
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(key);
    }
    if (this.#entries.size >= this.capacity && now - this.#sweptAt >= SWEEP_EVERY_MS) {
      this.#sweptAt = now;
      for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
    }
    if (this.#entries.size < this.capacity) return;
    if (this.full === 'refuse')
      throw new StoreFullError(`the memory store holds ${this.capacity} unexpired entries`);
    const oldest = this.#entries.keys().next().value;
    if (oldest !== undefined) this.#entries.delete(oldest);
  }
}

/** A session's log in memory: its events, the progress of the latest, and whether it has ended. */
interface Log {
  events: StatusEvent[];
  progress: number;
  terminal: boolean;
  next: number;
}

/** How many states a session's log keeps (a session has a handful). */
const LOG_LENGTH = 100;

/** The embedded default: everything in this process's memory, bounded. Nothing to install. */
export class MemoryStore implements YotiStore {
  readonly #sessions: ExpiringMap<SessionRecord>;
  readonly #counters: ExpiringMap<{ count: number; endsAt: number }>;
  readonly #logs: ExpiringMap<Log>;
  readonly #followers = new Map<string, Set<(event: StatusEvent) => void>>();
  readonly records: YotiRecords;

  constructor({ capacity = 100_000 }: { capacity?: number } = {}) {
    this.records = new MemoryRecords(capacity);
    this.#sessions = new ExpiringMap(capacity);
    this.#counters = new ExpiringMap(capacity, 'drop-oldest');
    this.#logs = new ExpiringMap(capacity);
  }

  async putSession(kind: SessionKind, id: string, record: SessionRecord, ttlSeconds: number): Promise<void> {
    this.#sessions.set(`${kind}:${id}`, structuredClone(record), Date.now() + ttlSeconds * 1000);
  }

  async getSession(kind: SessionKind, id: string): Promise<SessionRecord | undefined> {
    const record = this.#sessions.get(`${kind}:${id}`);
    return record && structuredClone(record);
  }

  async hit(key: string, windowSeconds: number): Promise<{ count: number; resetInSeconds: number }> {
    const now = Date.now();
    const counter = this.#counters.get(key, now) ?? { count: 0, endsAt: now + windowSeconds * 1000 };
    counter.count += 1;
    this.#counters.set(key, counter, counter.endsAt);
    return { count: counter.count, resetInSeconds: Math.max(1, Math.ceil((counter.endsAt - now) / 1000)) };
  }

  async publish(
    kind: SessionKind,
    id: string,
    update: StatusUpdate,
    ttlSeconds: number,
  ): Promise<StatusEvent | undefined> {
    const key = `${kind}:${id}`;
    const log = this.#logs.get(key) ?? { events: [], progress: -1, terminal: false, next: 1 };
    if (log.terminal || update.progress < log.progress || log.events.at(-1)?.data === update.data)
      return undefined;
    const event = { id: String(log.next), data: update.data, terminal: update.terminal };
    log.next += 1;
    log.progress = update.progress;
    log.terminal = update.terminal;
    log.events.push(event);
    if (log.events.length > LOG_LENGTH) log.events.shift();
    this.#logs.set(key, log, Date.now() + ttlSeconds * 1000);
    for (const listener of this.#followers.get(key) ?? []) listener(event);
    return event;
  }

  async events(kind: SessionKind, id: string, afterId?: string): Promise<StatusEvent[]> {
    const events = this.#logs.get(`${kind}:${id}`)?.events ?? [];
    const after = afterId === undefined ? 0 : Number(afterId);
    return Number.isFinite(after) ? events.filter((event) => Number(event.id) > after) : [...events];
  }

  async follow(kind: SessionKind, id: string, listener: (event: StatusEvent) => void): Promise<() => void> {
    const key = `${kind}:${id}`;
    const listeners = this.#followers.get(key) ?? new Set();
    listeners.add(listener);
    this.#followers.set(key, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#followers.delete(key);
    };
  }
}

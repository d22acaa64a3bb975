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
}

/**
 * Where the helper keeps what it must share between requests (and, with a shared store, between
 * helper instances): which caller started each session, and how many sessions each caller has
 * started lately. The default lives in memory, in one process.
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
}

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

/** A map whose entries expire, holding at most `capacity` (the oldest go first). */
class ExpiringMap<T> {
  readonly #entries = new Map<string, Expiring<T>>();
  constructor(readonly capacity: number) {}

  get(key: string, now = Date.now()): T | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= now) this.#entries.delete(key);
    return entry && entry.expiresAt > now ? entry.value : undefined;
  }

  set(key: string, value: T, expiresAt: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt });
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

/** The embedded default: everything in this process's memory, bounded. Nothing to install. */
export class MemoryStore implements YotiStore {
  readonly #sessions: ExpiringMap<SessionRecord>;
  readonly #counters: ExpiringMap<{ count: number; endsAt: number }>;

  constructor({ capacity = 100_000 }: { capacity?: number } = {}) {
    this.#sessions = new ExpiringMap(capacity);
    this.#counters = new ExpiringMap(capacity);
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
}

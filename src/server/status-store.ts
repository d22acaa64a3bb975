/** The latest thing Yoti's webhook said about a session. */
export interface SessionNotification {
  /** IDV topic (SESSION_COMPLETION, ...) or share status (COMPLETED, ...), as Yoti sent it. */
  event: string;
  receivedAt: string;
}

/**
 * Where the helper keeps the latest webhook per session. The default lives in memory; a host that
 * runs several instances passes one backed by a shared store (Redis, a database).
 */
export interface StatusStore {
  get(sessionId: string): Promise<SessionNotification | undefined>;
  set(sessionId: string, notification: SessionNotification): Promise<void>;
}

/** An in-memory store that forgets the oldest sessions beyond `capacity`. */
export class MemoryStatusStore implements StatusStore {
  readonly #entries = new Map<string, SessionNotification>();
  constructor(readonly capacity = 10_000) {}

  async get(sessionId: string): Promise<SessionNotification | undefined> {
    return this.#entries.get(sessionId);
  }

  async set(sessionId: string, notification: SessionNotification): Promise<void> {
    this.#entries.delete(sessionId);
    this.#entries.set(sessionId, notification);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

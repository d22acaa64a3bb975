import type { PgPool, PgPoolClient } from './postgres-records.js';
import type { IdvRecordRow, RecordChange } from './records.js';

export interface PgChangesParts {
  pool: PgPool;
  /** The NOTIFY channel (the schema's name and `_records`: an identifier postgres-sql.ts checked). */
  channel: string;
  /** Reads one list row (for a change too long to ride in its notification). */
  read(sessionId: string): Promise<IdvRecordRow | undefined>;
  report(error: Error): void;
}

/** How soon a listening connection that dropped is made again, ms (doubling up to the last). */
const AGAIN_MS = [500, 1000, 2000, 5000, 10_000];

/** A notification this module's SQL sent: a row, a deletion, or a row to read. */
function changeOf(payload: string | undefined): RecordChange | { changed: string } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { row, deleted, changed } = value as {
    row?: { sessionId?: unknown };
    deleted?: unknown;
    changed?: unknown;
  };
  if (typeof deleted === 'string') return { deleted };
  if (typeof changed === 'string') return { changed };
  if (typeof row === 'object' && row !== null && typeof row.sessionId === 'string')
    return { row: row as IdvRecordRow };
  return undefined;
}

/**
 * The records' changes, heard with LISTEN on one connection of the pool held while anyone follows
 * them (the SQL that changes a record sends NOTIFY in the same statement, so a change is told once
 * it is committed, in commit order). A dropped connection is made again on its own; what changed
 * meanwhile is not told (a list reloads what it shows on its next read).
 */
export class PgChanges {
  readonly #parts: PgChangesParts;
  readonly #listeners = new Set<(change: RecordChange) => void>();
  #client?: Promise<PgPoolClient>;
  #retry?: ReturnType<typeof setTimeout>;
  #failures = 0;
  #closed = false;
  /** Connections given back already (pg throws when one is given back twice). */
  readonly #released = new WeakSet<PgPoolClient>();

  constructor(parts: PgChangesParts) {
    this.#parts = parts;
  }

  async follow(listener: (change: RecordChange) => void): Promise<() => void> {
    this.#listeners.add(listener);
    try {
      this.#client ??= this.#listen();
      await this.#client;
    } catch (error) {
      this.#listeners.delete(listener);
      throw error;
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  async #listen(): Promise<PgPoolClient> {
    const client = await this.#parts.pool.connect();
    const drop = (error?: Error) => {
      if (this.#released.has(client)) return;
      this.#release(client);
      if (this.#closed || this.#listeners.size === 0) return;
      if (error) this.#parts.report(error);
      this.#client = undefined;
      this.#again();
    };
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', ({ channel, payload }) => {
      if (channel === this.#parts.channel) this.#heard(payload);
    });
    try {
      await client.query(`LISTEN "${this.#parts.channel}"`);
    } catch (error) {
      this.#release(client);
      throw error;
    }
    this.#failures = 0;
    return client;
  }

  /** Listens again after a while, until it works or nobody follows any more. */
  #again(): void {
    const wait = AGAIN_MS[Math.min(this.#failures, AGAIN_MS.length - 1)] as number;
    this.#failures += 1;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      if (this.#closed || this.#listeners.size === 0) return;
      const listening = this.#listen();
      this.#client = listening;
      listening.catch((error: Error) => {
        this.#parts.report(error);
        if (this.#client === listening) this.#client = undefined;
        this.#again();
      });
    }, wait);
    this.#retry.unref?.();
  }

  #heard(payload: string | undefined): void {
    const change = changeOf(payload);
    if (!change) return; // Not one of ours (another program on the channel).
    if (!('changed' in change)) {
      for (const listener of this.#listeners) listener(change);
      return;
    }
    this.#parts
      .read(change.changed)
      .then((row) => {
        if (row) for (const listener of this.#listeners) listener({ row });
      })
      .catch((error: Error) => this.#parts.report(error));
  }

  #stop(): void {
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    // A connection that listened goes, rather than back to the pool still listening.
    void client?.then((listening) => this.#release(listening)).catch(() => undefined);
  }

  /** Closes a listening connection (destroyed, not pooled: it would still be listening). */
  #release(client: PgPoolClient): void {
    if (this.#released.has(client)) return;
    this.#released.add(client);
    client.release(true);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stop();
  }
}

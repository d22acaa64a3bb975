/**
 * yoti-elements/server/postgres: the back office's records and links in the business's own
 * PostgreSQL, for a site whose records outgrow memory or that keeps them beside its own data.
 * Tables made on first use in a schema of their own (default `yoti`); the search by name or email
 * served by pg_trgm indexes (it matches anywhere in them); changes told to every instance by
 * LISTEN/NOTIFY. Needs the `pg` package (an optional peer dependency). docs/stores.md.
 *
 *   import { postgresRecords } from 'yoti-elements/server/postgres';
 *   const records = postgresRecords({ connectionString: process.env.DATABASE_URL });
 *   const yoti = createYotiHandler({ ...options, admin, records });
 */
import { StoreUnavailableError } from '../core/errors.js';
import { outageWarnings } from './outage-warnings.js';
import { PgChanges } from './postgres-changes.js';
import { Pool } from './postgres-client.js';
import { checkSchema } from './postgres-sql.js';
import { postgresStatements } from './postgres-statements.js';
import type { YotiRecords } from './records.js';

export { StoreUnavailableError };

/** What the records need of a pg Pool (a pg.Pool is one). */
export interface PgPool {
  query(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: Array<Record<string, unknown>>; rowCount: number | null }>;
  connect(): Promise<PgPoolClient>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(): Promise<void>;
}

export interface PgPoolClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error' | 'end', listener: (error?: Error) => void): unknown;
  release(destroy?: boolean | Error): void;
}

export interface PostgresRecordsOptions {
  /** Where the tables live, made when missing. Default `yoti`. */
  schema?: string;
  /** Where connection problems are told. Default: console.warn, once per outage. */
  onError?: (error: Error) => void;
}

export interface PostgresRecords extends YotiRecords {
  /** Resolves once the tables are there (made when missing); rejects with a clear error when Postgres cannot be reached. */
  readonly ready: Promise<void>;
  /** Stops listening for changes; ends the pool when the records made it (from a connectionString). */
  close(): Promise<void>;
}

/** SQLSTATE classes and codes of a connection that is gone or refused: 503, tried again later. */
const UNAVAILABLE = /^(08|57P0[1-3]|53300|53400)/;
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/** Whether `error` means Postgres is away (the pool connects again on its own for the next query). */
function unavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK.has(code) || UNAVAILABLE.test(code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    String(message),
  );
}

/** The back office's records in PostgreSQL (see the module's comment). */
export function postgresRecords(
  connection: { pool: PgPool } | { connectionString: string },
  options: PostgresRecordsOptions = {},
): PostgresRecords {
  const schema = checkSchema(options.schema ?? 'yoti');
  const owned = !('pool' in connection && connection.pool);
  if (owned && typeof (connection as { connectionString?: unknown }).connectionString !== 'string')
    throw new TypeError(
      'postgresRecords: give {pool} (a pg.Pool) or {connectionString} (postgres://…, DATABASE_URL)',
    );
  const pool: PgPool = owned
    ? (new Pool({
        connectionString: (connection as { connectionString: string }).connectionString,
        connectionTimeoutMillis: 5000,
      }) as unknown as PgPool)
    : (connection as { pool: PgPool }).pool;
  const { report, recovered } = outageWarnings('postgres', options.onError);
  // An idle connection that the server drops is an 'error' on the pool: told, never thrown.
  pool.on('error', (error) => report(error));

  /** Runs `run`, turning Postgres being away into StoreUnavailableError, any failure naming its cause. */
  async function guarded<T>(run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      recovered();
      return result;
    } catch (error) {
      if (error instanceof StoreUnavailableError || !(error instanceof Error)) throw error;
      if (unavailable(error))
        throw new StoreUnavailableError(`postgresRecords: ${error.message || error.name}`, { cause: error });
      throw new Error(`postgresRecords: ${error.message}`, { cause: error });
    }
  }

  const statements = postgresStatements({ pool, schema, guarded });
  const changes = new PgChanges({ pool, channel: `${schema}_records`, read: statements.row, report });
  const ready = guarded(statements.ready);
  ready.catch(() => undefined);
  return {
    ...statements.records,
    ready,
    follow: (listener) =>
      guarded(async () => {
        await statements.ready();
        return changes.follow(listener);
      }),
    close: async () => {
      await changes.close();
      if (owned) await pool.end();
    },
  };
}

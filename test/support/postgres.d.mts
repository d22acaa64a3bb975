export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/yoti` (trust authentication). */
  connectionString: string;
  port: number;
  /** Runs `text` with psql (as the postgres user) and resolves its output. */
  sql(text: string, database?: string): Promise<string>;
  /** A fast shutdown: every connection is cut. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with its data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
}

export function startPostgres(): Promise<TestPostgres>;

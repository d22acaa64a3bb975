export interface TestRedisSentinel {
  /** The primary's name, for createSentinel. */
  name: string;
  sentinelRootNodes: Array<{ host: string; port: number }>;
  primary: number;
  replica: number;
  /** Kills the primary; resolves once the replica is promoted. */
  failover(): Promise<void>;
  close(): Promise<void>;
}

export function startRedisSentinel(options?: { downAfterMs?: number }): Promise<TestRedisSentinel>;

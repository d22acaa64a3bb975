export interface ClusterNodeView {
  id: string;
  port: number;
  primary: boolean;
  failed: boolean;
  primaryId?: string;
  connected: boolean;
  slots: string[];
}

export interface TestRedisCluster {
  /** For createCluster's `rootNodes`. */
  rootNodes: Array<{ url: string }>;
  ports: number[];
  /** The primary holding `key`'s slot now. */
  ownerOf(key: string): Promise<{ slot: number; port?: number; id?: string; nodes: ClusterNodeView[] }>;
  /** Resolves once every replica has every write its primary has (replication is asynchronous). */
  replicated(): Promise<void>;
  /** Kills the node on `port` (SIGKILL), as a crash does. */
  kill(port: number): Promise<void>;
  /** Starts the node on `port` again. */
  restart(port: number): Promise<void>;
  /** Resolves once the live nodes agree the cluster is whole. */
  waitUntilOk(): Promise<void>;
  /** Moves `key`'s slot, and its keys, to the primary on `toPort`. */
  moveSlotOf(key: string, toPort: number): Promise<{ slot: number; from: number; to: number }>;
  close(): Promise<void>;
}

export function cli(port: number, ...args: string[]): Promise<string>;
export function replicated(ports: number[], ms?: number): Promise<void>;
export function startRedisCluster(options?: {
  primaries?: number;
  replicas?: number;
  nodeTimeoutMs?: number;
}): Promise<TestRedisCluster>;

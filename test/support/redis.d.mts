import type { ChildProcess } from 'node:child_process';

export interface TestRedis {
  url: string;
  port: number;
  /** Stops Redis (it saves its data first), as an outage does. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with its data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
}

export function redisServer(port: number, dir: string, extra?: string[]): Promise<ChildProcess>;
export function startRedis(): Promise<TestRedis>;

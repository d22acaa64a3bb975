export declare function delayProxy(
  port: number,
  delayMs?: number,
): Promise<{ port: number; setDelay(ms: number): void; close(): Promise<void> }>;

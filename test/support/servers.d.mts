import type { ChildProcess } from 'node:child_process';

export function tempDir(name: string): string;
export function removeDir(dir: string): void;
export function startServer(
  command: string,
  args: string[],
  options: {
    install: string;
    user?: { uid: number; gid: number };
    ready: () => Promise<boolean>;
    waitMs?: number;
    env?: Record<string, string>;
  },
): Promise<ChildProcess>;
export function stopServer(child: ChildProcess | undefined, signal?: NodeJS.Signals): Promise<void>;
export function redisAnswers(port: number): Promise<boolean>;

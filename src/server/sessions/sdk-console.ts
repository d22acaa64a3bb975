import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';

/**
 * The `yoti` SDK prints what went wrong with `console.log` / `console.warn` (a failed call, an
 * attribute it could not parse). Inside the helper's calls to it those lines go to the host's
 * `onError` instead, and are printed by nobody; lines printed by anything else, or by the SDK
 * outside the helper's calls, reach the console as before.
 */

type Sink = (line: string) => void;

const sinks = new AsyncLocalStorage<Sink>();
const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  for (const level of LEVELS) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      const sink = sinks.getStore();
      if (!sink) return original.apply(console, args);
      // The sink (onError) runs outside the captured context: its own console lines print.
      sinks.exit(() => sink(format(...args)));
    };
  }
}

/** Runs `call` (one SDK call and what it starts) with the SDK's console lines sent to `sink`. */
export function capturingSdkConsole<T>(sink: Sink, call: () => Promise<T>): Promise<T> {
  install();
  return sinks.run(sink, call);
}

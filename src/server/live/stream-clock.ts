/**
 * One clock for every event stream of the process: a tick a second while any stream is open, in
 * place of a heartbeat and a life timer for each (two timers and their closures per stream, at
 * 10,000 streams an instance). Stopped when the last stream ends, so nothing is left running.
 */
const ticking = new Set<(now: number) => void>();
let clock: ReturnType<typeof setInterval> | undefined;

/** Calls `tick` about once a second until the returned function is called. */
export function everySecond(tick: (now: number) => void): () => void {
  ticking.add(tick);
  clock ??= setInterval(() => {
    const now = Date.now();
    for (const each of ticking) each(now);
  }, 1000);
  return () => {
    ticking.delete(tick);
    if (ticking.size > 0 || clock === undefined) return;
    clearInterval(clock);
    clock = undefined;
  };
}

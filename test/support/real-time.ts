// Waiting in a browser test whose timers are faked (sinon): a real macrotask that fake timers don't
// touch lets a fetch through msw's worker progress, and `until` waits on it for a condition.

const TICK = 'yoti-test-macrotask';
const waiting: Array<() => void> = [];
// One listener, added as the module loads (before any test counts the page's listeners); no other
// listener on the window sees a tick.
window.addEventListener('message', (event) => {
  if (event.source !== window || event.data !== TICK) return;
  event.stopImmediatePropagation();
  waiting.shift()?.();
});

/**
 * A real macrotask that fake timers don't touch: a message the window posts itself (a
 * MessageChannel's would do too, but in WebKit each one crosses processes and takes milliseconds).
 */
export const macrotask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    window.postMessage(TICK, '*');
  });

/** Waits on real time (performance.now and posted messages are not faked) for `condition`, up to 15 s. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    if (condition()) return;
    await macrotask();
  }
  throw new Error(`timed out waiting for ${what}`);
}

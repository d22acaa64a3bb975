// A store that counts what is following it, around a real one (memory or Redis): a stream that
// outlives its browser shows here as a follower that never went. It can also take its time to
// follow, so a test can drop a browser while the helper is still subscribing.
import type { YotiStore } from '../../src/server/index.js';

export interface CountingStore extends YotiStore {
  /** Followers that have not unfollowed. */
  readonly following: number;
  /** Resolves when the next follow() has been asked for (before it has resolved). */
  nextFollow(): Promise<void>;
}

export function countingStore(inner: YotiStore, { followDelayMs = 0 } = {}): CountingStore {
  let following = 0;
  const asked = new Set<() => void>();
  return {
    putSession: (...args) => inner.putSession(...args),
    getSession: (...args) => inner.getSession(...args),
    hit: (...args) => inner.hit(...args),
    publish: (...args) => inner.publish(...args),
    events: (...args) => inner.events(...args),
    onReconnect: inner.onReconnect ? (listener) => inner.onReconnect?.(listener) ?? (() => {}) : undefined,
    async follow(kind, id, listener) {
      for (const wake of asked) wake();
      asked.clear();
      if (followDelayMs) await new Promise((resolve) => setTimeout(resolve, followDelayMs));
      const unfollow = await inner.follow(kind, id, listener);
      following += 1;
      let gone = false;
      return () => {
        if (gone) return;
        gone = true;
        following -= 1;
        unfollow();
      };
    },
    get following() {
      return following;
    },
    nextFollow: () => new Promise<void>((resolve) => asked.add(resolve)),
  };
}

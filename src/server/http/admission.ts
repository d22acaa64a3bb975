import { ApiError } from '../core/errors.js';

/** `seconds`, spread at random by as much again (4 s at least), so that refused browsers do not all come back at once. */
export const jittered = (seconds: number): number =>
  Math.max(1, Math.ceil(seconds + Math.random() * Math.max(seconds, 4)));

/** The longest an opening waits its turn before it is told to come back later, ms. */
const MOST_WAIT_MS = 30_000;

interface Waiter {
  admit: () => void;
  refuse: (error: ApiError) => void;
  done: boolean;
}

/**
 * Event stream openings admitted a few at a time on this instance: each costs a handful of store
 * commands (and a Yoti read for a session nobody streamed yet), so when every browser reconnects at
 * once (an instance restarted, a failover) they wait their turn in order rather than all asking the
 * store at once (its answers then come late enough to fail as timeouts, and every opening fails).
 * Past `queued` waiting, or `MOST_WAIT_MS` of waiting, an opening is refused with 429 `stream_limit`
 * and a Retry-After from the queue's pace, jittered. One caller may have at most `perCaller`
 * openings running or waiting (its stream cap): the rest are refused at once, so that no one caller
 * can fill the queue ahead of everyone else.
 */
export class Admission {
  readonly #inFlight: number;
  readonly #queued: number;
  readonly #perCaller: number;
  /** Openings running or waiting, by caller. */
  readonly #callers = new Map<string, number>();
  readonly #waiters: Array<Waiter | undefined> = [];
  #head = 0;
  #waiting = 0;
  #running = 0;
  /** How long an opening takes, ms (a moving average): the pace the queue drains at. */
  #openingMs = 20;

  constructor({ inFlight, queued, perCaller }: { inFlight: number; queued: number; perCaller: number }) {
    this.#inFlight = inFlight;
    this.#queued = queued;
    this.#perCaller = perCaller;
  }

  /** Openings running now, and waiting their turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting };
  }

  /** Counts one more opening for `caller` (undefined: not counted), or refuses it when it has its share. */
  #take(caller: string | undefined): () => void {
    if (caller === undefined) return () => undefined;
    const count = this.#callers.get(caller) ?? 0;
    if (count >= this.#perCaller) throw this.#refusal();
    this.#callers.set(caller, count + 1);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const left = (this.#callers.get(caller) ?? 1) - 1;
      if (left > 0) this.#callers.set(caller, left);
      else this.#callers.delete(caller);
    };
  }

  #refusal(): ApiError {
    const seconds = ((this.#waiting / this.#inFlight) * this.#openingMs) / 1000;
    return new ApiError(
      429,
      'stream_limit',
      'The live status is busy reconnecting everyone: it will be back shortly.',
      { retryAfter: jittered(Math.max(1, seconds)) },
    );
  }

  /**
   * Waits for a turn (at once when there is room); resolves the function that ends it (call it once
   * the opening is done, whichever way). Refuses with 429 when `caller` has its share, the queue is
   * full, the wait too long, or the request was given up meanwhile.
   */
  async enter(signal?: AbortSignal, caller?: string): Promise<() => void> {
    const give = this.#take(caller);
    if (this.#running < this.#inFlight && this.#waiting === 0) {
      this.#running += 1;
      return this.#ending(give);
    }
    if (this.#waiting >= this.#queued) {
      give();
      throw this.#refusal();
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        done: false,
        admit: () => {
          finish();
          resolve();
        },
        refuse: (error) => {
          finish();
          give();
          reject(error);
        },
      };
      const giveUp = () => {
        if (waiter.done) return;
        this.#waiting -= 1;
        waiter.refuse(this.#refusal());
      };
      const timer = setTimeout(giveUp, MOST_WAIT_MS);
      const finish = () => {
        waiter.done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', giveUp);
      };
      signal?.addEventListener('abort', giveUp, { once: true });
      this.#waiters.push(waiter);
      this.#waiting += 1;
      if (signal?.aborted) giveUp();
    });
    return this.#ending(give);
  }

  /** The end of a turn taken now (its place counted in `running` already), and its caller's share given back. */
  #ending(give: () => void): () => void {
    const started = performance.now();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      give();
      this.#running -= 1;
      this.#openingMs = this.#openingMs * 0.9 + (performance.now() - started) * 0.1;
      this.#next();
    };
  }

  /** Admits the next opening still waiting, when there is room. */
  #next(): void {
    while (this.#running < this.#inFlight && this.#head < this.#waiters.length) {
      const waiter = this.#waiters[this.#head];
      // Its slot is let go at once: a queue of thousands keeps no one's closures once they are through.
      this.#waiters[this.#head] = undefined;
      this.#head += 1;
      if (!waiter || waiter.done) continue;
      this.#waiting -= 1;
      // Its place is taken now, before its promise runs on: nobody overtakes it.
      this.#running += 1;
      waiter.admit();
    }
    if (this.#head === this.#waiters.length || (this.#head > 1024 && this.#head * 2 > this.#waiters.length)) {
      this.#waiters.splice(0, this.#head);
      this.#head = 0;
    }
  }
}

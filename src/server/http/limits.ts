import { ApiError } from '../core/errors.js';
import type { YotiStore } from '../store/store.js';
import { Admission, jittered } from './admission.js';

/** What one client, one caller and the whole helper may do; every limit has a default. */
export interface LimitOptions {
  /** Sessions (share and IDV) one caller may create in a minute. Default 10. */
  sessionsPerMinute?: number;
  /** Sessions one client address may create in a minute, whatever cookies it sends. Default 30. */
  sessionsPerMinutePerAddress?: number;
  /** Sessions the whole helper may create in a minute. Default: no limit. */
  sessionsPerMinuteTotal?: number;
  /** Reads (session GETs, QR codes, stream openings) one caller may make in a minute. Default 120. */
  readsPerMinute?: number;
  /** Event streams open at once for one session, on one helper instance. Default 3. */
  streamsPerSession?: number;
  /** Event streams open at once for one caller, on one helper instance. Default 10. */
  streamsPerCaller?: number;
  /** Event streams open at once on one helper instance. Default 10 000. */
  streamsPerInstance?: number;
  /** The longest life of one event stream, seconds: then it ends and the browser resumes it. Default 900. */
  streamMaxSeconds?: number;
  /** The back office's record streams one member of staff may hold open, on one instance (a page holds one). Default 20. */
  adminStreamsPerStaff?: number;
  /**
   * Event streams being opened at once on one instance (each opening reads the store a few times):
   * the others wait their turn, so that a reconnect storm is served rather than refused. Default 64.
   */
  streamOpeningsInFlight?: number;
  /** Openings that may wait their turn on one instance; past it, 429 `stream_limit` with a jittered Retry-After. Default 10 000. */
  streamOpeningsQueued?: number;
}

export type ResolvedLimits = Required<Omit<LimitOptions, 'sessionsPerMinuteTotal'>> &
  Pick<LimitOptions, 'sessionsPerMinuteTotal'>;

export const LIMIT_DEFAULTS: ResolvedLimits = {
  sessionsPerMinute: 10,
  sessionsPerMinutePerAddress: 30,
  readsPerMinute: 120,
  streamsPerSession: 3,
  streamsPerCaller: 10,
  streamsPerInstance: 10_000,
  streamMaxSeconds: 900,
  adminStreamsPerStaff: 20,
  streamOpeningsInFlight: 64,
  streamOpeningsQueued: 10_000,
};

const WINDOW_SECONDS = 60;

function rateLimited(what: string, resetInSeconds: number): ApiError {
  return new ApiError(
    429,
    'rate_limited',
    `Too many ${what} in a minute: try again in ${resetInSeconds} s.`,
    { retryAfter: resetInSeconds },
  );
}

/**
 * Every limit the helper applies, counted in the store (so all instances sharing it count together),
 * except open streams, which each instance counts for itself. Session creation is counted per
 * client address (and in all) before any host hook runs and before a caller is minted, so a client
 * that drops its cookie gains nothing; then per caller.
 */
export class Limits {
  readonly #store: YotiStore;
  readonly #limits: ResolvedLimits;
  readonly #streams = new Map<string, number>();
  readonly #openings: Admission;
  #openStreams = 0;

  constructor(store: YotiStore, limits: ResolvedLimits) {
    this.#store = store;
    this.#limits = limits;
    this.#openings = new Admission({
      inFlight: limits.streamOpeningsInFlight,
      queued: limits.streamOpeningsQueued,
      perCaller: limits.streamsPerCaller,
    });
  }

  /**
   * Waits for a turn to open an event stream (docs/stores.md: a reconnect storm) for `who` (a
   * caller, else an address: at most its stream cap at once); resolves the function that ends the
   * turn, once the stream is open or refused.
   */
  opening(signal: AbortSignal | undefined, who: string): Promise<() => void> {
    return this.#openings.enter(signal, who);
  }

  /** Stream openings running and waiting on this instance (for the host's metrics and the bench). */
  get openings(): { running: number; waiting: number } {
    return this.#openings.load;
  }

  get streamMaxSeconds(): number {
    return this.#limits.streamMaxSeconds;
  }

  async #count(key: string, limit: number | undefined, what: string): Promise<void> {
    if (limit === undefined) return;
    const { count, resetInSeconds } = await this.#store.hit(key, WINDOW_SECONDS);
    if (count > limit) throw rateLimited(what, resetInSeconds);
  }

  /** A session creation from `address`: refused (429) when that address, or the helper, is over its limit. */
  async creationFrom(address: string): Promise<void> {
    await this.#count(`create:total`, this.#limits.sessionsPerMinuteTotal, 'sessions started');
    await this.#count(
      `create:address:${address}`,
      this.#limits.sessionsPerMinutePerAddress,
      'sessions started from this address',
    );
  }

  /** A session creation by a known caller: refused (429) when it is over its limit. */
  async creationBy(callerId: string): Promise<void> {
    await this.#count(`create:caller:${callerId}`, this.#limits.sessionsPerMinute, 'sessions started');
  }

  /** A read (a GET, a QR code, a stream opening) by `who` (a caller, else an address). */
  async read(who: string): Promise<void> {
    await this.#count(`read:${who}`, this.#limits.readsPerMinute, 'requests');
  }

  /**
   * Takes a place for a new event stream of `session` for `caller`; resolves the function that
   * gives it back (call it once, whichever way the stream ends). 429 `stream_limit` when the
   * session, the caller or this instance has as many open as it may.
   */
  openStream(session: string, caller: string): () => void {
    return this.#open(
      [`session:${session}`, `caller:${caller}`],
      [this.#limits.streamsPerSession, this.#limits.streamsPerCaller],
    );
  }

  /** Takes a place for a back-office record stream of staff member `staffId` (their own cap, apart from the public streams'). */
  openStaffStream(staffId: string): () => void {
    return this.#open([`staff:${staffId}`], [this.#limits.adminStreamsPerStaff]);
  }

  #open(keys: string[], limits: number[]): () => void {
    const full =
      this.#openStreams >= this.#limits.streamsPerInstance ||
      keys.some((key, index) => (this.#streams.get(key) ?? 0) >= (limits[index] as number));
    if (full) {
      throw new ApiError(
        429,
        'stream_limit',
        'Too many live status streams are open: close another tab, or try again shortly.',
        { retryAfter: jittered(5) },
      );
    }
    this.#openStreams += 1;
    for (const key of keys) this.#streams.set(key, (this.#streams.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#openStreams -= 1;
      for (const key of keys) {
        const left = (this.#streams.get(key) ?? 1) - 1;
        if (left > 0) this.#streams.set(key, left);
        else this.#streams.delete(key);
      }
    };
  }

  /** How many streams are open on this instance (for the host's metrics and the tests). */
  get openStreams(): number {
    return this.#openStreams;
  }
}

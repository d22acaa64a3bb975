import type { ErrorReporter } from '../core/errors.js';
import type { Limits } from '../http/limits.js';
import type { SessionKind, StatusUpdate, YotiStore } from '../store/store.js';
import { EventStream } from './event-stream.js';
import { everySecond } from './stream-clock.js';

/** How long a session's states are kept: the day its results may be read in. */
const LOG_TTL_SECONDS = 86_400;
/** How many sessions are read from Yoti at once when the store comes back. */
const REFRESH_AT_ONCE = 16;
/** A followed session that has heard nothing this long is read from Yoti (a webhook may be lost). */
const IDLE_READ_MS = 5 * 60_000;

/** A session state as the GET routes answer it, and how far along the session it is. */
export type ReadState = (kind: SessionKind, id: string) => Promise<StatusUpdate>;

export interface StreamRequest {
  /** The browser's Last-Event-ID, when it reconnects. */
  lastEventId?: string;
  /** Aborted when the browser goes: the stream ends at once, whatever it was doing. */
  signal?: AbortSignal;
  /** The adapter sends the stream straight to the socket (toNodeListener): no body is made. */
  direct?: boolean;
  /** Who follows (their streams are counted). */
  caller: string;
  /** When the session expires, ms since the epoch: it is read from Yoti then, so the stream can end. */
  expiresAt?: number;
  headers: Record<string, string>;
}

/**
 * What this instance does for one session that it streams: one idle read and one expiry read,
 * however many follow, kept by the process's stream clock (no timers of its own).
 */
interface Watch {
  streams: number;
  /** When it is read from Yoti if nothing is heard before, ms since the epoch. */
  idleAt: number;
  /** When it is read because it has expired, ms since the epoch (once). */
  expiryAt?: number;
}

/**
 * Live session states: read from Yoti when a webhook says something changed (one read at a time
 * per session, however many pages follow it, and one more when another notification comes during
 * a read), published to the store, and streamed to every page following the session as
 * Server-Sent Events, on any helper instance sharing the store. A session streamed here that hears
 * nothing for five minutes, reaches its expiry, or follows a store that comes back from an outage is
 * read from Yoti again, so a lost webhook delays a state but never hides it.
 */
export class LiveStatus {
  readonly #store: YotiStore;
  readonly #read: ReadState;
  readonly #limits: Limits;
  readonly #report: ErrorReporter;
  readonly #reads = new Map<string, { again: boolean; done: Promise<void> }>();
  readonly #watches = new Map<string, Watch>();
  /** Stops the clock's tick, while no session is watched. */
  #stopTicking?: () => void;

  constructor(store: YotiStore, read: ReadState, limits: Limits, report: ErrorReporter) {
    this.#store = store;
    this.#read = read;
    this.#limits = limits;
    this.#report = report;
    store.onReconnect?.(() => void this.#refreshAll());
  }

  /**
   * Reads every streamed session from Yoti again (the store was away: a webhook may have been lost
   * meanwhile), a few at a time: thousands of streamed sessions must not all ask Yoti at once.
   */
  async #refreshAll(): Promise<void> {
    const keys = [...this.#watches.keys()];
    const next = async (): Promise<void> => {
      for (let key = keys.pop(); key !== undefined; key = keys.pop()) {
        if (!this.#watches.has(key)) continue;
        const at = key.indexOf(':');
        const kind = key.slice(0, at) as SessionKind;
        await this.refresh(kind, key.slice(at + 1)).catch((error: unknown) =>
          this.#report(error, { source: 'helper', where: `refresh ${kind} session` }),
        );
      }
    };
    await Promise.all(Array.from({ length: REFRESH_AT_ONCE }, next));
  }

  /** Reads session `id` from Yoti and publishes its state; resolves when it is published. */
  refresh(kind: SessionKind, id: string): Promise<void> {
    const key = `${kind}:${id}`;
    const running = this.#reads.get(key);
    if (running) {
      running.again = true;
      return running.done;
    }
    const read = { again: false, done: Promise.resolve() };
    read.done = (async () => {
      try {
        do {
          read.again = false;
          await this.publish(kind, id, await this.#read(kind, id));
        } while (read.again);
      } finally {
        this.#reads.delete(key);
      }
    })();
    this.#reads.set(key, read);
    return read.done;
  }

  /** A refresh from a timer or an event: its failure is told to the host, never thrown. */
  #refreshQuietly(key: string): void {
    const at = key.indexOf(':');
    const kind = key.slice(0, at) as SessionKind;
    this.refresh(kind, key.slice(at + 1)).catch((error: unknown) =>
      this.#report(error, { source: 'helper', where: `refresh ${kind} session` }),
    );
  }

  /** Publishes a state read elsewhere (a GET route's), when it is new. */
  async publish(kind: SessionKind, id: string, update: StatusUpdate): Promise<void> {
    await this.#store.publish(kind, id, update, LOG_TTL_SECONDS);
  }

  /**
   * The session's event stream: after `lastEventId` when the browser reconnects with one, else
   * from its current state (read from Yoti first when nothing is known of it yet); a comment line
   * every 15 s; closed after a terminal state, and after `streamMaxSeconds` with a `retry:` (the
   * browser resumes with Last-Event-ID). A browser that already has the terminal state gets 204,
   * which tells EventSource to stop reconnecting. Over a stream limit: 429 `stream_limit`.
   */
  async stream(kind: SessionKind, id: string, request: StreamRequest): Promise<Response> {
    const key = `${kind}:${id}`;
    const release = this.#limits.openStream(key, request.caller);
    const stream = new EventStream(request.signal, 'status', request.direct);
    stream.onEnd(release);
    try {
      let known = await this.#store.events(kind, id);
      const expired = request.expiresAt !== undefined && request.expiresAt <= Date.now();
      const latest = known.at(-1);
      if (!latest || (expired && !latest.terminal)) {
        await this.refresh(kind, id);
        known = await this.#store.events(kind, id);
      }
      const current = known.at(-1);
      if (request.lastEventId && current?.id === request.lastEventId && current.terminal) {
        stream.end();
        return new Response(null, { status: 204, headers: request.headers });
      }
      // Followed before reading what is there: nothing published meanwhile is missed (sent once),
      // including what came between the first read and following.
      const unfollow = await this.#store.follow(kind, id, (event) => {
        this.#heard(key);
        stream.receive(event);
      });
      stream.onEnd(unfollow);
      const after = request.lastEventId ?? current?.id;
      const backlog = [
        ...(request.lastEventId || !current ? [] : [current]),
        ...(after && !stream.ended ? await this.#store.events(kind, id, after) : []),
      ];
      stream.release(backlog);
      if (!stream.ended) this.#watch(key, stream, request.expiresAt);
    } catch (error) {
      stream.end();
      throw error;
    }
    return stream.response(request.headers, this.#limits.streamMaxSeconds);
  }

  /** Keeps the session of `stream` watched until the stream ends. */
  #watch(key: string, stream: EventStream, expiresAt: number | undefined): void {
    let watch = this.#watches.get(key);
    if (!watch) {
      // A session expired already was read when its stream opened (stream()): no expiry read then.
      const expiryAt =
        expiresAt !== undefined && expiresAt + 1000 > Date.now() ? expiresAt + 1000 : undefined;
      watch = { streams: 0, idleAt: Date.now() + IDLE_READ_MS, ...(expiryAt ? { expiryAt } : {}) };
      this.#watches.set(key, watch);
      this.#stopTicking ??= everySecond((now) => this.#tick(now));
    }
    watch.streams += 1;
    this.#heard(key);
    const entry = watch;
    stream.onEnd(() => {
      entry.streams -= 1;
      if (entry.streams > 0 || this.#watches.get(key) !== entry) return;
      this.#watches.delete(key);
      if (this.#watches.size > 0) return;
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    });
  }

  /** Each second: the sessions quiet for five minutes, or just expired, are read from Yoti. */
  #tick(now: number): void {
    for (const [key, watch] of this.#watches) {
      if (watch.expiryAt !== undefined && now >= watch.expiryAt) {
        watch.expiryAt = undefined;
        this.#refreshQuietly(key);
      } else if (now >= watch.idleAt) {
        watch.idleAt = now + IDLE_READ_MS;
        this.#refreshQuietly(key);
      }
    }
  }

  /** The session was heard from: its idle read is put off for another five minutes. */
  #heard(key: string): void {
    const watch = this.#watches.get(key);
    if (watch) watch.idleAt = Date.now() + IDLE_READ_MS;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type BackoffOptions, backoff } from './backoff.js';

/** What tells the poller whether the page is visible: `document`, or a stand-in in tests. */
export interface VisibilitySource extends EventTarget {
  readonly visibilityState: DocumentVisibilityState;
}

export interface PollOptions<T> extends BackoffOptions {
  /** One poll. Gets a signal that aborts when polling stops or the host disconnects. */
  task: (signal: AbortSignal) => Promise<T>;
  /** Called with every successful answer, before deciding whether to go on. */
  onResult: (result: T) => void;
  /** Called with every failure and how many have happened in a row; `stop()` in it ends polling. */
  onError?: (error: unknown, failuresInARow: number) => void;
  /** A terminal answer ends polling. */
  isTerminal: (result: T) => boolean;
  /** Milliseconds between polls while all is well; read before each wait so it can change. */
  interval: () => number;
  visibility?: VisibilitySource;
}

/**
 * Polls while its host is connected and the page is visible, with at most one request in flight:
 * an interval while answers come, the elements' backoff (with jitter) after failures, a pause while
 * the page is hidden (resumed with an immediate poll), and a stop on a terminal answer or on
 * `stop()` (which the host's `onError` calls when it gives up). Disconnecting the host aborts the request in flight and
 * leaves no timer or listener behind; reconnecting resumes a poll that had not stopped, on its
 * schedule (moving an element in the DOM costs no extra request).
 */
export class PollController<T> implements ReactiveController {
  #options: PollOptions<T>;
  #wanted = false;
  #connected = false;
  #paused = false;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last poll started, to resume on schedule after a reconnection. */
  #lastPollAt: number | undefined;
  #inFlight: AbortController | undefined;
  #listeners: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: PollOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether polling is under way (it may be waiting, paused while hidden, or in flight). */
  get active(): boolean {
    return this.#wanted;
  }

  /** What tells whether the page is visible: the `visibility` option, else the document. */
  get visibility(): VisibilitySource | undefined {
    return this.#options.visibility ?? globalThis.document;
  }

  /** Failures in a row since the last good answer. */
  get failures(): number {
    return this.#failures;
  }

  /** Starts polling at once, or polls again now if already started. */
  start(): void {
    this.#wanted = true;
    this.#failures = 0;
    this.#lastPollAt = undefined;
    this.#clearTimer();
    void this.#tick();
  }

  stop(): void {
    this.#wanted = false;
    this.#clearTimer();
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listeners = new AbortController();
    this.visibility?.addEventListener('visibilitychange', () => this.#onVisibilityChange(), {
      signal: this.#listeners.signal,
    });
    if (!this.#wanted) return;
    const due = this.#lastPollAt === undefined ? 0 : this.#lastPollAt + this.#nextDelay() - Date.now();
    if (due > 0) this.#schedule(due);
    else void this.#tick();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#clearTimer();
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  #onVisibilityChange(): void {
    if (this.visibility?.visibilityState === 'hidden') {
      this.#clearTimer();
      this.#paused = true;
    } else if (this.#paused) {
      this.#paused = false;
      void this.#tick();
    }
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(delay: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#tick();
    }, delay);
  }

  /** The wait before the next poll: the interval, or after failures the backed-off, jittered wait. */
  #nextDelay(): number {
    const interval = this.#options.interval();
    return this.#failures === 0 ? interval : backoff(interval, this.#failures, this.#options);
  }

  async #tick(): Promise<void> {
    if (!this.#wanted || !this.#connected || this.#inFlight) return;
    if (this.visibility?.visibilityState === 'hidden') {
      this.#paused = true;
      return;
    }
    const request = new AbortController();
    this.#inFlight = request;
    this.#lastPollAt = Date.now();
    let result: T;
    try {
      result = await this.#options.task(request.signal);
    } catch (error) {
      if (this.#inFlight !== request) return;
      this.#inFlight = undefined;
      this.#failures += 1;
      this.#options.onError?.(error, this.#failures);
      if (this.#wanted) this.#schedule(this.#nextDelay());
      return;
    }
    if (this.#inFlight !== request) return;
    this.#inFlight = undefined;
    this.#failures = 0;
    this.#options.onResult(result);
    if (this.#options.isTerminal(result)) this.#wanted = false;
    if (this.#wanted && !this.#timer && !this.#inFlight) this.#schedule(this.#nextDelay());
  }
}

/** Milliseconds between polls from an element's `poll-interval`: `fallback` unless a number, at least `minimum`. */
export function pollInterval(value: number | undefined, fallback: number, minimum = 250): number {
  return Math.max(minimum, typeof value === 'number' && Number.isFinite(value) ? value : fallback);
}

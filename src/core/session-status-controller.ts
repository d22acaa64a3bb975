import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoff } from './backoff.js';
import { isAbortError } from './http.js';
import { PollController, type VisibilitySource } from './poll-controller.js';

export interface SessionStatusOptions<T> {
  /** One read of the session's state (a poll). Gets a signal that aborts when following stops. */
  read: (signal: AbortSignal) => Promise<T>;
  /** The session's event stream, once the helper has said it offers one (`live: true`); else undefined. */
  streamUrl: () => string | undefined;
  /** Validates a stream message's data (untrusted JSON) into a state; throwing ignores the message. */
  parse: (data: unknown) => T;
  isTerminal: (state: T) => boolean;
  /** Milliseconds between polls while all is well; read before each wait. */
  interval: () => number;
  /** What tells whether the session can be seen (default the document): nothing is followed while it cannot. */
  visibility?: VisibilitySource;
  /** Every state, polled or streamed. */
  onState: (state: T) => void;
  /** Whether trying again can help after `error` (the helper says; a wrong key never will). */
  retryable: (error: unknown) => boolean;
  /** A failure that will be tried again, and how many have come in a row. */
  onRetrying?: (error: unknown, failures: number) => void;
  /** Following stopped on a failure: not retryable, or the fifth in a row. */
  onFailure: (error: unknown) => void;
}

/** Failures in a row after which following stops and the element offers a retry. */
export const MAX_FAILURES = 5;
/** The first wait before the stream is tried again after it failed, ms (it grows with backoff). */
const STREAM_RETRY_MS = 1000;

/**
 * Follows a session's status until it ends: over the helper's event stream (EventSource) when it
 * offers one, with no polls while it is open; by polling when it does not, or while the stream
 * fails, trying the stream again after the elements' backoff. A stream the helper ends on purpose
 * (its maximum life, with a `retry:`) is resumed by EventSource itself, with Last-Event-ID, so
 * nothing is missed. Five failures in a row, or one that cannot be helped, stop it. Nothing is
 * open while the page is hidden, after a terminal state, or once the host has left the page.
 */
export class SessionStatusController<T> implements ReactiveController {
  readonly #options: SessionStatusOptions<T>;
  readonly #poll: PollController<T>;
  #source?: EventSource;
  /** The stream has been open since it last dropped: EventSource may reconnect by itself once. */
  #wasOpen = false;
  #wanted = false;
  #connected = false;
  #streamFailures = 0;
  #retry?: ReturnType<typeof setTimeout>;
  #listeners?: AbortController;

  constructor(host: ReactiveControllerHost, options: SessionStatusOptions<T>) {
    this.#options = options;
    this.#poll = new PollController(host, {
      task: options.read,
      onResult: (state) => {
        this.#onState(state);
        // The answer may say the helper now offers a stream.
        if (this.#wanted && !this.#source && this.#retry === undefined) this.#open();
      },
      onError: (error, failures) => this.#onPollError(error, failures),
      isTerminal: options.isTerminal,
      interval: options.interval,
      visibility: options.visibility,
    });
    host.addController(this);
  }

  /** Whether the status is being followed (polled or streamed); false once it has ended or failed. */
  get following(): boolean {
    return this.#wanted;
  }

  /** Whether the stream is open (and so nothing is polled). */
  get streaming(): boolean {
    return this.#source?.readyState === EventSource.OPEN;
  }

  /** Starts following (again): the stream when offered, else a poll at once. */
  start(): void {
    this.#wanted = true;
    this.#streamFailures = 0;
    if (!this.#open()) this.#poll.start();
  }

  stop(): void {
    this.#wanted = false;
    this.#close();
    this.#poll.stop();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listeners = new AbortController();
    this.#visibility().addEventListener('visibilitychange', () => this.#onVisibility(), {
      signal: this.#listeners.signal,
    });
    // In a microtask: an element removed and added back in one go (a framework moving it, mounting
    // and unmounting it) opens one stream when it settles, not one per move.
    queueMicrotask(() => {
      if (this.#wanted) this.#open();
    });
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#listeners?.abort();
    this.#close();
  }

  #visibility(): VisibilitySource {
    return this.#options.visibility ?? document;
  }

  #onVisibility(): void {
    if (this.#visibility().visibilityState === 'hidden') this.#close();
    else if (this.#wanted) this.#open();
  }

  #onState(state: T): void {
    this.#options.onState(state);
    if (this.#options.isTerminal(state)) this.stop();
  }

  #onPollError(error: unknown, failures: number): void {
    if (isAbortError(error)) return;
    if (!this.#options.retryable(error) || failures >= MAX_FAILURES) {
      this.stop();
      this.#options.onFailure(error);
    } else this.#options.onRetrying?.(error, failures);
  }

  /** Opens the stream when it is offered and can be seen; true when it did (or is open). */
  #open(): boolean {
    if (this.#source) return true;
    const url = this.#options.streamUrl();
    if (!url || !this.#connected || this.#visibility().visibilityState === 'hidden') return false;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    const source = new EventSource(url, { withCredentials: true });
    this.#source = source;
    source.onopen = () => {
      this.#streamFailures = 0;
      this.#wasOpen = true;
      this.#poll.stop();
    };
    source.addEventListener('status', (event) => this.#onMessage(event as MessageEvent));
    source.onerror = () => this.#onStreamError(source);
    return true;
  }

  #onMessage(event: MessageEvent): void {
    let state: T;
    try {
      state = this.#options.parse(JSON.parse(String(event.data)));
    } catch {
      return; // Not a state this element understands: ignored.
    }
    this.#onState(state);
  }

  /**
   * The stream dropped. Right after being open (the helper ended it, or one connection broke),
   * EventSource reconnects by itself with Last-Event-ID; if that fails too, or the helper refused
   * the stream, the element polls meanwhile and tries the stream again after a growing wait.
   */
  #onStreamError(source: EventSource): void {
    if (source.readyState === EventSource.CONNECTING && this.#wasOpen) {
      this.#wasOpen = false;
      return;
    }
    this.#close();
    if (!this.#wanted) return;
    this.#poll.start();
    this.#streamFailures += 1;
    this.#retry = setTimeout(
      () => {
        this.#retry = undefined;
        if (this.#wanted) this.#open();
      },
      backoff(STREAM_RETRY_MS, this.#streamFailures),
    );
  }

  #close(): void {
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#wasOpen = false;
    this.#source?.close();
    this.#source = undefined;
  }
}

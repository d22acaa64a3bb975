import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PollController, VisibilitySource } from './polling.js';

export interface LiveStatusOptions<T> {
  /** The session's event stream, once the helper has said it offers one (`live: true`); else undefined. */
  url: () => string | undefined;
  /** Validates a message's data (untrusted JSON) into a result; throwing ignores the message. */
  parse: (data: unknown) => T;
  onResult: (result: T) => void;
  isTerminal: (result: T) => boolean;
  /**
   * The poller used while there is no stream (not offered, or failing), with its economy rules;
   * the stream follows its visibility source too: none is held open while the element is not seen.
   */
  poll: PollController<T>;
}

/** The longest wait before trying a failed stream again, ms. */
const MAX_RETRY_MS = 30_000;

/**
 * Follows a session's state: over the helper's event stream (EventSource) when it offers one, with
 * no polls while it is open; by polling when it does not, or while the stream fails, trying the
 * stream again with a growing wait. Closes the stream on a terminal state, while the page is
 * hidden, and when the host leaves the page: nothing is left open.
 */
export class LiveStatusController<T> implements ReactiveController {
  #options: LiveStatusOptions<T>;
  #source?: EventSource;
  #wanted = false;
  #connected = false;
  #failures = 0;
  #retry?: ReturnType<typeof setTimeout>;
  #listeners?: AbortController;

  constructor(host: ReactiveControllerHost, options: LiveStatusOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether the stream is open (and so nothing is polled). */
  get streaming(): boolean {
    return this.#source?.readyState === EventSource.OPEN;
  }

  /** Starts following: the stream when offered, else polling (which switches to the stream once it is). */
  start(): void {
    this.#wanted = true;
    this.#failures = 0;
    if (!this.#open()) this.#options.poll.start();
  }

  stop(): void {
    this.#wanted = false;
    this.#close();
    this.#options.poll.stop();
  }

  /** A result came by polling: the helper may now say it offers a stream. */
  offered(): void {
    if (this.#wanted && !this.#source && this.#retry === undefined) this.#open();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listeners = new AbortController();
    this.#visibility().addEventListener('visibilitychange', () => this.#onVisibility(), {
      signal: this.#listeners.signal,
    });
    if (this.#wanted) this.#open();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#listeners?.abort();
    this.#close();
  }

  #visibility(): VisibilitySource {
    return this.#options.poll.visibility ?? document;
  }

  #onVisibility(): void {
    if (this.#visibility().visibilityState === 'hidden') this.#close();
    else if (this.#wanted) this.#open();
  }

  /** Opens the stream when it is offered and can be seen; true when it did (or is open). */
  #open(): boolean {
    if (this.#source) return true;
    const url = this.#options.url();
    if (!url || !this.#connected || this.#visibility().visibilityState === 'hidden') return false;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    const source = new EventSource(url, { withCredentials: true });
    this.#source = source;
    source.onopen = () => {
      this.#failures = 0;
      this.#options.poll.stop();
    };
    source.addEventListener('status', (event) => this.#onMessage(event as MessageEvent));
    source.onerror = () => this.#onError();
    return true;
  }

  #onMessage(event: MessageEvent): void {
    let result: T;
    try {
      result = this.#options.parse(JSON.parse(String(event.data)));
    } catch {
      return; // Not a state this element understands: ignored.
    }
    this.#options.onResult(result);
    if (this.#options.isTerminal(result)) this.stop();
  }

  /** The stream failed or dropped: poll meanwhile, and try the stream again after a growing wait. */
  #onError(): void {
    this.#close();
    if (!this.#wanted) return;
    this.#options.poll.start();
    this.#failures += 1;
    const wait = Math.min(MAX_RETRY_MS, 1000 * 2 ** this.#failures);
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      if (this.#wanted) this.#open();
    }, wait);
  }

  #close(): void {
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#source?.close();
    this.#source = undefined;
  }
}

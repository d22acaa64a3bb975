import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A change the back office streams: a record's list row, or the ID of a deleted one. */
export type FeedChange = { sessionId: string; deleted: boolean };

export interface RecordFeedOptions {
  /** The stream's URL (`{endpoint}/admin/events`), or undefined for none. */
  url: () => string | undefined;
  /** A record changed (or was deleted). */
  onChange: (change: FeedChange) => void;
  /** The stream came back after a drop: anything may have changed meanwhile. */
  onResume: () => void;
}

/**
 * Follows the back office's record changes while the element is on the page (EventSource, which
 * reconnects by itself); each message is read as untrusted JSON and only a session ID is taken
 * from it: the element reads what changed from the helper.
 */
export class RecordFeedController implements ReactiveController {
  readonly #options: RecordFeedOptions;
  #source?: EventSource;
  #dropped = false;

  constructor(host: ReactiveControllerHost, options: RecordFeedOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    this.#source?.close();
    this.#source = undefined;
  }

  /** Follows the stream at the current URL (after the endpoint changed). */
  restart(): void {
    this.hostDisconnected();
    const url = this.#options.url();
    if (!url || typeof EventSource === 'undefined') return;
    const source = new EventSource(url, { withCredentials: true });
    source.addEventListener('record', (event) => {
      let data: unknown;
      try {
        data = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      if (typeof data !== 'object' || data === null) return;
      const { sessionId, deleted } = data as { sessionId?: unknown; deleted?: unknown };
      if (typeof deleted === 'string') this.#options.onChange({ sessionId: deleted, deleted: true });
      else if (typeof sessionId === 'string') this.#options.onChange({ sessionId, deleted: false });
    });
    source.addEventListener('open', () => {
      if (this.#dropped) this.#options.onResume();
      this.#dropped = false;
    });
    source.addEventListener('error', () => {
      this.#dropped = true;
    });
    this.#source = source;
  }
}

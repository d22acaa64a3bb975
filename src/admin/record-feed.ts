import { backoff } from '../core/backoff.js';

/** A change the back office streams: a record's session ID, and whether it was deleted. */
export interface FeedChange {
  sessionId: string;
  deleted: boolean;
}

export interface FeedListener {
  /** A record changed (or was deleted). */
  onChange(change: FeedChange): void;
  /** Anything may have changed (the stream came back after a drop, or a poll while it is refused): read again. */
  onResume(): void;
}

/** How often a page whose stream is refused or lost reads again, at first, ms (it grows with backoff). */
const POLL_MS = 5000;
const POLL_MAX_MS = 30_000;

const feeds = new Map<string, RecordFeed>();

/** Reads a stream message's data (untrusted JSON): the session it names, and whether it went. */
function changeOf(data: string): FeedChange | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { sessionId, deleted } = parsed as { sessionId?: unknown; deleted?: unknown };
  if (typeof deleted === 'string') return { sessionId: deleted, deleted: true };
  return typeof sessionId === 'string' ? { sessionId, deleted: false } : undefined;
}

/**
 * One stream of the back office's record changes for every admin element on the page (a staff
 * member's streams are capped: a page holds one, however many elements it has). When the helper
 * refuses the stream or it is lost for good, the page polls instead, quietly, with the elements'
 * backoff, trying the stream again each time, until it streams again. Closed when the last
 * element leaves.
 */
class RecordFeed {
  readonly #url: string;
  readonly #listeners = new Set<FeedListener>();
  #source?: EventSource;
  #dropped = false;
  #failures = 0;
  #poll?: ReturnType<typeof setTimeout>;

  constructor(url: string) {
    this.#url = url;
  }

  add(listener: FeedListener): void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#open();
  }

  delete(listener: FeedListener): void {
    this.#listeners.delete(listener);
    if (this.#listeners.size > 0) return;
    this.#source?.close();
    this.#source = undefined;
    clearTimeout(this.#poll);
    this.#poll = undefined;
    feeds.delete(this.#url);
  }

  #tell(each: (listener: FeedListener) => void): void {
    for (const listener of [...this.#listeners]) each(listener);
  }

  #open(): void {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(this.#url, { withCredentials: true });
    source.addEventListener('record', (event) => {
      const change = changeOf((event as MessageEvent<string>).data);
      if (change) this.#tell((listener) => listener.onChange(change));
    });
    source.addEventListener('open', () => {
      if (this.#dropped) this.#tell((listener) => listener.onResume());
      this.#dropped = false;
      this.#failures = 0;
    });
    source.addEventListener('error', () => {
      this.#dropped = true;
      // Refused (a limit, an outage): EventSource gives up; reconnecting by itself otherwise.
      if (source.readyState === EventSource.CLOSED && this.#source === source) this.#fallBack();
    });
    this.#source = source;
  }

  #fallBack(): void {
    this.#source = undefined;
    const wait = backoff(POLL_MS, Math.min(this.#failures, 3), { max: POLL_MAX_MS });
    this.#failures += 1;
    this.#poll = setTimeout(() => {
      this.#poll = undefined;
      if (this.#listeners.size === 0) return;
      this.#tell((listener) => listener.onResume());
      this.#open();
    }, wait);
  }
}

/** Follows the record changes at `url` (one stream per page and URL); returns what stops following. */
export function followRecords(url: string, listener: FeedListener): () => void {
  let feed = feeds.get(url);
  if (!feed) {
    feed = new RecordFeed(url);
    feeds.set(url, feed);
  }
  feed.add(listener);
  const followed = feed;
  return () => followed.delete(listener);
}

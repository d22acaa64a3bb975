import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FeedListener, followRecords } from './record-feed.js';

/**
 * An admin element's part in the page's one record stream (src/admin/record-feed.ts): followed
 * while the element is on the page, at the URL its endpoint gives.
 */
export class RecordFeedController implements ReactiveController {
  readonly #url: () => string | undefined;
  readonly #listener: FeedListener;
  #stop?: () => void;

  constructor(host: ReactiveControllerHost, url: () => string | undefined, listener: FeedListener) {
    this.#url = url;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** Follows the stream at the current URL (after the endpoint changed). */
  restart(): void {
    this.hostDisconnected();
    const url = this.#url();
    if (url) this.#stop = followRecords(url, this.#listener);
  }
}

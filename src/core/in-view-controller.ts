import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VisibilitySource } from './poll-controller.js';

/**
 * Whether a person can see what an element shows: the page is visible and, while tracking is on
 * (a panel in the page's flow rather than an overlay), the element's box is in the viewport. It is
 * a visibility source like `document`, so the poller pauses on it, and it fires `visibilitychange`
 * when either changes. Until the first intersection report comes, a tracked element counts as
 * unseen: nothing is fetched for a panel far down a page that nobody scrolls to.
 */
export class InViewController extends EventTarget implements ReactiveController, VisibilitySource {
  #host: ReactiveControllerHost & Element;
  #state: DocumentVisibilityState = 'visible';
  #tracking = false;
  #intersecting = false;
  #observer?: IntersectionObserver;
  #listeners?: AbortController;

  constructor(host: ReactiveControllerHost & Element) {
    super();
    this.#host = host;
    host.addController(this);
  }

  get visibilityState(): DocumentVisibilityState {
    return this.#state;
  }

  /** Counts the element's box as well as the page (true), or the page alone (false). */
  track(tracking: boolean): void {
    if (tracking === this.#tracking) return;
    this.#tracking = tracking;
    // Not on a page yet (or rendered on a server): connecting observes.
    if (!this.#listeners) return;
    this.#observe();
    this.#update();
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    document.addEventListener('visibilitychange', () => this.#update(), { signal: this.#listeners.signal });
    this.#observe();
    this.#update();
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #observe(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#intersecting = false;
    if (!this.#tracking || !this.#listeners) return;
    this.#observer = new IntersectionObserver((entries) => {
      this.#intersecting = entries.at(-1)?.isIntersecting ?? false;
      this.#update();
    });
    this.#observer.observe(this.#host);
  }

  #update(): void {
    const seen = document.visibilityState === 'visible' && (!this.#tracking || this.#intersecting);
    const state = seen ? 'visible' : 'hidden';
    if (state === this.#state) return;
    this.#state = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

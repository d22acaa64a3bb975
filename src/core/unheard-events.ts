/** How long an event nobody heard waits for its first listener, ms. */
export const KEEP_UNHEARD_MS = 10_000;

interface Waiting {
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  once: boolean;
  signal?: AbortSignal;
}

const captures = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

/**
 * The events an element fired before anything listened for them on it, kept for the first listener
 * that comes: a framework that hydrates late (SvelteKit, a React effect) attaches its `on…` handler
 * after the element's first answer, and must still hear it. Of each `yoti-` type the last one is
 * kept, for `KEEP_UNHEARD_MS`; the first listener of that type added afterwards gets it, once, in a
 * microtask, called as the platform calls listeners (`event.target` is the element; it was
 * dispatched already, so `currentTarget` is null and a veto can no longer change anything). A type
 * that had a listener is never kept again: nobody gets an event twice. Listeners elsewhere (on
 * `document`) heard it as it happened and get nothing more.
 */
export class UnheardEvents {
  readonly #host: EventTarget;
  /** Types that had a listener on the element. */
  readonly #heard = new Set<string>();
  readonly #kept = new Map<string, { event: Event; until: number }>();
  /** Listeners added since an event of their type was kept, in order, until it is handed over. */
  readonly #waiting = new Map<string, Waiting[]>();

  constructor(host: EventTarget) {
    this.#host = host;
  }

  /** After the element dispatched `event`: kept if nothing listens for its type on the element. */
  dispatched(event: Event): void {
    if (!event.type.startsWith('yoti-')) return;
    if (this.#heard.has(event.type)) this.#kept.delete(event.type);
    else this.#kept.set(event.type, { event, until: performance.now() + KEEP_UNHEARD_MS });
  }

  added(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    // A null listener (from plain JavaScript) is ignored, as the platform ignores it.
    if (!listener || !type.startsWith('yoti-')) return;
    this.#heard.add(type);
    if (!this.#kept.has(type)) return;
    const settings = typeof options === 'object' ? options : {};
    const waiting = {
      listener,
      capture: captures(options),
      once: Boolean(settings.once),
      signal: settings.signal,
    };
    const queue = this.#waiting.get(type);
    if (queue) queue.push(waiting);
    else {
      this.#waiting.set(type, [waiting]);
      queueMicrotask(() => this.#handOver(type));
    }
  }

  removed(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    const queue = this.#waiting.get(type);
    const at = queue?.findIndex((w) => w.listener === listener && w.capture === captures(options)) ?? -1;
    if (at >= 0) queue?.splice(at, 1);
  }

  /** Gives the kept event to the first listener still there; none there: it waits for the next one. */
  #handOver(type: string): void {
    const to = this.#waiting.get(type)?.find((waiting) => !waiting.signal?.aborted);
    this.#waiting.delete(type);
    const kept = this.#kept.get(type);
    if (!kept || !to) return;
    this.#kept.delete(type);
    if (performance.now() > kept.until) return;
    if (to.once) this.#host.removeEventListener(type, to.listener, to.capture);
    try {
      if (typeof to.listener === 'function') to.listener.call(this.#host, kept.event);
      else to.listener.handleEvent(kept.event);
    } catch (error) {
      // As a listener's error during a dispatch: reported, and the element goes on.
      globalThis.reportError?.(error);
    }
  }
}

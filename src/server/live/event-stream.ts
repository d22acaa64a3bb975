import type { StatusEvent } from '../store/store.js';
import { everySecond } from './stream-clock.js';

/** How soon a browser reconnects a stream that ended or dropped, ms. */
export const RETRY_MS = 2_000;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

const encoder = new TextEncoder();

/** Where a stream sent straight to the browser's socket writes (the node adapter's response). */
export interface StreamSink {
  write(text: string): void;
  end(): void;
}

/** The event stream each direct answer carries, for the adapter that sends it. */
const directStreams = new WeakMap<Response, EventStream>();

/**
 * The stream an answer carries when it is sent straight to a socket rather than read from its body
 * (toNodeListener's requests: see `answersDirectly` in http/node-request.ts).
 */
export const directStreamOf = (response: Response): EventStream | undefined => directStreams.get(response);

/**
 * One browser's Server-Sent Events stream of a session's states. Whichever way it ends (the browser
 * goes, the request is aborted, a terminal state is sent, its time is up, or the helper fails while
 * setting it up), it ends through `end()`, once: every cleanup registered with `onEnd` runs, at
 * once if it ended already, and nothing is written after. A `direct` stream (the node adapter's)
 * has no body: it writes to the socket its adapter attaches, which spares each open stream a web
 * ReadableStream, its reader and its pending read (a third of its memory at 10,000 streams).
 */
export class EventStream {
  readonly body: ReadableStream<Uint8Array> | null;
  readonly #sent = new Set<string>();
  readonly #cleanups: Array<() => void> = [];
  #controller?: ReadableStreamDefaultController<Uint8Array>;
  /** A direct stream's socket, once attached; what was written before waits in `#early`. */
  #sink?: StreamSink;
  #early?: string[];
  /** Stops listening to the request's signal (once attached, the socket's own end tells). */
  #unlisten?: () => void;
  /** Events that came while the backlog was being read, sent after it (in order, each once). */
  #held: StatusEvent[] | undefined = [];
  #ended = false;

  /** `event` names what each event is (`status` for a session's states, `record` for the back office's changes). */
  constructor(
    signal: AbortSignal | undefined,
    readonly event = 'status',
    direct = false,
  ) {
    if (direct) {
      this.body = null;
      this.#early = [];
    } else {
      this.body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          this.#controller = controller;
        },
        cancel: () => this.end(),
      });
    }
    if (signal?.aborted) this.end();
    else if (signal) {
      const abort = () => this.end();
      signal.addEventListener('abort', abort, { once: true });
      this.#unlisten = () => signal.removeEventListener('abort', abort);
      this.onEnd(() => this.#unlisten?.());
    }
    this.#write(`retry: ${RETRY_MS}\n\n`);
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Runs `cleanup` when the stream ends (at once when it has). */
  onEnd(cleanup: () => void): void {
    if (this.#ended) cleanup();
    else this.#cleanups.push(cleanup);
  }

  #write(text: string): void {
    if (this.#ended) return;
    if (this.#early) this.#early.push(text);
    else if (this.#sink) this.#sink.write(text);
    else
      try {
        this.#controller?.enqueue(encoder.encode(text));
      } catch {
        this.end(); // The body was closed under us: nothing more can go out.
      }
  }

  /**
   * A direct stream's socket: what was written so far, then the rest as it comes; ended with it.
   * The adapter ends the stream when the socket closes, so the request (and its signal) can go.
   */
  attach(sink: StreamSink): void {
    this.#unlisten?.();
    this.#unlisten = undefined;
    const early = this.#early ?? [];
    this.#early = undefined;
    this.#sink = sink;
    for (const text of early) sink.write(text);
    if (this.#ended) sink.end();
  }

  /** A comment line that keeps proxies from closing an idle connection. */
  keepAlive(): void {
    this.#write(': keep-alive\n\n');
  }

  /** An event from the store: held while the backlog is read, else sent (once); a terminal one ends the stream. */
  receive(event: StatusEvent): void {
    if (this.#held) this.#held.push(event);
    else this.send(event);
  }

  /** Sends `event` unless it was sent already; a terminal state ends the stream. */
  send(event: StatusEvent): void {
    if (this.#ended || this.#sent.has(event.id)) return;
    this.#sent.add(event.id);
    this.#write(`id: ${event.id}\nevent: ${this.event}\ndata: ${event.data}\n\n`);
    if (event.terminal) this.end();
  }

  /** Sends the backlog, then what came meanwhile, and from now on each event as it comes. */
  release(backlog: StatusEvent[]): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const event of [...backlog, ...held]) this.send(event);
  }

  /**
   * The answer that carries the stream: its headers (`headers` beside the event stream's own), a
   * comment line every 15 s, and an end with a `retry:` after `maxLifeSeconds` (the browser
   * resumes with Last-Event-ID), both kept by the process's one stream clock (stream-clock.ts),
   * which lets the stream go when it ends, whichever way.
   */
  response(headers: Record<string, string>, maxLifeSeconds: number): Response {
    const endsAt = Date.now() + maxLifeSeconds * 1000;
    let beatAt = Date.now() + HEARTBEAT_MS;
    this.onEnd(
      everySecond((now) => {
        if (now >= endsAt) this.end({ resume: true });
        else if (now >= beatAt) {
          beatAt = now + HEARTBEAT_MS;
          this.keepAlive();
        }
      }),
    );
    const response = new Response(this.body, {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      },
    });
    if (this.body === null) directStreams.set(response, this);
    return response;
  }

  /**
   * Ends the stream. With `resume`, it tells the browser when to reconnect (it does, sending
   * Last-Event-ID, and so misses nothing).
   */
  end({ resume = false }: { resume?: boolean } = {}): void {
    if (this.#ended) return;
    if (resume) this.#write(`retry: ${RETRY_MS}\n\n`);
    this.#ended = true;
    this.#held = undefined;
    this.#sink?.end();
    for (const cleanup of this.#cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // One cleanup failing (a store gone away) must not keep the others from running.
      }
    }
    try {
      this.#controller?.close();
    } catch {
      // Already closed or cancelled by the browser going: nothing to close.
    }
  }
}

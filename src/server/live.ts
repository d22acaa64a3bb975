import type { SessionKind, StatusEvent, StatusUpdate, YotiStore } from './store.js';

/** How long a session's states are kept: the day its results may be read in. */
const LOG_TTL_SECONDS = 86_400;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** How soon a browser reconnects a stream that dropped. */
const RETRY_MS = 2_000;

/** A session state as the GET routes answer it, and how far along the session it is. */
export type ReadState = (kind: SessionKind, id: string) => Promise<StatusUpdate>;

const STATE_RANK: Readonly<Record<string, number>> = { CREATED: 0, PENDING: 1, PROCESSING: 1, DONE: 2 };

/** A share state: open (0) or ended (1, terminal). */
export function shareUpdate(state: { status: string }): StatusUpdate {
  const terminal = state.status !== 'CREATED';
  return { data: JSON.stringify(state), progress: terminal ? 1 : 0, terminal };
}

/** An IDV state: more checks, and checks further on, are further along; a completed or expired session is terminal. */
export function idvUpdate(state: { state: string; checks: Array<{ state: string }> }): StatusUpdate {
  const terminal = state.state !== 'ONGOING';
  const checks = state.checks.reduce((sum, check) => sum + 10 + (STATE_RANK[check.state] ?? 0), 0);
  return { data: JSON.stringify(state), progress: (terminal ? 1_000_000 : 0) + checks, terminal };
}

/** Whether an event's state ends its session. */
function isTerminal(kind: SessionKind, data: string): boolean {
  const state = JSON.parse(data) as { status?: string; state?: string };
  return kind === 'share' ? state.status !== 'CREATED' : state.state !== 'ONGOING';
}

const encoder = new TextEncoder();
const frame = (event: StatusEvent) =>
  encoder.encode(`id: ${event.id}\nevent: status\ndata: ${event.data}\n\n`);

/**
 * Live session states: read from Yoti when a webhook says something changed (one read at a time
 * per session, however many pages follow it, and one more when another notification comes during
 * a read), published to the store, and streamed to every page following the session as
 * Server-Sent Events, on any helper instance sharing the store.
 */
export class LiveStatus {
  readonly #store: YotiStore;
  readonly #read: ReadState;
  readonly #reads = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(store: YotiStore, read: ReadState) {
    this.#store = store;
    this.#read = read;
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

  /** Publishes a state read elsewhere (a GET route's), when it is new. */
  async publish(kind: SessionKind, id: string, update: StatusUpdate): Promise<void> {
    await this.#store.publish(kind, id, update, LOG_TTL_SECONDS);
  }

  /**
   * The session's event stream: after `lastEventId` when the browser reconnects with one, else
   * from its current state (read from Yoti first when nothing is known of it yet); a comment line
   * every 15 s; closed after a terminal state. A browser that already has the terminal state gets
   * 204, which tells EventSource to stop reconnecting.
   */
  async stream(
    kind: SessionKind,
    id: string,
    lastEventId: string | undefined,
    headers: Record<string, string>,
  ) {
    let known = await this.#store.events(kind, id);
    if (known.length === 0) {
      await this.refresh(kind, id);
      known = await this.#store.events(kind, id);
    }
    const latest = known.at(-1);
    if (lastEventId && latest?.id === lastEventId && isTerminal(kind, latest.data)) {
      return new Response(null, { status: 204, headers });
    }
    const sent = new Set<string>();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start: async (controller) => {
        let ended = false;
        const waiting: StatusEvent[] = [];
        let following = false;
        const send = (event: StatusEvent) => {
          if (ended || sent.has(event.id)) return;
          sent.add(event.id);
          controller.enqueue(frame(event));
          if (isTerminal(kind, event.data)) end();
        };
        const heartbeat = setInterval(
          () => controller.enqueue(encoder.encode(': keep-alive\n\n')),
          HEARTBEAT_MS,
        );
        const unfollow = await this.#store.follow(kind, id, (event) =>
          following ? send(event) : waiting.push(event),
        );
        const end = () => {
          if (ended) return;
          ended = true;
          clearInterval(heartbeat);
          unfollow();
          controller.close();
        };
        stop = () => {
          ended = true;
          clearInterval(heartbeat);
          unfollow();
        };
        controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
        // Followed before reading what is there: nothing published meanwhile is missed (sent once),
        // including what came between the first read and following.
        const after = lastEventId ?? latest?.id;
        const backlog = [
          ...(lastEventId ? [] : known.slice(-1)),
          ...(after ? await this.#store.events(kind, id, after) : []),
        ];
        for (const event of backlog) send(event);
        following = true;
        for (const event of waiting) send(event);
      },
      cancel: () => stop(),
    });
    return new Response(body, {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      },
    });
  }
}

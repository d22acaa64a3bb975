// A Server-Sent Events client for Node tests: reads a helper's event stream as a browser's
// EventSource would (eventsource-parser), keeping every message (id, event, data), comment and
// retry field, until told to stop.

import { createParser, type EventSourceMessage } from 'eventsource-parser';

export type SseMessage = EventSourceMessage;

export interface SseStream {
  status: number;
  messages: SseMessage[];
  comments: string[];
  /** Each `retry:` the helper sent (how soon to reconnect, ms). */
  retries: number[];
  /** Resolves once the stream has ended (the helper closed it). */
  ended: Promise<void>;
  /** Waits until `count` messages have come (or `timeoutMs` passed: then rejects). */
  waitFor(count: number, timeoutMs?: number): Promise<SseMessage[]>;
  close(): void;
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const retries: number[] = [];
  const waiters = new Set<() => void>();
  const parser = createParser({
    onEvent: (message) => {
      messages.push(message);
      for (const wake of waiters) wake();
    },
    onComment: (comment) => comments.push(comment.trim()),
    onRetry: (retry) => retries.push(retry),
  });
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body)
        parser.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
    } catch {
      // closed by the test
    }
  })();
  return {
    status: response.status,
    messages,
    comments,
    retries,
    ended,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(messages);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${messages.length} of ${count} messages after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}

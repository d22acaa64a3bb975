import type { ServerResponse } from 'node:http';
import { answerText } from '../core/errors.js';
import { type FrameworkRequest, toRequest } from '../http/node-request.js';
import { directStreamOf, EventStream } from '../live/event-stream.js';

export { requestHead } from '../http/node-request.js';

/** A Fetch-API handler, as createYotiHandler makes one: what every adapter here wraps. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** A handler that may name where its routes are (createYotiHandler's `basePath`). */
export type MountedHandler = FetchHandler & { basePath?: string };

/** Where `handler`'s routes are: `given`, else the handler's own `basePath`, else `/yoti`; no trailing slash. */
export const basePathOf = (handler: MountedHandler, given?: string): string =>
  (given ?? handler.basePath ?? '/yoti').replace(/\/+$/, '');

/**
 * Sends a body as it comes, each part at once (an event stream is never buffered), and cancels it
 * as soon as the browser goes, whether it is waiting for the next part or for the socket to drain:
 * one `close` listener, one `drain` at a time, both gone when it ends.
 */
async function pipeBody(body: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  const reader = body.getReader();
  let drained: (() => void) | undefined;
  let gone = false;
  const onClose = () => {
    gone = true;
    drained?.();
    reader.cancel().catch(() => undefined);
  };
  res.once('close', onClose);
  try {
    res.flushHeaders();
    while (!gone) {
      const { done, value } = await reader.read();
      if (done || gone) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          res.once('drain', resolve);
        });
        if (drained) res.off('drain', drained);
        drained = undefined;
      }
    }
    if (!gone) res.end();
  } catch {
    res.destroy();
  } finally {
    res.off('close', onClose);
  }
}

/** Answers `req` with `handler`'s Response: its head written, and its body's sending (to await) when it has one to stream. */
async function answer({
  handler,
  req,
  res,
  signal,
}: {
  handler: MountedHandler;
  req: FrameworkRequest;
  res: ServerResponse;
  signal: AbortSignal;
}): Promise<Promise<void> | EventStream | undefined> {
  const request = await toRequest(req, signal);
  const response = await handler(request);
  if (res.destroyed || signal.aborted) {
    directStreamOf(response)?.end();
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (!req.complete) {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
  }
  const stream = directStreamOf(response);
  if (stream) return stream;
  const text = answerText(response);
  if (text !== undefined || !response.body) {
    res.end(text ?? '');
    return undefined;
  }
  return pipeBody(response.body, res);
}

/** Sends the helper's own event stream straight to the socket, until either side ends it. */
function sendDirectly(stream: EventStream, res: ServerResponse): void {
  res.flushHeaders();
  res.once('close', () => stream.end());
  stream.attach({ write: (text) => res.write(text), end: () => res.end() });
}

export interface NodeListenerOptions {
  /**
   * The helper's routes: with Express's `next`, a request outside them goes on to the next
   * middleware. Default: the handler's own `basePath` (a handler made by createYotiHandler), else `/yoti`.
   */
  basePath?: string;
}

/**
 * Adapts a Fetch-API handler to node:http's `(req, res)` listener, and so to Express, Connect and
 * Fastify middleware. Given `next` (Express), a request outside the helper's routes goes on to it.
 * A browser that goes away at any moment (while its body is read, while the helper works, while a
 * stream is sent) aborts the Request's signal and cancels the body at once: nothing is left running.
 */
export function toNodeListener(handler: MountedHandler, options: NodeListenerOptions = {}) {
  const basePath = basePathOf(handler, options.basePath);
  return async (
    req: FrameworkRequest,
    res: ServerResponse,
    next?: (error?: unknown) => void,
  ): Promise<void> => {
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/';
    if (next && path !== basePath && !path.startsWith(`${basePath}/`)) {
      next();
      return;
    }
    const browser = new AbortController();
    const gone = () => browser.abort();
    res.once('close', gone);
    try {
      // The answer's body is sent from here, after `answer` has returned: while a stream lasts (hours,
      // for thousands of browsers) no Request or Response is kept alive for it, and the helper's own
      // event streams keep nothing of this request at all (the socket's close ends them).
      const sending = await answer({ handler, req, res, signal: browser.signal });
      if (sending instanceof EventStream) sendDirectly(sending, res);
      else await sending;
    } catch (error) {
      if (res.destroyed || browser.signal.aborted) return;
      if (next) next(error);
      else {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({ error: { code: 'internal_error', message: 'The request could not be handled.' } }),
        );
      }
    } finally {
      res.off('close', gone);
    }
  };
}

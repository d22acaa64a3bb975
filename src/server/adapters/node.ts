import type { ServerResponse } from 'node:http';
import { answerText } from '../core/errors.js';
import { type FrameworkRequest, toRequest } from '../http/node-request.js';

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
      const request = await toRequest(req, browser.signal);
      const response = await handler(request);
      if (res.destroyed || browser.signal.aborted) {
        await response.body?.cancel().catch(() => undefined);
        return;
      }
      res.statusCode = response.status;
      for (const [name, value] of response.headers) res.setHeader(name, value);
      // A body refused before it was read (too large) leaves the socket mid-request: close it.
      if (!req.complete) {
        res.setHeader('Connection', 'close');
        res.once('finish', () => req.destroy());
      }
      // A JSON answer of the helper's own goes out as the text it was made from, without a round
      // through the Response's stream (a millisecond per request under load); any other body
      // (an event stream) is sent as it comes.
      const text = answerText(response);
      if (text !== undefined || !response.body) res.end(text ?? '');
      else await pipeBody(response.body, res);
    } catch (error) {
      // The browser went while its body was read: there is nobody to answer.
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

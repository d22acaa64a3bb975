import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerText, MalformedRequest } from '../errors.js';
import { isValidHost, setPeerAddress } from '../origin.js';
import { MAX_BODY_BYTES } from '../request.js';
import { markMalformed } from '../router.js';

/** A Fetch-API handler, as createYotiHandler makes one: what every adapter here wraps. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** A handler that may name where its routes are (createYotiHandler's `basePath`). */
export type MountedHandler = FetchHandler & { basePath?: string };

/** Where `handler`'s routes are: `given`, else the handler's own `basePath`, else `/yoti`; no trailing slash. */
export const basePathOf = (handler: MountedHandler, given?: string): string =>
  (given ?? handler.basePath ?? '/yoti').replace(/\/+$/, '');

/** Express, Connect and Fastify (via middie) add these to node's request. */
interface FrameworkRequest extends IncomingMessage {
  originalUrl?: string;
  body?: unknown;
}

/** Methods a Fetch-API Request cannot carry: refused (405) by the router, from a stand-in. */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

const badRequest = (message: string) => new MalformedRequest(400, 'bad_request', message);

/**
 * The request's URL: its target (a path, or an absolute URL as proxies send it) on the host its
 * Host header names. A missing or malformed Host (userinfo, a path, bad characters) or a target
 * that is neither throws a MalformedRequest: such a request is refused, never guessed at.
 */
function requestUrl(req: FrameworkRequest): URL {
  const host = req.headers.host;
  if (!host || !isValidHost(host)) throw badRequest('The request has no valid Host header.');
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  const base = `${encrypted ? 'https' : 'http'}://${host}`;
  const target = req.originalUrl ?? req.url ?? '/';
  try {
    if (target.startsWith('/')) return new URL(`${base}${target}`);
    const absolute = new URL(target);
    if (absolute.protocol === 'http:' || absolute.protocol === 'https:') {
      return new URL(`${base}${absolute.pathname}${absolute.search}`);
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw badRequest('The request target is not a path.');
}

/** The request's headers as name/value pairs (the Request makes its Headers from them once), less `skip`. */
function headerPairs(req: FrameworkRequest, skip?: string): [string, string][] {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === skip) continue;
    if (Array.isArray(value)) for (const item of value) headers.push([name, item]);
    else headers.push([name, value]);
  }
  return headers;
}

/** node:http's request as a Fetch API one without its body: its URL and headers (a cookie, say). */
export function requestHead(req: FrameworkRequest): Request {
  const request = new Request(requestUrl(req), { method: 'GET', headers: headerPairs(req) });
  setPeerAddress(request, req.socket?.remoteAddress);
  return request;
}

/**
 * The body of `req`, read up to one byte past the helper's limit (a larger one is refused by the
 * handler, and the connection closed, without reading the rest).
 */
async function readBody(req: FrameworkRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) break;
  }
  return Buffer.concat(chunks);
}

/** The Fetch-API Request for `req`, its signal aborted when the browser goes. */
async function toRequest(req: FrameworkRequest, signal: AbortSignal): Promise<Request> {
  const method = req.method ?? 'GET';
  let url: URL;
  try {
    url = requestUrl(req);
  } catch (error) {
    return markMalformed(new Request('http://invalid/', { signal }), error as MalformedRequest);
  }
  if (FORBIDDEN_METHODS.has(method)) {
    const refusal = new MalformedRequest(405, 'method_not_allowed', `${method} is not allowed.`);
    return markMalformed(new Request(url, { signal }), refusal);
  }
  let init: RequestInit;
  if (method === 'GET' || method === 'HEAD') {
    init = { method, headers: headerPairs(req) };
  } else if (req.body !== undefined && req.readableEnded) {
    // A body parser that ran before the helper has already read the stream: use what it parsed.
    const body =
      typeof req.body === 'string'
        ? req.body
        : Buffer.isBuffer(req.body)
          ? req.body.toString('utf8')
          : JSON.stringify(req.body);
    init = { method, headers: headerPairs(req, 'content-length'), body };
  } else {
    const length = req.headers['content-length'];
    const empty = length === '0' || (length === undefined && req.headers['transfer-encoding'] === undefined);
    init = { method, headers: headerPairs(req), body: empty ? null : new Uint8Array(await readBody(req)) };
  }
  const request = new Request(url, { ...init, signal });
  setPeerAddress(request, req.socket?.remoteAddress);
  return request;
}

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

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

type FetchHandler = (request: Request) => Promise<Response>;

/** Express, Connect and Fastify (via middie) add these to node's request. */
interface FrameworkRequest extends IncomingMessage {
  originalUrl?: string;
  body?: unknown;
}

function urlAndHeaders(req: FrameworkRequest): { url: URL; headers: Headers } {
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  const url = new URL(
    req.originalUrl ?? req.url ?? '/',
    `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
  );
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return { url, headers };
}

/** node:http's request as a Fetch API one without its body: its URL and headers (a cookie, say). */
export function requestHead(req: FrameworkRequest): Request {
  const { url, headers } = urlAndHeaders(req);
  return new Request(url, { method: 'GET', headers });
}

function toRequest(req: FrameworkRequest): Request {
  const { url, headers } = urlAndHeaders(req);
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  // A body parser that ran before the helper has already read the stream: use what it parsed.
  if (req.body !== undefined && req.readableEnded) {
    headers.delete('content-length');
    const body =
      typeof req.body === 'string'
        ? req.body
        : Buffer.isBuffer(req.body)
          ? req.body.toString('utf8')
          : JSON.stringify(req.body);
    return new Request(url, { method, headers, body });
  }
  return new Request(url, {
    method,
    headers,
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
}

/**
 * Adapts a Fetch-API handler to node:http's `(req, res)` listener, and so to Express, Connect and
 * Fastify middleware. Given `next` (Express), a request outside the helper's routes goes on to it.
 */
export function toNodeListener(handler: FetchHandler & { basePath?: string }) {
  return async (
    req: FrameworkRequest,
    res: ServerResponse,
    next?: (error?: unknown) => void,
  ): Promise<void> => {
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/';
    if (
      next &&
      handler.basePath !== undefined &&
      path !== handler.basePath &&
      !path.startsWith(`${handler.basePath}/`)
    ) {
      next();
      return;
    }
    try {
      const response = await handler(toRequest(req));
      res.statusCode = response.status;
      for (const [name, value] of response.headers) res.setHeader(name, value);
      // A body refused before it was read (too large) leaves the socket mid-request: close it.
      if (!req.complete) {
        res.setHeader('Connection', 'close');
        res.once('finish', () => req.destroy());
      }
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (next) next(error);
      else {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({ error: { code: 'internal_error', message: 'The request could not be handled.' } }),
        );
      }
    }
  };
}

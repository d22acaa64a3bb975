import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerText } from './errors.js';
import { MAX_BODY_BYTES } from './request.js';

type FetchHandler = (request: Request) => Promise<Response>;

/** Express, Connect and Fastify (via middie) add these to node's request. */
interface FrameworkRequest extends IncomingMessage {
  originalUrl?: string;
  body?: unknown;
}

/**
 * The request's URL and its headers as name/value pairs (the Request makes its Headers from them
 * once), less `skip`.
 */
function urlAndHeaders(req: FrameworkRequest, skip?: string): { url: URL; headers: [string, string][] } {
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  const url = new URL(
    req.originalUrl ?? req.url ?? '/',
    `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
  );
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === skip) continue;
    if (Array.isArray(value)) for (const item of value) headers.push([name, item]);
    else headers.push([name, value]);
  }
  return { url, headers };
}

/** node:http's request as a Fetch API one without its body: its URL and headers (a cookie, say). */
export function requestHead(req: FrameworkRequest): Request {
  const { url, headers } = urlAndHeaders(req);
  return new Request(url, { method: 'GET', headers });
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

async function toRequest(req: FrameworkRequest): Promise<Request> {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') {
    const { url, headers } = urlAndHeaders(req);
    return new Request(url, { method, headers });
  }
  // A body parser that ran before the helper has already read the stream: use what it parsed.
  if (req.body !== undefined && req.readableEnded) {
    const { url, headers } = urlAndHeaders(req, 'content-length');
    const body =
      typeof req.body === 'string'
        ? req.body
        : Buffer.isBuffer(req.body)
          ? req.body.toString('utf8')
          : JSON.stringify(req.body);
    return new Request(url, { method, headers, body });
  }
  const { url, headers } = urlAndHeaders(req);
  const length = req.headers['content-length'];
  const empty = length === '0' || (length === undefined && req.headers['transfer-encoding'] === undefined);
  return new Request(url, { method, headers, body: empty ? null : new Uint8Array(await readBody(req)) });
}

/**
 * Sends a body as it comes, each part at once (an event stream is never buffered), and cancels it
 * when the browser goes away, so that whatever feeds it stops.
 */
async function pipeBody(body: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  const reader = body.getReader();
  const gone = () => void reader.cancel().catch(() => undefined);
  res.once('close', gone);
  res.flushHeaders();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
      }
    }
    res.end();
  } catch {
    res.destroy();
  } finally {
    res.off('close', gone);
  }
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
      const response = await handler(await toRequest(req));
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

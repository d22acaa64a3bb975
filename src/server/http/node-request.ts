import type { IncomingMessage } from 'node:http';
import { MalformedRequest } from '../core/errors.js';
import { isValidHost, setPeerAddress } from './origin.js';
import { MAX_BODY_BYTES } from './request.js';
import { markMalformed } from './router.js';

/**
 * node:http's requests (Express, Connect, Fastify) as the Fetch API's: the URL from the Host header
 * and target, checked; the headers; the body, read up to the helper's limit; the peer's address.
 */

/** Express, Connect and Fastify (via middie) add these to node's request. */
export interface FrameworkRequest extends IncomingMessage {
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
/** Requests made by the node adapter, which sends an event stream straight to the socket. */
const direct = new WeakSet<Request>();

/**
 * Whether `request` came through toNodeListener, whose answer to it may be a direct event stream
 * (live/event-stream.ts: no web ReadableStream for each of thousands of open streams).
 */
export const answersDirectly = (request: Request): boolean => direct.has(request);

export async function toRequest(req: FrameworkRequest, signal: AbortSignal): Promise<Request> {
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
  direct.add(request);
  return request;
}

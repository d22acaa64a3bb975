import { BlockList, isIP } from 'node:net';
import { ApiError, errorResponse } from '../core/errors.js';

/**
 * The helper's whole cross-origin policy, in one place: which origin a request was made to (its own
 * URL's, `publicOrigin`, or what a trusted proxy says), which client address made it (for limits),
 * which other origins may call it (CORS, with credentials), and the refusal of an unsafe request
 * from any other origin.
 */

/**
 * Which proxies stand in front of the helper: none (false), that many hops (true is one), or the
 * proxies' own addresses or subnets (`10.0.0.0/8`), as Express's `trust proxy`.
 */
export type TrustProxy = boolean | number | readonly string[];

/** node:http's peer address of each request the node adapter made, for the client address. */
const peerAddresses = new WeakMap<Request, string>();

/** Records the socket address `request` came from (the node adapter does, for every request). */
export function setPeerAddress(request: Request, address: string | undefined): void {
  if (address) peerAddresses.set(request, address.replace(/^::ffff:(?=\d+\.)/, ''));
}

/**
 * The client's address for a Fetch-API host that knows it (Hono's getConnInfo, Bun's
 * `server.requestIP`, Deno's `info.remoteAddr`): the helper's per-address limits count it, as they
 * count the socket's under node:http. Without it such a host's clients share one count.
 */
export function withClientAddress(request: Request, address: string | undefined): Request {
  setPeerAddress(request, address);
  return request;
}

/** Requests whose X-Forwarded-* headers the framework itself added (Next.js): no notice about them. */
const forwardedByFramework = new WeakSet<Request>();

const ALLOW_HEADERS = 'content-type, last-event-id';

/** The comma-separated elements of a header, trimmed, in the order they were appended. */
const elements = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** One `Forwarded` element's parameter (`for`, `proto`, `host`), unquoted. */
function forwardedParam(element: string, name: string): string | undefined {
  for (const pair of element.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim().toLowerCase() === name) {
      return pair
        .slice(at + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
    }
  }
  return undefined;
}

/** An address from X-Forwarded-For or `Forwarded: for=` without its port or brackets. */
function bareAddress(value: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  return (v4?.[1] ?? value).replace(/^::ffff:(?=\d+\.)/, '');
}

/**
 * A request a framework forwarded to its handler itself (Next.js, which gives route handlers no
 * socket): the address the framework put last in X-Forwarded-For is its peer, and the X-Forwarded-*
 * headers it added draw no notice.
 */
export function takeFrameworkForwarding(request: Request): Request {
  const last = elements(request.headers.get('x-forwarded-for')).at(-1);
  const address = last === undefined ? undefined : bareAddress(last);
  if (address && isIP(address) !== 0) setPeerAddress(request, address);
  forwardedByFramework.add(request);
  return request;
}

/** A host as a request may name it: a name or an IP, with an optional port; no userinfo, no path. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Whether `host` is a well-formed Host header value (what `new URL` would take as the host, alone). */
export const isValidHost = (host: string): boolean => HOST.test(host);

export interface OriginPolicyOptions {
  trustProxy: TrustProxy;
  /** The site's canonical origin: checked instead of what `Host` says. */
  publicOrigin?: string;
  allowedOrigins?: readonly string[];
  /** Told once when requests carry forwarding headers that the helper ignores (trustProxy off). */
  warn: (message: string) => void;
}

export class OriginPolicy {
  readonly #hops: number;
  readonly #proxies?: BlockList;
  readonly #publicOrigin?: string;
  readonly #allowed: readonly string[];
  readonly #warn: (message: string) => void;
  #warned = false;

  constructor(options: OriginPolicyOptions) {
    const { trustProxy } = options;
    this.#hops = trustProxy === true ? 1 : typeof trustProxy === 'number' ? trustProxy : 0;
    if (Array.isArray(trustProxy)) this.#proxies = proxyList(trustProxy);
    this.#publicOrigin = options.publicOrigin;
    this.#allowed = options.allowedOrigins ?? [];
    this.#warn = options.warn;
  }

  /** Whether the headers of `request` come from a proxy the helper trusts. */
  #trusted(request: Request): boolean {
    if (this.#proxies) {
      const peer = peerAddresses.get(request);
      return peer !== undefined && this.#proxies.check(peer, isIP(peer) === 6 ? 'ipv6' : 'ipv4');
    }
    return this.#hops > 0;
  }

  /**
   * The origin the browser sees: `publicOrigin`, else the request's own URL's, else, behind a
   * trusted proxy, what that proxy appended (the last `Forwarded` element, or the last
   * X-Forwarded-Proto / -Host), never what the client itself put first.
   */
  ownOrigin(request: Request): string {
    if (this.#publicOrigin) return this.#publicOrigin;
    const own = new URL(request.url);
    // The Host the browser sent, where the framework's request URL names another (Next.js gives
    // `http://localhost:PORT` whatever the Host); its scheme is the URL's.
    const hostHeader = request.headers.get('host');
    const host = hostHeader && isValidHost(hostHeader) ? hostHeader : own.host;
    if (!this.#trusted(request)) {
      this.#noticeIgnoredHeaders(request);
      return new URL(`${own.protocol}//${host}`).origin;
    }
    const forwarded = elements(request.headers.get('forwarded')).at(-1);
    const proto =
      (forwarded && forwardedParam(forwarded, 'proto')) ??
      elements(request.headers.get('x-forwarded-proto')).at(-1) ??
      own.protocol.slice(0, -1);
    const forwardedHost =
      (forwarded && forwardedParam(forwarded, 'host')) ??
      elements(request.headers.get('x-forwarded-host')).at(-1) ??
      host;
    if (!/^https?$/i.test(proto) || !isValidHost(forwardedHost)) return own.origin;
    return new URL(`${proto.toLowerCase()}://${forwardedHost}`).origin;
  }

  /**
   * The client's address, for limits: the socket's, or behind trusted proxies the address the
   * nearest untrusted hop has in `Forwarded: for=` / X-Forwarded-For (walking back from the last
   * element, one per trusted proxy). `unknown` when the host gives the helper no socket and no
   * proxy names one (a Fetch-API host without trustProxy).
   */
  clientAddress(request: Request): string {
    const peer = peerAddresses.get(request);
    if (!this.#trusted(request)) return peer ?? 'unknown';
    const forwarded = elements(request.headers.get('forwarded'))
      .map((element) => forwardedParam(element, 'for'))
      .filter((value): value is string => value !== undefined);
    const chain = (forwarded.length > 0 ? forwarded : elements(request.headers.get('x-forwarded-for')))
      .map(bareAddress)
      .reverse();
    if (this.#proxies) {
      const proxies = this.#proxies;
      const untrusted = chain.find((address) => {
        const family = isIP(address);
        return family === 0 || !proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
      });
      return untrusted ?? chain.at(-1) ?? peer ?? 'unknown';
    }
    // The socket is the first trusted hop; each further one appended the address before it.
    return chain[this.#hops - 1] ?? chain.at(-1) ?? peer ?? 'unknown';
  }

  /** Whether `origin` may call the helper with credentials from another origin (CORS). */
  #grants(origin: string | null, ownOrigin: string): origin is string {
    return origin !== null && origin !== ownOrigin && this.#allowed.includes(origin);
  }

  /**
   * CORS headers for a request from one of `allowedOrigins` that is not the helper's own: that
   * origin (never `*`), with credentials, so the browser sends the caller cookie. Every answer
   * varies by Origin; any other origin gets no CORS header, so the browser keeps the answer from it.
   */
  corsHeaders(request: Request, ownOrigin: string): Record<string, string> {
    const origin = request.headers.get('origin');
    if (!this.#grants(origin, ownOrigin)) return { Vary: 'Origin' };
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'Retry-After',
      Vary: 'Origin',
    };
  }

  /** Answers a CORS preflight: 204 with what may be sent (`methods`), for an allowed origin; 403 otherwise. */
  preflight(request: Request, ownOrigin: string, methods: readonly string[]): Response {
    const headers = this.corsHeaders(request, ownOrigin);
    if (!headers['Access-Control-Allow-Origin']) {
      return errorResponse(this.#refusal(request.headers.get('origin'), ownOrigin), headers);
    }
    return new Response(null, {
      status: 204,
      headers: {
        ...headers,
        'Access-Control-Allow-Methods': methods.join(', '),
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
      },
    });
  }

  /**
   * Refuses an unsafe request (POST, DELETE) from an origin that may not call the helper: anything
   * but its own origin (as the browser sees it) and `allowedOrigins`. Browsers send Origin on every
   * such request; without one, a cross-site Sec-Fetch-Site is refused too.
   */
  checkUnsafe(request: Request, ownOrigin: string): void {
    const origin = request.headers.get('origin');
    if (origin === null) {
      if (request.headers.get('sec-fetch-site') === 'cross-site') throw this.#refusal(null, ownOrigin);
      return;
    }
    if (origin !== ownOrigin && !this.#allowed.includes(origin)) throw this.#refusal(origin, ownOrigin);
  }

  #refusal(origin: string | null, ownOrigin: string): ApiError {
    const from = origin === null ? 'Cross-site requests are' : `Requests from ${origin.slice(0, 100)} are`;
    return new ApiError(
      403,
      'origin_not_allowed',
      `${from} not allowed: the Yoti helper expects ${ownOrigin} (its own origin) or one of allowedOrigins. Behind a proxy or a framework that changes the request URL, set publicOrigin or trustProxy.`,
      { retryable: false },
    );
  }

  /** Tells the host once that it ignores forwarding headers, so the address limits count is the proxy's. */
  #noticeIgnoredHeaders(request: Request): void {
    if (this.#warned || this.#hops > 0 || this.#proxies || forwardedByFramework.has(request)) return;
    const headers = request.headers;
    if (!headers.has('x-forwarded-for') && !headers.has('forwarded') && !headers.has('x-forwarded-host'))
      return;
    this.#warned = true;
    this.#warn(
      'Requests carry X-Forwarded-* / Forwarded headers but trustProxy is off: the helper ignores them, so the client address its limits count is the proxy’s, and the origin is what Host says. Set trustProxy to the proxies in front of the helper.',
    );
  }
}

/** The trusted proxies as a BlockList of addresses and subnets; throws a TypeError on a bad one. */
function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new TypeError(`${entry} is not an IP address or subnet`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
        throw new TypeError(`${entry} has a bad prefix length`);
      }
      list.addSubnet(address, bits, type);
    }
  }
  return list;
}

/** Checks a trustProxy option; the reason it is wrong, or undefined. */
export function trustProxyProblem(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 20
      ? undefined
      : 'as a number should be a count of proxy hops (0 to 20)';
  }
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
    try {
      proxyList(value);
      return undefined;
    } catch (error) {
      return `lists ${(error as Error).message}`;
    }
  }
  return 'should be true, false, a number of hops, or a list of proxy addresses';
}

import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

/** The host's way of naming who makes a request (its user ID, say); undefined for nobody. */
export type CallerResolver = (
  request: Request,
) => string | null | undefined | Promise<string | null | undefined>;

/** The first of a header's comma-separated values (the one the nearest proxy added first). */
const first = (value: string | null) => value?.split(',')[0]?.trim() || undefined;

/**
 * The origin the browser sees for `request`: its own URL's, or, behind a proxy the host trusts
 * (`trustProxy`), the one the proxy names in `Forwarded` or `X-Forwarded-Proto`/`-Host`. Without
 * trustProxy those headers change nothing: anyone can send them.
 */
export function requestOrigin(request: Request, trustProxy: boolean): string {
  const own = new URL(request.url);
  if (!trustProxy) return own.origin;
  const forwarded = first(request.headers.get('forwarded'));
  const part = (name: string) =>
    forwarded
      ?.split(';')
      .map((pair) => pair.trim().split('='))
      .find(([key]) => key?.toLowerCase() === name)?.[1]
      ?.replace(/^"|"$/g, '');
  const proto = part('proto') ?? first(request.headers.get('x-forwarded-proto')) ?? own.protocol.slice(0, -1);
  const host = part('host') ?? first(request.headers.get('x-forwarded-host')) ?? own.host;
  try {
    const url = new URL(`${proto.toLowerCase()}://${host}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : own.origin;
  } catch {
    return own.origin;
  }
}

/** Who made a request, as the helper binds sessions to it; `setCookie` when a new caller was made. */
export interface Caller {
  /** A keyed digest of the caller's identity: what the store keeps. */
  id: string;
  setCookie?: string;
}

const COOKIE_AGE_SECONDS = 86_400;
const cookieValue = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

/**
 * Names the caller of each request. With the host's `caller` function, that; otherwise a random
 * ID in an HttpOnly, SameSite=Lax cookie the helper sets (`__Host-` and Secure on https, so a
 * sibling subdomain cannot plant one), signed with a key derived from the application's private
 * key, so every helper instance of the application honours it and a tampered one counts as none.
 */
export class Callers {
  readonly #resolve?: CallerResolver;
  readonly #trustProxy: boolean;
  readonly #key: Buffer;

  constructor(options: { caller?: CallerResolver; trustProxy: boolean; privateKey: string }) {
    this.#resolve = options.caller;
    this.#trustProxy = options.trustProxy;
    this.#key = Buffer.from(hkdfSync('sha256', options.privateKey, 'yoti-elements', 'caller', 32));
  }

  #sign(text: string): string {
    return createHmac('sha256', this.#key).update(text).digest('base64url');
  }

  #digest(identity: string): string {
    return this.#sign(`caller:${identity}`);
  }

  #secure(request: Request): boolean {
    return requestOrigin(request, this.#trustProxy).startsWith('https:');
  }

  #cookieName(request: Request): string {
    return this.#secure(request) ? '__Host-yoti_caller' : 'yoti_caller';
  }

  /** The caller of `request`, or undefined when it names none (or a tampered one). */
  async identify(request: Request): Promise<Caller | undefined> {
    if (this.#resolve) {
      const identity = await this.#resolve(request);
      if (identity === undefined || identity === null) return undefined;
      if (typeof identity !== 'string' || identity === '' || identity.length > 512) {
        throw new TypeError('caller(request) should return a non-empty string of at most 512 characters');
      }
      return { id: this.#digest(`host:${identity}`) };
    }
    const name = this.#cookieName(request);
    const cookie = (request.headers.get('cookie') ?? '')
      .split(';')
      .map((pair) => pair.trim())
      .find((pair) => pair.startsWith(`${name}=`))
      ?.slice(name.length + 1);
    if (!cookie || !cookieValue.test(cookie)) return undefined;
    const [random = '', signature = ''] = cookie.split('.');
    const expected = Buffer.from(this.#sign(`cookie:${random}`));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return undefined;
    return { id: this.#digest(`cookie:${random}`) };
  }

  /** The caller of `request`; with the default cookie, a new one (and its Set-Cookie) when there is none. */
  async identifyOrCreate(request: Request): Promise<Caller> {
    const known = await this.identify(request);
    if (known) return known;
    if (this.#resolve) {
      throw new ApiError(
        401,
        'caller_unknown',
        'Sign in first: this site does not know who you are.',
        undefined,
        false,
      );
    }
    const random = randomBytes(16).toString('base64url');
    const secure = this.#secure(request);
    const cookie = `${this.#cookieName(request)}=${random}.${this.#sign(`cookie:${random}`)}`;
    return {
      id: this.#digest(`cookie:${random}`),
      setCookie: `${cookie}; Path=/; Max-Age=${COOKIE_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`,
    };
  }
}

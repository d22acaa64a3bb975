import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../core/errors.js';

/** The host's way of naming who makes a request (its user ID, say); undefined for nobody. */
export type CallerResolver = (
  request: Request,
) => string | null | undefined | Promise<string | null | undefined>;

/** Who made a request, as the helper binds sessions to it; `setCookie` when a new caller was made. */
export interface Caller {
  /** A keyed digest of the caller's identity: what the store keeps. */
  id: string;
  setCookie?: string;
}

const COOKIE_AGE_SECONDS = 86_400;
const COOKIE_NAMES = ['yoti_caller', '__Host-yoti_caller'];
const cookieValue = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

/**
 * The values of every caller cookie `request` carries, whichever of the two names. The `cookie`
 * package keeps only the first of a repeated name, and the helper must see them all: two caller
 * cookies (one planted from a sibling subdomain over http, say) count as none.
 */
function callerCookies(request: Request): Array<{ name: string; value: string }> {
  const cookies: Array<{ name: string; value: string }> = [];
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    if (at > 0 && COOKIE_NAMES.includes(name)) cookies.push({ name, value: pair.slice(at + 1).trim() });
  }
  return cookies;
}

/**
 * Names the caller of each request. With the host's `caller` function, that; otherwise a random
 * ID in an HttpOnly, SameSite=Lax cookie the helper sets (`__Host-` and Secure on https, so a
 * sibling subdomain cannot plant one), signed with a key derived from the application's private
 * key, so every helper instance of the application honours it and a tampered one counts as none.
 */
export class Callers {
  readonly #resolve?: CallerResolver;
  readonly #secure: (request: Request) => boolean;
  readonly #key: Buffer;

  constructor(options: {
    caller?: CallerResolver;
    secure: (request: Request) => boolean;
    privateKey: string;
  }) {
    this.#resolve = options.caller;
    this.#secure = options.secure;
    this.#key = Buffer.from(hkdfSync('sha256', options.privateKey, 'yoti-elements', 'caller', 32));
  }

  #sign(text: string): string {
    return createHmac('sha256', this.#key).update(text).digest('base64url');
  }

  #digest(identity: string): string {
    return this.#sign(`caller:${identity}`);
  }

  /** On https, only the `__Host-` cookie counts: a sibling subdomain cannot set one. */
  #cookieName(request: Request): string {
    return this.#secure(request) ? '__Host-yoti_caller' : 'yoti_caller';
  }

  /** Whether callers are the host's own (its `caller` function) rather than the helper's cookie. */
  get hostDefined(): boolean {
    return this.#resolve !== undefined;
  }

  /** The caller of `request`, or undefined when it names none (or a tampered one, or two). */
  async identify(request: Request): Promise<Caller | undefined> {
    if (this.#resolve) {
      const identity = await this.#resolve(request);
      if (identity === undefined || identity === null) return undefined;
      if (typeof identity !== 'string' || identity === '' || identity.length > 512) {
        throw new TypeError('caller(request) should return a non-empty string of at most 512 characters');
      }
      return { id: this.#digest(`host:${identity}`) };
    }
    const cookies = callerCookies(request);
    const [cookie] = cookies;
    if (
      cookies.length !== 1 ||
      cookie?.name !== this.#cookieName(request) ||
      !cookieValue.test(cookie.value)
    ) {
      return undefined;
    }
    const [random = '', signature = ''] = cookie.value.split('.');
    const expected = Buffer.from(this.#sign(`cookie:${random}`));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return undefined;
    return { id: this.#digest(`cookie:${random}`) };
  }

  /**
   * A new caller for a request that names none: with the default cookie, a fresh random ID and its
   * Set-Cookie; with the host's `caller` function, 401 (the host signs people in, not the helper).
   */
  create(request: Request): Caller {
    if (this.#resolve) {
      throw new ApiError(401, 'caller_unknown', 'Sign in first: this site does not know who you are.', {
        retryable: false,
      });
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

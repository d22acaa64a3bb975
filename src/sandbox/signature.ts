import { type KeyObject, verify } from 'node:crypto';
import type { SandboxRequest } from './http.js';

const FRESHNESS_MS = 5 * 60 * 1000;

/**
 * Checks a request the way Yoti does: `X-Yoti-Auth-Digest` must be the application's RSA-SHA256
 * signature over `METHOD&/path?query` (the path below the API base), plus `&base64(body)` when
 * there is a body; the `nonce` is single-use and the `timestamp` recent.
 */
export class SignatureVerifier {
  readonly #seenNonces = new Set<string>();
  constructor(readonly publicKey: KeyObject) {}

  /** Returns why the request is refused, or undefined when it verifies. */
  problem(request: SandboxRequest, apiBase: string): string | undefined {
    const digest = request.headers['x-yoti-auth-digest'];
    if (typeof digest !== 'string' || digest === '') return 'missing X-Yoti-Auth-Digest';
    const nonce = request.url.searchParams.get('nonce');
    const timestamp = Number(request.url.searchParams.get('timestamp'));
    if (!nonce) return 'missing nonce';
    if (!Number.isFinite(timestamp) || Math.abs(Date.now() - timestamp) > FRESHNESS_MS)
      return 'stale or missing timestamp';
    const path = request.url.pathname.slice(apiBase.length) + request.url.search;
    const withBody = ['POST', 'PUT', 'PATCH'].includes(request.method) && request.body.length > 0;
    const message = `${request.method}&${path}${withBody ? `&${request.body.toString('base64')}` : ''}`;
    const valid = verify('RSA-SHA256', Buffer.from(message), this.publicKey, Buffer.from(digest, 'base64'));
    if (!valid) return 'signature does not verify';
    if (this.#seenNonces.has(nonce)) return 'nonce already used';
    this.#seenNonces.add(nonce);
    if (this.#seenNonces.size > 100_000) this.#seenNonces.clear();
    return undefined;
  }
}

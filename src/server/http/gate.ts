import { HostCodeError } from '../core/errors.js';
import type { Caller, Callers } from './caller.js';
import type { Limits } from './limits.js';
import type { OriginPolicy } from './origin.js';

/**
 * Who may go on, and how often: names the caller of a request and counts it against the limits
 * before any work is done for it. A creation is counted per client address (and in all) before any
 * host hook runs or a caller is minted, then per caller; a read is counted per caller (per address
 * for a request that names none).
 */
export class RequestGate {
  readonly #callers: Callers;
  readonly #limits: Limits;
  readonly #origins: OriginPolicy;

  constructor(callers: Callers, limits: Limits, origins: OriginPolicy) {
    this.#callers = callers;
    this.#limits = limits;
    this.#origins = origins;
  }

  /** The caller of `request`, as the host's `caller` or the cookie names it; undefined for none. */
  async identify(request: Request): Promise<Caller | undefined> {
    try {
      return await this.#callers.identify(request);
    } catch (error) {
      throw new HostCodeError('caller(request) failed', { cause: error });
    }
  }

  /** Admits a session creation: the request's caller, or a new one (with its cookie) when it names none. */
  async creation(request: Request): Promise<Caller> {
    await this.#limits.creationFrom(this.#origins.clientAddress(request));
    const caller = (await this.identify(request)) ?? this.#callers.create(request);
    await this.#limits.creationBy(caller.id);
    return caller;
  }

  /**
   * Waits for a turn to open an event stream (a few at a time on this instance, a caller's share at
   * most); resolves the turn's end.
   */
  async opening(request: Request): Promise<() => void> {
    const caller = await this.identify(request);
    return this.#limits.opening(
      request.signal,
      caller ? `caller:${caller.id}` : `address:${this.#origins.clientAddress(request)}`,
    );
  }

  /** Admits a read: the request's caller when it names one (the route answers 404 without). */
  async read(request: Request): Promise<Caller | undefined> {
    const caller = await this.identify(request);
    await this.#limits.read(
      caller ? `caller:${caller.id}` : `address:${this.#origins.clientAddress(request)}`,
    );
    return caller;
  }
}

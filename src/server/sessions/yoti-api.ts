import type { ErrorReporter } from '../core/errors.js';
import yoti from '../core/yoti-sdk.js';
import { callYoti, type UpstreamOperation, type UpstreamPolicy } from './upstream.js';

// The SDK is CommonJS: its exports are read from the default import.
const { DigitalIdentityClient, IDVClient } = yoti;

/** How long one read of a session from Yoti answers everyone who asks for it, ms. */
const READ_SHARED_MS = 1000;

export interface YotiApiOptions {
  clientSdkId: string;
  privateKey: string;
  shareApiUrl: string;
  idvApiUrl: string;
  timeoutMs: number;
  attempts: number;
  report: ErrorReporter;
}

/**
 * The helper's one way to Yoti: the SDK's two clients, each call under the time limit, retries and
 * error mapping of `callYoti`, and reads of one session shared: however many ask within a second,
 * Yoti is read once.
 */
export class YotiApi {
  readonly share: InstanceType<typeof DigitalIdentityClient>;
  readonly idv: InstanceType<typeof IDVClient>;
  readonly #policy: UpstreamPolicy;
  readonly #reads = new Map<string, Promise<unknown>>();

  constructor(options: YotiApiOptions) {
    this.#policy = {
      timeoutMs: options.timeoutMs,
      attempts: options.attempts,
      retryDelayMs: 200,
      report: options.report,
    };
    this.share = new DigitalIdentityClient(options.clientSdkId, options.privateKey, {
      apiUrl: options.shareApiUrl,
    });
    this.idv = new IDVClient(options.clientSdkId, options.privateKey, { apiUrl: options.idvApiUrl });
  }

  /** Runs one SDK call with the time limit, retries and error mapping of every call to Yoti. */
  call<T>(operation: UpstreamOperation, what: string, run: () => Promise<T>): Promise<T> {
    return callYoti(this.#policy, operation, what, run);
  }

  /**
   * Reads `key` (a session) with `run`, sharing the answer: a read started less than a second ago,
   * or still under way, answers this one too. `fresh` starts a new read (a webhook says the session
   * changed), which later reads then share.
   */
  read<T>(key: string, what: string, run: () => Promise<T>, { fresh = false } = {}): Promise<T> {
    const shared = this.#reads.get(key);
    if (!fresh && shared) return shared as Promise<T>;
    const result = this.call('read', what, run);
    this.#reads.set(key, result);
    // Shared for a second from its start (while it runs, and after); a failed read is not shared
    // at all: the next one asks Yoti again. Nothing of it is kept longer.
    const forget = () => {
      if (this.#reads.get(key) === result) this.#reads.delete(key);
    };
    setTimeout(forget, READ_SHARED_MS).unref?.();
    result.catch(forget);
    return result;
  }
}

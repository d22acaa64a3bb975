import { ApiError } from '../core/errors.js';
import type { Caller } from '../http/caller.js';
import type { SessionKind, SessionRecord, YotiStore } from '../store/store.js';

/** How long the helper remembers who started a session: the day its receipt or results may be read in. */
export const BINDING_TTL_SECONDS = 86_400;

/** Which caller started each session: the helper finds a session again only for that caller. */
export class Bindings {
  readonly #store: YotiStore;

  constructor(store: YotiStore) {
    this.#store = store;
  }

  /** Remembers `record` for session `id` (its caller, how it is presented, its current QR code). */
  put(kind: SessionKind, id: string, record: SessionRecord): Promise<void> {
    return this.#store.putSession(kind, id, record, BINDING_TTL_SECONDS);
  }

  /** What is remembered of session `id`, whoever started it (a webhook's session). */
  find(kind: SessionKind, id: string): Promise<SessionRecord | undefined> {
    return this.#store.getSession(kind, id);
  }

  /** The record of session `id` when `caller` started it; 404 for anyone else (and for nobody). */
  async bound(kind: SessionKind, id: string, caller: Caller | undefined): Promise<SessionRecord> {
    const record = caller && (await this.#store.getSession(kind, id));
    if (!caller || !record || record.caller !== caller.id) {
      throw new ApiError(404, 'session_not_found', `No such ${kind === 'share' ? 'share' : 'IDV'} session.`);
    }
    return record;
  }
}

import type { ErrorReporter } from '../core/errors.js';
import type { RetentionOptions } from '../options/admin-options.js';
import type { DueQuery } from '../store/records.js';
import type { YotiStore } from '../store/store.js';
import type { BackOffice } from './back-office.js';

/** What one sweep did: whether this instance swept (another may have, this hour), and what went. */
export interface SweepResult {
  swept: boolean;
  /** Sessions whose media were deleted (their records stay). */
  media: string[];
  /** Sessions deleted, with their records. */
  sessions: string[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Sessions read from the records at a time, and the most one sweep deletes of each kind. */
const BATCH = 100;
const MOST = 5000;
const RETENTION = { by: 'retention' } as const;

/**
 * Retention (docs/back-office.md): every hour, on one instance of those sharing the store (the
 * first to count the hour's key takes it), the media of sessions completed more than `mediaDays`
 * ago are deleted at Yoti (the record stays, audited `by: 'retention'`), and sessions older than
 * `sessionDays` (`unnamedSessionDays` for those nobody named) are deleted, records and all.
 */
export class Retention {
  readonly #backOffice: BackOffice;
  readonly #store: YotiStore;
  readonly #settings: RetentionOptions;
  readonly #report: ErrorReporter;

  constructor(backOffice: BackOffice, store: YotiStore, settings: RetentionOptions, report: ErrorReporter) {
    this.#backOffice = backOffice;
    this.#store = store;
    this.#settings = settings;
    this.#report = report;
  }

  /** Sweeps every hour from now on (the timer keeps no process alive); returns what stops it. */
  start(): () => void {
    const timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.#report(error, { source: 'helper', where: 'retention' }));
    }, HOUR_MS);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  /** One sweep as at `now` (unless another instance swept in the same hour). */
  async sweep(now = new Date()): Promise<SweepResult> {
    const hour = Math.floor(now.getTime() / HOUR_MS);
    const { count } = await this.#store.hit(`retention:${hour}`, HOUR_MS / 1000);
    if (count > 1) return { swept: false, media: [], sessions: [] };
    const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
    const { mediaDays, sessionDays, unnamedSessionDays = sessionDays } = this.#settings;
    const result: SweepResult = { swept: true, media: [], sessions: [] };
    if (sessionDays !== undefined) {
      result.sessions.push(
        ...(await this.#each({ kind: 'session', before: before(sessionDays) }, 'session')),
      );
    }
    if (unnamedSessionDays !== undefined && unnamedSessionDays !== sessionDays) {
      result.sessions.push(
        ...(await this.#each({ kind: 'unnamed', before: before(unnamedSessionDays) }, 'session')),
      );
    }
    if (mediaDays !== undefined) {
      result.media.push(...(await this.#each({ kind: 'media', before: before(mediaDays) }, 'media')));
    }
    return result;
  }

  /** Deletes what `query` finds, batch by batch; a session that fails is told and skipped. */
  async #each(query: Omit<DueQuery, 'limit'>, what: 'media' | 'session'): Promise<string[]> {
    const done: string[] = [];
    const failed = new Set<string>();
    while (done.length < MOST) {
      const due = (await this.#backOffice.due({ ...query, limit: BATCH + failed.size })).filter(
        (id) => !failed.has(id),
      );
      if (due.length === 0) break;
      for (const sessionId of due) {
        try {
          if (what === 'media') await this.#backOffice.deleteMedia(sessionId, undefined, RETENTION);
          else await this.#backOffice.deleteSession(sessionId);
          done.push(sessionId);
        } catch (error) {
          failed.add(sessionId);
          this.#report(error, { source: 'helper', where: `retention: delete ${what} of ${sessionId}` });
        }
      }
    }
    return done;
  }
}

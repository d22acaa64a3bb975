import type { Actor } from '../../shared/back-office.js';
import { ApiError, type ErrorReporter, StoreFullError } from '../core/errors.js';
import type { IdvFacts, IdvSessions, SessionLink } from '../sessions/idv-sessions.js';
import { type IdvSummary, idvSummary } from '../sessions/summaries.js';
import {
  type DueQuery,
  type IdvRecord,
  isDue,
  type RecordChange,
  type RecordPage,
  type RecordQuery,
  type YotiRecords,
} from '../store/records.js';
import { type SessionDetail, sessionDetail } from './session-detail.js';
import { auditEntry, decisionBy, decisionInput, newRecord, summaryChange } from './session-record.js';
import { reviewOf } from './session-review.js';
import { telling } from './telling-records.js';

export type { SessionDetail };

/** How long a listed session that is still going on is trusted before it is read from Yoti again, ms. */
const STALE_MS = 30_000;
/** How full bounded records may get before the helper warns the host (through onError). */
const WARN_AT = 0.9;

const recordNotFound = () => new ApiError(404, 'session_not_found', 'No such IDV session in the records.');

export interface BackOfficeParts {
  records: YotiRecords;
  idv: IdvSessions;
  report: ErrorReporter;
  /** A record's outcome changed by a staff action (a decision): the session's stream is told. */
  changed?: (sessionId: string) => Promise<void>;
  /** Days after completion that retention deletes a session's media, when it does. */
  mediaDays?: number;
}

/**
 * The back office: a record of every IDV session the helper creates, kept current as the session
 * moves on (each state the helper reads, from a webhook or a page, lands in it; a listed session
 * not heard of for a while is read again), the business's decisions, and deletion at Yoti. Every
 * action lands in the record's audit. What `handler.admin`, the admin routes and retention call.
 */
export class BackOffice {
  readonly #records: YotiRecords;
  readonly #idv: IdvSessions;
  readonly #report: ErrorReporter;
  readonly #changed?: (sessionId: string) => Promise<void>;
  readonly #mediaDays?: number;
  readonly #checked = new Map<string, number>();
  readonly #listeners = new Set<(change: RecordChange) => void>();
  #warned = false;

  constructor({ records, idv, report, changed, mediaDays }: BackOfficeParts) {
    const tell = (change: RecordChange) => {
      for (const listener of this.#listeners) listener(change);
    };
    this.#records = records.follow ? records : telling(records, tell);
    this.#idv = idv;
    this.#report = report;
    this.#changed = changed;
    this.#mediaDays = mediaDays;
  }

  /** The records, for the links (which live beside them). */
  get records(): YotiRecords {
    return this.#records;
  }

  /**
   * A session the helper just created: recorded ONGOING, with the link's name and email when it came
   * from one. Records that are full never refuse the person's session: the host is told instead
   * (before they fill, and for each session that goes unrecorded).
   */
  async created(sessionId: string, spec: { requested_checks?: unknown }, link?: SessionLink): Promise<void> {
    try {
      await this.#records.create(newRecord(sessionId, spec, link));
    } catch (error) {
      if (!(error instanceof StoreFullError)) throw error;
      this.#report(error, { source: 'store', where: `record IDV session ${sessionId} (not recorded)` });
      return;
    }
    this.#checked.set(sessionId, Date.now());
    this.#warnWhenFilling();
  }

  #warnWhenFilling(): void {
    const usage = this.#records.usage?.();
    const filling = usage !== undefined && usage.size >= usage.capacity * WARN_AT;
    if (filling && !this.#warned) {
      const message = `the back office's records hold ${usage.size} of ${usage.capacity} sessions: set admin.retention, or keep records in your own database`;
      this.#report(new StoreFullError(message), { source: 'store', where: 'records' });
    }
    this.#warned = filling;
  }

  /**
   * A session's facts as the helper read them: its summary, the outcome derived with the business's
   * decision and the checks' manual modes; the record follows when it changed. A failure of the
   * records (unreachable) is told to `onError` and never fails the read that brought the state.
   */
  async observed(facts: IdvFacts, manualChecks?: Record<string, string>): Promise<IdvSummary> {
    this.#checked.set(facts.sessionId, Date.now());
    let record: IdvRecord | undefined;
    try {
      record = await this.#records.get(facts.sessionId);
    } catch (error) {
      this.#report(error, { source: 'store', where: 'read IDV session record' });
    }
    const summary = idvSummary(facts, {
      decision: record?.decision?.value,
      manualChecks: record?.manualChecks ?? manualChecks,
    });
    const change = record && summaryChange(record, summary);
    if (!change) return summary;
    try {
      await this.#records.update(summary.sessionId, change.patch, change.audit);
    } catch (error) {
      this.#report(error, { source: 'store', where: 'record IDV session state' });
    }
    return summary;
  }

  /** The records `query` asks for; sessions still going on and not heard of lately are read from Yoti first. */
  async list(query: RecordQuery): Promise<RecordPage> {
    const page = await this.#records.list(query);
    const stale = page.sessions.filter(
      (row) => row.state === 'ONGOING' && Date.now() - (this.#checked.get(row.sessionId) ?? 0) > STALE_MS,
    );
    if (stale.length === 0) return page;
    await Promise.allSettled(stale.map((row) => this.#idv.summary(row.sessionId, { fresh: true })));
    return this.#records.list(query);
  }

  async #record(sessionId: string): Promise<IdvRecord> {
    const record = await this.#records.get(sessionId);
    if (!record) throw recordNotFound();
    return record;
  }

  /** One session for review: the record, and what Yoti holds (checks, document and its fields, media, identity profile). */
  async get(sessionId: string): Promise<SessionDetail> {
    await this.#record(sessionId);
    const session = await this.#idv.session(sessionId);
    await this.#idv.summaryOf(session);
    const record = await this.#record(sessionId);
    return sessionDetail(record, session, {
      media: (mediaId) => this.#idv.media(sessionId, mediaId),
      mediaDays: this.#mediaDays,
    });
  }

  /** One media item's bytes and type, for staff (refused once the media is deleted). */
  async media(sessionId: string, mediaId: string) {
    const record = await this.#record(sessionId);
    if (record.mediaDeleted || record.deletedMedia?.includes(mediaId)) {
      throw new ApiError(404, 'media_not_found', 'This media item was deleted.');
    }
    return this.#idv.media(sessionId, mediaId);
  }

  /**
   * Records the business's decision on a completed session (409 `session_not_completed` before),
   * and tells the person's page: the decision is its outcome now.
   */
  async decide(
    sessionId: string,
    input: { value: unknown; note?: unknown },
    actor: Actor,
  ): Promise<IdvRecord> {
    const { value, note } = decisionInput(input);
    let record = await this.#record(sessionId);
    if (record.state !== 'COMPLETED') {
      await this.#idv.summary(sessionId, { fresh: true });
      record = await this.#record(sessionId);
    }
    if (record.state !== 'COMPLETED') {
      throw new ApiError(
        409,
        'session_not_completed',
        'A decision is made once the session has been completed.',
        { retryable: false },
      );
    }
    const updated = await this.#records.update(
      sessionId,
      { decision: decisionBy(actor, value, note), outcome: value === 'APPROVE' ? 'APPROVED' : 'REJECTED' },
      auditEntry(actor, `decision.${value}`),
    );
    if (!updated) throw recordNotFound();
    await this.#changed?.(sessionId).catch((error: unknown) =>
      this.#report(error, { source: 'helper', where: 'tell the decision to the session stream' }),
    );
    return updated;
  }

  /** Deletes one media item, or all of them, at Yoti; the record keeps everything else, marked. */
  async deleteMedia(sessionId: string, mediaId: string | undefined, actor: Actor): Promise<void> {
    const record = await this.#record(sessionId);
    if (mediaId !== undefined) {
      await this.#idv.deleteMedia(sessionId, mediaId);
      const deletedMedia = [...new Set([...(record.deletedMedia ?? []), mediaId])];
      await this.#records.update(sessionId, { deletedMedia }, auditEntry(actor, 'media.item.deleted'));
      return;
    }
    const { media } = reviewOf(await this.#idv.session(sessionId));
    const gone = new Set(record.deletedMedia ?? []);
    for (const item of media) {
      if (gone.has(item.id)) continue;
      try {
        await this.#idv.deleteMedia(sessionId, item.id);
      } catch (error) {
        // Deleted already (by Yoti's retention, or another staff member): nothing is left to delete.
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    }
    await this.#records.update(sessionId, { mediaDeleted: true }, auditEntry(actor, 'media.deleted'));
  }

  /** Deletes the session at Yoti, and its record. */
  async deleteSession(sessionId: string): Promise<void> {
    await this.#record(sessionId);
    try {
      await this.#idv.deleteSession(sessionId);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    await this.#records.delete(sessionId);
    this.#checked.delete(sessionId);
  }

  /** The session IDs retention has work for: from the records' index, else by paging through every record. */
  async due(query: DueQuery): Promise<string[]> {
    if (this.#records.due) return this.#records.due(query);
    const found: IdvRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.#records.list({ limit: 100, ...(cursor ? { cursor } : {}) });
      for (const row of page.sessions) {
        const record = await this.#records.get(row.sessionId);
        if (record && isDue(record, query)) found.push(record);
      }
      cursor = page.next;
    } while (cursor);
    return found
      .reverse()
      .slice(0, query.limit)
      .map((record) => record.sessionId);
  }

  /** Calls `listener` with every change to the records, until the returned function is called. */
  async follow(listener: (change: RecordChange) => void): Promise<() => void> {
    if (this.#records.follow) return this.#records.follow(listener);
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

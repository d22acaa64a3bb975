import { ApiError, type ErrorReporter } from '../core/errors.js';
import type { IdvSessions } from '../sessions/idv-sessions.js';
import type { IdvSummary } from '../sessions/summaries.js';
import {
  type AuditEntry,
  DECISION_VALUES,
  type DecisionValue,
  type IdvRecord,
  type RecordChange,
  type RecordPage,
  type RecordQuery,
  type RecordState,
  rowOf,
  type YotiRecords,
} from '../store/records.js';
import { manualChecksOf, type ReviewMedia, reviewOf, type SessionReview } from './session-review.js';

/** One session as staff review it: the record, what Yoti holds of it, and the document's fields. */
export interface SessionDetail extends IdvRecord, Omit<SessionReview, 'document'> {
  document?: { type: string; issuingCountry: string; fields?: Record<string, string | number | boolean> };
}

/** How long a listed session that is still going on is trusted before it is read from Yoti again, ms. */
const STALE_MS = 30_000;
/** The longest note a decision takes. */
const MAX_NOTE = 2000;

const now = () => new Date().toISOString();
const entry = (by: string, action: string): AuditEntry => ({ at: now(), by, action });

const recordNotFound = () => new ApiError(404, 'session_not_found', 'No such IDV session in the records.');

/** The document's fields as text, numbers or flags, top level only: what a review shows. */
function plainFields(json: unknown): Record<string, string | number | boolean> {
  const fields: Record<string, string | number | boolean> = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fields;
  for (const [name, value] of Object.entries(json)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      fields[name.slice(0, 100)] = typeof value === 'string' ? value.slice(0, 1000) : value;
    }
  }
  return fields;
}

/**
 * The back office: a record of every IDV session the helper creates, kept current as the session
 * moves on (each state the helper reads, from a webhook or a page, lands in it; a listed session
 * not heard of for a while is read again), the business's decisions, and deletion at Yoti. Every
 * action lands in the record's audit. What `handler.admin` and the admin routes call.
 */
export class BackOffice {
  readonly #records: YotiRecords;
  readonly #idv: IdvSessions;
  readonly #checked = new Map<string, number>();
  readonly #listeners = new Set<(change: RecordChange) => void>();

  readonly #report: ErrorReporter;

  constructor(records: YotiRecords, idv: IdvSessions, report: ErrorReporter) {
    this.#records = records.follow ? records : this.#telling(records);
    this.#idv = idv;
    this.#report = report;
  }

  /** Records that cannot tell changes themselves (a host's database): this process tells its own. */
  #telling(records: YotiRecords): YotiRecords {
    const tell = (change: RecordChange) => {
      for (const listener of this.#listeners) listener(change);
    };
    return {
      ...records,
      create: async (record) => {
        await records.create(record);
        tell({ row: rowOf(record) });
      },
      update: async (sessionId, patch, audit) => {
        const updated = await records.update(sessionId, patch, audit);
        if (updated) tell({ row: rowOf(updated) });
        return updated;
      },
      delete: async (sessionId) => {
        const deleted = await records.delete(sessionId);
        if (deleted) tell({ deleted: sessionId });
        return deleted;
      },
      list: (query) => records.list(query),
      get: (sessionId) => records.get(sessionId),
      putLink: (link) => records.putLink(link),
      getLink: (linkId) => records.getLink(linkId),
      claimLink: (linkId, caller) => records.claimLink(linkId, caller),
      updateLink: (linkId, patch) => records.updateLink(linkId, patch),
    };
  }

  /** The records, for the links (which live beside them). */
  get records(): YotiRecords {
    return this.#records;
  }

  /** A session the helper just created: recorded ONGOING, with the link's name and email when it came from one. */
  async created(
    sessionId: string,
    spec: { requested_checks?: unknown },
    link?: { linkId: string; name: string; email: string },
  ): Promise<void> {
    const manualChecks = manualChecksOf(spec);
    await this.#records.create({
      sessionId,
      ...(link ?? {}),
      createdAt: now(),
      state: 'ONGOING',
      mediaDeleted: false,
      audit: [entry(link ? 'person' : 'helper', link ? 'session created from link' : 'session created')],
      ...(Object.keys(manualChecks).length > 0 ? { manualChecks } : {}),
    });
    this.#checked.set(sessionId, Date.now());
  }

  /**
   * A state the helper read of a session: the record follows it when it changed. A failure here (the
   * records unreachable) is told to `onError` and never fails the read that brought the state.
   */
  async observed(summary: IdvSummary): Promise<void> {
    this.#checked.set(summary.sessionId, Date.now());
    try {
      const record = await this.#records.get(summary.sessionId);
      if (!record) return;
      const state = summary.state as RecordState;
      if (record.state === state && record.result === summary.result) return;
      await this.#records.update(
        summary.sessionId,
        { state, ...(summary.result ? { result: summary.result } : {}) },
        record.state === state ? undefined : entry('yoti', `session ${state.toLowerCase()}`),
      );
    } catch (error) {
      this.#report(error, { source: 'store', where: 'record IDV session state' });
    }
  }

  /** The records `query` asks for; sessions still going on and not heard of lately are read from Yoti first. */
  async list(query: RecordQuery): Promise<RecordPage> {
    const page = await this.#records.list(query);
    const stale = page.sessions.filter(
      (row) => row.state === 'ONGOING' && Date.now() - (this.#checked.get(row.sessionId) ?? 0) > STALE_MS,
    );
    if (stale.length === 0) return page;
    await Promise.allSettled(
      stale.map(async (row) => this.observed(await this.#idv.summary(row.sessionId, { fresh: true }))),
    );
    return this.#records.list(query);
  }

  async #record(sessionId: string): Promise<IdvRecord> {
    const record = await this.#records.get(sessionId);
    if (!record) throw recordNotFound();
    return record;
  }

  /** One session for review: the record, and what Yoti holds (checks, document and its fields, media, identity profile). */
  async get(sessionId: string): Promise<SessionDetail> {
    const record = await this.#record(sessionId);
    const session = await this.#idv.session(sessionId);
    await this.observed(this.#idv.summaryOf(session));
    const { document, media, ...review } = reviewOf(session, record.manualChecks);
    const current = await this.#record(sessionId);
    const deleted = new Set(current.deletedMedia ?? []);
    const kept: ReviewMedia[] = current.mediaDeleted ? [] : media.filter((item) => !deleted.has(item.id));
    let fields: Record<string, string | number | boolean> | undefined;
    if (document?.fieldsMediaId && kept.some((item) => item.id === document.fieldsMediaId)) {
      const content = await this.#idv.media(sessionId, document.fieldsMediaId);
      try {
        fields = plainFields(JSON.parse(content?.getContent().toString('utf8') ?? ''));
      } catch {
        fields = undefined; // Not JSON after all: the review goes without the fields.
      }
    }
    return {
      ...current,
      ...review,
      ...(document
        ? {
            document: {
              type: document.type,
              issuingCountry: document.issuingCountry,
              ...(fields ? { fields } : {}),
            },
          }
        : {}),
      media: kept,
    };
  }

  /** One media item's bytes and type, for staff (refused once the media is deleted). */
  async media(sessionId: string, mediaId: string) {
    const record = await this.#record(sessionId);
    if (record.mediaDeleted || record.deletedMedia?.includes(mediaId)) {
      throw new ApiError(404, 'media_not_found', 'This media item was deleted.');
    }
    return this.#idv.media(sessionId, mediaId);
  }

  /** Records the business's decision on a session. */
  async decide(sessionId: string, input: { value: unknown; note?: unknown }, by: string): Promise<IdvRecord> {
    if (!DECISION_VALUES.includes(input.value as DecisionValue)) {
      throw new ApiError(400, 'invalid_decision', 'The decision should be APPROVE or REJECT.', {
        field: 'value',
      });
    }
    if (input.note !== undefined && (typeof input.note !== 'string' || input.note.length > MAX_NOTE)) {
      throw new ApiError(400, 'invalid_note', `The note should be text of at most ${MAX_NOTE} characters.`, {
        field: 'note',
      });
    }
    const value = input.value as DecisionValue;
    const note = (input.note as string | undefined)?.trim();
    const decision = { value, ...(note ? { note } : {}), by, at: now() };
    const updated = await this.#records.update(sessionId, { decision }, entry(by, `decision ${value}`));
    if (!updated) throw recordNotFound();
    return updated;
  }

  /** Deletes one media item, or all of them, at Yoti; the record keeps everything else, marked. */
  async deleteMedia(sessionId: string, mediaId: string | undefined, by: string): Promise<void> {
    const record = await this.#record(sessionId);
    if (mediaId !== undefined) {
      await this.#idv.deleteMedia(sessionId, mediaId);
      const deletedMedia = [...new Set([...(record.deletedMedia ?? []), mediaId])];
      await this.#records.update(sessionId, { deletedMedia }, entry(by, `media deleted: ${mediaId}`));
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
    await this.#records.update(sessionId, { mediaDeleted: true }, entry(by, 'media deleted'));
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

  /** Calls `listener` with every change to the records, until the returned function is called. */
  async follow(listener: (change: RecordChange) => void): Promise<() => void> {
    if (this.#records.follow) return this.#records.follow(listener);
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

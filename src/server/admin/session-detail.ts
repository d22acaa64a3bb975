import type { IDVClient } from 'yoti';
import type { IdvRecord } from '../store/records.js';
import { type ReviewMedia, reviewOf, type SessionReview } from './session-review.js';

type IdvSession = Awaited<ReturnType<IDVClient['getSession']>>;
type MediaContent = Awaited<ReturnType<IDVClient['getMediaContent']>>;

/** One session as staff review it: the record, what Yoti holds of it, and the document's fields. */
export interface SessionDetail extends IdvRecord, Omit<SessionReview, 'document'> {
  document?: { type: string; issuingCountry: string; fields?: Record<string, string | number | boolean> };
}

const DAY_MS = 86_400_000;

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
 * The review of `record`'s session as the SDK read it: the media not deleted, the document's fields
 * read from their media while kept, and when retention deletes the media (`mediaDays` after the
 * session completed).
 */
export async function sessionDetail(
  record: IdvRecord,
  session: IdvSession,
  options: { media: (mediaId: string) => Promise<MediaContent>; mediaDays?: number },
): Promise<SessionDetail> {
  const { document, media, ...review } = reviewOf(session, record.manualChecks);
  const deleted = new Set(record.deletedMedia ?? []);
  const kept: ReviewMedia[] = record.mediaDeleted ? [] : media.filter((item) => !deleted.has(item.id));
  let fields: Record<string, string | number | boolean> | undefined;
  if (document?.fieldsMediaId && kept.some((item) => item.id === document.fieldsMediaId)) {
    const content = await options.media(document.fieldsMediaId);
    try {
      fields = plainFields(JSON.parse(content?.getContent().toString('utf8') ?? ''));
    } catch {
      fields = undefined; // Not JSON after all: the review goes without the fields.
    }
  }
  const deletesAt =
    options.mediaDays !== undefined && record.completedAt && !record.mediaDeleted
      ? new Date(Date.parse(record.completedAt) + options.mediaDays * DAY_MS).toISOString()
      : undefined;
  return {
    ...record,
    ...review,
    ...(deletesAt ? { mediaDeletesAt: deletesAt } : {}),
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

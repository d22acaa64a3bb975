import type { Actor, AuditEntry, Decision } from '../../shared/back-office.js';
import { ApiError } from '../core/errors.js';
import type { SessionLink } from '../sessions/idv-sessions.js';
import { manualChecksOf } from '../sessions/outcome.js';
import type { IdvSummary } from '../sessions/summaries.js';
import {
  DECISION_VALUES,
  type DecisionValue,
  type IdvRecord,
  type RecordPatch,
  type RecordState,
} from '../store/records.js';

/**
 * A session's record as the back office writes it: the record a new session starts with, what a
 * state read from Yoti changes in it, a member of staff's decision (its input checked first), and
 * the audit entry each action appends.
 */

/** The longest note a decision takes. */
const MAX_NOTE = 2000;

const now = () => new Date().toISOString();

/** The audit's line for `action`, by `actor`, now. */
export const auditEntry = ({ by, byName }: Actor, action: string): AuditEntry => ({
  at: now(),
  by,
  ...(byName ? { byName } : {}),
  action,
});

/** The record of a session the helper just created: ONGOING, with the link's name and email when it came from one. */
export function newRecord(
  sessionId: string,
  spec: { requested_checks?: unknown },
  link?: SessionLink,
): IdvRecord {
  const manualChecks = manualChecksOf(spec);
  return {
    sessionId,
    ...(link ?? {}),
    createdAt: now(),
    state: 'ONGOING',
    outcome: 'PENDING',
    mediaDeleted: false,
    audit: [
      auditEntry({ by: link ? 'person' : 'helper' }, link ? 'session.created.link' : 'session.created'),
    ],
    ...(Object.keys(manualChecks).length > 0 ? { manualChecks } : {}),
  };
}

/**
 * What `summary`, read from Yoti, changes in `record`, with the audit entry of a new state; undefined
 * when its state, result and outcome are those recorded already.
 */
export function summaryChange(
  record: IdvRecord,
  summary: IdvSummary,
): { patch: RecordPatch; audit?: AuditEntry } | undefined {
  const state = summary.state as RecordState;
  if (record.state === state && record.result === summary.result && record.outcome === summary.outcome) {
    return undefined;
  }
  return {
    patch: {
      state,
      outcome: summary.outcome,
      ...(summary.result ? { result: summary.result } : {}),
      ...(state === 'COMPLETED' && !record.completedAt ? { completedAt: now() } : {}),
    },
    audit: record.state === state ? undefined : auditEntry({ by: 'yoti' }, `state.${state}`),
  };
}

/** A decision's input, as staff sent it, checked: APPROVE or REJECT, and a note of at most MAX_NOTE characters. */
export function decisionInput(input: { value: unknown; note?: unknown }): {
  value: DecisionValue;
  note?: string;
} {
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
  return { value: input.value as DecisionValue, note: (input.note as string | undefined)?.trim() };
}

/** The decision `actor` makes now, with its note when it has one. */
export function decisionBy(actor: Actor, value: DecisionValue, note: string | undefined): Decision {
  const { at, by, byName } = auditEntry(actor, `decision.${value}`);
  return { value, ...(note ? { note } : {}), by, ...(byName ? { byName } : {}), at };
}

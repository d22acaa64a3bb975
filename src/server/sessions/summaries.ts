import type { DigitalIdentityClient, IDVClient } from 'yoti';
import type { Outcome } from '../../shared/back-office.js';
import type { PublicDetail } from '../options/idv-options.js';
import { type OutcomeContext, type OutcomeFacts, outcomeOf } from './outcome.js';
import { upstreamOneOf, upstreamString } from './upstream.js';

/** What the SDK's results look like, kept to the getters the helper reads. */
type ShareSession = Awaited<ReturnType<DigitalIdentityClient['getShareSession']>>;
type IdvSession = Awaited<ReturnType<IDVClient['getSession']>>;

export const SHARE_STATUSES = ['CREATED', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED', 'ERROR'] as const;

export function shareStatus(session: ShareSession): {
  status: string;
  receiptId?: string;
  expiresAt: string | null;
} {
  const status = session.getStatus();
  const receiptId = session.getReceiptId();
  const expiry = session.getExpiry();
  return {
    status: (SHARE_STATUSES as readonly string[]).includes(status) ? status : 'ERROR',
    ...(receiptId ? { receiptId } : {}),
    expiresAt: expiry ? expiry.toISOString() : null,
  };
}

export const IDV_STATES = ['ONGOING', 'COMPLETED', 'EXPIRED'] as const;

export interface IdvCheck {
  type: string;
  state: string;
  recommendation?: { value: string; reason?: string };
}

/**
 * How far the person has come, read from the session's resources and checks: a document captured
 * (a document resource with pages), the face (a liveness capture), everything sent (the checks
 * exist). Booleans only: nothing personal.
 */
export interface IdvProgress {
  document: boolean;
  face: boolean;
  submitted: boolean;
}

/** What the helper knows of an IDV session that a page may be told (as far as `publicDetail` allows). */
export interface IdvSummary {
  sessionId: string;
  state: string;
  outcome: Outcome;
  progress: IdvProgress;
  result?: string;
  failureReason?: string;
  checks: IdvCheck[];
}

/** A summary as a browser reads it: state and outcome, and what `publicDetail` allows beside. */
export type PublicSummary = Pick<IdvSummary, 'sessionId' | 'state' | 'outcome' | 'progress'> &
  Partial<Pick<IdvSummary, 'result' | 'failureReason' | 'checks'>>;

/** The person's progress through the capture of `session` (see IdvProgress). */
export function progressOf(session: IdvSession): IdvProgress {
  const resources = session.getResources();
  const documents = [
    ...(resources?.getIdDocuments() ?? []),
    ...(resources?.getSupplementaryDocuments() ?? []),
  ];
  const checks = session.getChecks();
  return {
    document: documents.some((document) => (document.getPages()?.length ?? 0) > 0),
    face: (resources?.getLivenessCapture()?.length ?? 0) > 0,
    submitted: checks.length > 0 || session.getState() === 'COMPLETED',
  };
}

/**
 * The facts of an IDV session an outcome is derived from and a summary is made of: state, checks
 * with their recommendation, the identity profile's (simple or advanced) result and failure reason,
 * the capture's progress. No token, no resource, no media, no document field: nothing that
 * identifies the person.
 */
export function idvFacts(session: IdvSession): Omit<IdvSummary, 'outcome'> & OutcomeFacts {
  const checks = session.getChecks().map((check): IdvCheck => {
    const recommendation = check.getReport()?.getRecommendation();
    const value = recommendation?.getValue();
    const reason = recommendation?.getReason();
    return {
      type: upstreamString(check.getType()),
      state: upstreamString(check.getState()),
      ...(value ? { recommendation: { value, ...(reason ? { reason } : {}) } } : {}),
    };
  });
  const profile = session.getIdentityProfile() ?? session.getAdvancedIdentityProfile();
  const result = profile?.getResult();
  const failureReason = profile?.getFailureReason()?.getReasonCode();
  return {
    sessionId: upstreamString(session.getSessionId()),
    state: upstreamOneOf(session.getState(), IDV_STATES),
    progress: progressOf(session),
    ...(result ? { result } : {}),
    ...(failureReason ? { failureReason } : {}),
    checks,
    profileRequested: profile !== undefined,
  };
}

/** The summary of a session: its facts and the outcome derived from them in `context`. */
export function idvSummary(facts: ReturnType<typeof idvFacts>, context: OutcomeContext = {}): IdvSummary {
  const { profileRequested: _asked, ...summary } = facts;
  return { ...summary, outcome: outcomeOf(facts, context) };
}

/**
 * What the person's browser is told of `summary`: `outcome` only the state and the outcome;
 * `checks` (the default) each check's type, state and recommendation, without reasons; `reasons`
 * everything, reasons, result and failure reason included. A fraud signal (a reason such as
 * COUNTERFEIT) reaches a browser only when the host chose `reasons`.
 */
export function publicSummary(summary: IdvSummary, detail: PublicDetail): PublicSummary {
  const { sessionId, state, outcome, progress } = summary;
  if (detail === 'outcome') return { sessionId, state, outcome, progress };
  if (detail === 'reasons') return summary;
  return {
    sessionId,
    state,
    outcome,
    progress,
    checks: summary.checks.map(({ type, state: checkState, recommendation }) => ({
      type,
      state: checkState,
      ...(recommendation ? { recommendation: { value: recommendation.value } } : {}),
    })),
  };
}

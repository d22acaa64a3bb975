import type { DecisionValue, Outcome } from '../../shared/back-office.js';

/** What an outcome is derived from: a session as the helper summarises it. */
export interface OutcomeFacts {
  state: string;
  checks: ReadonlyArray<{ type: string; state: string; recommendation?: { value: string } }>;
  /** The identity profile's result (DONE / ABORTED), when one was asked for and has one. */
  result?: string;
  /** An identity profile was asked for (its result may not be there yet). */
  profileRequested?: boolean;
}

export interface OutcomeContext {
  /** The business's decision, when staff made one. */
  decision?: DecisionValue;
  /** The `manual_check` mode of each requested check that set one, by check type. */
  manualChecks?: Readonly<Record<string, string>>;
}

/** Outcomes after which nothing changes for the person: their page stops following the session. */
export const FINAL_OUTCOMES: ReadonlySet<Outcome> = new Set(['APPROVED', 'REJECTED', 'EXPIRED']);

/**
 * The one word a page shows for a session, derived so that no page has to: EXPIRED; while the
 * person is at it PENDING, or REVIEW once the automatic checks are done and a manual check is
 * owed. Once completed: the business's decision when there is one; else REJECTED when a check
 * recommends REJECT or the identity profile was ABORTED; REVIEW when a check is NOT_AVAILABLE or
 * a manual check (ALWAYS, or FALLBACK while undecided) is still owed; PENDING while a check runs;
 * APPROVED when every check approves (and a requested profile is DONE). A session that checked
 * nothing at all is REVIEW: somebody has to look.
 */
export function outcomeOf(
  facts: OutcomeFacts,
  { decision, manualChecks = {} }: OutcomeContext = {},
): Outcome {
  if (facts.state === 'EXPIRED') return 'EXPIRED';
  const undecided = facts.checks.filter((check) => check.state !== 'DONE' || !check.recommendation);
  const manual = undecided.some((check) => ['ALWAYS', 'FALLBACK'].includes(manualChecks[check.type] ?? ''));
  if (facts.state !== 'COMPLETED') {
    // The automatic checks are done and a person is reviewing the rest.
    return manual && undecided.length < facts.checks.length ? 'REVIEW' : 'PENDING';
  }
  if (decision) return decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
  const advice = (value: string) => facts.checks.some((check) => check.recommendation?.value === value);
  if (advice('REJECT') || facts.result === 'ABORTED') return 'REJECTED';
  if (advice('NOT_AVAILABLE') || manual) return 'REVIEW';
  if (undecided.length > 0 || (facts.profileRequested && !facts.result)) return 'PENDING';
  if (facts.checks.length === 0 && !facts.profileRequested) return 'REVIEW';
  return 'APPROVED';
}

/** The `manual_check` mode of each requested check of an IDV specification that sets one, by type. */
export function manualChecksOf(spec: { requested_checks?: unknown } | undefined): Record<string, string> {
  const modes: Record<string, string> = {};
  const checks = Array.isArray(spec?.requested_checks) ? spec.requested_checks : [];
  for (const check of checks as Array<{ type?: unknown; config?: { manual_check?: unknown } }>) {
    const mode = check?.config?.manual_check;
    if (typeof check?.type === 'string' && typeof mode === 'string') modes[check.type] = mode;
  }
  return modes;
}

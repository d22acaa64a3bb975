/**
 * The back office's words, the same on both sides of its routes: the helper's records and review
 * (src/server/admin/) and the admin elements that read them (src/admin/admin-api.ts).
 */

/** Where a session stands, as the back office lists it. */
export type RecordState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';
export const RECORD_STATES: readonly RecordState[] = ['ONGOING', 'COMPLETED', 'EXPIRED'];

export type DecisionValue = 'APPROVE' | 'REJECT';
export const DECISION_VALUES: readonly DecisionValue[] = ['APPROVE', 'REJECT'];

/** The business's own decision on a session (Yoti has none: the helper keeps it). */
export interface Decision {
  value: DecisionValue;
  note?: string;
  /** The staff member's `id`, as `authorize` returned it. */
  by: string;
  /** ISO 8601. */
  at: string;
}

/** One check as staff review it: Yoti's recommendation and the check's manual-check mode. */
export interface ReviewCheck {
  id: string;
  type: string;
  state: string;
  recommendation?: { value: string; reason?: string };
  manualCheck?: string;
}

export interface ReviewIdentityProfile {
  result: string;
  failureReason?: string;
  /** Each scheme asked for, and whether its requirements were met. */
  schemes: Array<{ type: string; objective?: string; met: boolean }>;
}

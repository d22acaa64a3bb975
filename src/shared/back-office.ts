/**
 * The back office's words, the same on both sides of its routes: the helper's records and review
 * (src/server/admin/, src/server/store/records.ts) and the admin elements that read them
 * (src/admin/admin-api.ts). A row of the list is declared here once for both.
 */

/** Where a session stands, as the back office lists it. */
export type RecordState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';
export const RECORD_STATES: readonly RecordState[] = ['ONGOING', 'COMPLETED', 'EXPIRED'];

/**
 * What a session came to, in one word the helper derives (src/server/sessions/outcome.ts): the
 * business's decision first, once made; else Yoti's recommendations.
 */
export type Outcome = 'PENDING' | 'REVIEW' | 'APPROVED' | 'REJECTED' | 'EXPIRED';
export const OUTCOMES: readonly Outcome[] = ['PENDING', 'REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED'];

export type DecisionValue = 'APPROVE' | 'REJECT';
export const DECISION_VALUES: readonly DecisionValue[] = ['APPROVE', 'REJECT'];

/**
 * What a member of staff may do: `view` (the list, a session, its media, the record stream),
 * `create` (make and withdraw links), `decide` (record the business's decision), `delete` (media
 * and sessions). Staff without permissions named may view.
 */
export type Permission = 'view' | 'create' | 'decide' | 'delete';
export const PERMISSIONS: readonly Permission[] = ['view', 'create', 'decide', 'delete'];

/** Who did something to a record: a staff member's `id` (with their name), or the helper's own words. */
export interface Actor {
  /** A staff member's `id`, or `helper`, `person`, `yoti`, `retention`, `host`. */
  by: string;
  /** The staff member's name, as `authorize` gave it. */
  byName?: string;
}

/** The business's own decision on a session (Yoti has none: the helper keeps it). */
export interface Decision extends Actor {
  value: DecisionValue;
  note?: string;
  /** ISO 8601. */
  at: string;
}

/**
 * One action on a record. `action` is a code the elements put in words: `session.created`,
 * `session.created.link`, `state.COMPLETED` / `state.EXPIRED`, `decision.APPROVE` /
 * `decision.REJECT`, `media.deleted`, `media.item.deleted`.
 */
export interface AuditEntry extends Actor {
  at: string;
  action: string;
}

/** A session as the list shows it. */
export interface RecordRow {
  sessionId: string;
  linkId?: string;
  name?: string;
  email?: string;
  /** ISO 8601. */
  createdAt: string;
  state: RecordState;
  outcome: Outcome;
  /** The identity profile's result, when one was asked for. */
  result?: string;
  decision?: Decision;
  mediaDeleted: boolean;
  /** ISO 8601: when retention deletes the media (with `admin.retention.mediaDays`). */
  mediaDeletesAt?: string;
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

/** The staff member using the back office, as `GET admin/me` answers. */
export interface StaffMember {
  id: string;
  name: string;
  permissions: Permission[];
}

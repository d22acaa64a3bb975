import type { Outcome } from '../shared/back-office.js';

/**
 * Every event the elements fire: its name, its detail, and its entry in HTMLElementEventMap, so
 * that `el.addEventListener('yoti-success', (e) => e.detail.receiptId)` is typed for hosts.
 */

/**
 * An error code: Yoti's numeric IDV codes (1000, 2002, ...) as numbers, and this library's own
 * codes (`network_error`, `timeout`, `session_expired`, ...) as strings.
 */
export type YotiErrorCode = number | string;

export interface YotiErrorDetail {
  code: YotiErrorCode;
  /** A sentence fit to show a person, in the element's locale. */
  message: string;
  /** Whether trying again can help (a network fault can; a refused permission cannot). */
  retryable: boolean;
  /** Seconds to wait before trying again, when the helper said (too many sessions started). */
  retryAfter?: number;
}

export type YotiCloseReason = 'close-button' | 'escape' | 'backdrop' | 'success' | 'host';

export interface YotiCloseDetail {
  reason: YotiCloseReason;
}

/** A share carries the receipt to read server-side; a document scan has only its session. */
export interface YotiSuccessDetail {
  sessionId: string;
  receiptId?: string;
}

export interface YotiFrameEventDetail {
  eventType: string;
  data: Readonly<Record<string, unknown>>;
}

export type IdvState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';
export type IdvResult = 'DONE' | 'ABORTED';
export type IdvRecommendation = 'APPROVE' | 'REJECT' | 'NOT_AVAILABLE';

export interface IdvCheckSummary {
  type: string;
  state: string;
  recommendation?: { value: IdvRecommendation; reason?: string };
}

/**
 * What an IDV session came to, as the helper derives it: PENDING while checking, REVIEW when a
 * person must look, then APPROVED, REJECTED or EXPIRED (the business's decision first, once made).
 */
export type IdvOutcome = Outcome;

/** How far the person has come in the capture (on this device or a phone): booleans, nothing personal. */
export interface IdvProgress {
  document: boolean;
  face: boolean;
  submitted: boolean;
}

export interface YotiStatusDetail {
  state: IdvState;
  outcome: IdvOutcome;
  progress?: IdvProgress;
  result?: IdvResult;
  failureReason?: string;
  checks: IdvCheckSummary[];
}

/**
 * What would make the capture fail on this device: not a secure context, the camera blocked for
 * this page, no camera, an app's in-app browser, a browser other than Safari on iOS.
 */
export type PreflightProblem =
  | 'insecure-context'
  | 'camera-blocked'
  | 'no-camera'
  | 'in-app-browser'
  | 'ios-not-safari';

/** A way forward: a phone (the session's handoff), the page in a browser, photos uploaded, or trying anyway. */
export type PreflightOffer = 'handoff' | 'open-in-browser' | 'upload' | 'continue';

export interface YotiPreflightDetail {
  problems: PreflightProblem[];
  offered: PreflightOffer[];
}

/** The back office: a staff member picked a session in the list. */
export interface YotiSelectDetail {
  sessionId: string;
}

/** The back office: a decision was recorded. */
export interface YotiDecisionDetail {
  sessionId: string;
  value: 'APPROVE' | 'REJECT';
}

/** The back office: a session's media, or the session itself, was deleted at Yoti. */
export interface YotiDeletedDetail {
  sessionId: string;
  what: 'media' | 'session';
}

/** The back office: a session link was made. */
export interface YotiLinkDetail {
  linkId: string;
  url: string;
  expiresAt: string;
}

/** Event name -> detail type, for every event this library fires. */
export interface YotiEventDetails {
  'yoti-select': YotiSelectDetail;
  'yoti-decision': YotiDecisionDetail;
  'yoti-deleted': YotiDeletedDetail;
  'yoti-link': YotiLinkDetail;
  'yoti-open': Record<string, never>;
  'yoti-close': YotiCloseDetail;
  'yoti-success': YotiSuccessDetail;
  'yoti-error': YotiErrorDetail;
  'yoti-ready': Record<string, never>;
  'yoti-preflight': YotiPreflightDetail;
  'yoti-event': YotiFrameEventDetail;
  'yoti-status': YotiStatusDetail;
}

export type YotiEventName = keyof YotiEventDetails;

/** Each event as a listener receives it: a CustomEvent carrying its detail. */
export type YotiEvents = { [K in YotiEventName]: CustomEvent<YotiEventDetails[K]> };

declare global {
  // Every event of YotiEventDetails, and only those: one list, so none can be missing here.
  interface HTMLElementEventMap extends YotiEvents {}
}

/**
 * Fires `name` from `target`, bubbling and composed (it crosses shadow roots to reach the host
 * page). Returns false when the event was cancelable and a listener called preventDefault().
 */
export function emit<K extends YotiEventName>(
  target: EventTarget,
  name: K,
  detail: YotiEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/**
 * An IDV session's summary as the helper's `GET /idv-sessions/:id` and its stream send it, read and
 * validated for the status card and the frame's progress.
 */
import type {
  IdvCheckSummary,
  IdvOutcome,
  IdvProgress,
  IdvRecommendation,
  IdvResult,
  IdvState,
  YotiStatusDetail,
} from './events.js';
import { requestJson } from './http.js';
import { array, field, InvalidDataError, oneOf, optionalString, record, string } from './validate.js';

const STATES: readonly IdvState[] = ['ONGOING', 'COMPLETED', 'EXPIRED'];
const OUTCOMES: readonly IdvOutcome[] = ['PENDING', 'REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED'];
/** Outcomes after which nothing changes for the person: the card stops following. */
const FINAL: ReadonlySet<IdvOutcome> = new Set(['APPROVED', 'REJECTED', 'EXPIRED']);
const RESULTS: readonly IdvResult[] = ['DONE', 'ABORTED'];
const RECOMMENDATIONS: readonly IdvRecommendation[] = ['APPROVE', 'REJECT', 'NOT_AVAILABLE'];
const CODE = /^[A-Z][A-Z0-9_]{0,99}$/;

function code(value: unknown, path: string): string {
  const text = string(value, path, 100);
  if (!CODE.test(text)) throw new InvalidDataError(`${path} should be an UPPER_CASE code`);
  return text;
}

function check(value: unknown, index: number): IdvCheckSummary {
  const path = `checks[${index}]`;
  const body = record(value, path);
  const recommendation = field(body, 'recommendation');
  const summary: IdvCheckSummary = {
    type: code(field(body, 'type'), `${path}.type`),
    state: code(field(body, 'state'), `${path}.state`),
  };
  if (recommendation !== undefined) {
    const rec = record(recommendation, `${path}.recommendation`);
    const reason = optionalString(field(rec, 'reason'), `${path}.recommendation.reason`, 100);
    summary.recommendation = {
      value: oneOf(field(rec, 'value'), RECOMMENDATIONS, `${path}.recommendation.value`),
      ...(reason ? { reason: code(reason, `${path}.recommendation.reason`) } : {}),
    };
  }
  return summary;
}

/** The capture's progress, when the helper tells it: three booleans, anything else ignored. */
function progressOf(value: unknown): IdvProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const steps = value as Record<string, unknown>;
  return {
    document: steps.document === true,
    face: steps.face === true,
    submitted: steps.submitted === true,
  };
}

/** A session's state as the helper sends it: the yoti-status detail, and whether it streams it. */
export interface SessionSummary {
  summary: YotiStatusDetail;
  live: boolean;
}

/** Validates the helper's `GET /idv-sessions/:id` answer (or a stream message, the same JSON). */
export function parseSummary(data: unknown): SessionSummary {
  const body = record(data, 'summary');
  const result = field(body, 'result');
  const failureReason = field(body, 'failureReason');
  const state = oneOf(field(body, 'state'), STATES, 'state');
  const progress = progressOf(field(body, 'progress'));
  return {
    summary: {
      state,
      outcome: oneOf(field(body, 'outcome'), OUTCOMES, 'outcome'),
      ...(progress ? { progress } : {}),
      ...(result !== undefined ? { result: oneOf(result, RESULTS, 'result') } : {}),
      ...(failureReason !== undefined ? { failureReason: code(failureReason, 'failureReason') } : {}),
      checks: array(field(body, 'checks') ?? [], 'checks').map(check),
    },
    live: field(body, 'live') === true,
  };
}

const sessionPath = (endpoint: string, sessionId: string) =>
  `${endpoint.replace(/\/+$/, '')}/idv-sessions/${encodeURIComponent(sessionId)}`;

export function fetchSummary(
  endpoint: string,
  sessionId: string,
  signal: AbortSignal,
): Promise<SessionSummary> {
  return requestJson(sessionPath(endpoint, sessionId), { signal, parse: parseSummary });
}

/** The session's event stream (EventSource resolves it against the page's base URL). */
export const summaryEventsUrl = (endpoint: string, sessionId: string) =>
  `${sessionPath(endpoint, sessionId)}/events`;

/** A final outcome ends following: a session under review goes on until the business decides. */
export const isTerminal = ({ summary }: SessionSummary): boolean => FINAL.has(summary.outcome);

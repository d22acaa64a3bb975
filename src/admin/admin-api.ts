import { requestJson } from '../core/http.js';
import {
  array,
  field,
  isRecord,
  type JsonRecord,
  oneOf,
  optionalString,
  record,
  string,
} from '../core/validate.js';
import {
  type AuditEntry,
  DECISION_VALUES,
  type Decision,
  type DecisionValue,
  OUTCOMES,
  type Outcome,
  PERMISSIONS,
  type Permission,
  RECORD_STATES,
  type RecordRow,
  type RecordState,
  type ReviewCheck,
  type ReviewIdentityProfile,
  type StaffMember,
} from '../shared/back-office.js';

export {
  type AuditEntry,
  DECISION_VALUES,
  type Decision,
  type DecisionValue,
  OUTCOMES,
  type Outcome,
  type Permission,
  RECORD_STATES,
  type RecordRow,
  type RecordState,
  type ReviewCheck,
  type StaffMember,
};

export interface ReviewMedia {
  id: string;
  kind: string;
  mimeType: string;
}

export interface SessionDetail extends RecordRow {
  checks: ReviewCheck[];
  document?: { type: string; issuingCountry: string; fields?: Record<string, string> };
  media: ReviewMedia[];
  identityProfile?: ReviewIdentityProfile;
  audit: AuditEntry[];
}

export interface ListQuery {
  query?: string;
  state?: RecordState | '';
  decision?: DecisionValue | 'NONE' | '';
  cursor?: string;
  limit?: number;
}

const base = (endpoint: string) => `${endpoint.replace(/\/+$/, '')}/admin`;
const text = (source: JsonRecord, key: string, max = 2048) => string(field(source, key), key, max);
const maybe = (source: JsonRecord, key: string, max = 2048) => optionalString(field(source, key), key, max);

/** Who did something: the ID, and the name when the helper has one. */
function actorOf(body: JsonRecord): { by: string; byName?: string } {
  const byName = maybe(body, 'byName', 200);
  return { by: text(body, 'by', 200), ...(byName ? { byName } : {}) };
}

function decisionOf(value: unknown): Decision | undefined {
  if (value === undefined || value === null) return undefined;
  const body = record(value, 'decision');
  const note = maybe(body, 'note', 4000);
  return {
    value: oneOf(field(body, 'value'), DECISION_VALUES, 'decision.value'),
    ...(note ? { note } : {}),
    ...actorOf(body),
    at: text(body, 'at', 40),
  };
}

export function parseRow(value: unknown): RecordRow {
  const body = record(value, 'session');
  const decision = decisionOf(field(body, 'decision'));
  const [name, email, result, mediaDeletesAt] = [
    maybe(body, 'name', 200),
    maybe(body, 'email', 254),
    maybe(body, 'result', 40),
    maybe(body, 'mediaDeletesAt', 40),
  ];
  const state = oneOf(field(body, 'state'), RECORD_STATES, 'state');
  const outcome = field(body, 'outcome');
  return {
    sessionId: text(body, 'sessionId', 256),
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    createdAt: text(body, 'createdAt', 40),
    state,
    // A helper from before outcomes: the state says as much as it can.
    outcome:
      outcome === undefined
        ? state === 'EXPIRED'
          ? 'EXPIRED'
          : 'PENDING'
        : oneOf(outcome, OUTCOMES, 'outcome'),
    ...(result ? { result } : {}),
    ...(decision ? { decision } : {}),
    mediaDeleted: field(body, 'mediaDeleted') === true,
    ...(mediaDeletesAt ? { mediaDeletesAt } : {}),
  };
}

function parsePage(value: unknown): { sessions: RecordRow[]; next?: string } {
  const body = record(value, 'page');
  const next = maybe(body, 'next', 300);
  return { sessions: array(field(body, 'sessions'), 'sessions').map(parseRow), ...(next ? { next } : {}) };
}

function fieldsOf(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const fields: Record<string, string> = {};
  for (const [name, each] of Object.entries(value)) {
    if (['string', 'number', 'boolean'].includes(typeof each))
      fields[name.slice(0, 100)] = String(each).slice(0, 1000);
  }
  return fields;
}

/** Yoti's recommendation on a check: its value, and its reason when it gives one. */
function adviceOf(advice: JsonRecord): NonNullable<ReviewCheck['recommendation']> {
  const value = text(advice, 'value', 40);
  const reason = maybe(advice, 'reason', 80);
  return { value, ...(reason ? { reason } : {}) };
}

/** The session's identity profile: its result, why it failed when it did, and each scheme. */
function profileOf(profile: JsonRecord): ReviewIdentityProfile {
  const result = text(profile, 'result', 40);
  const failureReason = maybe(profile, 'failureReason', 80);
  return {
    result,
    ...(failureReason ? { failureReason } : {}),
    schemes: array(field(profile, 'schemes') ?? [], 'schemes').map((item) => {
      const scheme = record(item, 'scheme');
      const objective = maybe(scheme, 'objective', 40);
      return {
        type: text(scheme, 'type', 40),
        ...(objective ? { objective } : {}),
        met: field(scheme, 'met') === true,
      };
    }),
  };
}

export function parseDetail(value: unknown): SessionDetail {
  const body = record(value, 'session');
  const checks = array(field(body, 'checks') ?? [], 'checks').map((item): ReviewCheck => {
    const check = record(item, 'check');
    const advice = field(check, 'recommendation');
    const recommendation = isRecord(advice) ? adviceOf(advice) : undefined;
    const manualCheck = maybe(check, 'manualCheck', 20);
    return {
      id: text(check, 'id', 256),
      type: text(check, 'type', 80),
      state: text(check, 'state', 40),
      ...(recommendation ? { recommendation } : {}),
      ...(manualCheck ? { manualCheck } : {}),
    };
  });
  const doc = field(body, 'document');
  const document = isRecord(doc)
    ? {
        type: text(doc, 'type', 80),
        issuingCountry: text(doc, 'issuingCountry', 10),
        fields: fieldsOf(field(doc, 'fields')),
      }
    : undefined;
  const media = array(field(body, 'media') ?? [], 'media', 500).map((item) => {
    const each = record(item, 'media');
    return { id: text(each, 'id', 256), kind: text(each, 'kind', 40), mimeType: text(each, 'mimeType', 80) };
  });
  const profile = field(body, 'identityProfile');
  const identityProfile = isRecord(profile) ? profileOf(profile) : undefined;
  const audit = array(field(body, 'audit') ?? [], 'audit', 1000).map((item) => {
    const entry = record(item, 'audit');
    return { at: text(entry, 'at', 40), ...actorOf(entry), action: text(entry, 'action', 300) };
  });
  return {
    ...parseRow(body),
    checks,
    ...(document ? { document } : {}),
    media,
    ...(identityProfile ? { identityProfile } : {}),
    audit,
  };
}

export function listSessions(endpoint: string, query: ListQuery, signal: AbortSignal) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.size > 0 ? `?${params}` : '';
  return requestJson(`${base(endpoint)}/sessions${search}`, { signal, parse: parsePage });
}

const sessionUrl = (endpoint: string, sessionId: string) =>
  `${base(endpoint)}/sessions/${encodeURIComponent(sessionId)}`;

export function getSession(endpoint: string, sessionId: string, signal?: AbortSignal) {
  return requestJson(sessionUrl(endpoint, sessionId), { signal, parse: parseDetail });
}

export function mediaUrl(endpoint: string, sessionId: string, mediaId: string): string {
  return `${sessionUrl(endpoint, sessionId)}/media/${encodeURIComponent(mediaId)}`;
}

export function decide(endpoint: string, sessionId: string, value: DecisionValue, note: string) {
  return requestJson(`${sessionUrl(endpoint, sessionId)}/decision`, {
    method: 'POST',
    body: note.trim() ? { value, note: note.trim() } : { value },
    parse: parseRow,
  });
}

/** Deletes the session's media (`what` = media) or the session itself. */
export function remove(endpoint: string, sessionId: string, what: 'media' | 'session') {
  return requestJson(
    what === 'media' ? `${sessionUrl(endpoint, sessionId)}/media` : sessionUrl(endpoint, sessionId),
    {
      method: 'DELETE',
      parse: () => undefined,
    },
  );
}

export interface CreatedLink {
  linkId: string;
  url: string;
  expiresAt: string;
}

export function createLink(endpoint: string, name: string, email: string) {
  return requestJson(`${base(endpoint)}/links`, {
    method: 'POST',
    body: { name, email },
    parse: (value): CreatedLink => {
      const body = record(value, 'link');
      const url = new URL(text(body, 'url'));
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('url should be http(s)');
      return { linkId: text(body, 'linkId', 100), url: url.href, expiresAt: text(body, 'expiresAt', 40) };
    },
  });
}

/** Who is signed in, and what they may do. */
export function getMe(endpoint: string, signal?: AbortSignal) {
  return requestJson(`${base(endpoint)}/me`, {
    signal,
    parse: (value): StaffMember => {
      const body = record(value, 'me');
      return {
        id: text(body, 'id', 200),
        name: text(body, 'name', 200),
        permissions: array(field(body, 'permissions'), 'permissions').filter((name): name is Permission =>
          PERMISSIONS.includes(name as Permission),
        ),
      };
    },
  });
}

/** The back office's stream of record changes. */
export const eventsUrl = (endpoint: string) => `${base(endpoint)}/events`;

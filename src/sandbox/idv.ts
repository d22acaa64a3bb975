import { randomUUID, timingSafeEqual } from 'node:crypto';
import { idvError, json, parseJson, type SandboxResponse } from './http.js';
import { deliver, type NotificationTarget, notificationTarget } from './notify.js';

type IdvState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';

/** How a pretend scan ends: every check approves; a check rejects (fraud); or the user lacks a document. */
export type IdvOutcome = 'approve' | 'reject' | 'abort';

interface IdvCheck {
  id: string;
  type: string;
  state: 'CREATED' | 'PROCESSING' | 'DONE';
  created: string;
  last_updated: string;
  resources_used: string[];
  report?: {
    recommendation: { value: 'APPROVE' | 'REJECT' | 'NOT_AVAILABLE'; reason?: string };
    breakdown: [];
  };
}

interface IdvSession {
  id: string;
  token: string;
  ttlSeconds: number;
  created: number;
  state: IdvState;
  checkTypes: string[];
  subjectId?: string;
  identityProfile: boolean;
  checks: IdvCheck[];
  result?: 'DONE' | 'ABORTED';
  failureReason?: string;
  /** The person finished the flow: the checks are running. */
  finished: boolean;
  notifications?: { target: NotificationTarget; topics?: string[] };
}

/** Yoti's IDV notification topics. */
const TOPICS = [
  'RESOURCE_UPDATE',
  'TASK_COMPLETION',
  'CHECK_COMPLETION',
  'SESSION_COMPLETION',
  'CLIENT_SESSION_TOKEN_DELETED',
] as const;
type Topic = (typeof TOPICS)[number];

/** A session's notification config as Yoti takes it, with the Authorization its auth_type makes. */
function idvNotifications(value: unknown): IdvSession['notifications'] {
  if (!isObject(value)) return undefined;
  const target = notificationTarget(value, 'endpoint');
  if (!target) return undefined;
  const token = typeof value.auth_token === 'string' ? value.auth_token : undefined;
  if (token) {
    target.headers.Authorization =
      value.auth_type === 'BEARER' ? `Bearer ${token}` : `Basic ${Buffer.from(token).toString('base64')}`;
  }
  const topics = Array.isArray(value.topics) ? value.topics.map(String) : undefined;
  return { target, topics };
}

const colour = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const DEFAULT_CHECKS = ['ID_DOCUMENT_AUTHENTICITY', 'LIVENESS', 'ID_DOCUMENT_FACE_MATCH'];
const TASK_CHECKS: Record<string, string> = {
  ID_DOCUMENT_TEXT_DATA_EXTRACTION: 'ID_DOCUMENT_TEXT_DATA_CHECK',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Yoti's payload validation, for the constraints seed "Embedded IDV" documents. */
function validationErrors(spec: Json): Array<{ property: string; message: string }> {
  const errors: Array<{ property: string; message: string }> = [];
  const ttl = spec.client_session_token_ttl;
  if (ttl !== undefined && (!Number.isInteger(ttl) || (ttl as number) < 1)) {
    errors.push({ property: 'client_session_token_ttl', message: 'must be a positive integer' });
  }
  const resourcesTtl = spec.resources_ttl;
  if (resourcesTtl !== undefined && (!Number.isInteger(resourcesTtl) || (resourcesTtl as number) < 86_700)) {
    errors.push({ property: 'resources_ttl', message: 'must be greater than or equal to 86700' });
  }
  const sdk = isObject(spec.sdk_config) ? spec.sdk_config : {};
  for (const key of ['primary_colour', 'secondary_colour', 'font_colour']) {
    if (sdk[key] !== undefined && !colour.test(String(sdk[key]))) {
      errors.push({ property: `sdk_config.${key}`, message: `must match ${colour.source}` });
    }
  }
  if (isObject(spec.notifications)) {
    try {
      notificationTarget(spec.notifications, 'endpoint');
    } catch {
      // As on Yoti, but a loopback http endpoint is accepted: a helper running beside the sandbox.
      errors.push({ property: 'notifications.endpoint', message: 'must match ^https://.+$' });
    }
  }
  return errors;
}

/**
 * Yoti's IDV API, in memory: sessions stay ONGOING while the person scans, and for `processingMs`
 * after they finish while the checks run (CREATED, then PROCESSING), before COMPLETED with reports;
 * or EXPIRED when the token runs out first. A session created with notifications gets Yoti's
 * webhooks for the topics it asked for.
 */
export class IdvSimulator {
  readonly #sessions = new Map<string, IdvSession>();

  constructor(private readonly processingMs: number) {}

  #session(id: string): IdvSession | undefined {
    const session = this.#sessions.get(id);
    // A session whose person has finished is being checked: it no longer expires.
    if (session?.state === 'ONGOING' && !session.finished && this.#remaining(session) <= 0)
      session.state = 'EXPIRED';
    return session;
  }

  #remaining(session: IdvSession): number {
    return Math.max(0, Math.ceil(session.ttlSeconds - (Date.now() - session.created) / 1000));
  }

  createSession(body: Buffer): SandboxResponse {
    const spec = parseJson(body);
    if (!isObject(spec)) return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error');
    const errors = validationErrors(spec);
    if (errors.length > 0) return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', errors);
    const requestedChecks = Array.isArray(spec.requested_checks) ? spec.requested_checks : [];
    const requestedTasks = Array.isArray(spec.requested_tasks) ? spec.requested_tasks : [];
    const checkTypes = [
      ...requestedChecks.filter(isObject).map((check) => String(check.type)),
      ...requestedTasks.filter(isObject).flatMap((task) => TASK_CHECKS[String(task.type)] ?? []),
    ];
    const subject = isObject(spec.subject) ? spec.subject : undefined;
    const session: IdvSession = {
      id: randomUUID(),
      token: randomUUID(),
      ttlSeconds: (spec.client_session_token_ttl as number | undefined) ?? 600,
      created: Date.now(),
      state: 'ONGOING',
      checkTypes: checkTypes.length > 0 ? checkTypes : DEFAULT_CHECKS,
      subjectId: typeof subject?.subject_id === 'string' ? subject.subject_id : undefined,
      identityProfile: isObject(spec.identity_profile_requirements),
      checks: [],
      finished: false,
      notifications: idvNotifications(spec.notifications),
    };
    this.#sessions.set(session.id, session);
    return json(201, {
      client_session_token_ttl: session.ttlSeconds,
      client_session_token: session.token,
      session_id: session.id,
    });
  }

  getSession(id: string): SandboxResponse {
    const session = this.#session(id);
    if (!session) return idvError(404, 'SESSION_NOT_FOUND', 'Session not found');
    return json(200, {
      session_id: session.id,
      client_session_token_ttl: this.#remaining(session),
      client_session_token: session.token,
      state: session.state,
      resources: { id_documents: [], supplementary_documents: [], liveness_capture: [], face_capture: [] },
      checks: session.checks,
      ...(session.result
        ? {
            identity_profile: {
              subject_id: session.subjectId ?? session.id,
              result: session.result,
              ...(session.failureReason ? { failure_reason: { reason_code: session.failureReason } } : {}),
            },
          }
        : {}),
    });
  }

  /** Whether `token` is the client session token of session `id` (what the IDV web page holds). */
  tokenMatches(id: string, token: string): boolean {
    const session = this.#sessions.get(id);
    if (!session) return false;
    const expected = Buffer.from(session.token);
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The session's state as the IDV web page needs it, or undefined when unknown. */
  state(id: string): { state: IdvState; ttl: number } | undefined {
    const session = this.#session(id);
    return session && { state: session.state, ttl: this.#remaining(session) };
  }

  #notify(session: IdvSession, topic: Topic): void {
    const notifications = session.notifications;
    if (!notifications || (notifications.topics && !notifications.topics.includes(topic))) return;
    void deliver(notifications.target, { session_id: session.id, topic });
  }

  /**
   * The person finished a pretend scan: the checks are created, run (PROCESSING) and, after
   * `processingMs`, decided by `outcome`, and the session COMPLETED.
   */
  complete(id: string, outcome: IdvOutcome): { ok: true } | { ok: false; status: number; message: string } {
    const session = this.#session(id);
    if (!session) return { ok: false, status: 404, message: 'No such session' };
    if (session.state !== 'ONGOING' || session.finished)
      return {
        ok: false,
        status: 409,
        message: `The session is ${session.finished ? 'being checked' : session.state}`,
      };
    session.finished = true;
    if (this.processingMs <= 0) {
      this.#decide(session, outcome);
      return { ok: true };
    }
    const now = new Date().toISOString();
    session.checks = session.checkTypes.map((type) => ({
      id: randomUUID(),
      type,
      state: 'CREATED',
      created: now,
      last_updated: now,
      resources_used: [],
    }));
    this.#notify(session, 'RESOURCE_UPDATE');
    setTimeout(() => {
      const later = new Date().toISOString();
      for (const check of session.checks) Object.assign(check, { state: 'PROCESSING', last_updated: later });
      this.#notify(session, 'TASK_COMPLETION');
    }, this.processingMs / 3).unref();
    setTimeout(() => this.#decide(session, outcome), this.processingMs).unref();
    return { ok: true };
  }

  /** The checks' reports, by `outcome`, and the session COMPLETED. */
  #decide(session: IdvSession, outcome: IdvOutcome): void {
    const now = new Date().toISOString();
    session.checks = session.checkTypes.map((type, index) => {
      const rejected = outcome === 'reject' && index === 0;
      const value = outcome === 'abort' ? 'NOT_AVAILABLE' : rejected ? 'REJECT' : 'APPROVE';
      const reason = outcome === 'abort' ? 'NOT_AVAILABLE' : rejected ? 'COUNTERFEIT' : undefined;
      return {
        id: randomUUID(),
        type,
        state: 'DONE',
        created: now,
        last_updated: now,
        resources_used: [],
        report: { recommendation: { value, ...(reason ? { reason } : {}) }, breakdown: [] },
      };
    });
    session.state = 'COMPLETED';
    if (session.identityProfile || outcome !== 'approve') {
      session.result = outcome === 'approve' ? 'DONE' : 'ABORTED';
      session.failureReason =
        outcome === 'reject'
          ? 'FRAUD_DETECTED'
          : outcome === 'abort'
            ? 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED'
            : undefined;
    }
    this.#notify(session, 'CHECK_COMPLETION');
    this.#notify(session, 'SESSION_COMPLETION');
  }
}

import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { isRecord as isObject } from '../shared/json.js';
import { idvError, json, parseJson, type SandboxResponse } from './http.js';
import {
  type CheckReport,
  type IdvOutcome,
  mediaRef,
  newMediaId,
  parseResponseConfig,
  type ResponseConfig,
  ResponseConfigError,
  reportFor,
  SANDBOX_DOCUMENT,
  type StoredMedia,
} from './idv-results.js';
import { deliver, type NotificationTarget, notificationTarget } from './notify.js';

export type { IdvOutcome };

type IdvState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';

interface IdvCheck {
  id: string;
  type: string;
  state: 'CREATED' | 'PROCESSING' | 'DONE';
  created: string;
  last_updated: string;
  resources_used: string[];
  report?: CheckReport;
}

/** What the IDV page shows and does, from the session's sdk_config (as Yoti's page honours it). */
export interface PageConfig {
  primaryColour?: string;
  secondaryColour?: string;
  fontColour?: string;
  locale?: string;
  presetIssuingCountry?: string;
  captureMethods?: string;
  successUrl?: string;
  errorUrl?: string;
  allowHandoff: boolean;
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
  /** ID_DOCUMENT_TEXT_DATA_EXTRACTION was requested: the document's fields are read. */
  textExtraction: boolean;
  page: PageConfig;
  /** Scripted with the hosted-sandbox API for this session. */
  config?: ResponseConfig;
  checks: IdvCheck[];
  /** Once the person has finished: the ID document and liveness resources, with their media. */
  resources?: Json;
  media: Map<string, StoredMedia>;
  result?: 'DONE' | 'ABORTED';
  failureReason?: string;
  /** The person finished the flow: the checks are running. */
  finished: boolean;
  notifications?: { target: NotificationTarget; topics?: string[] };
  /** allow_handoff: the one-time code the desktop page's QR carries, and whether a phone took it. */
  handoff?: { code: string; claimed: boolean };
}

/** Where a session's phone handoff stands, as the desktop page sees it. */
export type HandoffState = 'none' | 'waiting' | 'claimed';

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
const TASK_CHECKS: Record<string, string> = {
  ID_DOCUMENT_TEXT_DATA_EXTRACTION: 'ID_DOCUMENT_TEXT_DATA_CHECK',
};

type Json = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The page's settings from a spec's sdk_config. */
function pageConfig(spec: Json): PageConfig {
  const sdk = isObject(spec.sdk_config) ? spec.sdk_config : {};
  return {
    primaryColour: text(sdk.primary_colour),
    secondaryColour: text(sdk.secondary_colour),
    fontColour: text(sdk.font_colour),
    locale: text(sdk.locale),
    presetIssuingCountry: text(sdk.preset_issuing_country),
    captureMethods: text(sdk.allowed_capture_methods),
    successUrl: text(sdk.success_url),
    errorUrl: text(sdk.error_url),
    allowHandoff: sdk.allow_handoff === true,
  };
}

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
  for (const key of ['success_url', 'error_url']) {
    if (sdk[key] !== undefined && !/^https?:\/\/\S+$/.test(String(sdk[key]))) {
      errors.push({ property: `sdk_config.${key}`, message: 'must be an absolute http(s) URL' });
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
  /** Scripted for every session of the application (the hosted-sandbox API's app-level config). */
  #appConfig?: ResponseConfig;

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
    const taskTypes = requestedTasks.filter(isObject).map((task) => String(task.type));
    const checkTypes = [
      ...requestedChecks.filter(isObject).map((check) => String(check.type)),
      ...taskTypes.flatMap((task) => TASK_CHECKS[task] ?? []),
    ];
    const subject = isObject(spec.subject) ? spec.subject : undefined;
    const session: IdvSession = {
      id: randomUUID(),
      token: randomUUID(),
      ttlSeconds: (spec.client_session_token_ttl as number | undefined) ?? 600,
      created: Date.now(),
      state: 'ONGOING',
      checkTypes,
      subjectId: typeof subject?.subject_id === 'string' ? subject.subject_id : undefined,
      identityProfile: isObject(spec.identity_profile_requirements),
      textExtraction: taskTypes.includes('ID_DOCUMENT_TEXT_DATA_EXTRACTION'),
      page: pageConfig(spec),
      checks: [],
      media: new Map(),
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
      resources: session.resources ?? {
        id_documents: [],
        supplementary_documents: [],
        liveness_capture: [],
        face_capture: [],
      },
      checks: session.checks,
      ...(session.identityProfile && session.result
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
    return session !== undefined && sameSecret(session.token, token);
  }

  /** The session's state as the IDV web page needs it (with its sdk_config), or undefined when unknown. */
  state(
    id: string,
  ):
    | { state: IdvState; ttl: number; finished: boolean; page: PageConfig; handoff: HandoffState }
    | undefined {
    const session = this.#session(id);
    return (
      session && {
        state: session.state,
        ttl: this.#remaining(session),
        finished: session.finished,
        page: session.page,
        handoff: session.handoff ? (session.handoff.claimed ? 'claimed' : 'waiting') : 'none',
      }
    );
  }

  /**
   * allow_handoff: a one-time code for the phone page (what the desktop page's QR carries, in place
   * of the session token); a new one replaces any unclaimed one. Undefined when the session does not
   * allow handoff or can no longer be continued.
   */
  startHandoff(id: string): string | undefined {
    const session = this.#session(id);
    if (
      !session?.page.allowHandoff ||
      session.state !== 'ONGOING' ||
      session.finished ||
      session.handoff?.claimed
    )
      return undefined;
    session.handoff = { code: randomBytes(18).toString('base64url'), claimed: false };
    return session.handoff.code;
  }

  /** The phone page exchanges the handoff code, once, for the session it continues. */
  claimHandoff(code: string): { sessionId: string; sessionToken: string } | undefined {
    if (code.length < 16) return undefined;
    for (const session of this.#sessions.values()) {
      const handoff = session.handoff;
      if (!handoff || handoff.claimed || !sameSecret(handoff.code, code)) continue;
      if (this.#session(session.id)?.state !== 'ONGOING' || session.finished) return undefined;
      handoff.claimed = true;
      return { sessionId: session.id, sessionToken: session.token };
    }
    return undefined;
  }

  /** PUT …/sessions/{id}/response-config: how this session ends (Yoti's hosted-sandbox API). */
  configureSession(id: string, body: Buffer): SandboxResponse {
    const session = this.#session(id);
    if (!session) return idvError(404, 'SESSION_NOT_FOUND', 'Session not found');
    return this.#configure(body, (config) => {
      session.config = config;
    });
  }

  /** PUT …/apps/{sdkId}/response-config: how every session of the application ends, unless its own says otherwise. */
  configureApp(body: Buffer): SandboxResponse {
    return this.#configure(body, (config) => {
      this.#appConfig = config;
    });
  }

  #configure(body: Buffer, keep: (config: ResponseConfig) => void): SandboxResponse {
    try {
      keep(parseResponseConfig(parseJson(body)));
    } catch (error) {
      if (!(error instanceof ResponseConfigError)) throw error;
      return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', [
        { property: error.property, message: error.message },
      ]);
    }
    return { status: 200 };
  }

  /** GET …/sessions/{id}/media/{mediaId}/content: a stored item, as is. */
  getMedia(id: string, mediaId: string): SandboxResponse {
    const media = this.#session(id)?.media.get(mediaId);
    if (!media) return idvError(404, 'RESOURCE_NOT_FOUND', 'Media not found');
    return { status: 200, raw: media.content, contentType: media.contentType };
  }

  #notify(session: IdvSession, topic: Topic): void {
    const notifications = session.notifications;
    if (!notifications || (notifications.topics && !notifications.topics.includes(topic))) return;
    void deliver(notifications.target, { session_id: session.id, topic });
  }

  /**
   * The person finished a pretend scan: the document and liveness are captured, the checks are
   * created, run (PROCESSING) and, after `processingMs` (or the configured report delay), decided
   * by the session's response config, else the application's, else `outcome`; the session COMPLETED.
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
    this.#capture(session, outcome);
    const config = session.config ?? this.#appConfig;
    const processingMs =
      config?.asyncReportDelay !== undefined ? config.asyncReportDelay * 1000 : this.processingMs;
    if (processingMs <= 0) {
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
    }, processingMs / 3).unref();
    setTimeout(() => this.#decide(session, outcome), processingMs).unref();
    return { ok: true };
  }

  /** The resources a finished capture leaves: the ID document (with its fields when extracted) and the liveness. */
  #capture(session: IdvSession, outcome: IdvOutcome): void {
    const at = new Date().toISOString();
    const config = session.config ?? this.#appConfig;
    const fields = { ...SANDBOX_DOCUMENT, ...(config?.documentFields ?? {}) };
    const documents: Json[] = [];
    if (outcome !== 'abort') {
      const document: Json = {
        id: randomUUID(),
        document_type: String(fields.document_type ?? 'PASSPORT'),
        issuing_country: config?.detectedCountry ?? String(fields.issuing_country ?? 'GBR'),
        pages: [],
        tasks: [],
      };
      if (session.textExtraction) {
        const mediaId = newMediaId();
        session.media.set(mediaId, {
          contentType: 'application/json',
          content: Buffer.from(JSON.stringify(fields)),
        });
        document.document_fields = { media: mediaRef(mediaId, 'JSON', at) };
        document.tasks = [
          {
            type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION',
            id: randomUUID(),
            state: 'DONE',
            created: at,
            last_updated: at,
            generated_checks: [],
            generated_media: [{ id: mediaId, type: 'JSON' }],
          },
        ];
      }
      documents.push(document);
    }
    session.resources = {
      id_documents: documents,
      supplementary_documents: [],
      liveness_capture: session.checkTypes.includes('LIVENESS')
        ? [{ id: randomUUID(), liveness_type: 'ZOOM', tasks: [], frames: [] }]
        : [],
      face_capture: [],
    };
  }

  /** The checks' reports and the session COMPLETED; an identity profile's result only when one was requested. */
  #decide(session: IdvSession, outcome: IdvOutcome): void {
    const now = new Date().toISOString();
    const config = session.config ?? this.#appConfig;
    const seen = new Map<string, number>();
    session.checks = session.checkTypes.map((type, index) => {
      const nth = seen.get(type) ?? 0;
      seen.set(type, nth + 1);
      return {
        id: randomUUID(),
        type,
        state: 'DONE',
        created: now,
        last_updated: now,
        resources_used: [],
        report: reportFor(type, index, nth, outcome, config),
      };
    });
    session.state = 'COMPLETED';
    if (session.identityProfile) {
      const approved = session.checks.every((check) => check.report?.recommendation.value === 'APPROVE');
      session.result = outcome !== 'abort' && approved ? 'DONE' : 'ABORTED';
      session.failureReason =
        session.result === 'DONE'
          ? undefined
          : outcome === 'abort'
            ? 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED'
            : 'FRAUD_DETECTED';
    }
    this.#notify(session, 'CHECK_COMPLETION');
    this.#notify(session, 'SESSION_COMPLETION');
  }
}

import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { isRecord } from '../../shared/json.js';
import { formParts, idvError, json, parseJson, type SandboxResponse } from '../http.js';
import { isProfileFailure, profileOutcome } from '../identity-profiles.js';
import { deliver } from '../notify.js';
import { createChecks, decide, needsReview, type RunningCheck, reports, startProcessing } from './checks.js';
import { configuration, type Requirement, requirements } from './configuration.js';
import type { DeviceEvent } from './devices.js';
import { captureResources, emptyResources, MediaStore } from './resources.js';
import {
  type IdvOutcome,
  parseResponseConfig,
  type ResponseConfig,
  ResponseConfigError,
} from './response-config.js';
import { type IdvPlan, type PageConfig, readSpec } from './spec.js';

export type { IdvOutcome, PageConfig };

type Json = Record<string, unknown>;
type IdvState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';

/** How the person ended the scan on the IDV page: the checks' ending, and for an identity profile, why it was not met. */
export interface ScanEnding {
  outcome: IdvOutcome;
  profileFailure?: string;
}

interface IdvSession {
  id: string;
  token: string;
  created: number;
  state: IdvState;
  plan: IdvPlan;
  subjectId: string;
  required: Requirement[];
  config?: ResponseConfig;
  checks: RunningCheck[];
  resources: Json;
  /** Faces the business supplied (FACE_COMPARISON), by resource ID, with their requirement. */
  faces: Map<string, { requirementId: string; resource: Json }>;
  media: MediaStore;
  profile?: { key: 'identity_profile' | 'advanced_identity_profile'; value: Json };
  biometricConsent?: string;
  devices: DeviceEvent[];
  /** The person finished the flow: the checks are running. */
  finished: boolean;
  handoff?: { code: string; claimed: boolean };
}

/** Where a session's phone handoff stands, as the desktop page sees it. */
export type HandoffState = 'none' | 'waiting' | 'claimed';

const TOPICS = [
  'RESOURCE_UPDATE',
  'TASK_COMPLETION',
  'CHECK_COMPLETION',
  'SESSION_COMPLETION',
  'CLIENT_SESSION_TOKEN_DELETED',
] as const;
type Topic = (typeof TOPICS)[number];

const notFound = () => idvError(404, 'SESSION_NOT_FOUND', 'Session not found');
const noContent = (): SandboxResponse => ({ status: 204 });

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface IdvTimings {
  /** How long the checks run after the person finishes, ms (0: at once). */
  processingMs: number;
  /** How much longer a check that waits for a person's review takes, ms. */
  reviewMs: number;
}

/**
 * Yoti's IDV API, in memory: sessions stay ONGOING while the person scans, and while the checks
 * run after they finish (CREATED, then PROCESSING; longer for those a person reviews), before
 * COMPLETED with reports and, when one was asked for, an identity profile; or EXPIRED when the
 * token runs out first. The business reads the session, its configuration, media and tracked
 * devices, supplies faces, and deletes what it no longer needs (deleted is gone: 404 after).
 */
export class IdvSimulator {
  readonly #sessions = new Map<string, IdvSession>();
  /** Scripted for every session of the application (the hosted-sandbox API's app-level config). */
  #appConfig?: ResponseConfig;

  constructor(private readonly timings: IdvTimings) {}

  #session(id: string): IdvSession | undefined {
    const session = this.#sessions.get(id);
    // A session whose person has finished is being checked: it no longer expires.
    if (session?.state === 'ONGOING' && !session.finished && this.#remaining(session) <= 0)
      session.state = 'EXPIRED';
    return session;
  }

  #remaining(session: IdvSession): number {
    return Math.max(0, Math.ceil(session.plan.ttlSeconds - (Date.now() - session.created) / 1000));
  }

  createSession(body: Buffer): SandboxResponse {
    const read = readSpec(parseJson(body));
    if ('errors' in read) return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', read.errors);
    const { plan } = read;
    const session: IdvSession = {
      id: randomUUID(),
      token: randomUUID(),
      created: Date.now(),
      state: 'ONGOING',
      plan,
      subjectId: plan.subjectId ?? randomUUID(),
      required: requirements(plan),
      checks: [],
      resources: emptyResources(),
      faces: new Map(),
      media: new MediaStore(),
      devices: [],
      finished: false,
    };
    this.#sessions.set(session.id, session);
    return json(201, {
      client_session_token_ttl: plan.ttlSeconds,
      client_session_token: session.token,
      session_id: session.id,
    });
  }

  getSession(id: string): SandboxResponse {
    const session = this.#session(id);
    if (!session) return notFound();
    return json(200, {
      session_id: session.id,
      client_session_token_ttl: this.#remaining(session),
      client_session_token: session.token,
      state: session.state,
      ...(session.plan.userTrackingId ? { user_tracking_id: session.plan.userTrackingId } : {}),
      ...(session.biometricConsent ? { biometric_consent: session.biometricConsent } : {}),
      resources: {
        ...session.resources,
        face_capture: [...session.faces.values()].map((face) => face.resource),
      },
      checks: session.checks.map(({ check }) => check),
      ...(session.profile ? { [session.profile.key]: session.profile.value } : {}),
    });
  }

  /** DELETE /sessions/{id}: the session and all its media, gone. */
  deleteSession(id: string): SandboxResponse {
    const session = this.#sessions.get(id);
    if (!session) return notFound();
    session.media.clear();
    this.#sessions.delete(id);
    return noContent();
  }

  /** GET …/media/{mediaId}/content: a stored item, as is. */
  getMedia(id: string, mediaId: string): SandboxResponse {
    const media = this.#session(id)?.media.get(mediaId);
    if (!media) return idvError(404, 'RESOURCE_NOT_FOUND', 'Media not found');
    return { status: 200, raw: media.content, contentType: media.contentType };
  }

  /** DELETE …/media/{mediaId}/content: the item, gone (the session's JSON still names it). */
  deleteMedia(id: string, mediaId: string): SandboxResponse {
    const session = this.#session(id);
    if (!session) return notFound();
    return session.media.delete(mediaId)
      ? noContent()
      : idvError(404, 'RESOURCE_NOT_FOUND', 'Media not found');
  }

  /** GET …/configuration: the requested checks and the capture's required resources. */
  getConfiguration(id: string): SandboxResponse {
    const session = this.#session(id);
    if (!session) return notFound();
    const faced = new Set([...session.faces.values()].map((face) => face.requirementId));
    return json(
      200,
      configuration(session.id, this.#remaining(session), session.plan, session.required, (requirement) =>
        requirement.type === 'FACE_CAPTURE' ? faced.has(requirement.id) : session.finished,
      ),
    );
  }

  /** POST …/resources/face-capture `{requirement_id}`: a face resource the business will upload an image to. */
  createFaceCapture(id: string, body: Buffer): SandboxResponse {
    const session = this.#session(id);
    if (!session) return notFound();
    const payload = parseJson(body);
    const requirementId = isRecord(payload) ? payload.requirement_id : undefined;
    const requirement = session.required.find(
      (item) => item.id === requirementId && item.type === 'FACE_CAPTURE',
    );
    if (!requirement) {
      return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', [
        { property: 'requirement_id', message: 'must name a FACE_CAPTURE requirement of the session' },
      ]);
    }
    const resourceId = randomUUID();
    session.faces.set(resourceId, {
      requirementId: requirement.id,
      resource: { id: resourceId, source: { type: 'RELYING_BUSINESS' } },
    });
    return json(201, { id: resourceId, frames: 1 });
  }

  /** PUT …/resources/face-capture/{resourceId}/image (multipart): the face, stored as the resource's image. */
  uploadFaceCaptureImage(id: string, resourceId: string, body: Buffer, contentType: string): SandboxResponse {
    const session = this.#session(id);
    const face = session?.faces.get(resourceId);
    if (!session || !face) return idvError(404, 'RESOURCE_NOT_FOUND', 'Face capture resource not found');
    const image = formParts(body, contentType)?.find((part) => part.name === 'binary-content');
    const type = image?.contentType ?? '';
    if (!image || image.data.length === 0 || !/^image\/(png|jpeg)$/.test(type)) {
      return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', [
        { property: 'binary-content', message: 'must be a PNG or JPEG image' },
      ]);
    }
    face.resource = { ...face.resource, image: { media: session.media.add('IMAGE', type, image.data) } };
    return noContent();
  }

  getTrackedDevices(id: string): SandboxResponse {
    const session = this.#session(id);
    return session ? json(200, session.devices) : notFound();
  }

  deleteTrackedDevices(id: string): SandboxResponse {
    const session = this.#session(id);
    if (!session) return notFound();
    session.devices = [];
    return noContent();
  }

  /** The IDV page (or the phone continuing it) did something on a device: tracked. */
  trackDevice(id: string, event: string, device: Json): void {
    this.#sessions.get(id)?.devices.push({ event, created: new Date().toISOString(), device });
  }

  /** Whether `token` is the client session token of session `id` (what the IDV web page holds). */
  tokenMatches(id: string, token: string): boolean {
    const session = this.#sessions.get(id);
    return session !== undefined && sameSecret(session.token, token);
  }

  /** The session's state as the IDV web page needs it (with its sdk_config), or undefined when unknown. */
  state(id: string) {
    const session = this.#session(id);
    if (!session) return undefined;
    const profile = session.plan.profile;
    return {
      state: session.state,
      ttl: this.#remaining(session),
      finished: session.finished,
      page: session.plan.page,
      handoff: (session.handoff ? (session.handoff.claimed ? 'claimed' : 'waiting') : 'none') as HandoffState,
      /** What the person brings, for the page to show. */
      documents: session.plan.documents.map(({ kind, type, country }) => ({ kind, type, country })),
      liveness: session.plan.liveness?.type,
      identityProfile: profile?.profiles,
    };
  }

  /**
   * allow_handoff: a one-time code for the phone page (what the desktop page's QR carries, in place
   * of the session token); a new one replaces any unclaimed one. Undefined when the session does not
   * allow handoff or can no longer be continued.
   */
  startHandoff(id: string): string | undefined {
    const session = this.#session(id);
    if (
      !session?.plan.page.allowHandoff ||
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
    if (!session) return notFound();
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

  #notify(session: IdvSession, topic: Topic): void {
    const notifications = session.plan.notifications;
    if (!notifications || (notifications.topics && !notifications.topics.includes(topic))) return;
    void deliver(notifications.target, { session_id: session.id, topic });
  }

  /**
   * The person finished a pretend scan: their capture becomes resources, the checks are created and
   * run, and are decided by the session's response config, else the application's, else `ending`
   * (after the processing time, and a review for those a person checks); then the session is
   * COMPLETED, with its identity profile when one was asked for.
   */
  complete(id: string, ending: ScanEnding): { ok: true } | { ok: false; status: number; message: string } {
    const session = this.#session(id);
    if (!session) return { ok: false, status: 404, message: 'No such session' };
    if (session.state !== 'ONGOING' || session.finished)
      return {
        ok: false,
        status: 409,
        message: `The session is ${session.finished ? 'being checked' : session.state}`,
      };
    if (ending.profileFailure !== undefined && !isProfileFailure(ending.profileFailure))
      return { ok: false, status: 400, message: 'Not a reason the sandbox knows' };
    session.finished = true;
    const config = session.config ?? this.#appConfig;
    const generated = new Map<string, string>();
    session.resources = captureResources(
      {
        plan: session.plan,
        media: session.media,
        configuredFields: config?.documentFields,
        detectedCountry: config?.detectedCountry,
        withoutDocuments: ending.outcome === 'abort',
      },
      [],
      generated,
    );
    if (session.plan.liveness || session.plan.faceCapture)
      session.biometricConsent = new Date().toISOString();
    const faces = [...session.faces.values()].map((face) => face.resource);
    session.checks = createChecks(
      session.plan.checks,
      { ...session.resources, face_capture: faces },
      generated,
    );
    this.#notify(session, 'RESOURCE_UPDATE');
    const decided = reports(session.checks, ending.outcome, config);
    const processingMs =
      config?.asyncReportDelay !== undefined ? config.asyncReportDelay * 1000 : this.timings.processingMs;
    const decideAll = (reviewed: boolean) => {
      session.checks.forEach((check, index) => {
        const report = decided[index];
        if (report && check.check.state !== 'DONE' && needsReview(check, report) === reviewed)
          decide(check, report, reviewed);
      });
    };
    const later = (ms: number, run: () => void) => (ms <= 0 ? run() : void setTimeout(run, ms).unref());
    later(processingMs / 3, () => {
      startProcessing(session.checks);
      this.#notify(session, 'TASK_COMPLETION');
    });
    later(processingMs, () => {
      decideAll(false);
      const reviewing = session.checks.some((check) => check.check.state !== 'DONE');
      later(reviewing ? this.timings.reviewMs : 0, () => {
        decideAll(true);
        this.#finish(session, ending);
      });
    });
    return { ok: true };
  }

  /** The session COMPLETED: its identity profile decided, and the business told. */
  #finish(session: IdvSession, ending: ScanEnding): void {
    session.state = 'COMPLETED';
    const request = session.plan.profile;
    if (request) {
      const approved = session.checks.every(
        (check) => check.check.report?.recommendation.value === 'APPROVE',
      );
      const failure =
        ending.profileFailure ??
        (ending.outcome === 'abort'
          ? 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED'
          : !approved || ending.outcome === 'reject'
            ? 'FRAUD_DETECTED'
            : undefined);
      const mediaRef: Json = {};
      const outcome = profileOutcome(request, session.subjectId, failure, mediaRef);
      if (outcome.report) {
        Object.assign(
          mediaRef,
          session.media.add('JSON', 'application/json', Buffer.from(JSON.stringify(outcome.report))),
        );
      }
      session.profile = {
        key: request.advanced ? 'advanced_identity_profile' : 'identity_profile',
        value: outcome.result,
      };
    }
    this.#notify(session, 'CHECK_COMPLETION');
    this.#notify(session, 'SESSION_COMPLETION');
  }
}

import { randomBytes, randomUUID } from 'node:crypto';
import { idvError, json, parseJson, type SandboxResponse } from '../http.js';
import { deliver } from '../notify.js';
import { type CaptureAnswer, type CaptureWorld, captureStep, finishScan } from './capture.js';
import { configuration, requirements } from './configuration.js';
import { createFaceCapture, uploadFaceImage } from './faces.js';
import { emptyResources, MediaStore } from './resources.js';
import {
  type IdvOutcome,
  parseResponseConfig,
  type ResponseConfig,
  ResponseConfigError,
} from './response-config.js';
import {
  type CaptureStep,
  type HandoffState,
  type IdvSession,
  type ScanEnding,
  sameSecret,
  type Topic,
} from './session.js';
import { type PageConfig, readSpec } from './spec.js';

export type { CaptureStep, IdvOutcome, PageConfig, ScanEnding };

type Json = Record<string, unknown>;

const notFound = () => idvError(404, 'SESSION_NOT_FOUND', 'Session not found');
const noContent = (): SandboxResponse => ({ status: 204 });

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
      captured: new Set(),
      generated: new Map(),
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
        requirement.type === 'FACE_CAPTURE'
          ? faced.has(requirement.id)
          : session.captured.has(requirement.type === 'LIVENESS' ? 'face' : 'document'),
      ),
    );
  }

  /** POST …/resources/face-capture `{requirement_id}`: a face resource the business will upload an image to. */
  createFaceCapture(id: string, body: Buffer): SandboxResponse {
    const session = this.#session(id);
    return session ? createFaceCapture(session, body) : notFound();
  }

  /** PUT …/resources/face-capture/{resourceId}/image (multipart): the face, stored as the resource's image. */
  uploadFaceCaptureImage(id: string, resourceId: string, body: Buffer, contentType: string): SandboxResponse {
    return uploadFaceImage(this.#session(id), resourceId, body, contentType);
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

  /** What a capture into `session` needs: its scripted config, the timings, the business's notifications. */
  #world(session: IdvSession): CaptureWorld {
    return {
      config: session.config ?? this.#appConfig,
      ...this.timings,
      notify: (topic) => this.#notify(session, topic),
    };
  }

  /** The person made one step of the capture (the IDV page says so as it happens). */
  capture(id: string, step: CaptureStep): CaptureAnswer {
    const session = this.#session(id);
    return session
      ? captureStep(session, step, this.#world(session))
      : { ok: false, status: 404, message: 'No such session' };
  }

  /** The person finished the scan (see finishScan in ./capture.ts). */
  complete(id: string, ending: ScanEnding): CaptureAnswer {
    const session = this.#session(id);
    return session
      ? finishScan(session, ending, this.#world(session))
      : { ok: false, status: 404, message: 'No such session' };
  }
}

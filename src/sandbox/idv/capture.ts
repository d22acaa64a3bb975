import { isProfileFailure, profileOutcome } from '../identity-profiles.js';
import { createChecks, decide, needsReview, reports, startProcessing } from './checks.js';
import { type CaptureContext, documentResources, livenessResources } from './resources.js';
import type { ResponseConfig } from './response-config.js';
import type { CaptureStep, IdvSession, ScanEnding, Topic } from './session.js';

/** What a capture needs beside its session: the scripted config, the timings, and a way to tell the business. */
export interface CaptureWorld {
  /** The session's response config, else the application's. */
  config?: ResponseConfig;
  processingMs: number;
  reviewMs: number;
  notify: (topic: Topic) => void;
}

export type CaptureAnswer = { ok: true } | { ok: false; status: number; message: string };

const contextOf = (
  session: IdvSession,
  config: ResponseConfig | undefined,
  withoutDocuments = false,
): CaptureContext => ({
  plan: session.plan,
  media: session.media,
  configuredFields: config?.documentFields,
  detectedCountry: config?.detectedCountry,
  withoutDocuments,
});

/** Why the person can no longer capture into `session`, or undefined when they can. */
function closed(session: IdvSession): CaptureAnswer | undefined {
  if (session.state === 'ONGOING' && !session.finished) return undefined;
  return {
    ok: false,
    status: 409,
    message: `The session is ${session.finished ? 'being checked' : session.state}`,
  };
}

/**
 * One step of the capture made: its resources appear in the session at once (the documents with
 * their pages, fields and tasks; the liveness capture), as on Yoti, and the business is told
 * (RESOURCE_UPDATE). A step made again is not added twice.
 */
export function captureStep(session: IdvSession, step: CaptureStep, world: CaptureWorld): CaptureAnswer {
  const refused = closed(session);
  if (refused) return refused;
  if (session.captured.has(step)) return { ok: true };
  session.captured.add(step);
  const context = contextOf(session, world.config);
  if (step === 'document') Object.assign(session.resources, documentResources(context, session.generated));
  else session.resources.liveness_capture = livenessResources(context);
  world.notify('RESOURCE_UPDATE');
  return { ok: true };
}

/**
 * The person finished a pretend scan: the steps not yet captured are (none of the documents when
 * they had none), the checks are created and run, and are decided by the response config, else
 * by `ending` (after the processing time, and a review for those a person checks); then the
 * session is COMPLETED, with its identity profile when one was asked for.
 */
export function finishScan(session: IdvSession, ending: ScanEnding, world: CaptureWorld): CaptureAnswer {
  const refused = closed(session);
  if (refused) return refused;
  if (ending.profileFailure !== undefined && !isProfileFailure(ending.profileFailure))
    return { ok: false, status: 400, message: 'Not a reason the sandbox knows' };
  const context = contextOf(session, world.config, ending.outcome === 'abort');
  if (!session.captured.has('document'))
    Object.assign(session.resources, documentResources(context, session.generated));
  if (!session.captured.has('face')) session.resources.liveness_capture = livenessResources(context);
  session.captured.add('document').add('face');
  session.finished = true;
  if (session.plan.liveness || session.plan.faceCapture) session.biometricConsent = new Date().toISOString();
  const faces = [...session.faces.values()].map((face) => face.resource);
  session.checks = createChecks(
    session.plan.checks,
    { ...session.resources, face_capture: faces },
    session.generated,
  );
  world.notify('RESOURCE_UPDATE');
  const decided = reports(session.checks, ending.outcome, world.config);
  const processingMs =
    world.config?.asyncReportDelay !== undefined ? world.config.asyncReportDelay * 1000 : world.processingMs;
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
    world.notify('TASK_COMPLETION');
  });
  later(processingMs, () => {
    decideAll(false);
    const reviewing = session.checks.some((check) => check.check.state !== 'DONE');
    later(reviewing ? world.reviewMs : 0, () => {
      decideAll(true);
      complete(session, ending, world);
    });
  });
  return { ok: true };
}

/** The session COMPLETED: its identity profile decided, and the business told. */
function complete(session: IdvSession, ending: ScanEnding, world: CaptureWorld): void {
  session.state = 'COMPLETED';
  const request = session.plan.profile;
  if (request) {
    const approved = session.checks.every((check) => check.check.report?.recommendation.value === 'APPROVE');
    const failure =
      ending.profileFailure ??
      (ending.outcome === 'abort'
        ? 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED'
        : !approved || ending.outcome === 'reject'
          ? 'FRAUD_DETECTED'
          : undefined);
    const mediaRef: Record<string, unknown> = {};
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
  world.notify('CHECK_COMPLETION');
  world.notify('SESSION_COMPLETION');
}

import { randomUUID } from 'node:crypto';
import { isRecord } from '../../shared/json.js';
import { supportedFor } from './catalogue.js';
import type { IdvPlan } from './spec.js';

/**
 * A session's configuration as `GET /sessions/{id}/configuration` gives it: the requested checks
 * and what the capture needs, each required resource with an ID kept for the session's life (the
 * business's face capture names its requirement by it), and whether it has been captured yet.
 */

type Json = Record<string, unknown>;

export interface Requirement {
  id: string;
  type: 'ID_DOCUMENT' | 'SUPPLEMENTARY_DOCUMENT' | 'LIVENESS' | 'FACE_CAPTURE';
  body: Json;
}

/** The resources a plan requires, each with a new ID. */
export function requirements(plan: IdvPlan): Requirement[] {
  const found: Requirement[] = [];
  const tasks = (type: string) => (plan.tasks.has(type) ? [{ type, state: 'REQUIRED' }] : []);
  for (const document of plan.documents) {
    const filter = isRecord(document.requirement.filter) ? document.requirement.filter : undefined;
    if (document.kind === 'ID_DOCUMENT') {
      found.push({
        id: randomUUID(),
        type: 'ID_DOCUMENT',
        body: {
          allowed_sources: [{ type: 'END_USER' }],
          requested_tasks: tasks('ID_DOCUMENT_TEXT_DATA_EXTRACTION'),
          supported_countries: supportedFor(filter),
          allowed_capture_methods: plan.page.captureMethods ?? 'CAMERA',
          attempts_remaining: { IDENTITY_DOCUMENT_TEXT_DATA_EXTRACTION: 3 },
        },
      });
    } else {
      const requirement = document.requirement;
      found.push({
        id: randomUUID(),
        type: 'SUPPLEMENTARY_DOCUMENT',
        body: {
          allowed_sources: [{ type: 'END_USER' }],
          requested_tasks: tasks('SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION'),
          document_types: Array.isArray(requirement.document_types)
            ? requirement.document_types
            : [document.type],
          country_codes: Array.isArray(requirement.country_codes)
            ? requirement.country_codes
            : [document.country],
          ...(isRecord(requirement.objective) ? { objective: requirement.objective } : {}),
        },
      });
    }
  }
  if (plan.liveness) {
    found.push({
      id: randomUUID(),
      type: 'LIVENESS',
      body: { allowed_sources: [{ type: 'END_USER' }], liveness_type: plan.liveness.type },
    });
  }
  if (plan.faceCapture) {
    found.push({
      id: randomUUID(),
      type: 'FACE_CAPTURE',
      body: { allowed_sources: [{ type: 'RELYING_BUSINESS' }] },
    });
  }
  return found;
}

/** The configuration JSON, with each requirement's state: COMPLETE once met. */
export function configuration(
  sessionId: string,
  ttl: number,
  plan: IdvPlan,
  required: Requirement[],
  complete: (requirement: Requirement) => boolean,
): Json {
  return {
    client_session_token_ttl: ttl,
    session_id: sessionId,
    requested_checks: plan.requestedChecks,
    capture: {
      biometric_consent: plan.liveness || plan.faceCapture ? 'REQUIRED' : 'NOT_REQUIRED',
      required_resources: required.map((requirement) => ({
        type: requirement.type,
        id: requirement.id,
        state: complete(requirement) ? 'COMPLETE' : 'REQUIRED',
        ...requirement.body,
      })),
    },
  };
}

import { isRecord } from '../../shared/json.js';
import { asksForAddress, type ProfileRequest, profileRequest } from '../identity-profiles.js';
import { type NotificationTarget, notificationTarget } from '../notify.js';
import { chooseIdDocument, chooseSupplementary } from './catalogue.js';

/**
 * An IDV create-session payload read as Yoti reads it: checked against the constraints of Yoti's
 * Embedded IDV documentation (400 with each property that is wrong), then planned: which checks run
 * (and how manual review takes part), which documents the person brings, what liveness, whether a
 * face must be supplied by the business, which identity profile, and how the page looks.
 */

type Json = Record<string, unknown>;

export type ManualCheck = 'ALWAYS' | 'FALLBACK' | 'NEVER';
const MANUAL_CHECKS: readonly ManualCheck[] = ['ALWAYS', 'FALLBACK', 'NEVER'];

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

export interface PlannedCheck {
  type: string;
  manualCheck?: ManualCheck;
}

/** A document the person brings: an ID document, or a supplementary one (a proof of address). */
export interface PlannedDocument {
  kind: 'ID_DOCUMENT' | 'SUPPLEMENTARY_DOCUMENT';
  type: string;
  country: string;
  /** The requirement it meets, as the session configuration lists it. */
  requirement: Json;
}

export interface IdvPlan {
  ttlSeconds: number;
  checks: PlannedCheck[];
  /** Requested tasks by type (text extraction of ID and supplementary documents). */
  tasks: Map<string, Json>;
  documents: PlannedDocument[];
  liveness?: { type: 'ZOOM' | 'STATIC'; maxRetries: number };
  /** FACE_COMPARISON: the business supplies the face, through the face-capture API. */
  faceCapture: boolean;
  profile?: ProfileRequest;
  subjectId?: string;
  userTrackingId?: string;
  page: PageConfig;
  notifications?: { target: NotificationTarget; topics?: string[] };
  /** The requested checks as the session configuration repeats them. */
  requestedChecks: Json[];
}

export type SpecError = { property: string; message: string };

const colour = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** The checks whose work is on an ID document: with none of them asked, the person brings no document. */
const DOCUMENT_WORK = ['ID_DOCUMENT_AUTHENTICITY', 'ID_DOCUMENT_FACE_MATCH', 'ID_DOCUMENT_COMPARISON'];
/** The check each text extraction task produces. */
export const TASK_CHECKS: Readonly<Record<string, string>> = {
  ID_DOCUMENT_TEXT_DATA_EXTRACTION: 'ID_DOCUMENT_TEXT_DATA_CHECK',
  SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION: 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK',
};

function pageConfig(spec: Json): PageConfig {
  const sdk = isRecord(spec.sdk_config) ? spec.sdk_config : {};
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

function checkErrors(spec: Json): SpecError[] {
  const errors: SpecError[] = [];
  const ttl = spec.client_session_token_ttl;
  if (ttl !== undefined && (!Number.isInteger(ttl) || (ttl as number) < 1)) {
    errors.push({ property: 'client_session_token_ttl', message: 'must be a positive integer' });
  }
  const resourcesTtl = spec.resources_ttl;
  if (resourcesTtl !== undefined && (!Number.isInteger(resourcesTtl) || (resourcesTtl as number) < 86_700)) {
    errors.push({ property: 'resources_ttl', message: 'must be greater than or equal to 86700' });
  }
  const sdk = isRecord(spec.sdk_config) ? spec.sdk_config : {};
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
  if (isRecord(spec.notifications)) {
    try {
      notificationTarget(spec.notifications, 'endpoint');
    } catch {
      // As on Yoti, but a loopback http endpoint is accepted: a helper running beside the sandbox.
      errors.push({ property: 'notifications.endpoint', message: 'must match ^https://.+$' });
    }
  }
  list(spec.requested_checks).forEach((check, index) => {
    const config = isRecord(check.config) ? check.config : {};
    const at = `requested_checks[${index}].config`;
    if (config.manual_check !== undefined && !MANUAL_CHECKS.includes(config.manual_check as ManualCheck)) {
      errors.push({ property: `${at}.manual_check`, message: `must be one of ${MANUAL_CHECKS.join(', ')}` });
    }
    if (check.type !== 'LIVENESS') return;
    if (
      config.liveness_type !== undefined &&
      config.liveness_type !== 'ZOOM' &&
      config.liveness_type !== 'STATIC'
    ) {
      errors.push({ property: `${at}.liveness_type`, message: 'must be one of ZOOM, STATIC' });
    }
    if (
      config.max_retries !== undefined &&
      (!Number.isInteger(config.max_retries) || (config.max_retries as number) < 1)
    ) {
      errors.push({ property: `${at}.max_retries`, message: 'must be an integer of at least 1' });
    }
  });
  return errors;
}

/** The documents the person brings for the spec: as required, or one ID document when checks need one. */
function plannedDocuments(spec: Json, checkTypes: string[], taskTypes: string[], profile?: ProfileRequest) {
  const preset = text(isRecord(spec.sdk_config) ? spec.sdk_config.preset_issuing_country : undefined);
  const required = list(spec.required_documents);
  const documents: PlannedDocument[] = [];
  for (const requirement of required) {
    if (requirement.type === 'SUPPLEMENTARY_DOCUMENT') {
      const { type, country } = chooseSupplementary(requirement);
      documents.push({ kind: 'SUPPLEMENTARY_DOCUMENT', type, country, requirement });
    } else if (requirement.type === 'ID_DOCUMENT') {
      const filter = isRecord(requirement.filter) ? requirement.filter : undefined;
      const chosen = chooseIdDocument(filter, preset) ?? { type: 'PASSPORT', country: 'GBR' };
      documents.push({ kind: 'ID_DOCUMENT', ...chosen, requirement });
    }
  }
  if (required.length > 0) return documents;
  const needsId =
    profile !== undefined ||
    checkTypes.some((type) => DOCUMENT_WORK.includes(type)) ||
    taskTypes.includes('ID_DOCUMENT_TEXT_DATA_EXTRACTION');
  if (needsId) {
    const chosen = chooseIdDocument(undefined, preset) ?? { type: 'PASSPORT', country: 'GBR' };
    documents.push({ kind: 'ID_DOCUMENT', ...chosen, requirement: { type: 'ID_DOCUMENT' } });
  }
  // A DBS profile proves the address too: Yoti asks for a proof of address beside the ID.
  if (profile && asksForAddress(profile)) {
    const requirement = {
      type: 'SUPPLEMENTARY_DOCUMENT',
      document_types: ['UTILITY_BILL'],
      objective: { type: 'PROOF_OF_ADDRESS' },
    };
    documents.push({ kind: 'SUPPLEMENTARY_DOCUMENT', type: 'UTILITY_BILL', country: 'GBR', requirement });
  }
  return documents;
}

/** A session's notification config as Yoti takes it, with the Authorization its auth_type makes. */
function notifications(value: unknown): IdvPlan['notifications'] {
  if (!isRecord(value)) return undefined;
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

/** Reads a create-session payload: the plan of the session, or the errors Yoti would answer 400 with. */
export function readSpec(spec: unknown): { plan: IdvPlan } | { errors: SpecError[] } {
  if (!isRecord(spec)) return { errors: [{ property: '', message: 'must be a JSON object' }] };
  const errors = checkErrors(spec);
  if (errors.length > 0) return { errors };
  const requestedChecks = list(spec.requested_checks);
  const requestedTasks = list(spec.requested_tasks);
  const tasks = new Map(
    requestedTasks.map((task) => [String(task.type), isRecord(task.config) ? task.config : {}]),
  );
  const checks: PlannedCheck[] = [
    ...requestedChecks.map((check) => {
      const config = isRecord(check.config) ? check.config : {};
      return {
        type: String(check.type),
        ...(config.manual_check ? { manualCheck: config.manual_check as ManualCheck } : {}),
      };
    }),
    ...[...tasks].flatMap(([type, config]) =>
      TASK_CHECKS[type]
        ? [
            {
              type: TASK_CHECKS[type],
              ...(config.manual_check ? { manualCheck: config.manual_check as ManualCheck } : {}),
            },
          ]
        : [],
    ),
  ];
  const liveness = requestedChecks.find((check) => check.type === 'LIVENESS');
  const livenessConfig = isRecord(liveness?.config) ? liveness.config : {};
  const profile = profileRequest(spec);
  const subject = isRecord(spec.subject) ? spec.subject : undefined;
  return {
    plan: {
      ttlSeconds: (spec.client_session_token_ttl as number | undefined) ?? 600,
      checks,
      tasks,
      documents: plannedDocuments(
        spec,
        checks.map((check) => check.type),
        [...tasks.keys()],
        profile,
      ),
      ...(liveness
        ? {
            liveness: {
              type: livenessConfig.liveness_type === 'STATIC' ? 'STATIC' : 'ZOOM',
              maxRetries: (livenessConfig.max_retries as number | undefined) ?? 1,
            },
          }
        : {}),
      faceCapture: checks.some((check) => check.type === 'FACE_COMPARISON'),
      profile,
      subjectId: text(subject?.subject_id),
      userTrackingId: text(spec.user_tracking_id),
      page: pageConfig(spec),
      notifications: notifications(spec.notifications),
      requestedChecks,
    },
  };
}

import { timingSafeEqual } from 'node:crypto';
import type { RunningCheck } from './checks.js';
import type { Requirement } from './configuration.js';
import type { DeviceEvent } from './devices.js';
import type { MediaStore } from './resources.js';
import type { IdvOutcome, ResponseConfig } from './response-config.js';
import type { IdvPlan } from './spec.js';

type Json = Record<string, unknown>;

export type IdvState = 'ONGOING' | 'COMPLETED' | 'EXPIRED';

/** How the person ended the scan on the IDV page: the checks' ending, and for an identity profile, why it was not met. */
export interface ScanEnding {
  outcome: IdvOutcome;
  profileFailure?: string;
}

/** A step of the capture whose resources appear in the session as the person makes it. */
export type CaptureStep = 'document' | 'face';

/** One IDV session of the sandbox, as the API, the IDV page and the capture change it. */
export interface IdvSession {
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
  /** The steps captured so far (their resources are in `resources`). */
  captured: Set<CaptureStep>;
  /** The IDs of the checks the documents' tasks generate, kept from capture to the checks. */
  generated: Map<string, string>;
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

/** The notification topics a session may be told of. */
export type Topic =
  | 'RESOURCE_UPDATE'
  | 'TASK_COMPLETION'
  | 'CHECK_COMPLETION'
  | 'SESSION_COMPLETION'
  | 'CLIENT_SESSION_TOKEN_DELETED';

/** Whether `given` is the secret `expected`, compared in constant time. */
export function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

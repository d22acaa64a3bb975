import { randomUUID } from 'node:crypto';
import { isRecord } from '../shared/json.js';

/**
 * Identity profiles (Yoti's Embedded IDV documentation): what a share policy or an IDV session asks for, a trust
 * framework's scheme (UK_TFIDA with DBS, RTW, RTR or DBS_RTW and an objective) or, advanced,
 * several trust frameworks each with its schemes; and how a session ends against them: DONE with a
 * report of the schemes it complies with, or ABORTED with the reason the person chose on the
 * sandbox's page.
 */

/** A scheme of an identity profile requirement: `{type, objective?, label?}`. */
export interface SchemeRequest {
  type: string;
  objective?: string;
  label?: string;
}

/** What is asked for: one trust framework's scheme (simple), or several (advanced). */
export interface ProfileRequest {
  advanced: boolean;
  profiles: Array<{ trustFramework: string; schemes: SchemeRequest[] }>;
}

/** Why requirements were not met, as the sandbox's pages offer them (the reason codes of Yoti's Embedded IDV documentation). */
export const PROFILE_FAILURES = [
  'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED',
  'FRAUD_DETECTED',
  'COULD_NOT_VERIFY_ADDRESS',
  'UNABLE_TO_VALIDATE_DOCUMENT',
] as const;

export const isProfileFailure = (value: unknown): value is string =>
  (PROFILE_FAILURES as readonly unknown[]).includes(value);

function schemes(value: unknown): SchemeRequest[] {
  return (Array.isArray(value) ? value : [value]).filter(isRecord).map((scheme) => ({
    type: String(scheme.type ?? ''),
    ...(typeof scheme.objective === 'string' && scheme.objective !== ''
      ? { objective: scheme.objective }
      : {}),
    ...(typeof scheme.label === 'string' ? { label: scheme.label } : {}),
  }));
}

/**
 * The identity profile a share policy or an IDV spec asks for: `identity_profile_requirements`
 * (simple) or `advanced_identity_profile_requirements`; undefined for none.
 */
export function profileRequest(source: Record<string, unknown>): ProfileRequest | undefined {
  const simple = source.identity_profile_requirements;
  if (isRecord(simple)) {
    return {
      advanced: false,
      profiles: [{ trustFramework: String(simple.trust_framework ?? ''), schemes: schemes(simple.scheme) }],
    };
  }
  const advanced = source.advanced_identity_profile_requirements;
  if (isRecord(advanced) && Array.isArray(advanced.profiles)) {
    return {
      advanced: true,
      profiles: advanced.profiles.filter(isRecord).map((profile) => ({
        trustFramework: String(profile.trust_framework ?? ''),
        schemes: schemes(profile.schemes),
      })),
    };
  }
  return undefined;
}

/** Whether a request asks for a DBS check (whose identity is proven with an address too). */
export const asksForAddress = (request: ProfileRequest): boolean =>
  request.profiles.some((profile) => profile.schemes.some((scheme) => scheme.type.startsWith('DBS')));

/** How an IDV session ends against its profile request; `report` is stored as the report's JSON media. */
export interface ProfileOutcome {
  /** The `identity_profile` or `advanced_identity_profile` of the session (the media filled in by the caller). */
  result: Record<string, unknown>;
  /** The full report, for the JSON media the result points at (when DONE). */
  report?: Record<string, unknown>;
}

/**
 * The session's identity profile: DONE with each scheme met and a report (its JSON as media, at
 * `media`), or ABORTED with `failure` and each scheme not met.
 */
export function profileOutcome(
  request: ProfileRequest,
  subjectId: string,
  failure: string | undefined,
  media: Record<string, unknown>,
): ProfileOutcome {
  const met = failure === undefined;
  const compliance = (scheme: SchemeRequest) => ({
    scheme,
    requirements_met: met,
    ...(met ? {} : { requirements_not_met_info: failure }),
  });
  const failureReason = met
    ? undefined
    : {
        reason_code: failure,
        requirements_not_met_details: [
          {
            failure_type: failure,
            document_type: 'PASSPORT',
            document_country_iso_code: 'GBR',
            audit_id: randomUUID(),
            details: 'SANDBOX: chosen on the sandbox page',
          },
        ],
      };
  const [profile] = request.profiles;
  const report = request.advanced
    ? {
        compliance: request.profiles.map((each) => ({
          trust_framework: each.trustFramework,
          schemes_compliance: each.schemes.map(compliance),
        })),
        media,
      }
    : {
        trust_framework: profile?.trustFramework ?? 'UK_TFIDA',
        schemes_compliance: (profile?.schemes ?? []).map(compliance),
        media,
      };
  return {
    result: {
      subject_id: subjectId,
      result: met ? 'DONE' : 'ABORTED',
      ...(failureReason ? { failure_reason: failureReason } : {}),
      ...(met ? { identity_profile_report: report } : {}),
    },
    ...(met ? { report: { ...report, media: undefined, generated: new Date().toISOString() } } : {}),
  };
}

import type { IDVClient } from 'yoti';
import type { ReviewCheck, ReviewIdentityProfile } from '../../shared/back-office.js';
import { upstreamString } from '../sessions/upstream.js';

export type { ReviewCheck, ReviewIdentityProfile };

type IdvSession = Awaited<ReturnType<IDVClient['getSession']>>;

/** What kind of thing a media item is, so that a review can show it in its place. */
export type MediaKind =
  | 'document-page'
  | 'document-frame'
  | 'id-photo'
  | 'document-fields'
  | 'supplementary-page'
  | 'supplementary-fields'
  | 'liveness-frame'
  | 'liveness-image'
  | 'face-map'
  | 'face-capture'
  | 'identity-profile-report';

export interface ReviewMedia {
  id: string;
  kind: MediaKind;
  /** `application/json`, `image/*` (the bytes' own type comes with them), or `application/octet-stream` (a face map). */
  mimeType: string;
}

/** What the SDK's session result holds for a review: checks, the document, media, the identity profile. */
export interface SessionReview {
  checks: ReviewCheck[];
  document?: { type: string; issuingCountry: string; fieldsMediaId?: string };
  media: ReviewMedia[];
  identityProfile?: ReviewIdentityProfile;
}

interface MediaLike {
  getId(): string;
  getType(): string;
}

const optional = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? upstreamString(value) : undefined;

/** The media a session's resources name, each once, with its kind. */
function mediaOf(session: IdvSession): ReviewMedia[] {
  const found = new Map<string, ReviewMedia>();
  const add = (media: MediaLike | undefined, kind: MediaKind) => {
    const id = optional(media?.getId());
    if (!media || !id || found.has(id)) return;
    // A face map is biometric data for Yoti's checks, not a picture: nothing a review can show.
    const mimeType =
      kind === 'face-map'
        ? 'application/octet-stream'
        : media.getType() === 'JSON'
          ? 'application/json'
          : 'image/*';
    found.set(id, { id, kind, mimeType });
  };
  const resources = session.getResources();
  for (const document of resources?.getIdDocuments() ?? []) {
    for (const page of document.getPages() ?? []) {
      add(page.getMedia(), 'document-page');
      for (const frame of page.getFrames() ?? []) add(frame.getMedia(), 'document-frame');
    }
    add(document.getDocumentIdPhoto()?.getMedia(), 'id-photo');
    add(document.getDocumentFields()?.getMedia(), 'document-fields');
  }
  for (const document of resources?.getSupplementaryDocuments() ?? []) {
    for (const page of document.getPages() ?? []) add(page.getMedia(), 'supplementary-page');
    add(document.getDocumentFields()?.getMedia(), 'supplementary-fields');
  }
  for (const liveness of resources?.getZoomLivenessResources() ?? []) {
    add(liveness.getFaceMap()?.getMedia(), 'face-map');
    for (const frame of liveness.getFrames() ?? []) add(frame.getMedia(), 'liveness-frame');
  }
  for (const liveness of resources?.getStaticLivenessResources() ?? []) {
    add(liveness.getImage(), 'liveness-image');
  }
  for (const face of resources?.getFaceCaptureResources() ?? [])
    add(face.getImage()?.getMedia(), 'face-capture');
  const report = profileOf(session)?.getIdentityProfileReport() as unknown as
    | { getMedia?(): MediaLike | undefined }
    | undefined;
  add(report?.getMedia?.(), 'identity-profile-report');
  return [...found.values()];
}

const profileOf = (session: IdvSession) =>
  session.getIdentityProfile() ?? session.getAdvancedIdentityProfile();

function identityProfileOf(session: IdvSession): ReviewIdentityProfile | undefined {
  const profile = profileOf(session);
  const result = optional(profile?.getResult());
  if (!profile || !result) return undefined;
  const failureReason = optional(profile.getFailureReason()?.getReasonCode());
  const report = profile.getIdentityProfileReport() as unknown as
    | {
        getSchemesCompliance?(): SchemeCompliance[];
        getCompliance?(): Array<{ getSchemesCompliance(): SchemeCompliance[] }>;
      }
    | undefined;
  const compliance =
    report?.getSchemesCompliance?.() ??
    report?.getCompliance?.().flatMap((framework) => framework.getSchemesCompliance()) ??
    [];
  return {
    result,
    ...(failureReason ? { failureReason } : {}),
    schemes: compliance.map((each) => {
      const scheme = each.getScheme();
      const objective = optional(scheme.getObjective());
      return {
        type: upstreamString(scheme.getType()),
        ...(objective ? { objective } : {}),
        met: (each.isRequirementsMet?.() ?? each.getRequirementsMet?.()) === true,
      };
    }),
  };
}

interface SchemeCompliance {
  getScheme(): { getType(): string; getObjective(): string | undefined };
  isRequirementsMet?(): boolean;
  getRequirementsMet?(): boolean;
}

/** The review of `session`: what staff look at, with `manualChecks` (by check type) beside each check. */
export function reviewOf(session: IdvSession, manualChecks: Record<string, string> = {}): SessionReview {
  const checks = session.getChecks().map((check): ReviewCheck => {
    const recommendation = check.getReport()?.getRecommendation();
    const value = optional(recommendation?.getValue());
    const reason = optional(recommendation?.getReason());
    const type = upstreamString(check.getType());
    return {
      id: upstreamString(check.getId()),
      type,
      state: upstreamString(check.getState()),
      ...(value ? { recommendation: { value, ...(reason ? { reason } : {}) } } : {}),
      ...(manualChecks[type] ? { manualCheck: manualChecks[type] } : {}),
    };
  });
  const document = session.getResources()?.getIdDocuments()[0];
  const fieldsMediaId = optional(document?.getDocumentFields()?.getMedia().getId());
  const identityProfile = identityProfileOf(session);
  return {
    checks,
    ...(document
      ? {
          document: {
            type: upstreamString(document.getDocumentType()),
            issuingCountry: upstreamString(document.getIssuingCountry()),
            ...(fieldsMediaId ? { fieldsMediaId } : {}),
          },
        }
      : {}),
    media: mediaOf(session),
    ...(identityProfile ? { identityProfile } : {}),
  };
}

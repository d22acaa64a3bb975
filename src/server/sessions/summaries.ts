import type { DigitalIdentityClient, IDVClient } from 'yoti';
import { upstreamOneOf, upstreamString } from './upstream.js';

/** What the SDK's results look like, kept to the getters the helper reads. */
type ShareSession = Awaited<ReturnType<DigitalIdentityClient['getShareSession']>>;
type IdvSession = Awaited<ReturnType<IDVClient['getSession']>>;

export const SHARE_STATUSES = ['CREATED', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED', 'ERROR'] as const;

export function shareStatus(session: ShareSession): {
  status: string;
  receiptId?: string;
  expiresAt: string | null;
} {
  const status = session.getStatus();
  const receiptId = session.getReceiptId();
  const expiry = session.getExpiry();
  return {
    status: (SHARE_STATUSES as readonly string[]).includes(status) ? status : 'ERROR',
    ...(receiptId ? { receiptId } : {}),
    expiresAt: expiry ? expiry.toISOString() : null,
  };
}

export const IDV_STATES = ['ONGOING', 'COMPLETED', 'EXPIRED'] as const;

export interface IdvCheck {
  type: string;
  state: string;
  recommendation?: { value: string; reason?: string };
}

export interface IdvSummary {
  sessionId: string;
  state: string;
  result?: string;
  failureReason?: string;
  checks: IdvCheck[];
}

/**
 * The summary of an IDV session the browser may see: state, checks with their recommendation,
 * the identity profile's (simple or advanced) result and failure reason. No token, no resource, no media, no document
 * field: nothing that identifies the person.
 */
export function idvSummary(session: IdvSession): IdvSummary {
  const checks = session.getChecks().map((check): IdvCheck => {
    const recommendation = check.getReport()?.getRecommendation();
    const value = recommendation?.getValue();
    const reason = recommendation?.getReason();
    return {
      type: upstreamString(check.getType()),
      state: upstreamString(check.getState()),
      ...(value ? { recommendation: { value, ...(reason ? { reason } : {}) } } : {}),
    };
  });
  const profile = session.getIdentityProfile() ?? session.getAdvancedIdentityProfile();
  const result = profile?.getResult();
  const failureReason = profile?.getFailureReason()?.getReasonCode();
  return {
    sessionId: upstreamString(session.getSessionId()),
    state: upstreamOneOf(session.getState(), IDV_STATES),
    ...(result ? { result } : {}),
    ...(failureReason ? { failureReason } : {}),
    checks,
  };
}

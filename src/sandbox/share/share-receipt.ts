import { type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { receiptAttributes } from './attributes.js';
import { encryptReceipt } from './receipt-crypto.js';
import type { ShareRequest } from './session-request.js';

/** A receipt as GET /v2/receipts/{id} serves it, and the wrapped item key it names. */
export interface StoredReceipt {
  id: string;
  body: Record<string, unknown>;
  itemKey: { id: string; iv: string; value: string };
}

/** The session the receipt is of: its ID and what its policy asked for. */
type ReceiptSession = Pick<ShareRequest, 'wanted' | 'profile' | 'rememberMe'> & { id: string };

/**
 * The receipt of a share the person allowed: everything the policy asked for, encrypted to the
 * application's key (see receipt-crypto.ts); for an identity profile whose requirements were not
 * met (`profileFailure`), no attributes and the reason, as Yoti reports it.
 */
export function shareReceipt(
  { id: sessionId, wanted, profile, rememberMe }: ReceiptSession,
  profileFailure: string | undefined,
  applicationPublicKey: KeyObject,
): StoredReceipt {
  const receiptId = randomBytes(32).toString('base64');
  const failed = profile && profileFailure;
  const encrypted = encryptReceipt(failed ? [] : receiptAttributes(wanted, profile), applicationPublicKey);
  const itemKey = { id: randomUUID(), ...encrypted.itemKey };
  return {
    id: receiptId,
    itemKey,
    body: {
      id: receiptId,
      sessionId,
      timestamp: new Date().toISOString(),
      ...(rememberMe ? { rememberMeId: randomBytes(32).toString('base64') } : {}),
      ...(failed
        ? {
            error: profileFailure,
            errorReason: {
              requirements_not_met_details: [
                {
                  failure_type: profileFailure,
                  document_type: 'PASSPORT',
                  document_country_iso_code: 'GBR',
                  audit_id: randomUUID(),
                  details: 'SANDBOX: chosen on the sandbox phone page',
                },
              ],
            },
          }
        : {}),
      content: {},
      otherPartyContent: encrypted.content,
      wrappedItemKeyId: itemKey.id,
      wrappedKey: encrypted.wrappedKey,
    },
  };
}

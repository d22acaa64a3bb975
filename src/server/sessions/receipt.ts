import type { DigitalIdentityClient } from 'yoti';
import { ApiError } from '../core/errors.js';

type ShareReceipt = Awaited<ReturnType<DigitalIdentityClient['getShareReceipt']>>;

/** The profile a completed share gave the application, decrypted by the SDK, for server-side use only. */
export interface ShareReceiptProfile {
  receiptId: string;
  sessionId: string;
  rememberMeId?: string;
  attributes: Record<string, unknown>;
}

const receiptIdPattern = /^[A-Za-z0-9+/_=-]{8,512}$/;

export function receiptIdArgument(receiptId: unknown): string {
  if (typeof receiptId !== 'string' || !receiptIdPattern.test(receiptId)) {
    throw new ApiError(
      400,
      'invalid_receipt_id',
      'getShareReceipt: the receipt ID is not a valid Yoti receipt ID.',
      { field: 'receiptId' },
    );
  }
  return receiptId;
}

/** Turns the SDK's attribute value classes into plain JSON values. */
function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || typeof value !== 'object') return value;
  const candidate = value as {
    getBase64Content?: () => string;
    getResult?: () => unknown;
    getValue?: () => unknown;
  };
  if (typeof candidate.getBase64Content === 'function') return candidate.getBase64Content();
  if (typeof candidate.getResult === 'function') return candidate.getResult();
  if (typeof candidate.getValue === 'function') return plainValue(candidate.getValue());
  return JSON.parse(JSON.stringify(value));
}

export function receiptProfile(receipt: ShareReceipt): ShareReceiptProfile {
  const error = receipt.getError();
  if (error) {
    throw new ApiError(422, 'share_failed', `The share did not complete: ${String(error).slice(0, 80)}.`, {
      retryable: false,
    });
  }
  const attributes: Record<string, unknown> = {};
  for (const attribute of receipt.getProfile()?.getAttributesList() ?? []) {
    attributes[attribute.getName()] = plainValue(attribute.getValue());
  }
  const rememberMeId = receipt.getRememberMeId();
  return {
    receiptId: receipt.getReceiptId(),
    sessionId: receipt.getSessionId(),
    ...(rememberMeId ? { rememberMeId } : {}),
    attributes,
  };
}

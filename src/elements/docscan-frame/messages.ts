import type { YotiErrorDetail } from '../../core/events.js';
import { isRecord } from '../../core/validate.js';
import { type DocscanKey, docscanStrings } from './strings.js';

/**
 * Yoti's IDV error codes that starting again cannot help: a document that does not match, no
 * camera, an unsupported browser or configuration, no tries left.
 * Every other known code (each has a message, `idv.<code>`) may go better a second time.
 */
const FINAL_CODES: ReadonlySet<number> = new Set([4001, 5000, 5001, 5002, 5007, 5008, 5010, 5011, 7000]);

/** The message key of IDV error `code` and whether starting again can help; unknown codes are an unknown error. */
export function idvErrorInfo(code: number): { messageKey: DocscanKey; retryable: boolean } {
  const key = `idv.${code}`;
  return Object.hasOwn(docscanStrings.en, key)
    ? { messageKey: key as DocscanKey, retryable: !FINAL_CODES.has(code) }
    : { messageKey: 'error.unknown', retryable: true };
}

/**
 * How a scan that did not succeed is told: its error (the frame's timeout, the session's expiry,
 * or Yoti's code with its message), and whether it is the expired state. `renewable`: a new
 * session can be had (a resolver or the helper), so starting again after expiry helps.
 */
export function failureOf(
  end: { kind: 'error'; code: number } | { kind: 'expired' } | { kind: 'timeout' },
  t: (key: DocscanKey, params?: Readonly<Record<string, string | number>>) => string,
  renewable: boolean,
): { detail: YotiErrorDetail; expired: boolean } {
  if (end.kind === 'timeout')
    return {
      detail: { code: 'frame_timeout', message: t('docscan.frameTimeout'), retryable: true },
      expired: false,
    };
  if (end.kind === 'expired')
    return { detail: { code: 2002, message: t('idv.2002'), retryable: renewable }, expired: true };
  const { messageKey, retryable } = idvErrorInfo(end.code);
  return {
    detail: { code: end.code, message: t(messageKey, { code: end.code }), retryable },
    expired: false,
  };
}

/** A message from the IDV iframe, validated. */
export type FrameMessage =
  | { kind: 'started' }
  | { kind: 'success' }
  | { kind: 'error'; code: number }
  | { kind: 'other'; eventType: string; data: Readonly<Record<string, unknown>> };

const MAX_MESSAGE_CHARS = 16_384;
const eventTypePattern = /^[A-Z][A-Z0-9_]{0,63}$/;

/** A plain JSON copy of `raw`, or undefined when it is not a JSON-safe object of a sane size. */
function jsonCopy(raw: unknown): Record<string, unknown> | undefined {
  try {
    const text = JSON.stringify(raw);
    if (text === undefined || text.length > MAX_MESSAGE_CHARS) return undefined;
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a postMessage payload from the IDV iframe. Anything that is not a well-formed Yoti event
 * (`{eventType: 'UPPER_CASE', ...}`, JSON-safe, of a sane size) gives undefined and is ignored;
 * nothing here throws. The data handed on is a frozen JSON copy, so no getter, prototype or
 * shared object of the frame's reaches the host.
 */
export function readFrameMessage(raw: unknown): FrameMessage | undefined {
  if (!isRecord(raw)) return undefined;
  const data = jsonCopy(raw);
  const eventType = data && Object.hasOwn(data, 'eventType') ? data.eventType : undefined;
  if (!data || typeof eventType !== 'string' || !eventTypePattern.test(eventType)) return undefined;
  switch (eventType) {
    case 'STARTED':
      return { kind: 'started' };
    case 'SUCCESS':
      return { kind: 'success' };
    case 'ERROR': {
      const rawCode = Object.hasOwn(data, 'eventCode') ? data.eventCode : undefined;
      const code = typeof rawCode === 'string' && /^\d{1,6}$/.test(rawCode) ? Number(rawCode) : rawCode;
      return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 1_000_000
        ? { kind: 'error', code }
        : undefined;
    }
    case 'INIT_SESSION':
      // Our own handshake message, never one to hand on.
      return undefined;
    default: {
      const { eventType: _type, ...rest } = data;
      return { kind: 'other', eventType, data: Object.freeze(rest) };
    }
  }
}

import type { YotiErrorDetail } from './events.js';
import { type CoreKey, coreStrings, hasKey, type Translations, translate } from './strings.js';

/** Why a call to the helper failed, in terms the elements can act on and show. */
export class HelperRequestError extends Error {
  override name = 'HelperRequestError';
  constructor(
    /** The helper's own error code when it sent one (`session_not_found`), else this client's. */
    readonly code: string,
    /** The strings-table key of the sentence to show a person. */
    readonly messageKey: CoreKey,
    readonly retryable: boolean,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
    /** The helper's own message, for developers (English, never shown as HTML). */
    detailMessage?: string,
    /** Seconds to wait before trying again, when the helper said. */
    readonly retryAfter?: number,
  ) {
    super(detailMessage ?? code);
  }
}

/**
 * The event detail for any failure: a HelperRequestError keeps its code; anything else is unknown.
 * The message comes from `tables` (an element's, which hold the shared strings too): the one for
 * the helper's code (`error.rate_limited`, `error.yoti_unknown_attribute`) where there is one.
 */
export function toErrorDetail(
  error: unknown,
  tag: string,
  overrides?: Partial<Record<string, unknown>>,
  tables: Translations<Record<CoreKey, string>> = coreStrings,
): YotiErrorDetail {
  if (!(error instanceof HelperRequestError)) {
    return {
      code: 'unknown',
      message: translate(tables, 'error.unknown', tag, overrides, { code: 'unknown' }),
      retryable: true,
    };
  }
  const { code, retryable, retryAfter } = error;
  const ownKey = `error.${code}`;
  const key = hasKey(tables, ownKey) ? ownKey : error.messageKey;
  return {
    code,
    message: translate(tables, key, tag, overrides, { code, seconds: retryAfter ?? 60 }),
    retryable,
    ...(retryAfter ? { retryAfter } : {}),
  };
}

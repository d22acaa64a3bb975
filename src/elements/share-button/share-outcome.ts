import type { YotiErrorDetail } from '../../core/events.js';
import type { ShareKey } from './strings.js';

/**
 * The `yoti-error` of a share that ended without a receipt: the problem the share met (`error`, when
 * it has one to tell), else that it expired or failed, which a new share can mend.
 */
export function endedError(
  view: 'expired' | 'failed' | 'error',
  detail: YotiErrorDetail | undefined,
  t: (key: ShareKey) => string,
): YotiErrorDetail | undefined {
  if (view === 'error') return detail;
  const expired = view === 'expired';
  return {
    code: expired ? 'session_expired' : 'share_failed',
    message: t(expired ? 'share.expired' : 'share.failed'),
    retryable: true,
  };
}

/** Where a completed share sends the page: `redirectUri` with `receiptId` added, when it is an http(s) URL. */
export function redirectTarget(receiptId: string, redirectUri: string | undefined): string | undefined {
  if (!redirectUri) return undefined;
  try {
    const url = new URL(redirectUri, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.searchParams.set('receiptId', receiptId);
    return url.href;
  } catch {
    return undefined;
  }
}

import { ApiError, type ErrorReporter, YotiSdkMessage } from '../core/errors.js';
import { capturingSdkConsole } from './sdk-console.js';

/**
 * Calls to Yoti through the SDK: a time limit on each attempt (the SDK sets none), retries with
 * backoff for 503 and network faults, and Yoti's failures mapped to clear helper errors. Nothing of
 * Yoti's raw answer is passed on.
 */

export interface UpstreamPolicy {
  /** Time limit of one attempt, ms. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** First retry wait, ms; doubled each time, with jitter. */
  retryDelayMs: number;
  /** Where failures (after retries) and the SDK's own console lines are told. */
  report: ErrorReporter;
}

export type UpstreamOperation = 'create' | 'read' | 'delete';

class UpstreamTimeout extends Error {}

/** The HTTP status Yoti answered with, from either SDK error shape, or undefined for a network fault. */
function upstreamStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as {
    status?: unknown;
    getResponseStatusCode?: () => unknown;
    response?: { status?: unknown; statusCode?: unknown } | null;
  };
  const values = [
    candidate.status,
    typeof candidate.getResponseStatusCode === 'function' ? candidate.getResponseStatusCode() : undefined,
    candidate.response?.status,
    candidate.response?.statusCode,
  ];
  return values.find((value): value is number => typeof value === 'number');
}

/** What Yoti said, as the SDK keeps it: the body's `message` (`reason`) and `error` (`code`). */
function upstreamText(error: unknown): string {
  const { reason, code } = (error ?? {}) as { reason?: unknown; code?: unknown };
  return [reason, code].filter((part) => typeof part === 'string').join(' ');
}

/**
 * Yoti's refusals of a share session (Yoti's "Create a Share session" documentation, its error codes), each told
 * apart by what Yoti says, so that a host learns which setting to fix and the page can say it.
 */
const SHARE_REFUSALS: ReadonlyArray<{ status: number; pattern: RegExp; code: string; message: string }> = [
  {
    status: 400,
    pattern: /not known|UNKNOWN_ATTRIBUTE/i,
    code: 'yoti_unknown_attribute',
    message: 'Yoti does not know one or more of the requested attributes (check the policy).',
  },
  {
    status: 400,
    pattern: /invalid request payload|INVALID_REQUEST_PAYLOAD/i,
    code: 'yoti_invalid_payload',
    message: 'Yoti refused the share session as invalid (check the policy, subject and extensions).',
  },
  {
    status: 403,
    pattern: /service is disabled|SERVICE_DISABLED/i,
    code: 'yoti_service_disabled',
    message: 'This application is disabled in the Yoti Hub.',
  },
  {
    status: 403,
    pattern: /not belong to an organi[sz]ation|NO_ORGANI[SZ]ATION/i,
    code: 'yoti_no_organisation',
    message: 'This application does not belong to an organisation in the Yoti Hub.',
  },
  {
    status: 403,
    pattern: /must be pending or verified|ORGANI[SZ]ATION_NOT_VERIFIED/i,
    code: 'yoti_organisation_not_verified',
    message: 'The organisation must be PENDING or VERIFIED in the Yoti Hub to perform shares.',
  },
  {
    status: 403,
    pattern: /allowed to request the specified 3rd party attribute|THIRD_PARTY_REQUEST/i,
    code: 'yoti_third_party_request_not_allowed',
    message: 'This application is not allowed to request one of the 3rd party attributes in the policy.',
  },
  {
    status: 403,
    pattern: /allowed to issue the specified 3rd party attribute|THIRD_PARTY_ISSUE/i,
    code: 'yoti_third_party_issue_not_allowed',
    message: 'This application is not allowed to issue one of the 3rd party attributes in the extensions.',
  },
];

const socketFault =
  /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EPIPE|EHOSTUNREACH|ENETUNREACH)\b|socket hang up/;

/**
 * A fault at the socket level (refused, reset, DNS), as opposed to an answer or a parse failure.
 * The SDK wraps the socket error and keeps only its message, so the message is what is read.
 */
function isNetworkFault(error: unknown): boolean {
  if (upstreamStatus(error) !== undefined) return false;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return socketFault.test(
    `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`,
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UpstreamTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before retry `attempt`: `first` doubled each time, within 25 % either way. */
const backoff = (first: number, attempt: number) => first * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);

const badResponse = () =>
  new ApiError(502, 'yoti_bad_response', 'Yoti sent an answer that could not be read. Please try again.');

export function mapUpstreamError(error: unknown, operation: UpstreamOperation, what: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof UpstreamTimeout) {
    return new ApiError(504, 'yoti_timeout', 'Yoti did not answer in time. Please try again.');
  }
  const status = upstreamStatus(error);
  if (status !== undefined && status < 300) return badResponse();
  const text = upstreamText(error);
  const refusal = SHARE_REFUSALS.find((known) => known.status === status && known.pattern.test(text));
  if (refusal) return new ApiError(502, refusal.code, refusal.message, { retryable: false });
  switch (status) {
    case undefined:
      return isNetworkFault(error)
        ? new ApiError(502, 'yoti_unreachable', 'Yoti could not be reached. Please try again.')
        : badResponse();
    case 400:
      return new ApiError(
        502,
        'yoti_rejected_request',
        `Yoti refused the ${what} request as invalid (check the policy or session specification, and the attribute names).`,
        { retryable: false },
      );
    case 401:
      return new ApiError(
        502,
        'yoti_unauthorised',
        'Yoti did not accept this application’s credentials (check the client SDK ID and the private key).',
        { retryable: false },
      );
    case 403:
      return new ApiError(
        502,
        'yoti_forbidden',
        'Yoti refused this application: it is disabled, has no organisation, or is not allowed this request.',
        { retryable: false },
      );
    case 404:
      return operation !== 'create'
        ? new ApiError(404, /media/i.test(what) ? 'media_not_found' : 'session_not_found', `No such ${what}.`)
        : new ApiError(502, 'yoti_app_not_found', 'Yoti does not know this application’s client SDK ID.', {
            retryable: false,
          });
    case 503:
      return new ApiError(
        503,
        'yoti_unavailable',
        'Yoti is unavailable right now. Please try again shortly.',
      );
    default:
      return new ApiError(502, 'yoti_error', `Yoti answered the ${what} request with an error (${status}).`);
  }
}

function retryable(error: unknown): boolean {
  return upstreamStatus(error) === 503 || isNetworkFault(error);
}

/**
 * Runs one SDK call under the policy, returning its result or throwing a mapped ApiError. A failure
 * on the helper's side of things (Yoti away, refusing the credentials) is told to `report`, and so
 * is every line the SDK prints meanwhile.
 */
export function callYoti<T>(
  policy: UpstreamPolicy,
  operation: UpstreamOperation,
  what: string,
  call: () => Promise<T>,
): Promise<T> {
  const where = `${operation} ${what}`;
  return capturingSdkConsole(
    (line) => policy.report(new YotiSdkMessage(line), { source: 'sdk', where }),
    async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await withTimeout(call(), policy.timeoutMs);
        } catch (error) {
          if (attempt < policy.attempts && retryable(error)) {
            await sleep(backoff(policy.retryDelayMs, attempt));
            continue;
          }
          const mapped = mapUpstreamError(error, operation, what);
          if (mapped.status >= 500) policy.report(mapped, { source: 'yoti', where });
          throw mapped;
        }
      }
    },
  );
}

/** A field of Yoti's answer the helper relies on; the SDK checks some answers only loosely. */
export function upstreamString(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw badResponse();
  return value;
}

export function upstreamOneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) throw badResponse();
  return value as T;
}

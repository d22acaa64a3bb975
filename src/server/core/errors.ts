/**
 * Every error the helper knows, in one place: the answers it gives on purpose (ApiError and its
 * codes), the failures it maps to one (the store's, the host's own code), and how an unexpected
 * failure is answered.
 */

/** What an ApiError says beside its status, code and message. */
export interface ApiErrorOptions {
  /** The input at fault (a body field, a query parameter, a header). */
  field?: string;
  /** Whether the browser may usefully try again; defaults from the status (5xx, 408, 429). */
  retryable?: boolean;
  /** Seconds to wait before trying again (a rate limit), sent as Retry-After too. */
  retryAfter?: number;
  /** Fields the error's body carries beside code and message (the permission a 403 lacks). */
  extra?: Record<string, string>;
}

/** An answer the helper gives on purpose: a status and the `{error: {code, message, field?}}` body. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly field?: string;
  readonly retryable: boolean;
  readonly retryAfter?: number;
  readonly extra?: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    {
      field,
      retryable = status >= 500 || status === 429 || status === 408,
      retryAfter,
      extra,
    }: ApiErrorOptions = {},
  ) {
    super(message);
    this.field = field;
    this.retryable = retryable;
    this.retryAfter = retryAfter;
    this.extra = extra;
  }
}

/**
 * A request the helper cannot take as it is (a bad Host or target, TRACE, a malformed webhook):
 * refused like any bad input, and told to `onError` too, as a client probing the helper would be.
 */
export class MalformedRequest extends ApiError {
  override name = 'MalformedRequest';
  constructor(status: 400 | 405, code: string, message: string, { field }: { field?: string } = {}) {
    super(status, code, message, { field, retryable: false });
  }
}

/** The store cannot be reached (Redis is down, say): the helper answers 503, and the browser tries again. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** The memory store is full of entries that have not expired: it refuses new ones (503) rather than drop any. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}

/**
 * A record the back office's records refuse (a name of 10,000 characters, a control character):
 * 400 `invalid_record` naming the field, from every records adapter alike.
 */
export class InvalidRecordError extends ApiError {
  override name = 'InvalidRecordError';
  constructor(field: string, message: string) {
    super(400, 'invalid_record', message, { field, retryable: false });
  }
}

/** The helper failed on the host's side (a configure, idv or caller function): told to the host, not the browser. */
export class HostCodeError extends Error {
  override name = 'HostCodeError';
}

/** A flow the host did not configure: 404 naming the option. */
export function notConfigured(flow: 'share' | 'idv'): never {
  throw new ApiError(
    404,
    `${flow}_not_configured`,
    `The ${flow === 'share' ? 'Digital ID share' : 'IDV'} flow is not configured on this server (option \`${flow}\`).`,
    { retryable: false },
  );
}

/** The answer to a failure nobody meant: the same words wherever it happens. */
export const unexpected = (): ApiError =>
  new ApiError(500, 'internal_error', 'The Yoti helper failed unexpectedly. Please try again.');

/**
 * The answer to `error`, told to `report` when it was not one the helper gives on purpose: the
 * store's failures are 503s the browser may retry, the host's own code and anything else a 500.
 */
export function answerFor(error: unknown, report: ErrorReporter, where: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HostCodeError) {
    report(error.cause ?? error, { source: 'host', where });
    return unexpected();
  }
  if (error instanceof StoreFullError) {
    report(error, { source: 'store', where });
    return new ApiError(503, 'store_full', 'The helper is at capacity right now. Please try again shortly.');
  }
  if (error instanceof StoreUnavailableError) {
    report(error, { source: 'store', where });
    return new ApiError(
      503,
      'store_unavailable',
      'The helper cannot reach its store right now. Please try again.',
    );
  }
  report(error, { source: 'helper', where });
  return unexpected();
}

/** Where a failure told to `onError` comes from. */
export interface ErrorContext {
  /**
   * `host`: the host's own code (configure, idv, caller) threw; `yoti`: a call to Yoti failed;
   * `sdk`: a line the yoti SDK printed during a call; `store`: the store failed or is full;
   * `request`: a malformed request was refused (bad Host, TRACE, a bad webhook); `proxy`: the
   * deployment looks wrong (forwarding headers ignored); `helper`: anything else.
   */
  source: 'host' | 'yoti' | 'sdk' | 'store' | 'request' | 'proxy' | 'helper';
  /** The route or the operation, such as `POST /share-sessions` or `read share session`. */
  where?: string;
}

export type ErrorReporter = (error: unknown, context: ErrorContext) => void;

/** A line the yoti SDK printed during one of the helper's calls, told to `onError` instead. */
export class YotiSdkMessage extends Error {
  override name = 'YotiSdkMessage';
}

/** A wrong option given to createYotiHandler(); thrown at once, naming the option. */
export class YotiOptionsError extends Error {
  override name = 'YotiOptionsError';
  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`createYotiHandler: option \`${option}\` ${problem}`);
  }
}

const securityHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** The text of each JSON answer the helper made, so that toNodeListener sends it without reading it back. */
const answerTexts = new WeakMap<Response, string>();

/** The text of `response` when the helper made it (a JSON answer), else undefined. */
export const answerText = (response: Response): string | undefined => answerTexts.get(response);

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: { ...securityHeaders, ...headers } });
  answerTexts.set(response, text);
  return response;
}

export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  const body: Record<string, unknown> = {
    code: error.code,
    message: error.message,
    retryable: error.retryable,
  };
  if (error.field) body.field = error.field;
  Object.assign(body, error.extra);
  if (error.retryAfter !== undefined) {
    body.retryAfter = error.retryAfter;
    headers = { ...headers, 'Retry-After': String(error.retryAfter) };
  }
  return jsonResponse(error.status, { error: body }, headers);
}

/**
 * Thrown by a host's `admin.authorize(request)` when nobody is signed in: the admin routes answer
 * 401 `admin_unauthenticated` (a signed-in member of staff without access: return null, 403).
 */
export class AdminUnauthenticated extends Error {
  override name = 'AdminUnauthenticated';
  constructor(message = 'Sign in to use the back office.') {
    super(message);
  }
}

/** An answer the helper gives on purpose: a status and the `{error: {code, message, field?}}` body. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Whether the browser may usefully try again; defaults from the status. */
    readonly retryable: boolean = status >= 500 || status === 429 || status === 408,
    /** Seconds to wait before trying again (a rate limit), sent as Retry-After too. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/**
 * A request the helper cannot take as it is (a bad Host or target, TRACE, a malformed webhook):
 * refused like any bad input, and told to `onError` too, as a client probing the helper would be.
 */
export class MalformedRequest extends ApiError {
  override name = 'MalformedRequest';
  constructor(status: 400 | 405, code: string, message: string, field?: string) {
    super(status, code, message, field, false);
  }
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

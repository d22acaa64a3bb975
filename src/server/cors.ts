import { ApiError, errorResponse } from './errors.js';

const ALLOW_METHODS = 'GET, POST';
const ALLOW_HEADERS = 'content-type, last-event-id';

/**
 * CORS headers for a request from one of `allowedOrigins` that is not the helper's own: that origin
 * (never `*`), with credentials, so the browser sends the caller cookie. Every answer varies by
 * Origin; a request from any other origin gets no CORS header, so the browser keeps its answer
 * from the page.
 */
export function corsHeaders(
  request: Request,
  ownOrigin: string,
  allowedOrigins: readonly string[] | undefined,
): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || origin === ownOrigin || !allowedOrigins?.includes(origin)) return { Vary: 'Origin' };
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

/** Answers a CORS preflight: 204 with what may be sent, for an allowed origin; 403 without CORS headers otherwise. */
export function preflight(
  request: Request,
  ownOrigin: string,
  allowedOrigins: readonly string[] | undefined,
): Response {
  const headers = corsHeaders(request, ownOrigin, allowedOrigins);
  if (!headers['Access-Control-Allow-Origin']) {
    return errorResponse(
      new ApiError(
        403,
        'origin_not_allowed',
        'This origin is not allowed to call the Yoti helper.',
        undefined,
        false,
      ),
      headers,
    );
  }
  return new Response(null, {
    status: 204,
    headers: {
      ...headers,
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    },
  });
}

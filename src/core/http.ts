import { HelperRequestError } from './helper-error.js';
import { field, isRecord } from './validate.js';

export interface JsonRequest<T> {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Gives up after this long; default 15 s. */
  timeoutMs?: number;
  /** Validates the answer into a typed value; throwing means the answer is unusable. */
  parse: (data: unknown) => T;
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** True for the rejection of a request that its caller aborted on purpose. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

function textField(source: unknown, key: string): string | undefined {
  const value = isRecord(source) ? field(source, key) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Maps the helper's `{error: {code, message, retryable}}` answer (or any other failed answer) to an
 * error. The helper knows best whether trying again helps (a wrong key never will); without its
 * word, the status decides.
 */
function errorForStatus(status: number, body: unknown): HelperRequestError {
  const error = isRecord(body) ? field(body, 'error') : undefined;
  const said = isRecord(error) ? field(error, 'retryable') : undefined;
  const retryable = typeof said === 'boolean' ? said : retryableStatus(status);
  const wait = isRecord(error) ? field(error, 'retryAfter') : undefined;
  return new HelperRequestError(
    textField(error, 'code') ?? `http_${status}`,
    retryable ? 'error.server' : 'error.request',
    retryable,
    status,
    textField(error, 'message'),
    typeof wait === 'number' && wait > 0 && wait <= 3600 ? Math.ceil(wait) : undefined,
  );
}

/**
 * Calls one of the helper's JSON routes. Resolves with the validated answer; rejects with a
 * HelperRequestError (network fault, timeout, HTTP error, unreadable answer) or, when the
 * caller's signal aborts, with the AbortError itself so that callers can ignore it.
 */
export async function requestJson<T>(url: string, request: JsonRequest<T>): Promise<T> {
  const timeout = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const hasBody = request.body !== undefined;
  const doFetch = request.fetch ?? globalThis.fetch;
  let response: Response;
  let text: string;
  try {
    response = await doFetch(url, {
      method: request.method ?? (hasBody ? 'POST' : 'GET'),
      headers: hasBody
        ? { Accept: 'application/json', 'Content-Type': 'application/json' }
        : { Accept: 'application/json' },
      body: hasBody ? JSON.stringify(request.body) : undefined,
      // The helper may be on another origin (api. beside www.): its caller cookie goes along.
      credentials: 'include',
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason ?? error;
    if (timeout.aborted) throw new HelperRequestError('timeout', 'error.timeout', true);
    throw new HelperRequestError('network_error', 'error.network', true);
  }
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) throw errorForStatus(response.status, body);
  try {
    return request.parse(body);
  } catch (error) {
    throw new HelperRequestError(
      'bad_response',
      'error.badResponse',
      true,
      response.status,
      error instanceof Error ? error.message : undefined,
    );
  }
}

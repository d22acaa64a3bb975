import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError, MalformedRequest } from '../core/errors.js';
import type { SessionKind } from '../store/store.js';

/** The largest request body the helper reads; larger ones are refused before they are read. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Session IDs as Yoti issues them (UUIDs for IDV, dotted base64url for shares); nothing else is passed on. */
const sessionIdPattern = /^[A-Za-z0-9_-][A-Za-z0-9._~-]{0,255}$/;

export function sessionIdParam(value: string): string {
  if (!sessionIdPattern.test(value) || value.includes('..')) {
    throw new ApiError(
      400,
      'invalid_session_id',
      'The session ID in the path is not a valid Yoti session ID.',
      { field: 'sessionId' },
    );
  }
  return value;
}

/** Reads a JSON object body of at most MAX_BODY_BYTES; an empty body reads as {}. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) {
    throw new ApiError(413, 'body_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  const text = await readLimited(request);
  if (text.trim() === '') return {};
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_body', 'The request body should be a JSON object.');
  }
  return body as Record<string, unknown>;
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new ApiError(413, 'body_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The helper's POST routes take no fields from the browser: everything comes from server options. */
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

/**
 * What a browser may say when it starts an IDV session: the language its element speaks (for the
 * IDV page, when the host's specification names none). Anything else is refused, naming it.
 */
export function sessionInput(body: Record<string, unknown>): { locale?: string } {
  const { locale, ...rest } = body;
  expectNoFields(rest);
  if (locale === undefined) return {};
  if (typeof locale !== 'string' || !LOCALE.test(locale)) {
    throw new ApiError(400, 'invalid_locale', 'locale should be a language tag such as en or pt-BR.', {
      field: 'locale',
    });
  }
  return { locale };
}

export function expectNoFields(body: Record<string, unknown>): void {
  const [unknown] = Object.keys(body);
  if (unknown !== undefined) {
    throw new ApiError(
      400,
      'unknown_field',
      `The request body has a field the helper does not take: ${unknown.slice(0, 40)}.`,
      { field: unknown.slice(0, 40) },
    );
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Checks a webhook's Authorization header against the configured token, in constant time. Yoti
 * sends `Basic base64(token)` (auth_type BASIC, the default) or `Bearer token` (BEARER).
 */
export function checkWebhookAuth(request: Request, token: string): void {
  const header = request.headers.get('authorization') ?? '';
  const [scheme = '', value = ''] = header.split(' ', 2);
  let presented = '';
  if (scheme.toLowerCase() === 'bearer') presented = value;
  if (scheme.toLowerCase() === 'basic') presented = Buffer.from(value, 'base64').toString('utf8');
  if (!timingSafeEqual(digest(presented), digest(token)) || presented === '') {
    throw new ApiError(401, 'unauthorised', 'The webhook did not present the expected authorization.');
  }
}

/**
 * Which session a webhook is about: Yoti's IDV notifications say `{session_id, topic}`, its share
 * notifications `{id, status}`. Only strings are taken: anything else is a malformed notification.
 */
export function notificationOf(body: Record<string, unknown>): { kind: SessionKind; sessionId: string } {
  const idv = 'session_id' in body || 'topic' in body;
  const [idField, eventField] = idv ? ['session_id', 'topic'] : ['id', 'status'];
  const id = body[idField];
  const event = body[eventField];
  if (typeof id !== 'string' || !sessionIdPattern.test(id) || id.includes('..')) {
    throw new MalformedRequest(
      400,
      'invalid_notification',
      `The notification's ${idField} is not a Yoti session ID.`,
      { field: idField },
    );
  }
  if (typeof event !== 'string' || !/^[A-Za-z_]{1,64}$/.test(event)) {
    throw new MalformedRequest(400, 'invalid_notification', `The notification has no ${eventField}.`, {
      field: eventField,
    });
  }
  return { kind: idv ? 'idv' : 'share', sessionId: id };
}

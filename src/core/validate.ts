import { isRecord } from '../shared/json.js';

export { isRecord };

/**
 * Small checks that turn untrusted JSON (helper responses, postMessage data) into typed values.
 * Each throws an InvalidDataError naming the path that is wrong; callers treat that as a bad answer.
 */
export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
}

export type JsonRecord = Readonly<Record<string, unknown>>;

export function record(value: unknown, path: string): JsonRecord {
  if (!isRecord(value)) throw new InvalidDataError(`${path} should be an object`);
  return value;
}

/** Reads an own property only, so that `__proto__` or `constructor` keys are never followed. */
export function field(source: JsonRecord, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

export function string(value: unknown, path: string, maxLength = 2048): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new InvalidDataError(`${path} should be a non-empty string of at most ${maxLength} characters`);
  }
  return value;
}

export function optionalString(value: unknown, path: string, maxLength = 2048): string | undefined {
  return value === undefined || value === null ? undefined : string(value, path, maxLength);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidDataError(`${path} should be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function array(value: unknown, path: string, maxLength = 100): readonly unknown[] {
  if (!Array.isArray(value) || value.length > maxLength) {
    throw new InvalidDataError(`${path} should be an array of at most ${maxLength} items`);
  }
  return value;
}

/** An absolute http(s) URL, or undefined when absent; anything else (javascript:, data:) is refused. */
export function optionalHttpUrl(value: unknown, path: string): string | undefined {
  const text = optionalString(value, path);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidDataError(`${path} should be an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidDataError(`${path} should be an http(s) URL`);
  }
  return url.href;
}

/** An ISO 8601 date-time, returned as milliseconds since the epoch. */
export function timestamp(value: unknown, path: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidDataError(`${path} should be an ISO 8601 date-time`);
  return ms;
}

/**
 * A link from the helper to render as an `href` or `src`: a same-site path, or an absolute URL with
 * one of `schemes` (http and https by default). `javascript:` and the like are refused.
 */
export function optionalLink(
  value: unknown,
  path: string,
  schemes: readonly string[] = ['https:', 'http:'],
): string | undefined {
  const text = optionalString(value, path);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text, globalThis.document?.baseURI ?? 'http://localhost/');
  } catch {
    throw new InvalidDataError(`${path} should be a URL`);
  }
  if (!schemes.includes(url.protocol))
    throw new InvalidDataError(`${path} should use ${schemes.join(' or ')}`);
  return url.href;
}

import { YotiOptionsError } from '../core/errors.js';

/**
 * The checks every option is made of, each throwing a YotiOptionsError that names the option and
 * says what it should be: the helper's one way of reading untrusted configuration.
 */

export function requireString(value: unknown, option: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new YotiOptionsError(option, 'is required (a non-empty string)');
  return value;
}

/** An absolute URL with one of `schemes`; `problem` says what it should be when it is not. */
export function urlOption(value: unknown, option: string, schemes: readonly string[], problem: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(requireString(value, option));
  } catch (error) {
    if (error instanceof YotiOptionsError) throw error;
  }
  if (!url || !schemes.includes(url.protocol)) throw new YotiOptionsError(option, problem);
  return url;
}

/** An origin, exactly (`https://shop.example`, no path). */
export function originOption(value: unknown, option: string): string {
  const problem = 'should be an origin such as https://shop.example';
  const url = urlOption(value, option, ['https:', 'http:'], problem);
  if (url.origin !== value) throw new YotiOptionsError(option, problem);
  return url.origin;
}

export function positiveInteger(value: unknown, option: string, fallback: number): number;
export function positiveInteger(value: unknown, option: string, fallback?: number): number | undefined;
export function positiveInteger(value: unknown, option: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 1)
    throw new YotiOptionsError(option, 'should be a positive whole number');
  return value as number;
}

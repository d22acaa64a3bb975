import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isLoopbackUrl } from '../../shared/loopback.js';
import { YotiOptionsError } from '../core/errors.js';
import { requireString, urlOption } from './checks.js';

/**
 * What the helper needs to call Yoti: the application's private key, and Yoti's API bases (the
 * real ones by default, or a local sandbox's).
 */

export const YOTI_SHARE_API = 'https://api.yoti.com/share';
export const YOTI_IDV_API = 'https://api.yoti.com/idverify/v1';

/** The `privateKey` option (PEM text, or the path of a PEM file) as PEM text, checked to be a private key. */
export function readPrivateKey(value: unknown): string {
  if (Buffer.isBuffer(value)) value = value.toString('utf8');
  const text = requireString(value, 'privateKey');
  let pem = text;
  if (!text.includes('-----BEGIN')) {
    try {
      pem = readFileSync(text, 'utf8');
    } catch {
      throw new YotiOptionsError('privateKey', 'is neither PEM text nor the path of a readable PEM file');
    }
  }
  try {
    createPrivateKey(pem);
  } catch {
    throw new YotiOptionsError('privateKey', 'is not a valid PEM private key');
  }
  return pem;
}

/** An API base: https, or http on a loopback host (the sandbox). */
export function apiUrl(value: unknown, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  const problem = 'should be an https:// URL (http:// only on localhost)';
  const url = urlOption(value, option, ['https:', 'http:'], problem);
  if (url.protocol === 'http:' && !isLoopbackUrl(url)) throw new YotiOptionsError(option, problem);
  return (value as string).replace(/\/+$/, '');
}

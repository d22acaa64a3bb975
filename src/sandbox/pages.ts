import { readFileSync } from 'node:fs';
import { isRightToLeft, match } from '../shared/locales.js';
import type { SandboxResponse } from './http.js';

/**
 * The sandbox's pages: the stand-in for the Yoti app (opened at a share QR code's URI) and the IDV
 * web page (the iframe). Static files beside this module (copied next to the build by
 * scripts/build.mjs), served under a strict Content Security Policy: no inline script or style.
 */
const folder = new URL('./pages/', import.meta.url);

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

const cache = new Map<string, string>();

function file(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(name, folder), 'utf8');
    cache.set(name, text);
  }
  return text;
}

const policy = (frameAncestors: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${frameAncestors}`;

/**
 * The words of the pages in the first language of `wanted` that they are written in (a comma
 * list, as the page sends its language and the browser's), by their English: nothing for English.
 */
export function pageWords(wanted: string): SandboxResponse {
  const lang = match(
    wanted
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
      .slice(0, 20),
  );
  const words = lang === 'en' || lang === 'en-XA' ? {} : JSON.parse(file(`locales/${lang}.json`));
  return {
    status: 200,
    body: { lang, dir: isRightToLeft(lang) ? 'rtl' : 'ltr', words },
    headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  };
}

/** The page file `name`, with its type and CSP. The IDV page may be framed by any host; the app page by none. */
export function page(name: string, framable: boolean): SandboxResponse {
  const extension = name.split('.').pop() ?? '';
  return {
    status: 200,
    body: file(name),
    contentType: TYPES[extension] ?? 'application/octet-stream',
    headers: {
      'Content-Security-Policy': policy(framable ? '*' : "'none'"),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  };
}

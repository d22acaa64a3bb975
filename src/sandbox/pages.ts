import { readFileSync } from 'node:fs';
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

/** The phone-app page and its assets: /app/qr/{id}, /app/app.css, /app/app.js. */
export function appPage(path: string): SandboxResponse | undefined {
  if (/^\/app\/qr\/[A-Za-z0-9_-]+$/.test(path)) return page('app.html', false);
  if (path === '/app/app.css') return page('app.css', false);
  if (path === '/app/app.js') return page('app.js', false);
  return undefined;
}

/** The IDV web page and its assets under {idvApiUrl}/web/. */
export function idvPage(webPath: string): SandboxResponse | undefined {
  if (webPath === '/index.html' || webPath === '/') return page('idv.html', true);
  // The same page on a phone continuing a session (allow_handoff): never framed.
  if (webPath === '/phone') return page('idv.html', false);
  if (webPath === '/idv.css') return page('idv.css', true);
  if (webPath === '/idv.js') return page('idv.js', true);
  return undefined;
}

// The demo site's pages: the sign-up page and its files, and the welcome page after a share, all
// under a strict Content Security Policy.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { ShareReceiptProfile, YotiHandler } from '../src/server/index.js';

const publicDir = join(import.meta.dirname, 'public');
const bundle = join(import.meta.dirname, '..', 'dist', 'yoti-elements.min.js');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const LABELS: Record<string, string> = {
  full_name: 'Name',
  email_address: 'Email',
  'age_over:18': 'Over 18',
  date_of_birth: 'Date of birth',
};

/** The welcome page: the profile, or why there is none (another browser's share, or an unreadable one). */
function welcomePage(profile: ShareReceiptProfile | undefined, refused: boolean): string {
  const rows = profile
    ? Object.entries(profile.attributes)
        .map(
          ([name, value]) =>
            `<dt>${escapeHtml(LABELS[name] ?? name)}</dt><dd>${escapeHtml(value === true ? 'Yes' : value === false ? 'No' : String(value))}</dd>`,
        )
        .join('')
    : '';
  const name = typeof profile?.attributes.full_name === 'string' ? profile.attributes.full_name : undefined;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Welcome · Acme Bank</title><link rel="icon" href="/logo.svg" /><link rel="stylesheet" href="/demo.css" /></head><body>
<header class="topbar"><a class="brand" href="/"><img src="/logo.svg" alt="" width="32" height="32" /> Acme Bank</a><span class="note">Demo on the Yoti sandbox</span></header>
<main class="page"><section class="welcome">
${
  profile
    ? `<h1>Welcome${name ? `, ${escapeHtml(name.split(' ')[0] ?? name)}` : ''}</h1><p>Your details arrived from Yoti, read on our server from the share receipt:</p><dl id="profile">${rows}</dl>`
    : refused
      ? '<h1>These details are not for this browser</h1><p>A share can only be seen in the browser it was made in. Open this page there, or share your details again here.</p>'
      : '<h1>That share could not be read</h1><p>Please try again.</p>'
}
<p><a href="/">Back to the start</a></p></section></main></body></html>`;
}

/** Serves a site's pages; `endpoint` is where its elements call the helper. */
export function sitePages(options: { yoti: YotiHandler; endpoint: string; contentSecurityPolicy: string }) {
  const send = (res: ServerResponse, status: number, extension: string, body: string | Buffer) => {
    res.writeHead(status, {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': options.contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };

  async function welcome(url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receiptId = url.searchParams.get('receiptId') ?? '';
    let profile: ShareReceiptProfile | undefined;
    let refused = false;
    try {
      // Given the browser's request, the helper refuses a receipt another browser's share made.
      profile = await options.yoti.getShareReceipt(receiptId, { request: req });
    } catch (error) {
      refused = (error as { code?: string }).code === 'receipt_not_found';
    }
    send(res, profile ? 200 : refused ? 403 : 400, '.html', welcomePage(profile, refused));
  }

  async function file(path: string, res: ServerResponse): Promise<void> {
    const file =
      path === '/yoti-elements.min.js'
        ? bundle
        : normalize(join(publicDir, path === '/' ? 'index.html' : path));
    if (file !== bundle && !file.startsWith(publicDir)) {
      send(res, 404, '.html', 'Not found');
      return;
    }
    try {
      const content = await readFile(file);
      // The page's elements call the helper at YOTI_ENDPOINT (this site's own /yoti by default).
      const page =
        extname(file) === '.html'
          ? content.toString().replace('content="/yoti"', `content="${escapeHtml(options.endpoint)}"`)
          : content;
      send(res, 200, extname(file), page);
    } catch {
      send(res, 404, '.html', 'Not found');
    }
  }

  return (url: URL, req: IncomingMessage, res: ServerResponse) =>
    url.pathname === '/welcome' ? welcome(url, req, res) : file(url.pathname, res);
}

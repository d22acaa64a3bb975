// The demo site's pages: the sign-up page and its files, and the welcome page after a share, all
// under a strict Content Security Policy.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import {
  isRightToLeft,
  matchLocale,
  type Outcome,
  type ShareReceiptProfile,
  type YotiHandler,
} from 'yoti-elements/server';

const publicDir = join(import.meta.dirname, 'public');
const distDir = join(import.meta.dirname, '..', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
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

/** A page of the site around `main` (its content, already escaped), with `scripts` of its own. */
const sitePage = (title: string, main: string, scripts: string[] = []) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title)} · Acme Bank</title><link rel="icon" href="/logo.svg" /><link rel="stylesheet" href="/demo.css" />${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>
<header class="topbar"><a class="brand" href="/"><img src="/logo.svg" alt="" width="32" height="32" /> Acme Bank</a><span class="note">Demo on the Yoti sandbox</span></header>
<main class="page"><section class="welcome">
${main}
<p><a href="/">Back to the start</a></p></section></main></body></html>`;

const DOCUMENT_TYPES: Record<string, string> = {
  PASSPORT: 'Passport',
  DRIVING_LICENCE: 'Driving licence',
  NATIONAL_ID: 'National ID card',
  RESIDENCE_PERMIT: 'Residence permit',
};

/** What the demo shows of a scanned document: read on the server through the SDK, never sent to the page's script. */
export interface ScannedDocument {
  fullName?: string;
  documentType?: string;
  expiry?: string;
}

/**
 * Back from Yoti's page in redirect mode while the checks still run: the status card follows them,
 * and verified.js reloads this page once they are done.
 */
const checkingPage = (sessionId: string, endpoint: string) =>
  sitePage(
    'Checking your document',
    `<h1>Checking your document</h1><p>This takes a few seconds. You can stay on this page.</p><yoti-idv-status session-id="${escapeHtml(sessionId)}" endpoint="${escapeHtml(endpoint)}"></yoti-idv-status>`,
    ['/yoti-elements.min.js', '/verified.js'],
  );

const PROBLEMS = {
  refused: [
    'This verification is not for this browser',
    'A scan can only be seen in the browser it was made in.',
  ],
  'not-passed': [
    "We couldn't verify your identity",
    'Please try again, or choose another way to confirm who you are.',
  ],
  review: [
    'Your documents are being reviewed',
    "A member of our team is looking at them. We'll email you as soon as it's done.",
  ],
  unreadable: ['That verification could not be read', 'Please try again.'],
  unfinished: ['The scan did not finish', 'Please try again, or choose another way to confirm who you are.'],
} as const;

/** What the page says of a scan that did not verify the person, by its outcome. */
const NOT_VERIFIED = { REJECTED: 'not-passed', REVIEW: 'review', EXPIRED: 'unfinished' } as const;

/** The page after a scan: a welcome with the name read from the document, or why there is none. */
function verifiedPage(
  document: ScannedDocument | undefined,
  problem: keyof typeof PROBLEMS | undefined,
): string {
  if (!document || problem) {
    const [title, text] = PROBLEMS[problem ?? 'unreadable'];
    return sitePage(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`);
  }
  const first = document.fullName?.split(' ')[0];
  const rows = [
    ['Name', document.fullName],
    [
      'Document',
      document.documentType ? (DOCUMENT_TYPES[document.documentType] ?? document.documentType) : undefined,
    ],
    ['Expires', document.expiry],
  ]
    .filter((row): row is [string, string] => typeof row[1] === 'string')
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return sitePage(
    'Welcome',
    `<h1>Welcome${first ? `, ${escapeHtml(first)}` : ''}</h1><p>Your document was verified. We read these details on our server from Yoti's results:</p><dl id="profile">${rows}</dl>`,
  );
}

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
  return sitePage(
    'Welcome',
    profile
      ? `<h1>Welcome${name ? `, ${escapeHtml(name.split(' ')[0] ?? name)}` : ''}</h1><p>Your details arrived from Yoti, read on our server from the share receipt:</p><dl id="profile">${rows}</dl>`
      : refused
        ? '<h1>These details are not for this browser</h1><p>A share can only be seen in the browser it was made in. Open this page there, or share your details again here.</p>'
        : '<h1>That share could not be read</h1><p>Please try again.</p>',
  );
}

/**
 * A finished scan, read server-side for the browser that made it: its outcome, and once verified
 * the name, document type and expiry from the document's extracted fields.
 */
async function scannedDocument(
  yoti: YotiHandler,
  sessionId: string,
  request: IncomingMessage,
): Promise<ScannedDocument | Exclude<Outcome, 'APPROVED'>> {
  // The outcome the helper derives: the same word the status card showed the person.
  const { outcome } = await yoti.getIdvSummary(sessionId, { request });
  if (outcome !== 'APPROVED') return outcome;
  const session = await yoti.getIdvSession(sessionId, { request });
  const document = session.getResources().getIdDocuments()[0];
  const mediaId = document?.getDocumentFields()?.getMedia().getId();
  const fields = mediaId
    ? (JSON.parse(
        (await yoti.getIdvMedia(sessionId, mediaId, { request }))?.getContent().toString('utf8') ?? '{}',
      ) as Record<string, unknown>)
    : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    fullName: text(fields.full_name),
    documentType: text(fields.document_type) ?? document?.getDocumentType(),
    expiry: text(fields.expiration_date),
  };
}

/** The demo's cookie naming the browser's scan in redirect mode (where Yoti's page brings it back without one). */
const SCAN_COOKIE = 'acme_scan';

const cookie = (req: IncomingMessage, name: string) =>
  req.headers.cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

/**
 * Serves a site's pages; `endpoint` is where its elements call the helper. `redirectScan` is the IDV
 * spec of a scan in Yoti's redirect mode (its success_url / error_url on this site's /verified).
 */
export function sitePages(options: {
  yoti: YotiHandler;
  endpoint: string;
  contentSecurityPolicy: string;
  origin: string;
  redirectScan: object;
}) {
  const send = (
    res: ServerResponse,
    status: number,
    extension: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': options.contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...headers,
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

  /**
   * The session of a scan in redirect mode, made here rather than by the element's endpoint: its
   * success_url and error_url. The browser keeps its ID in a cookie for when Yoti's page sends it back.
   */
  async function scanSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.headers.origin !== options.origin) {
      send(res, 403, '.json', JSON.stringify({ error: { code: 'forbidden' } }));
      return;
    }
    const { setCookie, ...session } = await options.yoti.createIdvSession(req, options.redirectScan);
    const scanCookie = `${SCAN_COOKIE}=${session.sessionId}; Path=/verified; HttpOnly; SameSite=Lax`;
    res.setHeader('Set-Cookie', setCookie ? [setCookie, scanCookie] : [scanCookie]);
    // What the element needs, as the helper gives it: the ID, token, lifetime and Yoti's page URL.
    send(res, 201, '.json', JSON.stringify(session));
  }

  async function verified(url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Yoti's page, in redirect mode, sends the browser back here with the error code of a scan that did not finish.
    if (url.searchParams.has('yotiErrorCode')) {
      send(res, 200, '.html', verifiedPage(undefined, 'unfinished'));
      return;
    }
    const sessionId = url.searchParams.get('sessionId') ?? cookie(req, SCAN_COOKIE) ?? '';
    try {
      const document = await scannedDocument(options.yoti, sessionId, req);
      if (document === 'PENDING') send(res, 200, '.html', checkingPage(sessionId, options.endpoint));
      // Not passing is an answer, not an error: the page says so (never why: that is for staff).
      else if (typeof document === 'string')
        send(res, 200, '.html', verifiedPage(undefined, NOT_VERIFIED[document]));
      else send(res, 200, '.html', verifiedPage(document, undefined));
    } catch (error) {
      const refused = (error as { code?: string }).code === 'session_not_found';
      send(res, refused ? 403 : 400, '.html', verifiedPage(undefined, refused ? 'refused' : 'unreadable'));
    }
  }

  async function file(url: URL, res: ServerResponse): Promise<void> {
    const path = url.pathname;
    // The single-file build, and the files it loads on demand (another language) from beside it.
    const built = path === '/yoti-elements.min.js' || /^\/chunks\/[\w-]+\.js$/.test(path);
    const file = built
      ? join(distDir, path)
      : normalize(join(publicDir, path === '/' ? 'index.html' : path === '/privacy' ? 'privacy.html' : path));
    if (!built && !file.startsWith(publicDir)) {
      send(res, 404, '.html', 'Not found');
      return;
    }
    try {
      const content = await readFile(file);
      // The page's elements call the helper at YOTI_ENDPOINT (this site's own /yoti by default).
      // ?lang=ar (or cy, ja, …): the page's language and direction, as a site sets them, which the
      // elements follow (the site's own words stay English: this is a demo).
      const lang = matchLocale([url.searchParams.get('lang') ?? 'en']);
      const page =
        extname(file) === '.html'
          ? content
              .toString()
              .replace('content="/yoti"', `content="${escapeHtml(options.endpoint)}"`)
              .replace(
                '<html lang="en">',
                `<html lang="${lang}" dir="${isRightToLeft(lang) ? 'rtl' : 'ltr'}">`,
              )
          : content;
      // ?camera=blocked: the page as a site hardened with `Permissions-Policy: camera=()` serves it,
      // where the scan's preflight offers another way (a phone, or photos uploaded).
      const blocked = url.searchParams.get('camera') === 'blocked' && extname(file) === '.html';
      send(res, 200, extname(file), page, blocked ? { 'Permissions-Policy': 'camera=()' } : {});
    } catch {
      send(res, 404, '.html', 'Not found');
    }
  }

  return (url: URL, req: IncomingMessage, res: ServerResponse) =>
    url.pathname === '/welcome'
      ? welcome(url, req, res)
      : url.pathname === '/verified'
        ? verified(url, req, res)
        : url.pathname === '/scan-session'
          ? scanSession(req, res).catch(() =>
              send(res, 503, '.json', JSON.stringify({ error: { code: 'yoti_unavailable' } })),
            )
          : file(url, res);
}

// The demo host site's backend: mounts the yoti-elements helper at /yoti, serves the sign-up page
// and the single-file build under a strict Content Security Policy, and renders the shared profile
// server-side after a share, to the browser that made it only. With YOTI_CLIENT_SDK_ID and
// YOTI_KEY_FILE_PATH set it talks to Yoti; otherwise to the sandbox.
// Deployment settings, as a real site would have them:
//   TRUST_PROXY=1                behind a TLS-terminating proxy (X-Forwarded-Proto/-Host)
//   ALLOWED_ORIGINS=https://a,…  other sites whose pages may call this helper (CORS)
//   YOTI_ENDPOINT=https://api…/yoti  the page's elements call a helper on another origin
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { startSandbox } from '../src/sandbox/index.js';
import { createYotiHandler, type ShareReceiptProfile, toNodeListener } from '../src/server/index.js';

const port = Number(process.env.PORT ?? 3000);
const origin = `http://localhost:${port}`;
const publicDir = join(import.meta.dirname, 'public');
const bundle = join(import.meta.dirname, '..', 'dist', 'yoti-elements.min.js');
const qrCodeTtl = process.env.SANDBOX_QR_TTL ? Number(process.env.SANDBOX_QR_TTL) : undefined;
const endpoint = process.env.YOTI_ENDPOINT ?? '/yoti';
const endpointOrigin = endpoint.startsWith('/') ? undefined : new URL(endpoint).origin;

const onYoti = Boolean(process.env.YOTI_CLIENT_SDK_ID && process.env.YOTI_KEY_FILE_PATH);
const sandbox = onYoti ? undefined : await startSandbox({ applicationName: 'Acme Bank', qrCodeTtl });
const credentials = sandbox
  ? {
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      shareApiUrl: sandbox.shareApiUrl,
      idvApiUrl: sandbox.idvApiUrl,
    }
  : { clientSdkId: process.env.YOTI_CLIENT_SDK_ID ?? '', privateKey: process.env.YOTI_KEY_FILE_PATH ?? '' };
const idvOrigin = new URL(credentials.idvApiUrl ?? 'https://api.yoti.com').origin;

const yoti = createYotiHandler({
  ...credentials,
  trustProxy: process.env.TRUST_PROXY === '1',
  allowedOrigins: process.env.ALLOWED_ORIGINS?.split(',').filter(Boolean),
  share: {
    policy: {
      wanted: [
        { name: 'full_name' },
        { name: 'email_address' },
        { name: 'date_of_birth', derivation: 'age_over:18' },
      ],
      wanted_auth_types: [],
      wanted_remember_me: false,
    },
    redirectUri: `${origin}/welcome`,
    app: {
      name: 'Acme Bank',
      logoUrl: '/logo.svg',
      privacyPolicyUrl: `${origin}/privacy`,
      contactUrl: 'mailto:help@acme.example',
    },
    qrCodeTtl,
  },
  idv: {
    client_session_token_ttl: 600,
    requested_checks: [
      { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
      { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 3 } },
      { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
    ],
    requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
    sdk_config: { primary_colour: '#0b3d91', locale: 'en-GB' },
  },
});
const yotiListener = toNodeListener(yoti);

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  `frame-src ${idvOrigin}`,
  `connect-src 'self'${endpointOrigin ? ` ${endpointOrigin}` : ''}`,
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const escapeHtml = (text: string) =>
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

async function serveWelcome(url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const receiptId = url.searchParams.get('receiptId') ?? '';
  let profile: ShareReceiptProfile | undefined;
  let refused = false;
  try {
    // Given the browser's request, the helper refuses a receipt another browser's share made.
    profile = await yoti.getShareReceipt(receiptId, { request: req });
  } catch (error) {
    refused = (error as { code?: string }).code === 'receipt_not_found';
  }
  send(res, profile ? 200 : refused ? 403 : 400, '.html', welcomePage(profile, refused));
}

function send(res: ServerResponse, status: number, extension: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function serveFile(path: string, res: ServerResponse): Promise<void> {
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
        ? content.toString().replace('content="/yoti"', `content="${escapeHtml(endpoint)}"`)
        : content;
    send(res, 200, extname(file), page);
  } catch {
    send(res, 404, '.html', 'Not found');
  }
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname === yoti.basePath || url.pathname.startsWith(`${yoti.basePath}/`)) {
    void yotiListener(req, res);
  } else if (url.pathname === '/welcome') {
    void serveWelcome(url, req, res);
  } else {
    void serveFile(url.pathname, res);
  }
});

server.listen(port, () => {
  console.log(`yoti-elements demo: ${origin}/`);
  console.log(
    onYoti
      ? '  talking to: Yoti (YOTI_CLIENT_SDK_ID, YOTI_KEY_FILE_PATH)'
      : `  talking to: the Yoti sandbox at ${sandbox?.url}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void sandbox?.close();
    process.exit(0);
  });
}

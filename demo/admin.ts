// The demo's back office: a pretend staff sign-in (two members of staff behind a cookie: the place
// where a real site's own sign-in goes) and the staff page with the three admin elements.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AdminOptions, StaffIdentity } from 'yoti-elements/server';
import { escapeHtml } from './pages.js';

/**
 * The demo's members of staff: Jordan may do everything; Sam may only look (the platform's
 * default for people added to it). A real site asks its own sign-in who this is.
 */
export const STAFF = {
  jordan: { id: 'staff-jordan', name: 'Jordan Reyes', permissions: ['view', 'create', 'decide', 'delete'] },
  sam: { id: 'staff-sam', name: 'Sam Patel', permissions: ['view'] },
} as const satisfies Record<string, StaffIdentity>;
type StaffKey = keyof typeof STAFF;
const STAFF_COOKIE = 'acme_staff';
const adminBundle = join(import.meta.dirname, '..', 'dist', 'yoti-elements-admin.min.js');
const adminScript = join(import.meta.dirname, 'public', 'admin.js');

/** Signed-in staff browsers: the random token in their cookie, and who signed in (in memory: the demo's sessions). */
const signedIn = new Map<string, StaffKey>();

const tokenOf = (cookieHeader: string | null | undefined) =>
  cookieHeader
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === STAFF_COOKIE)?.[1];

function signedInAs(cookieHeader: string | null | undefined): StaffIdentity | undefined {
  const token = tokenOf(cookieHeader);
  if (!token) return undefined;
  for (const [known, who] of signedIn) {
    if (known.length === token.length && timingSafeEqual(Buffer.from(known), Buffer.from(token)))
      return STAFF[who];
  }
  return undefined;
}

/**
 * What the helper asks of every admin request: the signed-in member of staff, or nobody (403).
 * Personal data goes on its own: the images 30 days after a check, the whole check after a year,
 * a check nobody was sent a link for (a public page's) after 30 days.
 */
export const adminOptions: AdminOptions = {
  authorize: (request) => signedInAs(request.headers.get('cookie')) ?? null,
  retention: { mediaDays: 30, sessionDays: 365, unnamedSessionDays: 30 },
};

const page = (title: string, main: string, scripts: string[] = []) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title)} · Acme Bank staff</title><link rel="icon" href="/logo.svg" /><link rel="stylesheet" href="/demo.css" />
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body class="staff">
<header class="topbar"><a class="brand" href="/admin"><img src="/logo.svg" alt="" width="32" height="32" /> Acme Bank · Staff</a><span class="note">Demo on the Yoti sandbox</span></header>
${main}</body></html>`;

/** One field of a small form post (the sign-in's `as`): at most 1 kB is read. */
async function formField(req: IncomingMessage, name: string): Promise<string | undefined> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 1024) break;
  }
  return new URLSearchParams(body).get(name) ?? undefined;
}

const signInPage = () =>
  page(
    'Sign in',
    `<main class="page"><section class="welcome">
<h1>Staff sign-in</h1>
<p>This is where your site's own staff sign-in goes. The demo has two members of staff: ${escapeHtml(STAFF.jordan.name)} may do everything; ${escapeHtml(STAFF.sam.name)} may only look.</p>
<form method="post" action="/admin/sign-in" class="sign-in">
<button class="primary" type="submit" name="as" value="jordan">Sign in as ${escapeHtml(STAFF.jordan.name)}</button>
<button class="secondary" type="submit" name="as" value="sam">Sign in as ${escapeHtml(STAFF.sam.name)} (view only)</button>
</form>
</section></main>`,
  );

const staffPage = (endpoint: string, staff: StaffIdentity) =>
  page(
    'Identity checks',
    `<main class="staff-page">
<div class="staff-bar"><h1>Identity checks</h1><form method="post" action="/admin/sign-out"><span>${escapeHtml(staff.name ?? staff.id)}</span> <button class="link" type="submit">Sign out</button></form></div>
<div class="staff-grid">
<div class="staff-column">
<yoti-idv-link-form endpoint="${escapeHtml(endpoint)}"></yoti-idv-link-form>
<yoti-idv-sessions endpoint="${escapeHtml(endpoint)}"></yoti-idv-sessions>
</div>
<yoti-idv-review endpoint="${escapeHtml(endpoint)}"></yoti-idv-review>
</div></main>`,
    ['/yoti-elements-admin.min.js', '/admin.js'],
  );

/**
 * The back office's pages: `/admin` (the staff page, or the sign-in when signed out), its sign-in
 * and sign-out, and its scripts. Answers false for any other path.
 */
export function adminPages(options: { endpoint: string; origin: string; contentSecurityPolicy: string }) {
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': options.contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(body);
  };
  const secure = options.origin.startsWith('https:') ? '; Secure' : '';

  return async (url: URL, req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = url.pathname;
    if (path === '/yoti-elements-admin.min.js' || path === '/admin.js') {
      send(
        res,
        200,
        'text/javascript; charset=utf-8',
        await readFile(path === '/admin.js' ? adminScript : adminBundle),
      );
      return true;
    }
    if (path === '/admin/sign-in' || path === '/admin/sign-out') {
      // A form post from this site only (SameSite cookies aside, the Origin says where it came from).
      if (req.method !== 'POST' || req.headers.origin !== options.origin) {
        send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
        return true;
      }
      const token = tokenOf(req.headers.cookie);
      if (token) signedIn.delete(token);
      let cookie = `${STAFF_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`;
      if (path === '/admin/sign-in') {
        const fresh = randomBytes(24).toString('base64url');
        signedIn.set(fresh, (await formField(req, 'as')) === 'sam' ? 'sam' : 'jordan');
        cookie = `${STAFF_COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Strict${secure}`;
      }
      send(res, 303, 'text/plain; charset=utf-8', '', { Location: '/admin', 'Set-Cookie': cookie });
      return true;
    }
    if (path === '/admin') {
      const staff = signedInAs(req.headers.cookie);
      send(res, 200, 'text/html; charset=utf-8', staff ? staffPage(options.endpoint, staff) : signInPage());
      return true;
    }
    return false;
  };
}

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ApiError } from '../core/errors.js';
import { type LinkWords, linkWords } from './link-words/index.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export interface LinkPageSettings {
  basePath: string;
  appName: string;
  logoUrl?: string;
  /** The origin of Yoti's IDV pages (the frame's). */
  idvOrigin: string;
}

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b2733;background:#f4f6f9}
body{margin:0}header{display:flex;align-items:center;gap:.75rem;padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #dde3ea}
header img{height:32px;width:auto}header span{font-weight:600;font-size:1.05rem}
main{max-width:44rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem;margin:0 0 .5rem}p{line-height:1.5;margin:.25rem 0 1rem}
.small{color:#4a5866;font-size:.9rem}yoti-docscan-frame{display:block;min-height:640px;border-radius:12px;overflow:hidden;background:#fff;box-shadow:0 1px 3px rgba(16,24,40,.12)}
.gone{background:#fff;border-radius:12px;padding:1.5rem;box-shadow:0 1px 3px rgba(16,24,40,.12)}`;

/**
 * The helper's own page at a link: the application's name and logo, a few words, and the Doc Scan
 * frame that redeems the link. A strict Content Security Policy (scripts and styles from the helper
 * only, with a nonce for its own), no referrer (the code is in the URL), never cached or indexed.
 */
export function linkPage(
  request: Request,
  code: string,
  settings: LinkPageSettings,
  refusal?: ApiError,
): Response {
  const { lang, words } = linkWords(request.headers.get('accept-language') ?? '');
  const say = (key: keyof LinkWords) => escapeHtml(words[key].replaceAll('{app}', settings.appName));
  const nonce = randomBytes(16).toString('base64');
  const base = settings.basePath;
  // A logo on this site (a path) needs nothing more from the policy; one elsewhere, its origin.
  const logo = settings.logoUrl?.startsWith('/')
    ? { href: settings.logoUrl, origin: '' }
    : settings.logoUrl
      ? new URL(settings.logoUrl)
      : undefined;
  const header = `<header>${logo ? `<img src="${escapeHtml(logo.href)}" alt="">` : ''}<span>${escapeHtml(settings.appName)}</span></header>`;
  const body = refusal
    ? `<main><div class="gone" role="alert"><h1>${say('gone')}</h1><p>${say(refusal.code as keyof LinkWords)}</p></div></main>`
    : `<main><h1>${say('title')}</h1><p>${say('intro')}</p><p class="small">${say('privacy')}</p>
<yoti-docscan-frame endpoint="${escapeHtml(base)}" link-code="${escapeHtml(code)}" lang="${lang}"></yoti-docscan-frame>
<noscript><p>${say('noScript')}</p></noscript></main>
<script type="module" src="${escapeHtml(base)}/links/assets/yoti-elements.js"></script>`;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${say(refusal ? 'gone' : 'title')} · ${escapeHtml(settings.appName)}</title>
<style nonce="${nonce}">${STYLE}</style></head><body>${header}${body}</body></html>`;
  const policy = [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
    `frame-src ${settings.idvOrigin}`,
    `img-src 'self' data:${logo?.origin ? ` ${logo.origin}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return new Response(html, {
    status: refusal?.status ?? 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': policy,
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
      'Permissions-Policy': `camera=(self "${settings.idvOrigin}")`,
    },
  });
}

const files = new Map<string, Promise<Buffer | undefined>>();

/** A file of the single-file build (dist/), beside the helper in the package, or from the sources' build. */
function readBuilt(name: string): Promise<Buffer | undefined> {
  let file = files.get(name);
  if (!file) {
    file = (async () => {
      for (const dir of ['../', '../../../dist/']) {
        try {
          return await readFile(new URL(`${dir}${name}`, import.meta.url));
        } catch {
          // Not there: the next place.
        }
      }
      files.delete(name); // Built later (npm run build): looked for again next time.
      return undefined;
    })();
    files.set(name, file);
  }
  return file;
}

/**
 * The elements' single-file build for the link page (`chunk`: one of the files it loads on demand,
 * a language), cached a day; undefined (404) when the package was not built or there is no such file.
 */
export async function linkPageScript(chunk?: string): Promise<Response | undefined> {
  if (chunk !== undefined && !/^[\w-]+\.js$/.test(chunk)) return undefined;
  const script = await readBuilt(chunk ? `chunks/${chunk}` : 'yoti-elements.min.js');
  if (!script) return undefined;
  return new Response(new Uint8Array(script), {
    status: 200,
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

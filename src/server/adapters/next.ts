import { takeFrameworkForwarding } from '../http/origin.js';
import type { FetchHandler } from './node.js';

/** What a Next.js App Router `route.ts` exports: one function per method the helper answers. */
export interface NextRoute {
  GET: FetchHandler;
  POST: FetchHandler;
  DELETE: FetchHandler;
  OPTIONS: FetchHandler;
}

/**
 * The helper as a Next.js route handler, for `app/yoti/[...path]/route.ts`:
 * `export const { GET, POST, DELETE, OPTIONS } = toNextRoute(createYotiHandler(() => options))`.
 * Next hands each method's function the Request (and the route's params, which the helper does not
 * need: it reads the path itself); HEAD is answered by Next from GET.
 *
 * Next gives route handlers no socket: its server puts the socket's address in X-Forwarded-For
 * (keeping one already there, as a proxy in front of it set it). That last address is what the
 * per-address limits count, and the X-Forwarded-* headers Next adds draw no notice. With
 * `trustProxy` set, the helper reads those headers itself, as for any proxy.
 */
export function toNextRoute(handler: FetchHandler): NextRoute {
  const route = (request: Request) => handler(takeFrameworkForwarding(request));
  return { GET: route, POST: route, DELETE: route, OPTIONS: route };
}

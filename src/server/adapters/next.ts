type FetchHandler = (request: Request) => Promise<Response>;

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
 */
export function toNextRoute(handler: FetchHandler): NextRoute {
  const route = (request: Request) => handler(request);
  return { GET: route, POST: route, DELETE: route, OPTIONS: route };
}

import { withClientAddress } from '../http/origin.js';
import type { FetchHandler } from './node.js';

/** The part of SvelteKit's RequestEvent the helper reads (structural: no dependency on @sveltejs/kit). */
export interface SvelteKitEvent {
  request: Request;
  getClientAddress(): string;
}

type SvelteKitHandler = (event: SvelteKitEvent) => Promise<Response>;

/** What a SvelteKit `+server.ts` exports: one RequestHandler per method the helper answers. */
export interface SvelteKitRoute {
  GET: SvelteKitHandler;
  POST: SvelteKitHandler;
  DELETE: SvelteKitHandler;
  OPTIONS: SvelteKitHandler;
}

/**
 * The helper as SvelteKit endpoints, for `src/routes/yoti/[...path]/+server.ts`:
 * `export const { GET, POST, DELETE, OPTIONS } = toSvelteKitRoute(createYotiHandler(() => options))`.
 * The client's address comes from the adapter (`getClientAddress`, which honours adapter-node's
 * ADDRESS_HEADER), so per-client limits count people, not the server.
 */
export function toSvelteKitRoute(handler: FetchHandler): SvelteKitRoute {
  const route = (event: SvelteKitEvent) => {
    let address: string | undefined;
    try {
      address = event.getClientAddress();
    } catch {
      // Prerendering, or an adapter that cannot tell: the helper counts the request without one.
    }
    return handler(withClientAddress(event.request, address));
  };
  return { GET: route, POST: route, DELETE: route, OPTIONS: route };
}

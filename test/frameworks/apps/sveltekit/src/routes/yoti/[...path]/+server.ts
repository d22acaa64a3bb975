// docs/frameworks.md's SvelteKit endpoint: the helper made at the first request, each client counted by
// the address the adapter gives.
import { createYotiHandler, toSvelteKitRoute } from 'yoti-elements/server';
import { yotiOptions } from '../../../../yoti-options.mjs';

export const { GET, POST, DELETE, OPTIONS } = toSvelteKitRoute(createYotiHandler(yotiOptions));

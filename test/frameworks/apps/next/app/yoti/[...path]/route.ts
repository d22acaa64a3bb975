// docs/frameworks.md's Next.js route handler: the helper made at the first request (a build needs no
// secrets), the yoti SDK loaded by Node from node_modules (nothing to configure).
import { createYotiHandler, toNextRoute } from 'yoti-elements/server';
import { yotiOptions } from '../../../yoti-options.mjs';

export const { GET, POST, DELETE, OPTIONS } = toNextRoute(createYotiHandler(yotiOptions));

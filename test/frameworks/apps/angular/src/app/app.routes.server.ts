import { RenderMode, type ServerRoute } from '@angular/ssr';

// Rendered on the server at each request (SSR), not prerendered.
export const serverRoutes: ServerRoute[] = [{ path: '**', renderMode: RenderMode.Server }];

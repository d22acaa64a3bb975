import { compilePath } from '../shared/paths.js';
import type { FaultPlan, FaultRoute } from './faults.js';
import { controlRefusal, json, type SandboxRequest, type SandboxResponse } from './http.js';
import type { SignatureVerifier } from './signature.js';

/** What a route is given: the request, and its path parameters. */
export interface SandboxContext {
  request: SandboxRequest;
  params: Record<string, string>;
}

/** Where a signed API route finds the application: Yoti's share API names it in a header, IDV's in the query (or path). */
export type AppIn = 'header' | 'query' | 'path' | 'none';

/**
 * One route of the sandbox: its method and full path (`:name` for a parameter), and what it is:
 * a signed Yoti API route (with the fault name its calls count under), a control route (the
 * sandbox's own pages driving it: own origin and JSON only), or a page.
 */
export interface SandboxRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  api?: { base: string; fault: FaultRoute; app: AppIn };
  control?: boolean;
  handle(context: SandboxContext): SandboxResponse | Promise<SandboxResponse>;
}

export interface DispatchParts {
  routes: readonly SandboxRoute[];
  /** The API bases (share, IDV), each with how its errors look. */
  apis: ReadonlyArray<{
    base: string;
    error: (status: number, code: string, message: string) => SandboxResponse;
    except?: string;
  }>;
  verifier: SignatureVerifier;
  clientSdkId: string;
  faults: FaultPlan;
  calls: Record<FaultRoute, number>;
  origin: () => string;
}

/**
 * The sandbox's dispatcher, Yoti's order kept on its APIs: a request that is not signed by the
 * application is 401 before anything else (before a 404, even); then the route, the application,
 * and any fault queued for it. Control routes refuse a foreign Origin or a body that is not JSON.
 */
export function sandboxDispatcher(parts: DispatchParts) {
  const compiled = parts.routes.map((route) => ({ route, ...compilePath(route.path) }));
  const find = (method: string, path: string) => {
    for (const { route, pattern, names } of compiled) {
      const match = pattern.exec(path);
      if (!match || route.method !== method) continue;
      const params = Object.fromEntries(
        names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]),
      );
      return { route, params };
    }
    return undefined;
  };

  return async (request: SandboxRequest): Promise<SandboxResponse> => {
    const path = request.url.pathname;
    const api = parts.apis.find(
      ({ base, except }) => path.startsWith(`${base}/`) && !(except && path.startsWith(except)),
    );
    const found = find(request.method, path);
    if (api) {
      const problem = parts.verifier.problem(request, api.base);
      if (problem) return api.error(401, 'UNAUTHORIZED', `Unauthorised request (${problem})`);
      if (!found?.route.api) return api.error(404, 'NOT_FOUND', 'Not found');
      const { app, fault } = found.route.api;
      const appId =
        app === 'header'
          ? request.headers['x-yoti-auth-id']
          : app === 'query'
            ? request.url.searchParams.get('sdkId')
            : app === 'path'
              ? found.params.sdkId
              : parts.clientSdkId;
      if (appId !== parts.clientSdkId) {
        return api.error(404, 'APP_NOT_FOUND', 'The application for provided SDK ID does not exist');
      }
      parts.calls[fault] += 1;
      const forced = await parts.faults.apply(fault);
      return forced ?? found.route.handle({ request, params: found.params });
    }
    if (!found) return json(404, { message: 'Not found' });
    const refused = found.route.control ? controlRefusal(request, parts.origin()) : undefined;
    return refused ?? found.route.handle({ request, params: found.params });
  };
}

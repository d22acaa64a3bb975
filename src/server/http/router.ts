import type { Permission } from '../../shared/back-office.js';
import { compilePath } from '../../shared/paths.js';
import {
  ApiError,
  answerFor,
  type ErrorReporter,
  errorResponse,
  jsonResponse,
  MalformedRequest,
} from '../core/errors.js';
import type { Caller } from './caller.js';
import type { RequestGate } from './gate.js';
import type { OriginPolicy } from './origin.js';
import { sessionIdParam } from './request.js';

/** A staff member, as the host's `authorize(request)` names them, with what they may do. */
export interface Staff {
  id: string;
  name?: string;
  permissions: readonly Permission[];
}

/** What a route is given: the request, its path parameters (checked), its caller, and how to answer. */
export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  /** The caller, for `create` routes (made new when the request names none) and `read` routes (when known). */
  caller?: Caller;
  /** JSON with a status and headers of the route's own; the CORS headers are added once, here. */
  reply(status: number, body: unknown, headers?: Record<string, string>): Response;
  /** The CORS headers of this request, for a route that makes its own Response (an event stream). */
  cors: Record<string, string>;
  /** The staff member, for `admin` routes, as the host's `authorize` named them. */
  staff?: Staff;
}

/**
 * One route: its method and path (`:name` for a parameter), and what crosses it: `create` (a new
 * session: counted per address and caller before anything else runs), `read` (counted per caller),
 * `webhook` (Yoti's notifications: no Origin check, a token instead), `admin` (the back office:
 * the host's `authorize` first) or `link` (a person opening a link: the route counts what it does).
 */
export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  access: 'create' | 'read' | 'webhook' | 'admin' | 'link';
  /** `admin` routes: what the staff member must be allowed (403 `admin_permission` naming it otherwise). */
  permission?: Permission;
  /** An event stream: its opening waits its turn (limits.streamOpeningsInFlight) before anything else runs. */
  stream?: true;
  handle(context: RouteContext): Promise<Response>;
}

/** A request the node adapter could not turn into a Request as it came, and why (answered 400 / 405 here). */
const malformed = new WeakMap<Request, MalformedRequest>();

/** Marks `request` (a stand-in the node adapter made) as malformed: the router refuses it with `error`. */
export function markMalformed(request: Request, error: MalformedRequest): Request {
  malformed.set(request, error);
  return request;
}

const UNSAFE = new Set(['POST', 'DELETE', 'PUT', 'PATCH']);
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

const notFound = () => new ApiError(404, 'not_found', 'No such route.', { retryable: false });

/** A request matched to a route: what the route's admission and handling read. */
interface Matched {
  request: Request;
  params: Record<string, string>;
  cors: Record<string, string>;
  ownOrigin: string;
}

interface CompiledPath {
  pattern: RegExp;
  names: string[];
  routes: Route[];
}

function compile(routes: readonly Route[]): CompiledPath[] {
  const paths = new Map<string, CompiledPath>();
  for (const route of routes) {
    let compiled = paths.get(route.path);
    if (!compiled) {
      compiled = { ...compilePath(route.path), routes: [] };
      paths.set(route.path, compiled);
    }
    compiled.routes.push(route);
  }
  return [...paths.values()];
}

/** A path parameter, checked as Yoti IDs are (`id` is a session's, named so in errors). */
function param(name: string, raw: string): string {
  if (name === 'id') return sessionIdParam(raw);
  try {
    return sessionIdParam(raw);
  } catch {
    throw new ApiError(
      400,
      `invalid_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
      `The ${name} in the path is not valid.`,
      { field: name },
    );
  }
}

export interface RouterParts {
  basePath: string;
  routes: readonly Route[];
  origins: OriginPolicy;
  gate: RequestGate;
  report: ErrorReporter;
  /** Who the staff member of an `admin` request is (403 / 401 when nobody). */
  authorize?: (request: Request) => Promise<Staff>;
}

/**
 * The helper's dispatcher: finds the route, then applies the cross-cutting policy once, around
 * every route: malformed requests refused, CORS preflights answered, unsafe methods checked
 * against the origin policy, limits counted (by `access`), CORS headers on every answer, and every
 * failure turned into a JSON error (a 5xx for the helper's own, told to `report`).
 */
export function createRouter({ basePath, routes, origins, gate, report, authorize }: RouterParts) {
  const paths = compile(routes);

  /** A route's request past its admission: the staff member's permission, the origin, the limits, then the route. */
  async function admitted(route: Route, { request, params, cors, ownOrigin }: Matched): Promise<Response> {
    const staff = route.access === 'admin' && authorize ? await authorize(request) : undefined;
    if (staff && route.permission && !staff.permissions.includes(route.permission)) {
      throw new ApiError(403, 'admin_permission', `You do not have the ${route.permission} permission.`, {
        retryable: false,
        extra: { permission: route.permission },
      });
    }
    if (UNSAFE.has(route.method) && route.access !== 'webhook') origins.checkUnsafe(request, ownOrigin);
    if (route.access === 'link') await gate.read(request);
    const caller =
      route.access === 'create'
        ? await gate.creation(request)
        : route.access === 'read'
          ? await gate.read(request)
          : undefined;
    return route.handle({
      request,
      params,
      caller,
      cors,
      staff,
      reply: (status, body, headers) => jsonResponse(status, body, { ...cors, ...headers }),
    });
  }

  async function dispatch(
    request: Request,
    cors: Record<string, string>,
    ownOrigin: string,
  ): Promise<Response> {
    const refused = malformed.get(request);
    if (refused) throw refused;
    if (FORBIDDEN_METHODS.has(request.method)) {
      throw new MalformedRequest(405, 'method_not_allowed', `${request.method} is not allowed.`);
    }
    const { pathname } = new URL(request.url);
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) throw notFound();
    const path = pathname.slice(basePath.length);
    for (const { pattern, names, routes: candidates } of paths) {
      const match = pattern.exec(path);
      if (!match) continue;
      const methods = candidates.map((route) => route.method);
      if (request.method === 'OPTIONS') {
        const allowed = ['GET', 'POST', ...(methods.includes('DELETE') ? ['DELETE'] : [])];
        return origins.preflight(request, ownOrigin, allowed);
      }
      const route = candidates.find((candidate) => candidate.method === request.method);
      if (!route) {
        const error = new ApiError(405, 'method_not_allowed', `Use ${methods.join(', ')} on this route.`, {
          retryable: false,
        });
        return errorResponse(error, { ...cors, Allow: methods.join(', ') });
      }
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        // A copy, not a slice of the URL: what a stream keeps for hours is the ID, not the whole URL.
        params[name] = param(name, Buffer.from(match[index + 1] ?? '').toString());
      });
      const turn = route.stream ? await gate.opening(request) : undefined;
      try {
        return await admitted(route, { request, params, cors, ownOrigin });
      } finally {
        turn?.();
      }
    }
    throw notFound();
  }

  return async (request: Request): Promise<Response> => {
    let cors: Record<string, string> = { Vary: 'Origin' };
    try {
      const ownOrigin = origins.ownOrigin(request);
      cors = origins.corsHeaders(request, ownOrigin);
      return await dispatch(request, cors, ownOrigin);
    } catch (error) {
      const where = `${request.method} ${new URL(request.url).pathname}`;
      if (error instanceof MalformedRequest) report(error, { source: 'request', where });
      return errorResponse(answerFor(error, report, where), cors);
    }
  };
}

import { ApiError, errorResponse } from './core/errors.js';
import type { YotiHandler } from './handler.js';
import type { YotiHandlerOptions } from './options/resolve-options.js';

/** Options given as a function: read at the first request (so that a build needs no secrets). */
export type LazyOptions = () => YotiHandlerOptions | Promise<YotiHandlerOptions>;

/**
 * The handler's methods, each once: a record keyed by the handler's own type, so that a method
 * added to YotiHandler (or to its AdminApi) and not here fails to compile.
 */
type HostMethod = Exclude<keyof YotiHandler, 'basePath' | 'admin'>;
const HOST_METHODS: Record<HostMethod, true> = {
  getShareReceipt: true,
  createShareSession: true,
  createIdvSession: true,
  getIdvSession: true,
  getIdvSummary: true,
  getIdvMedia: true,
  createIdvLink: true,
};
const ADMIN_METHODS: Record<keyof YotiHandler['admin'], true> = {
  list: true,
  get: true,
  decide: true,
  deleteMedia: true,
  deleteSession: true,
  sweep: true,
};

/** An object whose methods (`methods`' keys) call the same methods of `target()` once it resolves. */
function forwarding<T extends object>(methods: Record<keyof T, true>, target: () => Promise<T>): T {
  const call =
    (name: keyof T) =>
    async (...args: unknown[]) =>
      ((await target())[name] as (...args: unknown[]) => unknown)(...args);
  return Object.fromEntries(Object.keys(methods).map((name) => [name, call(name as keyof T)])) as T;
}

/**
 * A handler whose options are read, and checked, at the first request or host call rather than
 * when the module loads: a framework's build (Next.js, SvelteKit) imports the route module without
 * the application's key. Options that fail their checks answer 500 and are told on the console;
 * they are read again at the next request (the secret may be set by then).
 */
export function lazyHandler(
  options: LazyOptions,
  create: (options: YotiHandlerOptions) => YotiHandler,
): YotiHandler {
  let made: Promise<YotiHandler> | undefined;
  let ready: YotiHandler | undefined;
  const handler = () => {
    made ??= (async () => create(await options()))().then(
      (created) => {
        ready = created;
        return created;
      },
      (error: unknown) => {
        made = undefined;
        throw error;
      },
    );
    return made;
  };
  const lazy = async (request: Request): Promise<Response> => {
    let created: YotiHandler;
    try {
      created = await handler();
    } catch (error) {
      console.error('yoti-elements/server: the helper could not be created:', error);
      return errorResponse(
        new ApiError(500, 'internal_error', 'The Yoti helper is not set up. Please try again later.'),
      );
    }
    return created(request);
  };
  const host = forwarding<Pick<YotiHandler, HostMethod>>(HOST_METHODS, handler);
  const admin = forwarding<YotiHandler['admin']>(ADMIN_METHODS, async () => (await handler()).admin);
  return Object.assign(lazy, host, {
    admin,
    /** The base path once known; until the first request, the default (pass `basePath` to toNodeListener for another). */
    get basePath(): string {
      return ready?.basePath ?? '/yoti';
    },
  }) as YotiHandler;
}

import { ApiError, errorResponse } from './errors.js';
import type { YotiHandler } from './handler.js';
import type { YotiHandlerOptions } from './options/resolve-options.js';

/** Options given as a function: read at the first request (so that a build needs no secrets). */
export type LazyOptions = () => YotiHandlerOptions | Promise<YotiHandlerOptions>;

const HOST_METHODS = [
  'getShareReceipt',
  'createShareSession',
  'createIdvSession',
  'getIdvSession',
  'getIdvMedia',
  'createIdvLink',
] as const;
const ADMIN_METHODS = ['list', 'get', 'decide', 'deleteMedia', 'deleteSession'] as const;

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
  const forward =
    (name: string, of: (made: YotiHandler) => Record<string, unknown>) =>
    async (...args: unknown[]) =>
      (of(await handler())[name] as (...args: unknown[]) => unknown)(...args);
  const host = Object.fromEntries(HOST_METHODS.map((name) => [name, forward(name, (made) => made as never)]));
  const admin = Object.fromEntries(
    ADMIN_METHODS.map((name) => [name, forward(name, (made) => made.admin as never)]),
  );
  return Object.assign(lazy, host, {
    admin,
    /** The base path once known; until the first request, the default (pass `basePath` to toNodeListener for another). */
    get basePath(): string {
      return ready?.basePath ?? '/yoti';
    },
  }) as unknown as YotiHandler;
}

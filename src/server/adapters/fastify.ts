import type { IncomingMessage, ServerResponse } from 'node:http';
import { basePathOf, type MountedHandler, toNodeListener } from './node.js';

/** The parts of a Fastify instance the plugin uses (structural: no dependency on fastify). */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void,
  ): void;
  route(options: {
    method: string[];
    url: string;
    handler: (
      request: { raw: IncomingMessage },
      reply: { raw: ServerResponse; hijack(): void },
    ) => Promise<void>;
  }): unknown;
}

export interface FastifyPluginOptions {
  /** Where the helper's routes are; default: the handler's `basePath` (createYotiHandler's), else `/yoti`. */
  basePath?: string;
}

/**
 * The helper as a Fastify plugin: `await app.register(toFastifyPlugin(handler))`. Its routes are
 * Fastify routes (the app's own hooks run before them, its 404 answers the rest); in the plugin's
 * own scope the body is left unread, for the helper to read and check under its own limit. Register
 * it without a `prefix`: the routes live at the handler's `basePath`.
 */
export function toFastifyPlugin(handler: MountedHandler, options: FastifyPluginOptions = {}) {
  const basePath = basePathOf(handler, options.basePath);
  const listener = toNodeListener(handler, { basePath });
  const plugin = async (fastify: FastifyInstanceLike): Promise<void> => {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
    fastify.route({
      method: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      url: `${basePath}/*`,
      handler: async (request, reply) => {
        reply.hijack();
        await listener(request.raw, reply.raw);
      },
    });
  };
  return plugin;
}

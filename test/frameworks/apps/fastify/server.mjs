// docs/helper.md's Fastify mounting ("Mounting it"): the helper as a plugin, beside the app's own routes.
import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';
import { createYotiHandler, toFastifyPlugin } from 'yoti-elements/server';
import { yotiOptions } from './yoti-options.mjs';

const app = Fastify();
await app.register(toFastifyPlugin(createYotiHandler(yotiOptions)));
app.post('/echo', async (request) => ({ echoed: request.body })); // the app's JSON parser still works
// The single file and the chunks/ folder beside it (other languages, the popover's placement).
const dist = new URL('./', import.meta.resolve('yoti-elements/yoti-elements.min.js'));
app.get('/yoti-elements.min.js', async (_request, reply) =>
  reply.type('text/javascript').send(await readFile(new URL('yoti-elements.min.js', dist))),
);
app.get('/chunks/:file', async (request, reply) => {
  const { file } = request.params;
  if (!/^[\w-]+\.js$/.test(file)) return reply.code(404).send();
  const code = await readFile(new URL(`chunks/${file}`, dist)).catch(() => undefined);
  return code ? reply.type('text/javascript').send(code) : reply.code(404).send();
});
app.get('/', async (_request, reply) =>
  reply.type('text/html').send(await readFile(new URL('./page.html', import.meta.url))),
);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });

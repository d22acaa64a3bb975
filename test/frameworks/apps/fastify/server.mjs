// docs/helper.md's Fastify mounting ("Mounting it"): the helper as a plugin, beside the app's own routes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { createYotiHandler, toFastifyPlugin } from 'yoti-elements/server';
import { yotiOptions } from './yoti-options.mjs';

const app = Fastify();
await app.register(toFastifyPlugin(createYotiHandler(yotiOptions)));
app.post('/echo', async (request) => ({ echoed: request.body })); // the app's JSON parser still works
app.get('/yoti-elements.min.js', async (_request, reply) =>
  reply
    .type('text/javascript')
    .send(await readFile(fileURLToPath(import.meta.resolve('yoti-elements/yoti-elements.min.js')))),
);
app.get('/', async (_request, reply) =>
  reply.type('text/html').send(await readFile(new URL('./page.html', import.meta.url))),
);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });

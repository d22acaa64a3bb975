// docs/helper.md's Hono mounting ("Mounting it"): the handler is already a Fetch handler; the client's address from
// Hono's getConnInfo, so that the helper's per-address limits count each client.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { createYotiHandler, withClientAddress } from 'yoti-elements/server';
import { yotiOptions } from './yoti-options.mjs';

const yoti = createYotiHandler(yotiOptions);
const app = new Hono();
app.all('/yoti/*', (c) => yoti(withClientAddress(c.req.raw, getConnInfo(c).remote.address)));
app.get('/yoti-elements.min.js', async (c) =>
  c.body(await readFile(fileURLToPath(import.meta.resolve('yoti-elements/yoti-elements.min.js'))), 200, {
    'content-type': 'text/javascript',
  }),
);
app.get('/', async (c) => c.html(await readFile(new URL('./page.html', import.meta.url), 'utf8')));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });

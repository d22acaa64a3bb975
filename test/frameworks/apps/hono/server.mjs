// docs/helper.md's Hono mounting ("Mounting it"): the handler is already a Fetch handler; the client's address from
// Hono's getConnInfo, so that the helper's per-address limits count each client.
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { createYotiHandler, withClientAddress } from 'yoti-elements/server';
import { yotiOptions } from './yoti-options.mjs';

const yoti = createYotiHandler(yotiOptions);
const app = new Hono();
app.all('/yoti/*', (c) => yoti(withClientAddress(c.req.raw, getConnInfo(c).remote.address)));
// The single file and the chunks/ folder beside it (other languages, the popover's placement).
const dist = new URL('./', import.meta.resolve('yoti-elements/yoti-elements.min.js'));
const script = async (c, path) => {
  const code = await readFile(new URL(path, dist)).catch(() => undefined);
  return code ? c.body(code, 200, { 'content-type': 'text/javascript' }) : c.notFound();
};
app.get('/yoti-elements.min.js', (c) => script(c, 'yoti-elements.min.js'));
app.get('/chunks/:file{[\\w-]+\\.js}', (c) => script(c, `chunks/${c.req.param('file')}`));
app.get('/', async (c) => c.html(await readFile(new URL('./page.html', import.meta.url), 'utf8')));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });

// docs/helper.md's Express mounting ("Mounting it"): requests outside /yoti go on to the app's own routes.
import { fileURLToPath } from 'node:url';
import express from 'express';
import { createYotiHandler, toNodeListener } from 'yoti-elements/server';
import { yotiOptions } from './yoti-options.mjs';

const yoti = createYotiHandler(yotiOptions);
const app = express();
app.use(express.json()); // the app's own body parser, before the helper: it reads what it parsed
app.use(toNodeListener(yoti));
// The single file and the chunks/ folder beside it (other languages, the popover's placement).
const dist = fileURLToPath(new URL('./', import.meta.resolve('yoti-elements/yoti-elements.min.js')));
app.get('/yoti-elements.min.js', (_req, res) => res.sendFile('yoti-elements.min.js', { root: dist }));
app.use('/chunks', express.static(`${dist}/chunks`, { fallthrough: false }));
app.get('/', (_req, res) => res.sendFile(fileURLToPath(new URL('./page.html', import.meta.url))));
app.listen(Number(process.env.PORT), '127.0.0.1');

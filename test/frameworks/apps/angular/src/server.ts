// docs/frameworks.md's Angular SSR server: Angular's own Express server with the helper mounted before
// the app's pages (Angular bundles this file; the yoti SDK is loaded by Node from node_modules).
import { join } from 'node:path';
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { createYotiHandler, toNodeListener } from 'yoti-elements/server';
import { yotiOptions } from '../yoti-options.mjs';

const browserDistFolder = join(import.meta.dirname, '../browser');

const app = express();
const angularApp = new AngularNodeAppEngine();

app.use(toNodeListener(createYotiHandler(yotiOptions)));
app.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false }));
app.use((req, res, next) => {
  angularApp
    .handle(req)
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next);
});

if (isMainModule(import.meta.url)) {
  // biome-ignore lint/complexity/useLiteralKeys: Angular's tsconfig asks for index access (noPropertyAccessFromIndexSignature)
  app.listen(Number(process.env['PORT']), '127.0.0.1');
}

export const reqHandler = createNodeRequestHandler(app);

// A small static file server for built sites (the built Storybook under test): serve-static DIR PORT.
// It serves DIR and nothing beside it, on loopback only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const [dir = '.', port = '6006'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** The file under `root` that `url` names, or undefined for a path that is malformed or leaves it. */
export function fileFor(root, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined; // A malformed % escape.
  }
  if (path.includes('\0')) return undefined;
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  // Inside root means root itself or under `root + sep`: a sibling such as `root-other` is not.
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

function serve(req, res) {
  let file = fileFor(root, req.url);
  if (!file) {
    res.writeHead(400).end('Bad request');
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404).end('Not found');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  // On both loopback names (localhost and 127.0.0.1 are two origins a story may need), and no other interface.
  for (const host of ['127.0.0.1', '::1']) createServer(serve).listen(Number(port), host);
  console.log(`serving ${root} on http://localhost:${port}/`);
}

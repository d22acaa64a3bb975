// The demo host site's backend: mounts the yoti-elements helper at /yoti and serves demo/public.
// With YOTI_CLIENT_SDK_ID and YOTI_KEY_FILE_PATH set it talks to Yoti; otherwise to the sandbox.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { startSandbox } from '../src/sandbox/index.js';
import { createYotiHandler, toNodeListener } from '../src/server/index.js';

const port = Number(process.env.PORT ?? 3000);
const publicDir = join(import.meta.dirname, 'public');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

const onYoti = Boolean(process.env.YOTI_CLIENT_SDK_ID && process.env.YOTI_KEY_FILE_PATH);
const sandbox = onYoti ? undefined : await startSandbox({ applicationName: 'Acme Bank' });
const credentials = sandbox
  ? {
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      shareApiUrl: sandbox.shareApiUrl,
      idvApiUrl: sandbox.idvApiUrl,
    }
  : { clientSdkId: process.env.YOTI_CLIENT_SDK_ID ?? '', privateKey: process.env.YOTI_KEY_FILE_PATH ?? '' };

const yoti = createYotiHandler({
  ...credentials,
  share: {
    policy: {
      wanted: [
        { name: 'full_name' },
        { name: 'email_address' },
        { name: 'date_of_birth', derivation: 'age_over:18' },
      ],
    },
    redirectUri: `http://localhost:${port}/`,
    app: {
      name: 'Acme Bank',
      privacyPolicyUrl: `http://localhost:${port}/privacy`,
      contactUrl: 'mailto:help@acme.example',
    },
  },
  idv: {
    client_session_token_ttl: 600,
    requested_checks: [
      { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
      { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 3 } },
      { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
    ],
    requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
  },
});
const yotiListener = toNodeListener(yoti);

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === yoti.basePath || path.startsWith(`${yoti.basePath}/`)) return yotiListener(req, res);
  const file = normalize(join(publicDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(publicDir)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const content = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(content);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, () => {
  console.log(`yoti-elements demo: http://localhost:${port}/`);
  console.log(`  helper routes:  http://localhost:${port}${yoti.basePath}/...`);
  console.log(
    onYoti
      ? '  talking to:     Yoti (YOTI_CLIENT_SDK_ID, YOTI_KEY_FILE_PATH)'
      : `  talking to:     the sandbox at ${sandbox?.url}`,
  );
});

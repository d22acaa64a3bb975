// The demo host site's backend: mounts the yoti-elements helper at /yoti, serves the sign-up page
// and the single-file build under a strict Content Security Policy, and renders the shared profile
// server-side after a share, to the browser that made it only. With YOTI_CLIENT_SDK_ID and
// YOTI_KEY_FILE_PATH set it talks to Yoti; otherwise to the sandbox, which notifies the helper of
// every change (so the page follows sessions live, without polling).
// Deployment settings, as a real site would have them:
//   TRUST_PROXY=1                behind a TLS-terminating proxy (X-Forwarded-Proto/-Host)
//   ALLOWED_ORIGINS=https://a,…  other sites whose pages may call this helper (CORS)
//   YOTI_ENDPOINT=https://api…/yoti  the page's elements call a helper on another origin
//   REDIS_URL=redis://…          the helper's store on Redis, shared by its instances
//   INSTANCES=2                  two helper instances (PORT and PORT+1) on one sandbox and store
//   HOST=0.0.0.0                 listen there (default: loopback only, 127.0.0.1 and ::1)
// The sandbox's own, to script its outcomes with Yoti's @getyoti/sdk-sandbox as on Yoti's hosted one:
//   SANDBOX_PORT=3290 SANDBOX_CLIENT_SDK_ID=… SANDBOX_KEY_FILE_PATH=key.pem
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { startSandbox } from 'yoti-elements/sandbox';
import { createYotiHandler, toNodeListener, type YotiStore } from 'yoti-elements/server';
import { redisStore } from 'yoti-elements/server/redis';
import { adminOptions, adminPages } from './admin.js';
import { sitePages } from './pages.js';

const port = Number(process.env.PORT ?? 3000);
const instances = Math.max(1, Number(process.env.INSTANCES ?? 1));
const qrCodeTtl = process.env.SANDBOX_QR_TTL ? Number(process.env.SANDBOX_QR_TTL) : undefined;
const endpoint = process.env.YOTI_ENDPOINT ?? '/yoti';
const endpointOrigin = endpoint.startsWith('/') ? undefined : new URL(endpoint).origin;
const webhookAuthToken = process.env.YOTI_WEBHOOK_TOKEN ?? randomBytes(24).toString('base64url');

const onYoti = Boolean(process.env.YOTI_CLIENT_SDK_ID && process.env.YOTI_KEY_FILE_PATH);
const sandbox = onYoti
  ? undefined
  : await startSandbox({
      applicationName: 'Acme Bank',
      qrCodeTtl,
      port: process.env.SANDBOX_PORT ? Number(process.env.SANDBOX_PORT) : undefined,
      clientSdkId: process.env.SANDBOX_CLIENT_SDK_ID,
      privateKey: process.env.SANDBOX_KEY_FILE_PATH
        ? readFileSync(process.env.SANDBOX_KEY_FILE_PATH, 'utf8')
        : undefined,
    });
const credentials = sandbox
  ? {
      clientSdkId: sandbox.clientSdkId,
      privateKey: sandbox.privateKey,
      shareApiUrl: sandbox.shareApiUrl,
      idvApiUrl: sandbox.idvApiUrl,
    }
  : { clientSdkId: process.env.YOTI_CLIENT_SDK_ID ?? '', privateKey: process.env.YOTI_KEY_FILE_PATH ?? '' };
const idvOrigin = new URL(credentials.idvApiUrl ?? 'https://api.yoti.com').origin;

/**
 * Where Yoti notifies the helper: the first instance, on the sandbox (on Yoti, a public https URL
 * would be needed: YOTI_NOTIFICATION_URL).
 */
const notificationUrl = sandbox
  ? `http://localhost:${port}/yoti/notifications`
  : process.env.YOTI_NOTIFICATION_URL;

/** One store connection per instance, as separate processes would have; memory when there is no Redis. */
async function storeFor(): Promise<YotiStore | undefined> {
  if (!process.env.REDIS_URL) return undefined;
  const store = redisStore({ url: process.env.REDIS_URL });
  try {
    await store.ready;
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  return store;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  `frame-src ${idvOrigin}`,
  `connect-src 'self'${endpointOrigin ? ` ${endpointOrigin}` : ''}`,
  // No other page may frame this one (clickjacking the share or the scan).
  "frame-ancestors 'none'",
].join('; ');

/**
 * The scan: a document, liveness and face match, the fields read; a phone may take over
 * (allow_handoff), and photos may be uploaded where there is no camera.
 */
const idvSpec = {
  client_session_token_ttl: 600,
  requested_checks: [
    { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
    { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 3 } },
    { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
  ],
  requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: {} }],
  sdk_config: {
    primary_colour: '#0b3d91',
    locale: 'en-GB',
    allow_handoff: true,
    allowed_capture_methods: 'CAMERA_AND_UPLOAD',
  },
  ...(notificationUrl
    ? { notifications: { endpoint: notificationUrl, auth_token: webhookAuthToken, auth_type: 'BEARER' } }
    : {}),
};

async function startSite(sitePort: number, store: YotiStore | undefined) {
  const origin = `http://localhost:${sitePort}`;
  const yoti = createYotiHandler({
    ...credentials,
    store,
    webhookAuthToken,
    trustProxy: process.env.TRUST_PROXY === '1',
    allowedOrigins: process.env.ALLOWED_ORIGINS?.split(',').filter(Boolean),
    share: {
      policy: {
        wanted: [
          { name: 'full_name' },
          { name: 'email_address' },
          { name: 'date_of_birth', derivation: 'age_over:18' },
        ],
        wanted_auth_types: [],
        wanted_remember_me: false,
      },
      redirectUri: `${origin}/welcome`,
      app: {
        name: 'Acme Bank',
        logoUrl: '/logo.svg',
        privacyPolicyUrl: `${origin}/privacy`,
        contactUrl: 'mailto:help@acme.example',
      },
      qrCodeTtl,
      ...(notificationUrl
        ? { notification: { url: notificationUrl, headers: { Authorization: `Bearer ${webhookAuthToken}` } } }
        : {}),
    },
    idv: idvSpec,
    // The back office at /admin, behind the demo's pretend staff sign-in.
    admin: adminOptions,
  });
  const helper = toNodeListener(yoti);
  const staff = adminPages({ endpoint, origin, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  const pages = sitePages({
    yoti,
    endpoint,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    origin,
    // /?scan=redirect: Yoti's redirect mode, the whole page to Yoti's and back to /verified.
    redirectScan: {
      ...idvSpec,
      sdk_config: {
        ...idvSpec.sdk_config,
        success_url: `${origin}/verified`,
        error_url: `${origin}/verified`,
      },
    },
  });
  const site = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === yoti.basePath || url.pathname.startsWith(`${yoti.basePath}/`)) void helper(req, res);
    else
      void staff(url, req, res).then((served) => {
        if (!served) return pages(url, req, res);
      });
  };
  // On loopback only unless HOST says otherwise: both of its names, as `localhost` may be either.
  const hosts = process.env.HOST ? [process.env.HOST] : ['127.0.0.1', '::1'];
  const listening = await Promise.all(
    hosts.map(
      (host) =>
        new Promise<Server>((resolve) => {
          const server = createServer(site);
          server.listen(sitePort, host, () => resolve(server));
        }),
    ),
  );
  console.log(`yoti-elements demo: ${origin}/`);
  return listening;
}

const servers: Server[] = [];
for (let index = 0; index < instances; index += 1)
  servers.push(...(await startSite(port + index, await storeFor())));
console.log(
  onYoti
    ? '  talking to: Yoti (YOTI_CLIENT_SDK_ID, YOTI_KEY_FILE_PATH)'
    : `  talking to: the Yoti sandbox at ${sandbox?.url}`,
);
console.log(`  store: ${process.env.REDIS_URL ? 'Redis (REDIS_URL)' : 'in memory'}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const server of servers) server.close();
    void sandbox?.close();
    process.exit(0);
  });
}

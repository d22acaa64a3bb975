import yoti from 'yoti';
import { ApiError, errorResponse, jsonResponse } from './errors.js';
import type { IdvSessionSpec } from './idv-spec.js';
import {
  type ResolvedOptions,
  type ResolvedShare,
  resolveOptions,
  type YotiHandlerOptions,
} from './options.js';
import { receiptIdArgument, receiptProfile, type ShareReceiptProfile } from './receipt.js';
import { checkOrigin, checkWebhookAuth, expectNoFields, readJsonObject, sessionIdParam } from './request.js';
import type { StatusStore } from './store.js';
import { idvSummary, shareStatus } from './summaries.js';
import { callYoti, type UpstreamPolicy, upstreamString } from './upstream.js';

// The SDK is CommonJS: its exports are read from the default import.
const { DigitalIdentityBuilders, DigitalIdentityClient, IDVClient, SessionSpecificationBuilder } = yoti;
const { ShareSessionConfigurationBuilder } = DigitalIdentityBuilders;

/** A Fetch-API handler (Request -> Response) with the server-side extras hosts need. */
export interface YotiHandler {
  (request: Request): Promise<Response>;
  /** Reads a completed share's profile, decrypted by the SDK. Server-side only: never exposed as a route. */
  getShareReceipt(receiptId: string): Promise<ShareReceiptProfile>;
  /** Where the latest webhook per session is kept. */
  readonly statusStore: StatusStore;
  readonly basePath: string;
}

type Route = (request: Request, params: string[]) => Promise<Response>;
interface RouteTable {
  pattern: RegExp;
  methods: Partial<Record<string, Route>>;
}

/** A session specification the SDK accepts, carrying the validated JSON as it is. */
function sdkSpecification(spec: IdvSessionSpec) {
  const specification = new SessionSpecificationBuilder().build();
  specification.toJSON = () => spec as ReturnType<typeof specification.toJSON>;
  return specification;
}

function iframeUrl(idvApiUrl: string, sessionId: string, sessionToken: string): string {
  const url = new URL(`${idvApiUrl}/web/index.html`);
  url.searchParams.set('sessionID', sessionId);
  url.searchParams.set('sessionToken', sessionToken);
  return url.href;
}

function notConfigured(flow: 'share' | 'idv'): never {
  throw new ApiError(
    404,
    `${flow}_not_configured`,
    `The ${flow === 'share' ? 'Digital ID share' : 'IDV'} flow is not configured on this server (option \`${flow}\`).`,
    undefined,
    false,
  );
}

/**
 * Creates the helper: validates `options` at once (throwing a YotiOptionsError naming a wrong
 * option), then answers the JSON routes under `basePath` that the elements call.
 */
export function createYotiHandler(options: YotiHandlerOptions): YotiHandler {
  const config: ResolvedOptions = resolveOptions(options);
  const upstream: UpstreamPolicy = {
    timeoutMs: config.timeoutMs,
    attempts: config.attempts,
    retryDelayMs: 200,
  };
  const shareClient = new DigitalIdentityClient(config.clientSdkId, config.privateKey, {
    apiUrl: config.shareApiUrl,
  });
  const idvClient = new IDVClient(config.clientSdkId, config.privateKey, { apiUrl: config.idvApiUrl });

  const share = (): ResolvedShare => config.share ?? notConfigured('share');
  const idv = (): IdvSessionSpec => config.idv ?? notConfigured('idv');

  const qrCodeFor = async (sessionId: string, expiresAt: string | null) => {
    const qr = await callYoti(upstream, 'read', 'share session', () =>
      shareClient.createShareQrCode(sessionId),
    );
    const uri = upstreamString(qr.getUri());
    const qrExpiry = Date.now() + share().qrCodeTtlMs;
    const sessionExpiry = expiresAt ? Date.parse(expiresAt) : Number.POSITIVE_INFINITY;
    return {
      id: upstreamString(qr.getId()),
      uri,
      expiresAt: new Date(Math.min(qrExpiry, sessionExpiry)).toISOString(),
    };
  };

  const presentation = () => ({ app: share().app, wanted: share().wanted });

  const routes: RouteTable[] = [
    {
      pattern: /^\/share-sessions$/,
      methods: {
        POST: async (request) => {
          const { policy, redirectUri, subject } = share();
          expectNoFields(await readJsonObject(request));
          const builder = new ShareSessionConfigurationBuilder()
            .withPolicy(policy)
            .withRedirectUri(redirectUri);
          if (subject) builder.withSubject(subject);
          const created = await callYoti(upstream, 'create', 'share session', () =>
            shareClient.createShareSession(builder.build()),
          );
          const expiresAt = created.getExpiry().toISOString();
          const qrCode = await qrCodeFor(created.getId(), expiresAt);
          return jsonResponse(201, { sessionId: created.getId(), expiresAt, qrCode, ...presentation() });
        },
      },
    },
    {
      pattern: /^\/share-sessions\/([^/]+)\/qr-codes$/,
      methods: {
        POST: async (request, [id = '']) => {
          share();
          const sessionId = sessionIdParam(id);
          expectNoFields(await readJsonObject(request));
          const session = await callYoti(upstream, 'read', 'share session', () =>
            shareClient.getShareSession(sessionId),
          );
          const { status, expiresAt } = shareStatus(session);
          if (status !== 'CREATED') {
            throw new ApiError(
              409,
              'session_not_open',
              `The share session is ${status.toLowerCase()}: start a new one.`,
              undefined,
              false,
            );
          }
          return jsonResponse(201, await qrCodeFor(sessionId, expiresAt));
        },
      },
    },
    {
      pattern: /^\/share-sessions\/([^/]+)$/,
      methods: {
        GET: async (_request, [id = '']) => {
          share();
          const sessionId = sessionIdParam(id);
          const session = await callYoti(upstream, 'read', 'share session', () =>
            shareClient.getShareSession(sessionId),
          );
          return jsonResponse(200, { sessionId, ...shareStatus(session), ...presentation() });
        },
      },
    },
    {
      pattern: /^\/idv-sessions$/,
      methods: {
        POST: async (request) => {
          const spec = idv();
          expectNoFields(await readJsonObject(request));
          const created = await callYoti(upstream, 'create', 'IDV session', () =>
            idvClient.createSession(sdkSpecification(spec)),
          );
          const sessionId = upstreamString(created.getSessionId());
          const sessionToken = upstreamString(created.getClientSessionToken());
          const ttl = created.getClientSessionTokenTtl();
          return jsonResponse(201, {
            sessionId,
            sessionToken,
            ttl: Number.isInteger(ttl) && ttl > 0 ? ttl : 600,
            iframeUrl: iframeUrl(config.idvApiUrl, sessionId, sessionToken),
          });
        },
      },
    },
    {
      pattern: /^\/idv-sessions\/([^/]+)$/,
      methods: {
        GET: async (_request, [id = '']) => {
          idv();
          const sessionId = sessionIdParam(id);
          const session = await callYoti(upstream, 'read', 'IDV session', () =>
            idvClient.getSession(sessionId),
          );
          return jsonResponse(200, idvSummary(session));
        },
      },
    },
    {
      pattern: /^\/notifications$/,
      methods: {
        POST: async (request) => {
          if (!config.webhookAuthToken) {
            throw new ApiError(
              404,
              'notifications_not_configured',
              'Notifications are off: set `webhookAuthToken`.',
              undefined,
              false,
            );
          }
          checkWebhookAuth(request, config.webhookAuthToken);
          const body = await readJsonObject(request);
          const sessionId = sessionIdParam(String(body.session_id ?? body.sessionId ?? ''));
          const event = body.topic ?? body.status;
          if (typeof event !== 'string' || !/^[A-Za-z_]{1,64}$/.test(event)) {
            throw new ApiError(
              400,
              'invalid_notification',
              'The notification has no topic or status.',
              'topic',
            );
          }
          await config.statusStore.set(sessionId, {
            event: event.toUpperCase(),
            receivedAt: new Date().toISOString(),
          });
          return jsonResponse(200, { received: true });
        },
      },
    },
  ];

  async function route(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname !== config.basePath && !pathname.startsWith(`${config.basePath}/`)) {
      throw new ApiError(404, 'not_found', 'No such route.', undefined, false);
    }
    const path = pathname.slice(config.basePath.length);
    for (const { pattern, methods } of routes) {
      const match = pattern.exec(path);
      if (!match) continue;
      const handle = methods[request.method];
      if (!handle) {
        const allow = Object.keys(methods).join(', ');
        return errorResponse(
          new ApiError(405, 'method_not_allowed', `Use ${allow} on this route.`, undefined, false),
          {
            Allow: allow,
          },
        );
      }
      if (request.method === 'POST' && !path.startsWith('/notifications'))
        checkOrigin(request, config.allowedOrigins);
      return handle(request, match.slice(1));
    }
    throw new ApiError(404, 'not_found', 'No such route.', undefined, false);
  }

  const handler = async (request: Request): Promise<Response> => {
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      config.onError(error);
      return errorResponse(
        new ApiError(500, 'internal_error', 'The Yoti helper failed unexpectedly. Please try again.'),
      );
    }
  };

  return Object.assign(handler, {
    statusStore: config.statusStore,
    basePath: config.basePath,
    getShareReceipt: async (receiptId: string) => {
      const id = receiptIdArgument(receiptId);
      const receipt = await callYoti(upstream, 'read', 'share receipt', () =>
        shareClient.getShareReceipt(id),
      );
      return receiptProfile(receipt);
    },
  });
}

import { isRecord as isObject } from '../../shared/json.js';
import { isLoopbackUrl } from '../../shared/loopback.js';
import { type ErrorReporter, YotiOptionsError } from '../core/errors.js';
import type { CallerResolver } from '../http/caller.js';
import { LIMIT_DEFAULTS, type LimitOptions, type ResolvedLimits } from '../http/limits.js';
import { type TrustProxy, trustProxyProblem } from '../http/origin.js';
import type { YotiRecords } from '../store/records.js';
import { MemoryStore, type YotiStore } from '../store/store.js';
import { type AdminOptions, type LinkOptions, type ResolvedAdmin, resolveAdmin } from './admin-options.js';
import { originOption, positiveInteger, requireString } from './checks.js';
import {
  type IdvOption,
  type IdvPublicDetail,
  type PublicDetail,
  resolveIdv,
  resolvePublicDetail,
} from './idv-options.js';
import type { IdvSessionSpec } from './idv-spec.js';
import {
  resolveShareSettings,
  type SdkPolicy,
  type ShareApp,
  type ShareExtensionJson,
  type ShareNotificationJson,
  type SharePolicyJson,
  type ShareSessionOverrides,
  type ShareSessionSettings,
} from './share-options.js';
import { apiUrl, readPrivateKey, YOTI_IDV_API, YOTI_SHARE_API } from './yoti-access.js';

export interface ShareOptions {
  /** Yoti's policy JSON, or a policy made with the SDK's PolicyBuilder. */
  policy: SharePolicyJson | SdkPolicy;
  /** Where the user goes after the share, with `?receiptId=` (the elements' default redirect too). */
  redirectUri: string;
  app: ShareApp;
  /** How long a QR code lives, seconds. Yoti's dynamic QR codes live 180 s. */
  qrCodeTtl?: number;
  /** Yoti's subject object, passed through (no personal data). */
  subject?: Record<string, unknown>;
  /** Where Yoti tells you about each session's changes (ShareSessionNotificationBuilder). */
  notification?: ShareNotificationJson;
  /** Share extensions: Yoti's `{type, content}` JSON or SDK extensions. */
  extensions?: ShareExtensionJson[];
  /** Per-session overrides, from the request that creates the session (its user, say). */
  configure?: (
    request: Request,
  ) => ShareSessionOverrides | undefined | Promise<ShareSessionOverrides | undefined>;
}

export interface YotiHandlerOptions {
  /**
   * The application's client SDK ID. Typed to take `process.env.…` as it is: a missing one is
   * refused when the options are read ("option clientSdkId is required").
   */
  clientSdkId: string | undefined;
  /** The application's private key: PEM text, or the path of a PEM file (missing: refused the same way). */
  privateKey: string | Buffer | undefined;
  share?: ShareOptions;
  /** The IDV session specification, or a function of the request that gives one per session. */
  idv?: (IdvOption | ((request: Request) => IdvOption | Promise<IdvOption>)) & IdvPublicDetail;
  /** Where the routes live. Default `/yoti`. */
  basePath?: string;
  /** Origins other than the helper's own that may call it (CORS, with credentials). */
  allowedOrigins?: string[];
  /**
   * The proxies in front of the helper, whose X-Forwarded-* / Forwarded headers it believes (the
   * elements they appended, never the client's own): `true` for one hop, a number of hops, or the
   * proxies' addresses and subnets. Default false: those headers change nothing.
   */
  trustProxy?: TrustProxy;
  /** The site's canonical origin (`https://shop.example`): checked instead of what Host says. */
  publicOrigin?: string;
  /** Who makes a request (your user ID, say). Default: a random ID in an HttpOnly cookie the helper sets. */
  caller?: CallerResolver;
  /** What one client, one caller and the whole helper may do (each has a default). */
  limits?: LimitOptions;
  /** Where bindings and counters live. Default: in memory (one process). */
  store?: YotiStore;
  /** The token Yoti's webhooks present; without it `/notifications` is off. */
  webhookAuthToken?: string;
  shareApiUrl?: string;
  idvApiUrl?: string;
  /** Time limit of one call to Yoti, ms. Default 10 000. */
  timeoutMs?: number;
  /** Attempts per call to Yoti when it answers 503 or cannot be reached. Default 3. */
  attempts?: number;
  /**
   * Where every failure is told, with where it came from: the host's code, Yoti, the SDK's own
   * console lines, the store, malformed requests, a proxy setting that looks wrong. Default:
   * console.error, except for the SDK's lines and malformed requests (told only to an onError of yours).
   */
  onError?: ErrorReporter;
  /** The back office: admin routes, session links and records, behind your own sign-in. */
  admin?: AdminOptions;
  /** Where the back office's records and links live. Default: the store's (memory, or Redis with redisStore). */
  records?: YotiRecords;
  /** How session links look and where they lead. */
  links?: LinkOptions;
}

export interface ResolvedShare extends ShareSessionSettings {
  qrCodeTtlMs: number;
  configure?: ShareOptions['configure'];
}

export interface ResolvedOptions {
  clientSdkId: string;
  privateKey: string;
  share?: ResolvedShare;
  /** The IDV specification for a request (a fixed one checked at start, or the host's function's, checked each time). */
  idv?: (request: Request) => Promise<IdvSessionSpec>;
  /** What the person's browser may read of an IDV session. */
  publicDetail: PublicDetail;
  basePath: string;
  allowedOrigins?: string[];
  trustProxy: TrustProxy;
  publicOrigin?: string;
  caller?: CallerResolver;
  limits: ResolvedLimits;
  store: YotiStore;
  webhookAuthToken?: string;
  shareApiUrl: string;
  idvApiUrl: string;
  /** Whether http notification endpoints on localhost are accepted (the Yoti URLs are local: a sandbox). */
  loopbackHttp: boolean;
  timeoutMs: number;
  attempts: number;
  onError: ErrorReporter;
  admin?: ResolvedAdmin;
}

function resolveOrigins(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new YotiOptionsError('allowedOrigins', 'should be an array of origins');
  return value.map((origin, index) => originOption(origin, `allowedOrigins[${index}]`));
}

function resolveLimits(value: unknown): ResolvedLimits {
  if (value === undefined) return LIMIT_DEFAULTS;
  if (!isObject(value)) {
    throw new YotiOptionsError('limits', 'should be an object such as {sessionsPerMinute: 10}');
  }
  const names = [...Object.keys(LIMIT_DEFAULTS), 'sessionsPerMinuteTotal'];
  const unknown = Object.keys(value).find((name) => !names.includes(name));
  if (unknown) throw new YotiOptionsError(`limits.${unknown}`, `is not a limit (${names.join(', ')})`);
  const limits = { ...LIMIT_DEFAULTS } as Record<string, number | undefined>;
  for (const name of names) {
    limits[name] = positiveInteger(value[name], `limits.${name}`, limits[name]);
  }
  return limits as unknown as ResolvedLimits;
}

/** The default onError: the helper's failures on the console; the SDK's lines and probes only to a host's own onError. */
const printError: ErrorReporter = (error, context) => {
  if (context.source === 'sdk' || context.source === 'request') return;
  console.error(
    `yoti-elements/server (${context.source}${context.where ? `, ${context.where}` : ''}):`,
    error,
  );
};

function resolveShare(share: unknown, loopbackHttp: boolean): ResolvedShare | undefined {
  if (share === undefined) return undefined;
  if (!isObject(share)) throw new YotiOptionsError('share', 'should be an object');
  const qrCodeTtl = share.qrCodeTtl ?? 180;
  if (typeof qrCodeTtl !== 'number' || !Number.isFinite(qrCodeTtl) || qrCodeTtl < 1 || qrCodeTtl > 180) {
    throw new YotiOptionsError('share.qrCodeTtl', 'should be a number of seconds from 1 to 180');
  }
  if (share.configure !== undefined && typeof share.configure !== 'function') {
    throw new YotiOptionsError('share.configure', 'should be a function (request) => overrides');
  }
  const { qrCodeTtl: _ttl, configure, ...settings } = share;
  return {
    ...resolveShareSettings(settings, 'share', loopbackHttp),
    qrCodeTtlMs: qrCodeTtl * 1000,
    configure: configure as ShareOptions['configure'],
  };
}

const isLoopback = (url: string) => isLoopbackUrl(new URL(url));

/** Checks every option once, when the handler is created; throws a YotiOptionsError naming the first wrong one. */
export function resolveOptions(options: YotiHandlerOptions): ResolvedOptions {
  if (!isObject(options)) throw new YotiOptionsError('options', 'should be an object');
  const clientSdkId = requireString(options.clientSdkId, 'clientSdkId');
  if (/\s/.test(clientSdkId)) throw new YotiOptionsError('clientSdkId', 'should not contain spaces');
  const privateKey = readPrivateKey(options.privateKey);
  const shareApiUrl = apiUrl(options.shareApiUrl, 'shareApiUrl', YOTI_SHARE_API);
  const idvApiUrl = apiUrl(options.idvApiUrl, 'idvApiUrl', YOTI_IDV_API);
  const loopbackHttp = isLoopback(shareApiUrl) && isLoopback(idvApiUrl);
  const share = resolveShare(options.share, loopbackHttp);
  const idv = resolveIdv(options.idv, loopbackHttp);
  if (!share && !idv)
    throw new YotiOptionsError('share', 'or `idv` is required: configure at least one flow');
  const basePath = (options.basePath ?? '/yoti').replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)*$/.test(basePath))
    throw new YotiOptionsError('basePath', 'should be a path such as /yoti');
  const webhookAuthToken = options.webhookAuthToken;
  if (
    webhookAuthToken !== undefined &&
    (typeof webhookAuthToken !== 'string' || webhookAuthToken.length < 16)
  ) {
    throw new YotiOptionsError('webhookAuthToken', 'should be a secret of at least 16 characters');
  }
  for (const name of ['onError', 'caller'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new YotiOptionsError(name, 'should be a function');
    }
  }
  const proxyProblem = trustProxyProblem(options.trustProxy);
  if (proxyProblem) throw new YotiOptionsError('trustProxy', proxyProblem);
  const store = options.store ?? new MemoryStore();
  if (
    !isObject(store) ||
    !['putSession', 'getSession', 'hit'].every(
      (method) => typeof (store as unknown as Record<string, unknown>)[method] === 'function',
    )
  ) {
    throw new YotiOptionsError(
      'store',
      'should be a store such as redisStore({url}) from yoti-elements/server/redis',
    );
  }
  return {
    clientSdkId,
    privateKey,
    share,
    idv,
    publicDetail: resolvePublicDetail(options.idv),
    basePath,
    allowedOrigins: resolveOrigins(options.allowedOrigins),
    trustProxy: options.trustProxy ?? false,
    publicOrigin:
      options.publicOrigin === undefined ? undefined : originOption(options.publicOrigin, 'publicOrigin'),
    caller: options.caller,
    limits: resolveLimits(options.limits),
    store,
    webhookAuthToken,
    shareApiUrl,
    idvApiUrl,
    loopbackHttp,
    timeoutMs: positiveInteger(options.timeoutMs, 'timeoutMs', 10_000),
    attempts: positiveInteger(options.attempts, 'attempts', 3),
    onError: options.onError ?? printError,
    admin: resolveAdmin(options.admin, options.records, options.links),
  };
}

import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import yoti from 'yoti';
import { YotiOptionsError } from './errors.js';
import { type IdvSessionSpec, validateIdvSpec } from './idv-spec.js';
import { MemoryStatusStore, type StatusStore } from './store.js';

// The SDK is CommonJS: its exports are read from the default import.
const { PolicyBuilder, WantedAttributeBuilder } = yoti.DigitalIdentityBuilders;

/** An SDK policy, as PolicyBuilder().build() makes it. */
export type SdkPolicy = ReturnType<InstanceType<typeof PolicyBuilder>['build']>;

/** One requested attribute in Yoti's policy JSON. */
export interface WantedAttributeJson {
  name: string;
  derivation?: string;
  optional?: boolean;
  accept_self_asserted?: boolean;
}

/** Yoti's share policy JSON. */
export interface SharePolicyJson {
  wanted: WantedAttributeJson[];
  wanted_auth_types?: number[];
  wanted_remember_me?: boolean;
  identity_profile_requirements?: Record<string, unknown>;
}

/** How the share overlay presents the application (seed "Integration guide", areas 1 and 4). */
export interface ShareApp {
  name: string;
  logoUrl?: string;
  privacyPolicyUrl?: string;
  contactUrl?: string;
}

export interface ShareOptions {
  /** Yoti's policy JSON, or a policy made with the SDK's PolicyBuilder. */
  policy: SharePolicyJson | SdkPolicy;
  /** Where Yoti's own client would send the user after the share, with `?receiptId=`. */
  redirectUri: string;
  app: ShareApp;
  /** How long a QR code lives, seconds. Yoti's dynamic QR codes live 180 s. */
  qrCodeTtl?: number;
  /** Yoti's subject object, passed through (no personal data). */
  subject?: Record<string, unknown>;
}

export interface YotiHandlerOptions {
  clientSdkId: string;
  /** The application's private key: PEM text, or the path of a PEM file. */
  privateKey: string | Buffer;
  share?: ShareOptions;
  /** The IDV session specification: Yoti's JSON (snake_case) or a SessionSpecificationBuilder result. */
  idv?: IdvSessionSpec | object;
  /** Where the routes live. Default `/yoti`. */
  basePath?: string;
  /** Origins allowed to call the POST routes. Default: the helper's own origin only. */
  allowedOrigins?: string[];
  /** The token Yoti's webhooks present; without it `/notifications` is off. */
  webhookAuthToken?: string;
  shareApiUrl?: string;
  idvApiUrl?: string;
  statusStore?: StatusStore;
  /** Time limit of one call to Yoti, ms. Default 10 000. */
  timeoutMs?: number;
  /** Attempts per call to Yoti when it answers 503 or cannot be reached. Default 3. */
  attempts?: number;
  /** Where unexpected errors are reported. Default console.error. */
  onError?: (error: unknown) => void;
}

export interface ResolvedShare {
  policy: SdkPolicy;
  redirectUri: string;
  app: ShareApp;
  qrCodeTtlMs: number;
  subject?: Record<string, unknown>;
  wanted: Array<{ name: string; derivation?: string; optional: boolean }>;
}

export interface ResolvedOptions {
  clientSdkId: string;
  privateKey: string;
  share?: ResolvedShare;
  idv?: IdvSessionSpec;
  basePath: string;
  allowedOrigins?: string[];
  webhookAuthToken?: string;
  shareApiUrl: string;
  idvApiUrl: string;
  statusStore: StatusStore;
  timeoutMs: number;
  attempts: number;
  onError: (error: unknown) => void;
}

export const YOTI_SHARE_API = 'https://api.yoti.com/share';
export const YOTI_IDV_API = 'https://api.yoti.com/idverify/v1';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requireString(value: unknown, option: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new YotiOptionsError(option, 'is required (a non-empty string)');
  return value;
}

function readPrivateKey(value: unknown): string {
  if (Buffer.isBuffer(value)) value = value.toString('utf8');
  const text = requireString(value, 'privateKey');
  let pem = text;
  if (!text.includes('-----BEGIN')) {
    try {
      pem = readFileSync(text, 'utf8');
    } catch {
      throw new YotiOptionsError('privateKey', 'is neither PEM text nor the path of a readable PEM file');
    }
  }
  try {
    createPrivateKey(pem);
  } catch {
    throw new YotiOptionsError('privateKey', 'is not a valid PEM private key');
  }
  return pem;
}

/** An API base: https, or http on a loopback host (the sandbox). */
function apiUrl(value: unknown, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  const text = requireString(value, option);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new YotiOptionsError(option, 'should be an absolute URL');
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new YotiOptionsError(option, 'should be an https:// URL (http:// only on localhost)');
  }
  return text.replace(/\/+$/, '');
}

/** A link shown in the overlay: http(s) or a same-site path; mailto:/tel: too where allowed. */
function linkOption(value: unknown, option: string, extraSchemes: string[] = []): string | undefined {
  if (value === undefined) return undefined;
  const text = requireString(value, option);
  if (text.startsWith('/') && !text.startsWith('//')) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new YotiOptionsError(option, 'should be an absolute URL or a path starting with /');
  }
  if (!['https:', 'http:', ...extraSchemes].includes(url.protocol)) {
    throw new YotiOptionsError(option, `should use ${['https:', 'http:', ...extraSchemes].join(' or ')}`);
  }
  return text;
}

const sdkPolicyClass = new PolicyBuilder().withFullName().build().constructor;

function policyFromJson(json: unknown): SdkPolicy {
  if (!isObject(json) || !Array.isArray(json.wanted)) {
    throw new YotiOptionsError(
      'share.policy',
      'should be a PolicyBuilder policy or Yoti policy JSON with a `wanted` array',
    );
  }
  const builder = new PolicyBuilder();
  json.wanted.forEach((item, index) => {
    const path = `share.policy.wanted[${index}]`;
    if (!isObject(item) || typeof item.name !== 'string' || !/^[a-z_]+(:\d+)?$/.test(item.name)) {
      throw new YotiOptionsError(`${path}.name`, 'should be a Yoti attribute name such as full_name');
    }
    const attribute = new WantedAttributeBuilder().withName(item.name);
    if (item.derivation !== undefined)
      attribute.withDerivation(requireString(item.derivation, `${path}.derivation`));
    if (item.optional !== undefined) {
      if (typeof item.optional !== 'boolean')
        throw new YotiOptionsError(`${path}.optional`, 'should be true or false');
      attribute.withOptional(item.optional);
    }
    if (item.accept_self_asserted !== undefined)
      attribute.withAcceptSelfAsserted(item.accept_self_asserted === true);
    builder.withWantedAttribute(attribute.build());
  });
  const authTypes = json.wanted_auth_types ?? [];
  if (!Array.isArray(authTypes) || !authTypes.every(Number.isInteger)) {
    throw new YotiOptionsError('share.policy.wanted_auth_types', 'should be an array of integers');
  }
  for (const type of authTypes) builder.withWantedAuthType(type as number);
  if (json.wanted_remember_me !== undefined) {
    if (typeof json.wanted_remember_me !== 'boolean') {
      throw new YotiOptionsError('share.policy.wanted_remember_me', 'should be true or false');
    }
    builder.withWantedRememberMe(json.wanted_remember_me);
  }
  if (json.identity_profile_requirements !== undefined) {
    builder.withIdentityProfileRequirements(
      json.identity_profile_requirements as Parameters<typeof builder.withIdentityProfileRequirements>[0],
    );
  }
  return builder.build();
}

function wantedOf(policy: SdkPolicy): ResolvedShare['wanted'] {
  const json = JSON.parse(JSON.stringify(policy)) as { wanted?: WantedAttributeJson[] };
  return (json.wanted ?? []).map(({ name, derivation, optional }) => ({
    name,
    ...(derivation ? { derivation } : {}),
    optional: optional === true,
  }));
}

function resolveShare(share: unknown): ResolvedShare | undefined {
  if (share === undefined) return undefined;
  if (!isObject(share)) throw new YotiOptionsError('share', 'should be an object');
  const policy =
    share.policy instanceof sdkPolicyClass ? (share.policy as SdkPolicy) : policyFromJson(share.policy);
  const wanted = wantedOf(policy);
  if (
    wanted.length === 0 &&
    !isObject((JSON.parse(JSON.stringify(policy)) as Record<string, unknown>).identity_profile_requirements)
  ) {
    throw new YotiOptionsError('share.policy', 'asks for nothing: add at least one wanted attribute');
  }
  if (!isObject(share.app))
    throw new YotiOptionsError('share.app', 'is required: {name, logoUrl, privacyPolicyUrl, contactUrl}');
  const name = requireString(share.app.name, 'share.app.name');
  if (name.length > 100) throw new YotiOptionsError('share.app.name', 'should be at most 100 characters');
  const qrCodeTtl = share.qrCodeTtl ?? 180;
  if (typeof qrCodeTtl !== 'number' || !Number.isFinite(qrCodeTtl) || qrCodeTtl < 1 || qrCodeTtl > 180) {
    throw new YotiOptionsError('share.qrCodeTtl', 'should be a number of seconds from 1 to 180');
  }
  if (share.subject !== undefined && !isObject(share.subject))
    throw new YotiOptionsError('share.subject', 'should be an object');
  return {
    policy,
    wanted,
    redirectUri: requireString(share.redirectUri, 'share.redirectUri'),
    qrCodeTtlMs: qrCodeTtl * 1000,
    subject: share.subject as Record<string, unknown> | undefined,
    app: {
      name,
      logoUrl: linkOption(share.app.logoUrl, 'share.app.logoUrl'),
      privacyPolicyUrl: linkOption(share.app.privacyPolicyUrl, 'share.app.privacyPolicyUrl'),
      contactUrl: linkOption(share.app.contactUrl, 'share.app.contactUrl', ['mailto:', 'tel:']),
    },
  };
}

function resolveOrigins(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new YotiOptionsError('allowedOrigins', 'should be an array of origins');
  return value.map((origin, index) => {
    const option = `allowedOrigins[${index}]`;
    let url: URL | undefined;
    try {
      url = new URL(requireString(origin, option));
    } catch (error) {
      if (error instanceof YotiOptionsError) throw error;
    }
    if (!url || url.origin !== origin)
      throw new YotiOptionsError(option, 'should be an origin such as https://shop.example');
    return url.origin;
  });
}

function positiveInteger(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 1)
    throw new YotiOptionsError(option, 'should be a positive whole number');
  return value as number;
}

/** Checks every option once, when the handler is created; throws a YotiOptionsError naming the first wrong one. */
export function resolveOptions(options: YotiHandlerOptions): ResolvedOptions {
  if (!isObject(options)) throw new YotiOptionsError('options', 'should be an object');
  const clientSdkId = requireString(options.clientSdkId, 'clientSdkId');
  if (/\s/.test(clientSdkId)) throw new YotiOptionsError('clientSdkId', 'should not contain spaces');
  const privateKey = readPrivateKey(options.privateKey);
  const share = resolveShare(options.share);
  const idv = options.idv === undefined ? undefined : validateIdvSpec(options.idv);
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
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new YotiOptionsError('onError', 'should be a function');
  }
  return {
    clientSdkId,
    privateKey,
    share,
    idv,
    basePath,
    allowedOrigins: resolveOrigins(options.allowedOrigins),
    webhookAuthToken,
    shareApiUrl: apiUrl(options.shareApiUrl, 'shareApiUrl', YOTI_SHARE_API),
    idvApiUrl: apiUrl(options.idvApiUrl, 'idvApiUrl', YOTI_IDV_API),
    statusStore: options.statusStore ?? new MemoryStatusStore(),
    timeoutMs: positiveInteger(options.timeoutMs, 'timeoutMs', 10_000),
    attempts: positiveInteger(options.attempts, 'attempts', 3),
    onError: options.onError ?? ((error) => console.error('yoti-elements/server:', error)),
  };
}

import { isRecord as isObject } from '../../shared/json.js';
import { isLoopbackUrl } from '../../shared/loopback.js';
import { YotiOptionsError } from '../core/errors.js';
import yoti from '../core/yoti-sdk.js';
import type { SharePresentation } from '../store/store.js';
import { requireString, urlOption } from './checks.js';

// The SDK is CommonJS: its exports are read from the default import.
const { ExtensionBuilder, PolicyBuilder, ShareSessionNotificationBuilder, WantedAttributeBuilder } =
  yoti.DigitalIdentityBuilders;

/** An SDK policy, as PolicyBuilder().build() makes it. */
export type SdkPolicy = ReturnType<InstanceType<typeof PolicyBuilder>['build']>;
type SdkNotification = ReturnType<InstanceType<typeof ShareSessionNotificationBuilder>['build']>;
type SdkExtension = ReturnType<InstanceType<typeof ExtensionBuilder>['build']>;

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

/** How the share panel presents the application (Yoti's Digital ID integration guide, areas 1 and 4). */
export interface ShareApp {
  name: string;
  logoUrl?: string;
  privacyPolicyUrl?: string;
  contactUrl?: string;
}

/** Where Yoti tells the host about a share session's changes (ShareSessionNotificationBuilder). */
export interface ShareNotificationJson {
  /** https (http on localhost while the helper talks to a local sandbox). */
  url: string;
  method?: 'POST' | 'PUT' | 'PATCH' | 'GET';
  headers?: Record<string, string>;
  verifyTls?: boolean;
}

/** A share extension as Yoti's JSON, `{type, content}`, or one made with the SDK's builders. */
export type ShareExtensionJson = { type: string; content: unknown } | SdkExtension;

/** What one share session may change from the configured `share` options. */
export interface ShareSessionOverrides {
  subject?: Record<string, unknown>;
  policy?: SharePolicyJson | SdkPolicy;
  redirectUri?: string;
  notification?: ShareNotificationJson | SdkNotification;
  extensions?: ShareExtensionJson[];
  /** Merged over `share.app`. */
  app?: Partial<ShareApp>;
}

/** Everything one share session is created with, checked. */
export interface ShareSessionSettings extends SharePresentation {
  policy: SdkPolicy;
  subject?: Record<string, unknown>;
  notification?: SdkNotification;
  extensions: SdkExtension[];
}

/** A link shown in the panel: http(s) or a same-site path; mailto:/tel: too where allowed. */
function linkOption(value: unknown, option: string, extraSchemes: string[] = []): string | undefined {
  if (value === undefined) return undefined;
  const text = requireString(value, option);
  if (text.startsWith('/') && !text.startsWith('//')) return text;
  const schemes = ['https:', 'http:', ...extraSchemes];
  try {
    new URL(text);
  } catch {
    throw new YotiOptionsError(option, 'should be an absolute URL or a path starting with /');
  }
  urlOption(text, option, schemes, `should use ${schemes.join(' or ')}`);
  return text;
}

const sdkPolicyClass = new PolicyBuilder().withFullName().build().constructor;
const sdkNotificationClass = new ShareSessionNotificationBuilder()
  .withUrl('https://x.example')
  .build().constructor;
const sdkExtensionClass = new ExtensionBuilder().withType('X').withContent({}).build().constructor;

function policyFromJson(json: unknown, path: string): SdkPolicy {
  if (!isObject(json) || !Array.isArray(json.wanted)) {
    throw new YotiOptionsError(
      path,
      'should be a PolicyBuilder policy or Yoti policy JSON with a `wanted` array',
    );
  }
  const builder = new PolicyBuilder();
  json.wanted.forEach((item, index) => {
    const at = `${path}.wanted[${index}]`;
    if (!isObject(item) || typeof item.name !== 'string' || !/^[a-z_]+(:\d+)?$/.test(item.name)) {
      throw new YotiOptionsError(`${at}.name`, 'should be a Yoti attribute name such as full_name');
    }
    const attribute = new WantedAttributeBuilder().withName(item.name);
    if (item.derivation !== undefined)
      attribute.withDerivation(requireString(item.derivation, `${at}.derivation`));
    if (item.optional !== undefined) {
      if (typeof item.optional !== 'boolean')
        throw new YotiOptionsError(`${at}.optional`, 'should be true or false');
      attribute.withOptional(item.optional);
    }
    if (item.accept_self_asserted !== undefined)
      attribute.withAcceptSelfAsserted(item.accept_self_asserted === true);
    builder.withWantedAttribute(attribute.build());
  });
  const authTypes = json.wanted_auth_types ?? [];
  if (!Array.isArray(authTypes) || !authTypes.every(Number.isInteger)) {
    throw new YotiOptionsError(`${path}.wanted_auth_types`, 'should be an array of integers');
  }
  for (const type of authTypes) builder.withWantedAuthType(type as number);
  if (json.wanted_remember_me !== undefined) {
    if (typeof json.wanted_remember_me !== 'boolean') {
      throw new YotiOptionsError(`${path}.wanted_remember_me`, 'should be true or false');
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

function resolvePolicy(
  value: unknown,
  path: string,
): { policy: SdkPolicy; wanted: SharePresentation['wanted'] } {
  const policy = value instanceof sdkPolicyClass ? (value as SdkPolicy) : policyFromJson(value, path);
  const json = JSON.parse(JSON.stringify(policy)) as {
    wanted?: WantedAttributeJson[];
    identity_profile_requirements?: unknown;
  };
  const wanted = (json.wanted ?? []).map(({ name, derivation, optional }) => ({
    name,
    ...(derivation ? { derivation } : {}),
    optional: optional === true,
  }));
  if (wanted.length === 0 && !isObject(json.identity_profile_requirements)) {
    throw new YotiOptionsError(path, 'asks for nothing: add at least one wanted attribute');
  }
  return { policy, wanted };
}

function resolveApp(value: unknown, path: string): ShareApp {
  if (!isObject(value))
    throw new YotiOptionsError(path, 'is required: {name, logoUrl, privacyPolicyUrl, contactUrl}');
  const name = requireString(value.name, `${path}.name`);
  if (name.length > 100) throw new YotiOptionsError(`${path}.name`, 'should be at most 100 characters');
  return {
    name,
    logoUrl: linkOption(value.logoUrl, `${path}.logoUrl`),
    privacyPolicyUrl: linkOption(value.privacyPolicyUrl, `${path}.privacyPolicyUrl`),
    contactUrl: linkOption(value.contactUrl, `${path}.contactUrl`, ['mailto:', 'tel:']),
  };
}

/**
 * A notification endpoint: https, as Yoti requires, or plain http on a loopback host while the
 * helper's own Yoti URLs are loopback too (a local sandbox delivering to a local helper).
 */
export function notificationUrl(value: unknown, path: string, loopbackHttp: boolean): string {
  const problem = loopbackHttp
    ? 'should be an https:// URL (or http:// on localhost)'
    : 'should be an https:// URL';
  const url = urlOption(value, path, ['https:', 'http:'], problem);
  if (url.protocol === 'http:' && !(loopbackHttp && isLoopbackUrl(url)))
    throw new YotiOptionsError(path, problem);
  return value as string;
}

function resolveNotification(
  value: unknown,
  path: string,
  loopbackHttp: boolean,
): SdkNotification | undefined {
  if (value === undefined) return undefined;
  const json = value instanceof sdkNotificationClass ? JSON.parse(JSON.stringify(value)) : value;
  if (!isObject(json)) throw new YotiOptionsError(path, 'should be {url, method?, headers?, verifyTls?}');
  const builder = new ShareSessionNotificationBuilder().withUrl(
    notificationUrl(json.url, `${path}.url`, loopbackHttp),
  );
  const method = json.method ?? 'POST';
  if (!['POST', 'PUT', 'PATCH', 'GET'].includes(method as string)) {
    throw new YotiOptionsError(`${path}.method`, 'should be POST, PUT, PATCH or GET');
  }
  builder.withMethod(method as string);
  if (json.headers !== undefined) {
    if (!isObject(json.headers))
      throw new YotiOptionsError(`${path}.headers`, 'should be an object of strings');
    for (const [name, headerValue] of Object.entries(json.headers)) {
      if (typeof headerValue !== 'string')
        throw new YotiOptionsError(`${path}.headers.${name}`, 'should be a string');
      builder.withHeader(name, headerValue);
    }
  }
  if (json.verifyTls !== undefined) {
    if (typeof json.verifyTls !== 'boolean')
      throw new YotiOptionsError(`${path}.verifyTls`, 'should be true or false');
    builder.withVerifiedTls(json.verifyTls);
  }
  return builder.build();
}

function resolveExtensions(value: unknown, path: string): SdkExtension[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new YotiOptionsError(path, 'should be an array of extensions');
  return value.map((item, index) => {
    if (item instanceof sdkExtensionClass) return item as SdkExtension;
    if (!isObject(item) || typeof item.type !== 'string' || item.content === undefined) {
      throw new YotiOptionsError(`${path}[${index}]`, 'should be {type, content} or an SDK extension');
    }
    return new ExtensionBuilder().withType(item.type).withContent(item.content).build();
  });
}

/**
 * The settings of one share session: `input` (the configured `share` options, or overrides of
 * them) checked over `base` (the configured settings, when `input` holds overrides). Throws a
 * YotiOptionsError naming the first wrong field under `path`.
 */
export function resolveShareSettings(
  input: unknown,
  path: string,
  loopbackHttp: boolean,
  base?: ShareSessionSettings,
): ShareSessionSettings {
  if (!isObject(input)) throw new YotiOptionsError(path, 'should be an object');
  const known = ['subject', 'policy', 'redirectUri', 'notification', 'extensions', 'app'];
  if (base) {
    const unknown = Object.keys(input).find((key) => !known.includes(key));
    if (unknown)
      throw new YotiOptionsError(
        `${path}.${unknown}`,
        `is not something a session can change (${known.join(', ')})`,
      );
  }
  const { policy, wanted } =
    input.policy === undefined && base ? base : resolvePolicy(input.policy, `${path}.policy`);
  if (input.subject !== undefined && !isObject(input.subject))
    throw new YotiOptionsError(`${path}.subject`, 'should be an object');
  if (base && input.app !== undefined && !isObject(input.app))
    throw new YotiOptionsError(`${path}.app`, 'should be an object');
  return {
    policy,
    wanted,
    redirectUri:
      input.redirectUri === undefined && base
        ? base.redirectUri
        : requireString(input.redirectUri, `${path}.redirectUri`),
    app:
      input.app === undefined && base
        ? base.app
        : resolveApp(base ? { ...base.app, ...(input.app as object) } : input.app, `${path}.app`),
    subject: (input.subject as Record<string, unknown> | undefined) ?? base?.subject,
    notification:
      resolveNotification(input.notification, `${path}.notification`, loopbackHttp) ?? base?.notification,
    extensions:
      input.extensions === undefined && base
        ? base.extensions
        : resolveExtensions(input.extensions, `${path}.extensions`),
  };
}

import { isRecord } from '../../shared/json.js';
import { YotiOptionsError } from '../core/errors.js';
import { urlOption } from './checks.js';
import { notificationUrl } from './share-options.js';

/** Yoti's IDV session specification as JSON (snake_case), the shape Yoti's Embedded IDV documentation gives. */
export type IdvSessionSpec = Readonly<Record<string, unknown>>;

const colour = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const schemes = ['DBS', 'RTW', 'RTR', 'DBS_RTW'];
const dbsObjectives = ['BASIC', 'STANDARD', 'ENHANCED'];

type Json = Record<string, unknown>;

function objectAt(spec: Json, key: string, path: string): Json | undefined {
  const value = spec[key];
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new YotiOptionsError(`${path}.${key}`, 'should be an object');
  return value;
}

function integerAt(spec: Json, key: string, path: string, minimum: number): void {
  const value = spec[key];
  if (value === undefined) return;
  if (!Number.isInteger(value) || (value as number) < minimum) {
    throw new YotiOptionsError(`${path}.${key}`, `should be a whole number of seconds, at least ${minimum}`);
  }
}

function checkSdkConfig(config: Json, path: string): void {
  for (const key of ['primary_colour', 'secondary_colour', 'font_colour']) {
    const value = config[key];
    if (value !== undefined && (typeof value !== 'string' || !colour.test(value))) {
      throw new YotiOptionsError(
        `${path}.${key}`,
        `should be a hex colour like #2d9fff or #fff (got ${JSON.stringify(value)})`,
      );
    }
  }
  if (config.locale !== undefined && (typeof config.locale !== 'string' || config.locale.trim() === '')) {
    throw new YotiOptionsError(`${path}.locale`, 'should be a non-blank string such as "en-GB"');
  }
  if (config.allow_handoff !== undefined && typeof config.allow_handoff !== 'boolean') {
    throw new YotiOptionsError(`${path}.allow_handoff`, 'should be true or false');
  }
  const methods = config.allowed_capture_methods;
  if (methods !== undefined && methods !== 'CAMERA' && methods !== 'CAMERA_AND_UPLOAD') {
    throw new YotiOptionsError(
      `${path}.allowed_capture_methods`,
      `should be CAMERA or CAMERA_AND_UPLOAD (got ${JSON.stringify(methods)})`,
    );
  }
  // Yoti's redirect mode: its page goes to these URLs at the end (and posts no messages);
  // <yoti-docscan-frame> reports the frame arriving there, or launch="redirect" sends the page.
  for (const key of ['success_url', 'error_url']) {
    const value = config[key];
    if (value === undefined) continue;
    urlOption(
      value,
      `${path}.${key}`,
      ['https:', 'http:'],
      `should be an absolute http(s) URL on your site, such as https://shop.example/verified (got ${JSON.stringify(value)})`,
    );
  }
}

function checkNotifications(notifications: Json, path: string, loopbackHttp: boolean): void {
  const { endpoint, auth_type: authType, topics } = notifications;
  notificationUrl(endpoint, `${path}.endpoint`, loopbackHttp);
  if (authType !== undefined && authType !== 'BASIC' && authType !== 'BEARER') {
    throw new YotiOptionsError(`${path}.auth_type`, 'should be BASIC or BEARER');
  }
  if (
    topics !== undefined &&
    (!Array.isArray(topics) || !topics.every((topic) => typeof topic === 'string'))
  ) {
    throw new YotiOptionsError(`${path}.topics`, 'should be an array of topic names');
  }
}

function checkIdentityProfile(requirements: Json, path: string): void {
  if (requirements.trust_framework !== 'UK_TFIDA') {
    throw new YotiOptionsError(`${path}.trust_framework`, 'should be UK_TFIDA');
  }
  const scheme = objectAt(requirements, 'scheme', path);
  if (!scheme) throw new YotiOptionsError(`${path}.scheme`, 'is required');
  if (typeof scheme.type !== 'string' || !schemes.includes(scheme.type)) {
    throw new YotiOptionsError(
      `${path}.scheme.type`,
      `should be one of ${schemes.join(', ')} (got ${JSON.stringify(scheme.type)})`,
    );
  }
  if (scheme.type === 'DBS' && !dbsObjectives.includes(scheme.objective as string)) {
    throw new YotiOptionsError(
      `${path}.scheme.objective`,
      `is required for DBS: one of ${dbsObjectives.join(', ')}`,
    );
  }
}

const MANUAL_CHECKS = ['ALWAYS', 'FALLBACK', 'NEVER'];

function checkRequestedList(spec: Json, key: string, path: string): void {
  const list = spec[key];
  if (list === undefined) return;
  if (!Array.isArray(list) || !list.every((item) => isRecord(item) && typeof item.type === 'string')) {
    throw new YotiOptionsError(`${path}.${key}`, 'should be an array of {type, config} objects');
  }
  if (key !== 'requested_checks') return;
  list.forEach((check: Json, index) => {
    const config = check.config;
    if (config === undefined) return;
    const at = `${path}.${key}[${index}].config`;
    if (!isRecord(config)) throw new YotiOptionsError(at, 'should be an object');
    if (config.manual_check !== undefined && !MANUAL_CHECKS.includes(config.manual_check as string)) {
      throw new YotiOptionsError(`${at}.manual_check`, `should be one of ${MANUAL_CHECKS.join(', ')}`);
    }
    const retries = config.max_retries;
    if (retries !== undefined && (!Number.isInteger(retries) || (retries as number) < 1)) {
      throw new YotiOptionsError(
        `${at}.max_retries`,
        'should be a whole number of at least 1 (3 is recommended)',
      );
    }
  });
}

/**
 * Checks an IDV session specification against Yoti's documented constraints, so that a mistake
 * shows when the handler is created rather than as a 400 from Yoti on a user's first scan.
 * Notification endpoints are https, or http on localhost with `loopbackHttp` (a local sandbox).
 * Returns a deep copy: later changes to the caller's object do not reach the helper.
 */
export function validateIdvSpec(
  input: unknown,
  path = 'idv',
  { loopbackHttp = false }: { loopbackHttp?: boolean } = {},
): IdvSessionSpec {
  const json: unknown =
    isRecord(input) && typeof input.toJSON === 'function' ? JSON.parse(JSON.stringify(input)) : input;
  if (!isRecord(json)) throw new YotiOptionsError(path, 'should be a session specification object');
  const spec = structuredClone(json);
  integerAt(spec, 'client_session_token_ttl', path, 1);
  integerAt(spec, 'resources_ttl', path, 86_700);
  const sdkConfig = objectAt(spec, 'sdk_config', path);
  if (sdkConfig) checkSdkConfig(sdkConfig, `${path}.sdk_config`);
  const notifications = objectAt(spec, 'notifications', path);
  if (notifications) checkNotifications(notifications, `${path}.notifications`, loopbackHttp);
  const requirements = objectAt(spec, 'identity_profile_requirements', path);
  if (requirements) checkIdentityProfile(requirements, `${path}.identity_profile_requirements`);
  checkRequestedList(spec, 'requested_checks', path);
  checkRequestedList(spec, 'requested_tasks', path);
  if (spec.subject !== undefined && !isRecord(spec.subject))
    throw new YotiOptionsError(`${path}.subject`, 'should be an object');
  return spec;
}

import { isRecord } from '../../shared/json.js';
import { parseJson, type SandboxResponse, shareError } from '../http.js';
import { type ProfileRequest, profileRequest } from '../identity-profiles.js';
import { type NotificationTarget, notificationTarget } from '../notify.js';
import type { WantedAttribute } from './attributes.js';
import { KNOWN_ATTRIBUTES } from './persona.js';

/** Yoti's wanted_auth_types: 1 asks the person for a selfie before they share, 2 for their PIN. */
const SELFIE_AUTHENTICATION = 1;

/** The share extensions Yoti knows; third-party attributes need a permission the sandbox app lacks. */
const EXTENSION_TYPES = ['LOCATION_CONSTRAINT', 'TRANSACTIONAL_FLOW', 'THIRD_PARTY_ATTRIBUTE'];

/** What a new share session asks for: the body of POST /v2/sessions, checked. */
export interface ShareRequest {
  wanted: WantedAttribute[];
  profile?: ProfileRequest;
  selfieAuthentication: boolean;
  rememberMe: boolean;
  redirectUri: string;
  policy: unknown;
  extensions: unknown[];
  notification?: NotificationTarget;
}

/**
 * Reads the body of POST /v2/sessions as Yoti does: its policy (known attributes, or an identity
 * profile), extensions and notification, or the error Yoti answers for the first thing wrong.
 */
export function readShareRequest(
  body: Buffer,
): { ok: true; request: ShareRequest } | { ok: false; response: SandboxResponse } {
  const payload = parseJson(body);
  const invalid = () => ({
    ok: false as const,
    response: shareError(400, 'INVALID_REQUEST_PAYLOAD', 'Invalid request payload sent'),
  });
  if (!isRecord(payload) || typeof payload.redirectUri !== 'string' || !isRecord(payload.policy))
    return invalid();
  const policy = payload.policy;
  const wanted = policy.wanted ?? [];
  if (!Array.isArray(wanted)) return invalid();
  if (
    !wanted.every(
      (item) => isRecord(item) && typeof item.name === 'string' && KNOWN_ATTRIBUTES.has(item.name),
    )
  ) {
    const message = 'One or more of the specified attributes are not known';
    return { ok: false, response: shareError(400, 'UNKNOWN_ATTRIBUTE', message) };
  }
  const profile = profileRequest(policy);
  if (wanted.length === 0 && !profile) return invalid();
  const extensions = payload.extensions ?? [];
  if (
    !Array.isArray(extensions) ||
    !extensions.every((item) => isRecord(item) && EXTENSION_TYPES.includes(String(item.type)))
  ) {
    return invalid();
  }
  if (extensions.some((item) => item.type === 'THIRD_PARTY_ATTRIBUTE')) {
    const message = "Service isn't allowed to issue the specified 3rd party attribute";
    return { ok: false, response: shareError(403, 'THIRD_PARTY_ISSUE_NOT_ALLOWED', message) };
  }
  let notification: NotificationTarget | undefined;
  try {
    notification = notificationTarget(payload.notification, 'url');
  } catch {
    return invalid();
  }
  const authTypes = Array.isArray(policy.wanted_auth_types) ? policy.wanted_auth_types : [];
  return {
    ok: true,
    request: {
      wanted: wanted.map((item) => ({
        name: item.name as string,
        ...(typeof item.derivation === 'string' ? { derivation: item.derivation } : {}),
      })),
      profile,
      selfieAuthentication: authTypes.includes(SELFIE_AUTHENTICATION),
      rememberMe: policy.wanted_remember_me === true,
      redirectUri: payload.redirectUri,
      policy,
      extensions,
      notification,
    },
  };
}

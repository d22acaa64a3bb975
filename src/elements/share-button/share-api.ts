import { requestJson } from '../../core/http.js';
import {
  array,
  field,
  InvalidDataError,
  oneOf,
  optionalLink,
  optionalString,
  record,
  string,
  timestamp,
} from '../../core/validate.js';

export const SHARE_STATUSES = ['CREATED', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED', 'ERROR'] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

export interface ShareApp {
  name: string;
  logoUrl?: string;
  privacyPolicyUrl?: string;
  contactUrl?: string;
}

export interface WantedAttribute {
  name: string;
  derivation?: string;
  optional: boolean;
}

export interface ShareQrCode {
  id: string;
  uri: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface ShareSessionView {
  sessionId: string;
  status: ShareStatus;
  receiptId?: string;
  app: ShareApp;
  wanted: WantedAttribute[];
  /** Where the session sends the person after a share, as the helper has it. */
  redirectUri?: string;
  /** The helper streams this session's state (`…/events`). */
  live?: boolean;
}

export interface CreatedShareSession extends ShareSessionView {
  qrCode: ShareQrCode;
}

export type ShareSessionIdResolver = () => Promise<string>;

function parseApp(value: unknown): ShareApp {
  const app = record(value, 'app');
  return {
    name: string(field(app, 'name'), 'app.name', 100),
    logoUrl: optionalLink(field(app, 'logoUrl'), 'app.logoUrl'),
    privacyPolicyUrl: optionalLink(field(app, 'privacyPolicyUrl'), 'app.privacyPolicyUrl'),
    contactUrl: optionalLink(field(app, 'contactUrl'), 'app.contactUrl', [
      'https:',
      'http:',
      'mailto:',
      'tel:',
    ]),
  };
}

function parseWanted(value: unknown): WantedAttribute[] {
  return array(value ?? [], 'wanted', 50).map((item, index) => {
    const wanted = record(item, `wanted[${index}]`);
    const derivation = optionalString(field(wanted, 'derivation'), `wanted[${index}].derivation`, 64);
    return {
      name: string(field(wanted, 'name'), `wanted[${index}].name`, 64),
      ...(derivation ? { derivation } : {}),
      optional: field(wanted, 'optional') === true,
    };
  });
}

export function parseQrCode(data: unknown): ShareQrCode {
  const qr = record(data, 'qrCode');
  const uri = optionalLink(field(qr, 'uri'), 'qrCode.uri');
  if (!uri) throw new InvalidDataError('qrCode.uri is missing');
  return {
    id: string(field(qr, 'id'), 'qrCode.id', 256),
    uri,
    expiresAt: timestamp(field(qr, 'expiresAt'), 'qrCode.expiresAt'),
  };
}

export function parseSession(data: unknown): ShareSessionView {
  const body = record(data, 'session');
  const receiptId = optionalString(field(body, 'receiptId'), 'receiptId', 512);
  const redirectUri = optionalLink(field(body, 'redirectUri'), 'redirectUri');
  return {
    sessionId: string(field(body, 'sessionId'), 'sessionId', 256),
    status: oneOf(field(body, 'status') ?? 'CREATED', SHARE_STATUSES, 'status'),
    ...(receiptId ? { receiptId } : {}),
    app: parseApp(field(body, 'app')),
    wanted: parseWanted(field(body, 'wanted')),
    ...(redirectUri ? { redirectUri } : {}),
    ...(field(body, 'live') === true ? { live: true } : {}),
  };
}

const base = (endpoint: string) => endpoint.replace(/\/+$/, '');
const sessionPath = (endpoint: string, id: string) =>
  `${base(endpoint)}/share-sessions/${encodeURIComponent(id)}`;

/** The session's event stream, offered when it is `live` (EventSource resolves it against the page's base URL). */
export const shareEventsUrl = (endpoint: string, id: string) => `${sessionPath(endpoint, id)}/events`;

/** POST {endpoint}/share-sessions: a new session with its first QR code. */
export function createShareSession(endpoint: string, signal: AbortSignal): Promise<CreatedShareSession> {
  return requestJson(`${base(endpoint)}/share-sessions`, {
    method: 'POST',
    body: {},
    signal,
    parse: (data) => ({
      ...parseSession(data),
      qrCode: parseQrCode(field(record(data, 'session'), 'qrCode')),
    }),
  });
}

/** POST {endpoint}/share-sessions/{id}/qr-codes: a fresh QR code for an open session. */
export function createQrCode(endpoint: string, sessionId: string, signal: AbortSignal): Promise<ShareQrCode> {
  return requestJson(`${sessionPath(endpoint, sessionId)}/qr-codes`, {
    method: 'POST',
    body: {},
    signal,
    parse: parseQrCode,
  });
}

/** GET {endpoint}/share-sessions/{id}: the session's status, and what the overlay presents. */
export function getShareSession(
  endpoint: string,
  sessionId: string,
  signal: AbortSignal,
): Promise<ShareSessionView> {
  return requestJson(sessionPath(endpoint, sessionId), { signal, parse: parseSession });
}

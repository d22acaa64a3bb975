import { requestJson } from '../../core/http.js';
import { field, optionalHttpUrl, record, string } from '../../core/validate.js';

/** A Doc Scan session as the host supplies it. */
export interface DocScanSession {
  sessionId: string;
  sessionToken: string;
  /** Seconds the session token lives. */
  ttl?: number;
  /** It may continue on a phone (`allow_handoff`): the preflight offers it when the camera cannot be used. */
  handoff?: boolean;
  /** Photos may be uploaded instead (`allowed_capture_methods: CAMERA_AND_UPLOAD`): the preflight offers it. */
  upload?: boolean;
}

/** A session with the IDV base it runs on, when the helper named one, and whether the helper streams it. */
export interface ResolvedSession extends DocScanSession {
  apiUrl?: string;
  live?: boolean;
}

export type DocScanSessionResolver = () => Promise<DocScanSession>;

export const DEFAULT_IDV_API = 'https://api.yoti.com/idverify/v1';

function ttlOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Validates a session from a resolver or the helper; the token is never logged or shown. */
export function parseSession(data: unknown): ResolvedSession {
  const body = record(data, 'session');
  const session: ResolvedSession = {
    sessionId: string(field(body, 'sessionId'), 'sessionId', 256),
    sessionToken: string(field(body, 'sessionToken'), 'sessionToken', 4096),
    ttl: ttlOf(field(body, 'ttl')),
    handoff: field(body, 'handoff') === true,
    upload: field(body, 'upload') === true,
    live: field(body, 'live') === true,
  };
  const iframeUrl = optionalHttpUrl(field(body, 'iframeUrl'), 'iframeUrl');
  if (iframeUrl) {
    const url = new URL(iframeUrl);
    session.apiUrl = `${url.origin}${url.pathname.replace(/\/web\/index\.html$/, '')}`;
  }
  return session;
}

/**
 * Asks the helper for a new session: POST {endpoint}/idv-sessions; with a back-office link's
 * `linkCode`, POST {endpoint}/links/{code}/session (this browser's session of that link).
 */
export function createSession(
  endpoint: string,
  signal: AbortSignal,
  { linkCode, locale }: { linkCode?: string; locale: string },
): Promise<ResolvedSession> {
  const path = linkCode ? `links/${encodeURIComponent(linkCode)}/session` : 'idv-sessions';
  return requestJson(`${endpoint.replace(/\/+$/, '')}/${path}`, {
    method: 'POST',
    // Yoti's page speaks the element's language, unless the site's own specification names one.
    body: { locale },
    signal,
    parse: parseSession,
  });
}

/** The IDV base as an absolute URL (a relative `api-url` is read against the page), or undefined. */
export function absoluteApiUrl(apiUrl: string): URL | undefined {
  try {
    const url = new URL(apiUrl, globalThis.document?.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The IDV page's URL: with the session in its query (`url` launch) or bare (`handshake` launch). */
export function frameUrl(apiUrl: URL, session: DocScanSession, launch: 'url' | 'handshake'): string {
  const url = new URL(`${apiUrl.href.replace(/\/+$/, '')}/web/index.html`);
  if (launch === 'url') {
    url.searchParams.set('sessionID', session.sessionId);
    url.searchParams.set('sessionToken', session.sessionToken);
  }
  return url.href;
}

/**
 * The session to run: the host's (unless it is to be renewed), else the resolver's, else a new one
 * from the helper; none when nothing gives one.
 */
export async function sessionFrom(
  from: {
    sessionId?: string;
    sessionToken?: string;
    resolver?: DocScanSessionResolver;
    endpoint?: string;
    linkCode?: string;
    locale: string;
  },
  { renew, signal }: { renew: boolean; signal: AbortSignal },
): Promise<ResolvedSession | undefined> {
  const { sessionId, sessionToken, resolver, endpoint, linkCode, locale } = from;
  if (sessionId && sessionToken && !renew) return { sessionId, sessionToken };
  if (resolver) return parseSession(await resolver());
  if (endpoint) return createSession(endpoint, signal, { linkCode, locale });
  return undefined;
}

import { isLoopbackUrl } from '../shared/loopback.js';

/** Where a session's notifications go, as the session was created with them. */
export interface NotificationTarget {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/**
 * A notification target from a create-session payload, or undefined when there is none; throws
 * when it is unusable. As on Yoti the endpoint is https, but the sandbox also delivers to plain
 * http on a loopback host (a helper running beside it).
 */
export function notificationTarget(
  value: unknown,
  urlKey: 'url' | 'endpoint',
): NotificationTarget | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('notification should be an object');
  const config = value as Record<string, unknown>;
  const url = new URL(String(config[urlKey] ?? ''));
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url))) {
    throw new Error('notification endpoint should be https');
  }
  const headers: Record<string, string> = {};
  if (config.headers && typeof config.headers === 'object') {
    for (const [name, header] of Object.entries(config.headers))
      if (typeof header === 'string') headers[name] = header;
  }
  return { url: url.href, method: typeof config.method === 'string' ? config.method : 'POST', headers };
}

/**
 * Delivers one notification as Yoti would: a JSON request to the target, tried up to three times
 * with a growing wait when the endpoint fails or cannot be reached. Never throws.
 */
export async function deliver(target: NotificationTarget, body: unknown, attempts = 3): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(target.url, {
        method: target.method,
        headers: { 'Content-Type': 'application/json', ...target.headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) return true;
    } catch {
      // Unreachable this time: tried again below.
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
  }
  return false;
}

// Starts the sandbox and the helper (over node:http, through toNodeListener) for Node tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';
import {
  createYotiHandler,
  toNodeListener,
  type YotiHandler,
  type YotiHandlerOptions,
} from '../../src/server/index.js';

export const POLICY = {
  wanted: [
    { name: 'full_name' },
    { name: 'email_address' },
    { name: 'date_of_birth', derivation: 'age_over:18' },
  ],
  wanted_auth_types: [],
  wanted_remember_me: false,
};

export const APP = {
  name: 'Acme Bank',
  logoUrl: 'https://acme.example/logo.svg',
  privacyPolicyUrl: 'https://acme.example/privacy',
  contactUrl: 'mailto:help@acme.example',
};

export const IDV_SPEC = {
  client_session_token_ttl: 600,
  resources_ttl: 87_000,
  requested_checks: [
    { type: 'ID_DOCUMENT_AUTHENTICITY', config: {} },
    { type: 'LIVENESS', config: { liveness_type: 'ZOOM', max_retries: 3 } },
    { type: 'ID_DOCUMENT_FACE_MATCH', config: { manual_check: 'FALLBACK' } },
  ],
  requested_tasks: [{ type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', config: { manual_check: 'FALLBACK' } }],
  sdk_config: { primary_colour: '#2d9fff', locale: 'en-GB' },
};

export const WEBHOOK_TOKEN = 'a-webhook-secret-of-some-length';

/**
 * Calls a helper route with fetch as one browser would: POSTs carry the helper's own Origin unless
 * told otherwise, and the cookies the helper sets are kept and sent back (its caller cookie).
 */
export type Call = (
  method: string,
  path: string,
  init?: RequestInit,
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely and assert on their fields
) => Promise<{ status: number; body: any; headers: Headers }>;

export interface Stack {
  sandbox: Sandbox;
  handler: YotiHandler;
  /** The helper's origin, e.g. http://127.0.0.1:1234 */
  origin: string;
  /** One browser's calls. */
  call: Call;
  /** Another browser, with its own cookies. */
  browser(): Call & { cookies: Map<string, string> };
  close(): Promise<void>;
}

/** A browser's calls to `origin`, with a cookie jar of its own. */
export function browserAt(origin: string): Call & { cookies: Map<string, string> } {
  const cookies = new Map<string, string>();
  const call: Call = async (method, path, init = {}) => {
    const headers = new Headers(init.headers);
    if (method === 'POST' && !headers.has('origin')) headers.set('origin', origin);
    if (cookies.size > 0 && !headers.has('cookie')) {
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(`${origin}${path}`, { ...init, method, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the test sees the text
    }
    return { status: response.status, body, headers: response.headers };
  };
  return Object.assign(call, { cookies });
}

/** A helper instance over `sandbox`, on a port of its own: several share one sandbox (and store). */
export async function startHelper(
  sandbox: Sandbox,
  options: Partial<YotiHandlerOptions> = {},
): Promise<{ handler: YotiHandler; origin: string; close(): Promise<void> }> {
  const handler = createYotiHandler({
    clientSdkId: sandbox.clientSdkId,
    privateKey: sandbox.privateKey,
    shareApiUrl: sandbox.shareApiUrl,
    idvApiUrl: sandbox.idvApiUrl,
    share: { policy: POLICY, redirectUri: 'https://acme.example/done', app: APP },
    idv: IDV_SPEC,
    webhookAuthToken: WEBHOOK_TOKEN,
    ...options,
  });
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    handler,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function startStack(
  options: Partial<YotiHandlerOptions> = {},
  sandboxOptions: SandboxOptions = {},
): Promise<Stack> {
  // Checks decided at once unless a test is about the processing period.
  const sandbox = await startSandbox({ idvProcessingMs: 0, idvReviewMs: 0, ...sandboxOptions });
  const helper = await startHelper(sandbox, options);
  return {
    sandbox,
    handler: helper.handler,
    origin: helper.origin,
    call: browserAt(helper.origin),
    browser: () => browserAt(helper.origin),
    async close() {
      await helper.close();
      await sandbox.close();
    },
  };
}

/**
 * A stack whose sessions Yoti (the sandbox) notifies the helper about, at its own /notifications:
 * every session it makes is live (its state streams).
 */
export async function startLiveStack(
  options: Partial<YotiHandlerOptions> = {},
  sandboxOptions: SandboxOptions = {},
): Promise<Stack> {
  const hook = (request: Request) => `${new URL(request.url).origin}/yoti/notifications`;
  return startStack(
    {
      share: {
        policy: POLICY,
        redirectUri: 'https://acme.example/done',
        app: APP,
        configure: (request) => ({
          notification: { url: hook(request), headers: { Authorization: `Bearer ${WEBHOOK_TOKEN}` } },
        }),
      },
      idv: (request) => ({
        ...IDV_SPEC,
        notifications: { endpoint: hook(request), auth_token: WEBHOOK_TOKEN, auth_type: 'BASIC' },
      }),
      ...options,
    },
    sandboxOptions,
  );
}

/** The Cookie header of one browser's calls (its caller cookie). */
export const cookieHeader = (call: Call) =>
  [...(call as unknown as { cookies: Map<string, string> }).cookies]
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');

/**
 * yoti-elements/sandbox: a local simulator of the Yoti endpoints the helper calls, reached by the
 * real `yoti` SDK through its apiUrl option, so the demo and the tests run offline. Node only.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';
import { FAULT_ROUTES, type Fault, FaultPlan, type FaultRoute, parseFault } from './faults.js';
import {
  controlRefusal,
  json,
  parseJson,
  readBody,
  type SandboxRequest,
  type SandboxResponse,
  send,
} from './http.js';
import { type IdvOutcome, IdvSimulator } from './idv.js';
import { appPage, idvPage } from './pages.js';
import { ShareSimulator } from './share.js';
import { SignatureVerifier } from './signature.js';

export type { Fault, FaultRoute, IdvOutcome };
export { FAULT_ROUTES };

export interface SandboxOptions {
  /** Port to listen on, on 127.0.0.1. Default: any free port. */
  port?: number;
  /** The application's SDK ID and private key (PEM); generated when absent. */
  clientSdkId?: string;
  privateKey?: string;
  /** The application name the phone-app page shows. */
  applicationName?: string;
  /** How long a share QR code lives, seconds. Default 180, as on Yoti. */
  qrCodeTtl?: number;
  /** How long a share session lives, seconds. Default 600. */
  shareSessionTtl?: number;
  /**
   * How long an IDV session's checks run after the person finishes, ms, before it is COMPLETED
   * (as on Yoti, results are not instant). Default 3000; 0 completes at once.
   */
  idvProcessingMs?: number;
}

export interface Sandbox {
  clientSdkId: string;
  privateKey: string;
  shareApiUrl: string;
  idvApiUrl: string;
  /** The sandbox's own origin (its phone-app and IDV pages live here). */
  url: string;
  /** Makes the next `times` calls of `route` answer with a status, a delay or a malformed body. */
  fault(route: FaultRoute, fault: Fault): void;
  clearFaults(): void;
  /** What the Yoti app does after scanning `qrCode` (an ID or the QR URI) and its user tapping Allow. */
  allowShare(qrCode: string): { receiptId: string };
  /** ... and tapping Deny: the session ends FAILED. */
  denyShare(qrCode: string): void;
  /** Ends a pretend document scan of IDV session `sessionId`. */
  completeIdv(sessionId: string, outcome?: IdvOutcome): void;
  /** Calls of each signed route answered so far (after signature checks), for tests and benchmarks. */
  readonly calls: Readonly<Record<FaultRoute, number>>;
  close(): Promise<void>;
}

const SHARE_BASE = '/share';
const IDV_BASE = '/idverify/v1';

type SignedRoute = {
  route: FaultRoute;
  method: string;
  pattern: RegExp;
  handle: (params: string[], body: Buffer) => SandboxResponse;
};

/** Starts the sandbox on 127.0.0.1 and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const privateKey =
    options.privateKey ??
    generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs1', format: 'pem' })
      .toString();
  const publicKey = createPublicKey(createPrivateKey(privateKey));
  const clientSdkId = options.clientSdkId ?? randomUUID();
  const verifier = new SignatureVerifier(publicKey);
  const faults = new FaultPlan();
  const calls = Object.fromEntries(FAULT_ROUTES.map((route) => [route, 0])) as Record<FaultRoute, number>;
  let origin = '';

  const share = new ShareSimulator(
    publicKey,
    { qrCodeTtlMs: (options.qrCodeTtl ?? 180) * 1000, sessionTtlMs: (options.shareSessionTtl ?? 600) * 1000 },
    (qrCodeId) => `${origin}/app/qr/${qrCodeId}`,
    options.applicationName ?? 'Sandbox application',
  );
  const idv = new IdvSimulator(options.idvProcessingMs ?? 3000);

  const shareRoutes: SignedRoute[] = [
    {
      route: 'share.createSession',
      method: 'POST',
      pattern: /^\/v2\/sessions$/,
      handle: (_, body) => share.createSession(body),
    },
    {
      route: 'share.createQrCode',
      method: 'POST',
      pattern: /^\/v2\/sessions\/([^/]+)\/qr-codes$/,
      handle: ([id = '']) => share.createQrCode(id),
    },
    {
      route: 'share.getSession',
      method: 'GET',
      pattern: /^\/v2\/sessions\/([^/]+)$/,
      handle: ([id = '']) => share.getSession(id),
    },
    {
      route: 'share.getReceipt',
      method: 'GET',
      pattern: /^\/v2\/receipts\/([^/]+)$/,
      handle: ([id = '']) => share.getReceipt(id),
    },
    {
      route: 'share.getItemKey',
      method: 'GET',
      pattern: /^\/v2\/wrapped-item-keys\/([^/]+)$/,
      handle: ([id = '']) => share.getItemKey(id),
    },
  ];
  const idvRoutes: SignedRoute[] = [
    {
      route: 'idv.createSession',
      method: 'POST',
      pattern: /^\/sessions$/,
      handle: (_, body) => idv.createSession(body),
    },
    {
      route: 'idv.getSession',
      method: 'GET',
      pattern: /^\/sessions\/([^/]+)$/,
      handle: ([id = '']) => idv.getSession(id),
    },
    {
      route: 'idv.getMediaContent',
      method: 'GET',
      pattern: /^\/sessions\/([^/]+)\/media\/([^/]+)\/content$/,
      handle: ([id = '', mediaId = '']) => idv.getMedia(id, mediaId),
    },
    // Yoti's hosted-sandbox API, as @getyoti/sdk-sandbox calls it: how a session, or every
    // session of the application, ends.
    {
      route: 'idv.responseConfig',
      method: 'PUT',
      pattern: /^\/sessions\/([^/]+)\/response-config$/,
      handle: ([id = ''], body) => idv.configureSession(id, body),
    },
    {
      route: 'idv.responseConfig',
      method: 'PUT',
      pattern: /^\/apps\/[^/]+\/response-config$/,
      handle: (_, body) => idv.configureApp(body),
    },
  ];

  async function signed(
    request: SandboxRequest,
    base: string,
    routes: SignedRoute[],
  ): Promise<SandboxResponse> {
    const path = request.url.pathname.slice(base.length);
    const match = routes.find((route) => route.method === request.method && route.pattern.test(path));
    if (!match) return json(404, { code: 'NOT_FOUND', error: 'NOT_FOUND', message: 'Not found' });
    // The application: a header on the share API, a query parameter on IDV's (or, for the
    // application's response config, the path).
    const appId =
      base === SHARE_BASE
        ? request.headers['x-yoti-auth-id']
        : (request.url.searchParams.get('sdkId') ?? /^\/apps\/([^/]+)\//.exec(path)?.[1]);
    const problem = verifier.problem(request, base);
    if (problem)
      return json(401, {
        code: 'UNAUTHORIZED',
        error: 'UNAUTHORIZED',
        message: `Unauthorised request (${problem})`,
      });
    if (appId !== clientSdkId) {
      return json(404, {
        code: 'APP_NOT_FOUND',
        error: 'NOT_FOUND',
        message: 'The application for provided SDK ID does not exist',
      });
    }
    calls[match.route] += 1;
    const forced = await faults.apply(match.route);
    if (forced) return forced;
    return match.handle(match.pattern.exec(path)?.slice(1) ?? [], request.body);
  }

  /**
   * What the IDV web page calls, with the client session token in the body, never in a URL. A phone
   * continuing a session (allow_handoff) holds a one-time code instead, in its URL's fragment.
   */
  async function idvWeb(request: SandboxRequest, webPath: string): Promise<SandboxResponse> {
    if (request.method === 'GET') return idvPage(webPath) ?? json(404, { message: 'Not found' });
    const body = parseJson(request.body) as
      | { sessionId?: unknown; sessionToken?: unknown; outcome?: unknown; code?: unknown }
      | undefined;
    if (webPath === '/handoff/claim' && request.method === 'POST') {
      const claimed = idv.claimHandoff(typeof body?.code === 'string' ? body.code : '');
      return claimed ? json(200, claimed) : json(404, { message: 'This code is used, expired or unknown' });
    }
    const sessionId = typeof body?.sessionId === 'string' ? body.sessionId : '';
    const token = typeof body?.sessionToken === 'string' ? body.sessionToken : '';
    const state = idv.state(sessionId);
    if (!state) return json(404, { message: 'No such session' });
    if (!idv.tokenMatches(sessionId, token)) return json(401, { message: 'Wrong session token' });
    if (webPath === '/session' && request.method === 'POST') return json(200, state);
    if (webPath === '/handoff' && request.method === 'POST') {
      const code = idv.startHandoff(sessionId);
      if (!code) return json(409, { message: 'This session cannot be continued on a phone' });
      const url = `${origin}${IDV_BASE}/web/phone#${code}`;
      const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return json(200, { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` });
    }
    if (webPath === '/complete' && request.method === 'POST') {
      const outcome: IdvOutcome =
        body?.outcome === 'reject' || body?.outcome === 'abort' ? body.outcome : 'approve';
      const result = idv.complete(sessionId, outcome);
      return result.ok
        ? json(200, { state: 'COMPLETED' })
        : json(result.status, { message: result.message, state: state.state });
    }
    return json(404, { message: 'Not found' });
  }

  function control(request: SandboxRequest): SandboxResponse {
    const path = request.url.pathname;
    const app = request.method === 'GET' ? appPage(path) : undefined;
    if (app) return app;
    const qr = /^\/sandbox\/qr\/([^/]+)(?:\/(allow|deny))?$/.exec(path);
    if (qr && request.method === 'GET' && !qr[2]) {
      const view = share.view(qr[1] ?? '');
      return view ? json(200, view) : json(404, { message: 'No such QR code' });
    }
    if (qr && request.method === 'POST' && qr[2]) {
      const answer = share.answer(qr[1] ?? '', qr[2] === 'allow');
      return answer.ok
        ? json(200, { status: qr[2] === 'allow' ? 'COMPLETED' : 'FAILED' })
        : json(answer.status, { message: answer.message });
    }
    if (path === '/sandbox/faults' && request.method === 'POST') {
      try {
        const { route, fault } = parseFault(parseJson(request.body));
        faults.add(route, fault);
      } catch (error) {
        return json(400, { message: `sandbox: ${(error as Error).message}` });
      }
      return json(200, { queued: true });
    }
    return json(404, { message: 'Not found' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let response: SandboxResponse;
    try {
      const request: SandboxRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', origin),
        headers: req.headers,
        body: await readBody(req),
      };
      const path = request.url.pathname;
      const refused =
        path.startsWith(`${SHARE_BASE}/`) ||
        (path.startsWith(`${IDV_BASE}/`) && !path.startsWith(`${IDV_BASE}/web/`))
          ? undefined
          : controlRefusal(request, origin);
      if (refused) response = refused;
      else if (path.startsWith(`${IDV_BASE}/web/`))
        response = await idvWeb(request, path.slice(`${IDV_BASE}/web`.length));
      else if (path.startsWith(`${SHARE_BASE}/`)) response = await signed(request, SHARE_BASE, shareRoutes);
      else if (path.startsWith(`${IDV_BASE}/`)) response = await signed(request, IDV_BASE, idvRoutes);
      else response = control(request);
    } catch {
      response = json(400, { message: 'Bad request' });
    }
    send(res, response);
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const answerOrThrow = (qrCode: string, allow: boolean) => {
    const answer = share.answer(qrCode, allow);
    if (!answer.ok) throw new Error(`sandbox: ${answer.message}`);
    return answer;
  };

  return {
    clientSdkId,
    privateKey,
    shareApiUrl: `${origin}${SHARE_BASE}`,
    idvApiUrl: `${origin}${IDV_BASE}`,
    url: origin,
    calls,
    fault: (route, fault) => faults.add(route, fault),
    clearFaults: () => faults.clear(),
    allowShare: (qrCode) => ({ receiptId: answerOrThrow(qrCode, true).receiptId ?? '' }),
    denyShare: (qrCode) => void answerOrThrow(qrCode, false),
    completeIdv: (sessionId, outcome = 'approve') => {
      const result = idv.complete(sessionId, outcome);
      if (!result.ok) throw new Error(`sandbox: ${result.message}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

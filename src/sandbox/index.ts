/**
 * yoti-elements/sandbox: a local simulator of Yoti, reached by the real `yoti` SDK through its
 * apiUrl option, so the demo, the tests and Yoti's own example apps run offline. It answers every
 * call the SDK's IDVClient and DigitalIdentityClient make, signed, with Yoti's shapes and status
 * codes; serves a stand-in for the Yoti app and the IDV web page; and takes faults. Node only.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAULT_ROUTES, type Fault, FaultPlan, type FaultRoute } from './faults.js';
import {
  idvError,
  json,
  readBody,
  type SandboxRequest,
  type SandboxResponse,
  send,
  shareError,
} from './http.js';
import { type CaptureStep, type IdvOutcome, IdvSimulator, type ScanEnding } from './idv/idv-sessions.js';
import { idvWebApi } from './idv/web.js';
import { sandboxDispatcher } from './router.js';
import { IDV_BASE, SHARE_BASE, sandboxRoutes } from './routes.js';
import { type ShareAnswer, ShareSimulator } from './share/share-sessions.js';
import { SignatureVerifier } from './signature.js';

export type { Fault, FaultRoute, IdvOutcome, ScanEnding, ShareAnswer };
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
  /** How much longer a check a person reviews (manual_check ALWAYS, or FALLBACK not approved) takes, ms. Default 5000. */
  idvReviewMs?: number;
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
  /**
   * What the Yoti app does after scanning `qrCode` (an ID or the QR URI) and its user tapping Allow
   * (after a selfie, when the policy asks for one; with `profileFailure`, an identity profile whose
   * requirements were not met).
   */
  allowShare(qrCode: string, choices?: Omit<ShareAnswer, 'allow'>): { receiptId: string };
  /** ... and tapping Deny: the session ends FAILED. */
  denyShare(qrCode: string): void;
  /** Ends a pretend document scan of IDV session `sessionId` (and, with `profileFailure`, its identity profile unmet). */
  completeIdv(sessionId: string, outcome?: IdvOutcome, profileFailure?: string): void;
  /** Makes one step of that scan (the document, the face), whose resources then appear in the session. */
  captureIdv(sessionId: string, step: CaptureStep): void;
  /** Calls of each signed route answered so far (after signature checks), for tests and benchmarks. */
  readonly calls: Readonly<Record<FaultRoute, number>>;
  close(): Promise<void>;
}

/** Starts the sandbox on 127.0.0.1 and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const privateKey =
    options.privateKey ??
    generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs1', format: 'pem' })
      .toString();
  const publicKey = createPublicKey(createPrivateKey(privateKey));
  const clientSdkId = options.clientSdkId ?? randomUUID();
  const faults = new FaultPlan();
  const calls = Object.fromEntries(FAULT_ROUTES.map((route) => [route, 0])) as Record<FaultRoute, number>;
  let origin = '';

  const share = new ShareSimulator(
    publicKey,
    { qrCodeTtlMs: (options.qrCodeTtl ?? 180) * 1000, sessionTtlMs: (options.shareSessionTtl ?? 600) * 1000 },
    (qrCodeId) => `${origin}/app/qr/${qrCodeId}`,
    options.applicationName ?? 'Sandbox application',
  );
  const idv = new IdvSimulator({
    processingMs: options.idvProcessingMs ?? 3000,
    reviewMs: options.idvReviewMs ?? 5000,
  });
  const web = idvWebApi(idv, (code) => `${origin}${IDV_BASE}/web/phone#${code}`);
  const dispatch = sandboxDispatcher({
    routes: sandboxRoutes({ share, idv, web, faults }),
    apis: [
      { base: SHARE_BASE, error: (status, code, message) => shareError(status, code, message) },
      {
        base: IDV_BASE,
        except: `${IDV_BASE}/web/`,
        error: (status, code, message) => idvError(status, code, message),
      },
    ],
    verifier: new SignatureVerifier(publicKey),
    clientSdkId,
    faults,
    calls,
    origin: () => origin,
  });

  const server = createServer(async (req, res) => {
    let response: SandboxResponse;
    try {
      const request: SandboxRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', origin),
        headers: req.headers,
        body: await readBody(req),
      };
      response = await dispatch(request);
    } catch {
      response = json(400, { message: 'Bad request' });
    }
    send(res, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const answerOrThrow = (qrCode: string, answer: ShareAnswer) => {
    const answered = share.answer(qrCode, answer);
    if (!answered.ok) throw new Error(`sandbox: ${answered.message}`);
    return answered;
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
    allowShare: (qrCode, choices = {}) => ({
      receiptId: answerOrThrow(qrCode, { selfie: true, ...choices, allow: true }).receiptId ?? '',
    }),
    denyShare: (qrCode) => void answerOrThrow(qrCode, { allow: false }),
    completeIdv: (sessionId, outcome = 'approve', profileFailure) => {
      const result = idv.complete(sessionId, { outcome, ...(profileFailure ? { profileFailure } : {}) });
      if (!result.ok) throw new Error(`sandbox: ${result.message}`);
    },
    captureIdv: (sessionId, step) => {
      const result = idv.capture(sessionId, step);
      if (!result.ok) throw new Error(`sandbox: ${result.message}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

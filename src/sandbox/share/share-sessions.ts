import { type KeyObject, randomBytes } from 'node:crypto';
import { json, type SandboxResponse, shareError } from '../http.js';
import { isProfileFailure, PROFILE_FAILURES, type SchemeRequest } from '../identity-profiles.js';
import { deliver } from '../notify.js';
import type { WantedAttribute } from './attributes.js';
import { readShareRequest, type ShareRequest } from './session-request.js';
import { type StoredReceipt, shareReceipt } from './share-receipt.js';

type ShareStatus = 'CREATED' | 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'ERROR';

interface ShareSession extends ShareRequest {
  id: string;
  status: ShareStatus;
  created: Date;
  updated: Date;
  expiry: Date;
  scannedQrCodeId?: string;
  receiptId?: string;
}

interface QrCode {
  id: string;
  sessionId: string;
  expiresAt: number;
}

/** What the phone-app page shows about a QR code it opened. */
export interface QrCodeView {
  qrCodeId: string;
  sessionId: string;
  status: ShareStatus;
  expired: boolean;
  wanted: WantedAttribute[];
  /** The identity profile asked for: each scheme, by trust framework. */
  identityProfile?: Array<{ trustFramework: string; schemes: SchemeRequest[] }>;
  /** The person confirms with a selfie before they share (wanted_auth_types 1). */
  selfieAuthentication: boolean;
  /** Why requirements may not be met, for the page's choice. */
  profileFailures?: readonly string[];
  application: { name: string };
}

/** How the person answered on the phone page. */
export interface ShareAnswer {
  allow: boolean;
  /** A selfie was taken, for a policy that asks for one. */
  selfie?: boolean;
  /** For an identity-profile policy: the requirements were not met, for this reason. */
  profileFailure?: string;
}

export interface ShareTimings {
  /** How long a share session lives, ms. */
  sessionTtlMs: number;
  /** How long a QR code lives, ms (Yoti: 3 minutes). */
  qrCodeTtlMs: number;
}

const base64url = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Yoti's Digital ID share API, in memory: sessions, QR codes, receipts and wrapped item keys. */
export class ShareSimulator {
  readonly #sessions = new Map<string, ShareSession>();
  readonly #qrCodes = new Map<string, QrCode>();
  readonly #receipts = new Map<string, StoredReceipt>();
  readonly #itemKeys = new Map<string, StoredReceipt['itemKey']>();

  constructor(
    private readonly publicKey: KeyObject,
    private readonly timings: ShareTimings,
    private readonly qrUri: (qrCodeId: string) => string,
    private readonly applicationName: string,
  ) {}

  #session(id: string): ShareSession | undefined {
    const session = this.#sessions.get(id);
    if (session?.status === 'CREATED' && Date.now() > session.expiry.getTime()) {
      this.#change(session, 'EXPIRED');
    }
    return session;
  }

  /** A session's new status, with the notification Yoti sends about it. */
  #change(session: ShareSession, status: ShareStatus): void {
    session.status = status;
    session.updated = new Date();
    if (!session.notification) return;
    void deliver(session.notification, {
      id: session.id,
      status,
      ...(session.receiptId ? { receipt: { id: session.receiptId } } : {}),
    });
  }

  createSession(body: Buffer): SandboxResponse {
    const read = readShareRequest(body);
    if (!read.ok) return read.response;
    const now = new Date();
    const session: ShareSession = {
      id: `ss.v2.${base64url(24)}`,
      status: 'CREATED',
      created: now,
      updated: now,
      expiry: new Date(now.getTime() + this.timings.sessionTtlMs),
      ...read.request,
    };
    this.#sessions.set(session.id, session);
    // Yoti tells the session's endpoint when it expires unanswered, as when it completes or fails.
    setTimeout(() => this.#session(session.id), this.timings.sessionTtlMs + 10).unref();
    return json(201, { id: session.id, status: session.status, expiry: session.expiry.toISOString() });
  }

  createQrCode(sessionId: string): SandboxResponse {
    const session = this.#session(sessionId);
    if (!session) return shareError(404, 'NOT_FOUND', 'Session not found');
    if (session.status !== 'CREATED')
      return shareError(400, 'SESSION_NOT_ACTIVE', `Session is ${session.status}`);
    const qr: QrCode = { id: base64url(18), sessionId, expiresAt: Date.now() + this.timings.qrCodeTtlMs };
    this.#qrCodes.set(qr.id, qr);
    return json(201, { id: qr.id, uri: this.qrUri(qr.id) });
  }

  /** GET /v2/qr-codes/{id}: the code, its session, and what the session asks for. */
  getQrCode(qrCodeId: string): SandboxResponse {
    const qr = this.#qrCodes.get(qrCodeId);
    const session = qr && this.#session(qr.sessionId);
    if (!qr || !session) return shareError(404, 'NOT_FOUND', 'QR code not found');
    return json(200, {
      id: qr.id,
      expiry: new Date(qr.expiresAt).toISOString(),
      policy: session.policy,
      extensions: session.extensions,
      session: { id: session.id, status: session.status, expiry: session.expiry.toISOString() },
      redirectUri: session.redirectUri,
    });
  }

  getSession(sessionId: string): SandboxResponse {
    const session = this.#session(sessionId);
    if (!session) return shareError(404, 'NOT_FOUND', 'Session not found');
    return json(200, {
      id: session.id,
      status: session.status,
      created: session.created.toISOString(),
      updated: session.updated.toISOString(),
      expiry: session.expiry.toISOString(),
      ...(session.scannedQrCodeId ? { qrCode: { id: session.scannedQrCodeId } } : {}),
      ...(session.receiptId ? { receipt: { id: session.receiptId } } : {}),
    });
  }

  getReceipt(receiptIdUrl: string): SandboxResponse {
    const receiptId = Buffer.from(receiptIdUrl, 'base64url').toString('base64');
    const receipt = this.#receipts.get(receiptId);
    return receipt ? json(200, receipt.body) : shareError(404, 'NOT_FOUND', 'Receipt not found');
  }

  getItemKey(id: string): SandboxResponse {
    const key = this.#itemKeys.get(id);
    return key ? json(200, key) : shareError(404, 'NOT_FOUND', 'Wrapped item key not found');
  }

  /** The QR code behind a QR id or the URI it encodes. */
  #qr(idOrUri: string): QrCode | undefined {
    const id = idOrUri.includes('/') ? (idOrUri.split('/').pop() ?? '') : idOrUri;
    return this.#qrCodes.get(id);
  }

  view(idOrUri: string): QrCodeView | undefined {
    const qr = this.#qr(idOrUri);
    const session = qr && this.#session(qr.sessionId);
    if (!qr || !session) return undefined;
    return {
      qrCodeId: qr.id,
      sessionId: session.id,
      status: session.status,
      expired: Date.now() > qr.expiresAt,
      wanted: session.wanted,
      ...(session.profile
        ? { identityProfile: session.profile.profiles, profileFailures: PROFILE_FAILURES }
        : {}),
      selfieAuthentication: session.selfieAuthentication,
      application: { name: this.applicationName },
    };
  }

  /**
   * What the Yoti app does when its user answers a scanned QR code: Deny fails the session; Allow
   * (after a selfie, when the policy asks for one) completes it with a receipt of everything asked
   * for, or, for an identity profile whose requirements were not met, a receipt that says why.
   */
  answer(
    idOrUri: string,
    { allow, selfie = false, profileFailure }: ShareAnswer,
  ): { ok: true; receiptId?: string } | { ok: false; status: number; message: string } {
    const qr = this.#qr(idOrUri);
    const session = qr && this.#session(qr.sessionId);
    if (!qr || !session) return { ok: false, status: 404, message: 'No such QR code' };
    if (Date.now() > qr.expiresAt) return { ok: false, status: 410, message: 'This QR code has expired' };
    if (session.status !== 'CREATED')
      return { ok: false, status: 409, message: `The share session is ${session.status}` };
    if (allow && session.selfieAuthentication && !selfie) {
      return { ok: false, status: 422, message: 'This share needs a selfie first' };
    }
    if (profileFailure !== undefined && !isProfileFailure(profileFailure)) {
      return { ok: false, status: 400, message: 'Not a reason the sandbox knows' };
    }
    session.scannedQrCodeId = qr.id;
    session.updated = new Date();
    if (!allow) {
      this.#change(session, 'FAILED');
      return { ok: true };
    }
    const receipt = shareReceipt(session, profileFailure, this.publicKey);
    this.#itemKeys.set(receipt.itemKey.id, receipt.itemKey);
    this.#receipts.set(receipt.id, receipt);
    session.receiptId = receipt.id;
    this.#change(session, 'COMPLETED');
    return { ok: true, receiptId: receipt.id };
  }
}

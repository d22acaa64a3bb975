import { type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { json, parseJson, type SandboxResponse, shareError } from './http.js';
import { deliver, type NotificationTarget, notificationTarget } from './notify.js';
import { KNOWN_ATTRIBUTES, personaAttributes, type WantedAttribute } from './persona.js';
import { encryptReceipt } from './receipt.js';

type ShareStatus = 'CREATED' | 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'ERROR';

interface ShareSession {
  id: string;
  status: ShareStatus;
  created: Date;
  updated: Date;
  expiry: Date;
  wanted: WantedAttribute[];
  rememberMe: boolean;
  redirectUri: string;
  scannedQrCodeId?: string;
  receiptId?: string;
  notification?: NotificationTarget;
}

/** The share extensions Yoti knows; third-party attributes need a permission the sandbox app lacks. */
const EXTENSION_TYPES = ['LOCATION_CONSTRAINT', 'TRANSACTIONAL_FLOW', 'THIRD_PARTY_ATTRIBUTE'];

interface QrCode {
  id: string;
  sessionId: string;
  expiresAt: number;
}

interface StoredReceipt {
  body: Record<string, unknown>;
  itemKey: { id: string; iv: string; value: string };
}

/** What the phone-app page shows about a QR code it opened. */
export interface QrCodeView {
  qrCodeId: string;
  sessionId: string;
  status: ShareStatus;
  expired: boolean;
  wanted: WantedAttribute[];
  application: { name: string };
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
    const payload = parseJson(body) as
      | {
          policy?: { wanted?: unknown; wanted_remember_me?: unknown };
          redirectUri?: unknown;
          notification?: unknown;
          extensions?: unknown;
        }
      | undefined;
    const wanted = payload?.policy?.wanted;
    const invalid = () => shareError(400, 'INVALID_REQUEST_PAYLOAD', 'Invalid request payload sent');
    if (!payload || typeof payload.redirectUri !== 'string' || !Array.isArray(wanted)) return invalid();
    const attributes = wanted as Array<{ name?: unknown; derivation?: unknown }>;
    if (!attributes.every((item) => typeof item?.name === 'string' && KNOWN_ATTRIBUTES.has(item.name))) {
      return shareError(400, 'UNKNOWN_ATTRIBUTE', 'One or more of the specified attributes are not known');
    }
    const extensions = (payload.extensions ?? []) as Array<{ type?: unknown }>;
    if (
      !Array.isArray(extensions) ||
      !extensions.every((item) => EXTENSION_TYPES.includes(String(item?.type)))
    ) {
      return invalid();
    }
    if (extensions.some((item) => item.type === 'THIRD_PARTY_ATTRIBUTE')) {
      return shareError(
        403,
        'THIRD_PARTY_ISSUE_NOT_ALLOWED',
        "Service isn't allowed to issue the specified 3rd party attribute",
      );
    }
    let notification: NotificationTarget | undefined;
    try {
      notification = notificationTarget(payload.notification, 'url');
    } catch {
      return invalid();
    }
    const now = new Date();
    const session: ShareSession = {
      id: `ss.v2.${base64url(24)}`,
      status: 'CREATED',
      created: now,
      updated: now,
      expiry: new Date(now.getTime() + this.timings.sessionTtlMs),
      wanted: attributes.map((item) => ({
        name: item.name as string,
        ...(typeof item.derivation === 'string' ? { derivation: item.derivation } : {}),
      })),
      rememberMe: payload.policy?.wanted_remember_me === true,
      redirectUri: payload.redirectUri,
      notification,
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
      application: { name: this.applicationName },
    };
  }

  /** What the Yoti app does when its user taps Allow (true) or Deny (false) on a scanned QR code. */
  answer(
    idOrUri: string,
    allow: boolean,
  ): { ok: true; receiptId?: string } | { ok: false; status: number; message: string } {
    const qr = this.#qr(idOrUri);
    const session = qr && this.#session(qr.sessionId);
    if (!qr || !session) return { ok: false, status: 404, message: 'No such QR code' };
    if (Date.now() > qr.expiresAt) return { ok: false, status: 410, message: 'This QR code has expired' };
    if (session.status !== 'CREATED')
      return { ok: false, status: 409, message: `The share session is ${session.status}` };
    session.scannedQrCodeId = qr.id;
    session.updated = new Date();
    if (!allow) {
      this.#change(session, 'FAILED');
      return { ok: true };
    }
    const receiptId = randomBytes(32).toString('base64');
    const encrypted = encryptReceipt(personaAttributes(session.wanted), this.publicKey);
    const itemKey = { id: randomUUID(), ...encrypted.itemKey };
    this.#itemKeys.set(itemKey.id, itemKey);
    this.#receipts.set(receiptId, {
      itemKey,
      body: {
        id: receiptId,
        sessionId: session.id,
        timestamp: new Date().toISOString(),
        ...(session.rememberMe ? { rememberMeId: randomBytes(32).toString('base64') } : {}),
        content: {},
        otherPartyContent: encrypted.content,
        wrappedItemKeyId: itemKey.id,
        wrappedKey: encrypted.wrappedKey,
      },
    });
    session.receiptId = receiptId;
    this.#change(session, 'COMPLETED');
    return { ok: true, receiptId };
  }
}

// The helper's share routes mocked with msw for the share button's browser tests: what it answers
// (`shareHelper.status`, QR lifetimes, faults) and what it was asked (`shareHelper.calls`).
import jsQR from 'jsqr';
import { delay, HttpResponse, http } from 'msw';
import { APP as STORY_APP, WANTED } from '../../stories/mocks.js';

/** The stories' application and requested details; its logo as the test server serves it. */
const APP = { ...STORY_APP, logoUrl: '/logo.svg' };

export interface ShareHelper {
  status: string;
  receiptId?: string;
  qrTtlMs: number;
  qrServed: number;
  createAnswer?: { status: number; body: Record<string, unknown> };
  qrFailures: number;
  createDelayMs: number;
  app: Record<string, unknown>;
  calls: { create: number; qr: number; get: number };
}

export const shareHelper = {} as ShareHelper;

/** Starts each test from a helper that answers every route at once. */
export function resetShareHelper(): void {
  Object.assign(shareHelper, {
    status: 'CREATED',
    receiptId: undefined,
    qrTtlMs: 180_000,
    qrServed: 0,
    createAnswer: undefined,
    qrFailures: 0,
    createDelayMs: 0,
    app: APP,
    calls: { create: 0, qr: 0, get: 0 },
  });
}

export const qrUri = (n: number) =>
  `https://code.yoti.com/CAEaJDM4ZDA4MGM1LTk4YjgtNDYwYS1hNGM0LWI0ZDk0NzU4OGE4N${n}`;

function nextQr() {
  shareHelper.qrServed += 1;
  return {
    id: `qr-${shareHelper.qrServed}`,
    uri: qrUri(shareHelper.qrServed),
    expiresAt: new Date(Date.now() + shareHelper.qrTtlMs).toISOString(),
  };
}

const session = (id: string) => ({
  sessionId: id,
  status: shareHelper.status,
  ...(shareHelper.receiptId ? { receiptId: shareHelper.receiptId } : {}),
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  app: shareHelper.app,
  wanted: WANTED,
});

export const shareHandlers = [
  http.post('/yoti/share-sessions', async () => {
    shareHelper.calls.create += 1;
    if (shareHelper.createDelayMs) await delay(shareHelper.createDelayMs);
    if (shareHelper.createAnswer)
      return HttpResponse.json(shareHelper.createAnswer.body, { status: shareHelper.createAnswer.status });
    return HttpResponse.json(
      { ...session(`ss.v2.${shareHelper.calls.create}`), qrCode: nextQr() },
      { status: 201 },
    );
  }),
  http.post('/yoti/share-sessions/:id/qr-codes', () => {
    shareHelper.calls.qr += 1;
    if (shareHelper.qrFailures > 0) {
      shareHelper.qrFailures -= 1;
      return HttpResponse.json({ error: { code: 'yoti_unavailable', message: 'x' } }, { status: 503 });
    }
    return HttpResponse.json(nextQr(), { status: 201 });
  }),
  http.get('/yoti/share-sessions/:id', ({ params }) => {
    shareHelper.calls.get += 1;
    return HttpResponse.json(session(String(params.id)));
  }),
];

/** Reads the QR code in `root` as a phone would: the SVG drawn to a canvas, decoded by jsQR. */
export async function decodeQr(root: ParentNode): Promise<string | undefined> {
  const svg = root.querySelector<SVGSVGElement>('svg[part="qr"]');
  if (!svg) return undefined;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', '400');
  clone.setAttribute('height', '400');
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 400, 400);
  context.drawImage(image, 0, 0, 400, 400);
  return jsQR(context.getImageData(0, 0, 400, 400).data, 400, 400)?.data;
}

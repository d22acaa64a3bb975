// The helper's answers for the stories, built with msw: each a HelperMock, the handlers of a helper
// at an endpoint (a docs page gives each of its stories an endpoint of its own: .storybook/preview.ts).
import { delay, HttpResponse, http, type RequestHandler } from 'msw';

/** The handlers of a helper whose routes are under `endpoint` (`/yoti` in a story's own view). */
export type HelperMock = (endpoint: string) => RequestHandler[];

export const APP = {
  name: 'Acme Bank',
  logoUrl: '/static/logo.svg',
  privacyPolicyUrl: 'https://acme.example/privacy',
  contactUrl: 'mailto:help@acme.example',
};

export const WANTED = [
  { name: 'full_name', optional: false },
  { name: 'email_address', optional: false },
  { name: 'date_of_birth', derivation: 'age_over:18', optional: false },
];

let served = 0;
export const qrCode = (ttlMs = 180_000) => {
  served += 1;
  return {
    id: `qr-${served}`,
    uri: `https://code.yoti.com/CAEaJDM4ZDA4MGM1LTk4YjgtNDYwYS1hNGM0LWI0ZDk0NzU4OGE4N${served}`,
    expiresAt: new Date(Date.now() + ttlMs).toISOString(),
  };
};

const session = (status: string, receiptId?: string) => ({
  sessionId: 'ss.v2.story',
  status,
  ...(receiptId ? { receiptId } : {}),
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  app: APP,
  wanted: WANTED,
});

/** A share helper whose session answers `status` when polled; the first QR lives `qrTtlMs`. */
export function shareHelper({ status = 'CREATED', qrTtlMs = 180_000, refresh = true } = {}): HelperMock {
  return (base) => [
    http.post(`${base}/share-sessions`, () =>
      HttpResponse.json({ ...session('CREATED'), qrCode: qrCode(qrTtlMs) }, { status: 201 }),
    ),
    http.post(`${base}/share-sessions/:id/qr-codes`, async () => {
      if (!refresh) await delay('infinite');
      return HttpResponse.json(qrCode(), { status: 201 });
    }),
    http.get(`${base}/share-sessions/:id`, () =>
      HttpResponse.json(session(status, status === 'COMPLETED' ? 'receipt-from-story==' : undefined)),
    ),
  ];
}

export const shareHelperLoading: HelperMock = (base) => [
  http.post(`${base}/share-sessions`, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

export const shareHelperDown: HelperMock = (base) => [
  http.post(`${base}/share-sessions`, () =>
    HttpResponse.json(
      { error: { code: 'yoti_unavailable', message: 'Yoti is unavailable', retryable: true } },
      { status: 503 },
    ),
  ),
];

export const statusHelper =
  (summary: Record<string, unknown> | 'down'): HelperMock =>
  (base) => [
    http.get(`${base}/idv-sessions/:id`, () =>
      summary === 'down' ? HttpResponse.error() : HttpResponse.json(summary),
    ),
  ];

const check = (type: string, value: string, reason?: string) => ({
  type,
  state: 'DONE',
  recommendation: { value, ...(reason ? { reason } : {}) },
});

export const SUMMARIES = {
  /** The person is at it: their document captured, not yet their face; nothing sent. */
  ongoing: {
    sessionId: 's',
    state: 'ONGOING',
    outcome: 'PENDING',
    progress: { document: true, face: false, submitted: false },
    checks: [],
  },
  /** The person has finished; Yoti is running the checks. */
  processing: {
    sessionId: 's',
    state: 'ONGOING',
    outcome: 'PENDING',
    progress: { document: true, face: true, submitted: true },
    checks: ['ID_DOCUMENT_AUTHENTICITY', 'LIVENESS', 'ID_DOCUMENT_FACE_MATCH'].map((type) => ({
      type,
      state: 'PROCESSING',
    })),
  },
  approved: {
    sessionId: 's',
    state: 'COMPLETED',
    outcome: 'APPROVED',
    result: 'DONE',
    checks: [
      check('ID_DOCUMENT_AUTHENTICITY', 'APPROVE'),
      check('LIVENESS', 'APPROVE'),
      check('ID_DOCUMENT_FACE_MATCH', 'APPROVE'),
      check('ID_DOCUMENT_TEXT_DATA_CHECK', 'APPROVE'),
    ],
  },
  /** As the helper hands a rejection over by default: no reason (never a fraud signal to the person). */
  rejected: {
    sessionId: 's',
    state: 'COMPLETED',
    outcome: 'REJECTED',
    checks: [
      check('ID_DOCUMENT_AUTHENTICITY', 'REJECT'),
      check('LIVENESS', 'APPROVE'),
      check('ID_DOCUMENT_FACE_MATCH', 'APPROVE'),
    ],
  },
  /** The person's documents wait for a person at the business. */
  review: {
    sessionId: 's',
    state: 'COMPLETED',
    outcome: 'REVIEW',
    checks: [
      check('ID_DOCUMENT_AUTHENTICITY', 'NOT_AVAILABLE'),
      check('LIVENESS', 'APPROVE'),
      check('ID_DOCUMENT_FACE_MATCH', 'APPROVE'),
    ],
  },
  /** A helper with `publicDetail: 'reasons'`: the identity profile's reason is handed over. */
  aborted: {
    sessionId: 's',
    state: 'COMPLETED',
    outcome: 'REJECTED',
    result: 'ABORTED',
    failureReason: 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED',
    checks: [check('ID_DOCUMENT_AUTHENTICITY', 'NOT_AVAILABLE', 'NOT_AVAILABLE')],
  },
  expired: { sessionId: 's', state: 'EXPIRED', outcome: 'EXPIRED', checks: [] },
};

/**
 * A helper that makes a Doc Scan session (on the stand-in IDV page `apiUrl`, allowing a phone and
 * uploads) and tells the person's progress as `progress` says.
 */
export const scanHelper =
  (apiUrl: string, progress = { document: false, face: false, submitted: false }): HelperMock =>
  (base) => [
    http.post(`${base}/idv-sessions`, () =>
      HttpResponse.json(
        {
          sessionId: 'story-session',
          sessionToken: 'story-token',
          ttl: 600,
          iframeUrl: `${apiUrl}/web/index.html`,
          live: false,
          handoff: true,
          upload: true,
        },
        { status: 201 },
      ),
    ),
    http.get(`${base}/idv-sessions/:id`, () =>
      HttpResponse.json({
        sessionId: 'story-session',
        state: 'ONGOING',
        outcome: 'PENDING',
        progress,
        checks: [],
        live: false,
      }),
    ),
  ];

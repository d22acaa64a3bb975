// The helper's back-office answers for the admin stories, built with msw: each a HelperMock
// (stories/mocks.ts), the handlers of a helper at an endpoint.
import { delay, HttpResponse, http, sse } from 'msw';
import type { HelperMock } from './mocks.js';

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

export const ROWS = [
  {
    sessionId: 'a1b2c3d4-0000-4000-8000-000000000001',
    name: 'Sam Person',
    email: 'sam@example.com',
    createdAt: at(4),
    state: 'ONGOING',
    outcome: 'PENDING',
    mediaDeleted: false,
  },
  {
    sessionId: 'a1b2c3d4-0000-4000-8000-000000000002',
    name: 'Priya Shah',
    email: 'priya.shah@example.com',
    createdAt: at(38),
    state: 'COMPLETED',
    outcome: 'APPROVED',
    decision: { value: 'APPROVE', by: 'staff-jordan', byName: 'Jordan Reyes', at: at(20) },
    mediaDeleted: false,
  },
  {
    sessionId: 'a1b2c3d4-0000-4000-8000-000000000003',
    name: 'Tomás García',
    email: 'tomas@example.com',
    createdAt: at(95),
    state: 'COMPLETED',
    outcome: 'REJECTED',
    decision: {
      value: 'REJECT',
      note: 'Document expired',
      by: 'staff-jordan',
      byName: 'Jordan Reyes',
      at: at(60),
    },
    mediaDeleted: true,
  },
  {
    sessionId: 'a1b2c3d4-0000-4000-8000-000000000004',
    createdAt: at(300),
    state: 'EXPIRED',
    outcome: 'EXPIRED',
    mediaDeleted: false,
  },
] as const;

const CHECKS = [
  { id: 'c1', type: 'ID_DOCUMENT_AUTHENTICITY', state: 'DONE', recommendation: { value: 'APPROVE' } },
  { id: 'c2', type: 'LIVENESS', state: 'DONE', recommendation: { value: 'APPROVE' } },
  {
    id: 'c3',
    type: 'ID_DOCUMENT_FACE_MATCH',
    state: 'DONE',
    recommendation: { value: 'APPROVE' },
    manualCheck: 'FALLBACK',
  },
];

export const DETAIL = {
  ...ROWS[1],
  outcome: 'APPROVED',
  decision: undefined,
  mediaDeletesAt: new Date(Date.now() + 29 * 86_400_000).toISOString(),
  checks: CHECKS,
  document: {
    type: 'PASSPORT',
    issuingCountry: 'GBR',
    fields: {
      full_name: 'Priya Shah',
      date_of_birth: '1991-03-08',
      document_number: '533401372',
      expiration_date: '2031-09-30',
    },
  },
  media: [
    { id: 'm-page', kind: 'document-page', mimeType: 'image/*' },
    { id: 'm-photo', kind: 'id-photo', mimeType: 'image/*' },
    { id: 'm-frame', kind: 'liveness-frame', mimeType: 'image/*' },
    { id: 'm-fields', kind: 'document-fields', mimeType: 'application/json' },
  ],
  audit: [
    { at: at(38), by: 'person', action: 'session.created.link' },
    { at: at(31), by: 'yoti', action: 'state.COMPLETED' },
  ],
};

export const REJECTED = {
  ...DETAIL,
  ...ROWS[2],
  mediaDeletesAt: undefined,
  checks: [
    {
      id: 'c1',
      type: 'ID_DOCUMENT_AUTHENTICITY',
      state: 'DONE',
      recommendation: { value: 'REJECT', reason: 'EXPIRED_DOCUMENT' },
    },
    {
      id: 'c3',
      type: 'ID_DOCUMENT_FACE_MATCH',
      state: 'DONE',
      recommendation: { value: 'APPROVE' },
      manualCheck: 'ALWAYS',
    },
  ],
  document: { type: 'DRIVING_LICENCE', issuingCountry: 'ESP' },
  media: [],
  identityProfile: {
    result: 'ABORTED',
    failureReason: 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED',
    schemes: [{ type: 'RTW', met: false }],
  },
};

export const ONGOING = {
  ...ROWS[0],
  checks: [],
  media: [],
  audit: [{ at: at(4), by: 'person', action: 'session.created.link' }],
};

/** A picture standing for a media item, as the sandbox's are: plainly marked. */
const picture = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="150"><rect width="240" height="150" fill="#d6e4f5"/><text x="120" y="70" font-family="monospace" font-size="30" fill="#b42318" text-anchor="middle">SANDBOX</text><text x="120" y="110" font-family="monospace" font-size="14" fill="#1b2733" text-anchor="middle">${label}</text></svg>`;

const forbidden = () =>
  HttpResponse.json(
    {
      error: {
        code: 'admin_forbidden',
        message: 'You do not have access to the back office.',
        retryable: false,
      },
    },
    { status: 403 },
  );

/** Who is signed in: Jordan, who may do everything, unless a story says otherwise. */
export const me = (base: string, permissions = ['view', 'create', 'decide', 'delete']) =>
  http.get(`${base}/admin/me`, () =>
    HttpResponse.json({ id: 'staff-jordan', name: 'Jordan Reyes', permissions }),
  );

const quietStream = (base: string) => sse(`${base}/admin/events`, () => undefined);

/** A list of `rows`, searched and filtered as the helper does. */
export function listHelper(rows: readonly object[] = ROWS, { loading = false } = {}): HelperMock {
  return (base) => [
    quietStream(base),
    me(base),
    http.get(`${base}/admin/sessions`, async ({ request }) => {
      if (loading) await delay('infinite');
      const url = new URL(request.url);
      const query = url.searchParams.get('query')?.toLowerCase() ?? '';
      const state = url.searchParams.get('state');
      const decision = url.searchParams.get('decision');
      const sessions = (
        rows as Array<{ name?: string; email?: string; state: string; decision?: { value: string } }>
      ).filter(
        (row) =>
          (!query || [row.name, row.email].some((value) => value?.toLowerCase().includes(query))) &&
          (!state || row.state === state) &&
          (!decision || (row.decision?.value ?? 'NONE') === decision),
      );
      return HttpResponse.json({ sessions });
    }),
  ];
}

/** A list whose first row completes a moment after it is shown, told over the admin event stream. */
export function liveListHelper(): HelperMock {
  let completed = false;
  return (base) => [
    me(base),
    sse(`${base}/admin/events`, ({ client }) => {
      setTimeout(() => {
        completed = true;
        client.send({
          event: 'record',
          data: JSON.stringify({ ...ROWS[0], state: 'COMPLETED', outcome: 'APPROVED' }),
        } as never);
      }, 800);
    }),
    http.get(`${base}/admin/sessions`, () =>
      HttpResponse.json({
        sessions: [
          {
            ...ROWS[0],
            state: completed ? 'COMPLETED' : 'ONGOING',
            outcome: completed ? 'APPROVED' : 'PENDING',
          },
          ...ROWS.slice(1),
        ],
      }),
    ),
  ];
}

export const forbiddenHelper: HelperMock = (base) => [
  quietStream(base),
  http.all(`${base}/admin/*`, forbidden),
];

export const downHelper: HelperMock = (base) => [
  quietStream(base),
  http.all(`${base}/admin/*`, () =>
    HttpResponse.json(
      {
        error: { code: 'store_unavailable', message: 'The helper cannot reach its store.', retryable: true },
      },
      { status: 503 },
    ),
  ),
];

/** One session for review; decisions and deletions answered as the helper would. */
export function reviewHelper(detail: object = DETAIL, permissions?: string[]): HelperMock {
  let current = { ...detail } as Record<string, unknown>;
  return (base) => [
    quietStream(base),
    me(base, permissions),
    http.get(
      `${base}/admin/sessions/:id/media/:mediaId`,
      ({ params }) =>
        new HttpResponse(picture(String(params.mediaId).replace('m-', '').toUpperCase()), {
          headers: { 'Content-Type': 'image/svg+xml' },
        }),
    ),
    http.get(`${base}/admin/sessions/:id`, () => HttpResponse.json(current)),
    http.post(`${base}/admin/sessions/:id/decision`, async ({ request }) => {
      const { value, note } = (await request.json()) as { value: string; note?: string };
      current = {
        ...current,
        outcome: value === 'APPROVE' ? 'APPROVED' : 'REJECTED',
        decision: {
          value,
          ...(note ? { note } : {}),
          by: 'staff-jordan',
          byName: 'Jordan Reyes',
          at: new Date().toISOString(),
        },
      };
      return HttpResponse.json(current);
    }),
    http.delete(`${base}/admin/sessions/:id/media`, () => {
      current = {
        ...current,
        mediaDeleted: true,
        media: [],
        document: { ...(current.document as object), fields: undefined },
      };
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${base}/admin/sessions/:id`, () => new HttpResponse(null, { status: 204 })),
  ];
}

export const notFoundHelper: HelperMock = (base) => [
  quietStream(base),
  me(base),
  http.get(`${base}/admin/sessions/:id`, () =>
    HttpResponse.json(
      { error: { code: 'session_not_found', message: 'No such IDV session.', retryable: false } },
      { status: 404 },
    ),
  ),
];

export const linkHelper: HelperMock = (base) => [
  quietStream(base),
  me(base),
  http.post(`${base}/admin/links`, () =>
    HttpResponse.json(
      {
        linkId: 'Qx8b3V0mZ2hF1c9kT4rW7a',
        url: `${location.origin}/yoti/links/V2hvIGxvb2tzIGF0IHRoZSBjb2RlIGFueXdheT8`,
        expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
      { status: 201 },
    ),
  ),
];

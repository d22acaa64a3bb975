import type { FaultRoute } from './faults.js';
import { type FaultPlan, parseFault } from './faults.js';
import { json, parseJson, type SandboxResponse } from './http.js';
import { supportedDocuments } from './idv/catalogue.js';
import type { IdvSimulator } from './idv/idv-sessions.js';
import type { idvWebApi } from './idv/web.js';
import { page, pageWords } from './pages.js';
import type { AppIn, SandboxContext, SandboxRoute } from './router.js';
import type { ShareSimulator } from './share/share-sessions.js';

export const SHARE_BASE = '/share';
export const IDV_BASE = '/idverify/v1';

export interface SandboxRouteParts {
  share: ShareSimulator;
  idv: IdvSimulator;
  web: ReturnType<typeof idvWebApi>;
  faults: FaultPlan;
}

type Handle = (context: SandboxContext) => SandboxResponse | Promise<SandboxResponse>;

const shareApi = (
  method: SandboxRoute['method'],
  path: string,
  fault: FaultRoute,
  handle: Handle,
): SandboxRoute => ({
  method,
  path: `${SHARE_BASE}${path}`,
  api: { base: SHARE_BASE, fault, app: 'header' },
  handle,
});
const idvApi = (
  method: SandboxRoute['method'],
  path: string,
  fault: FaultRoute,
  handle: Handle,
  app: AppIn = 'query',
): SandboxRoute => ({ method, path: `${IDV_BASE}${path}`, api: { base: IDV_BASE, fault, app }, handle });
const get = (path: string, handle: Handle): SandboxRoute => ({ method: 'GET', path, handle });
const control = (path: string, handle: Handle): SandboxRoute => ({
  method: 'POST',
  path,
  control: true,
  handle,
});

/**
 * Every route of the sandbox, in one table: Yoti's share API and IDV API as the `yoti` SDK 4.13.2
 * calls them (signed; Yoti's hosted-sandbox response config too), the phone-app page and the IDV
 * web page with what they call, and the sandbox's own controls.
 */
export function sandboxRoutes({ share, idv, web, faults }: SandboxRouteParts): SandboxRoute[] {
  return [
    // Digital ID share (DigitalIdentityClient)
    shareApi('POST', '/v2/sessions', 'share.createSession', ({ request }) =>
      share.createSession(request.body),
    ),
    shareApi('POST', '/v2/sessions/:id/qr-codes', 'share.createQrCode', ({ params }) =>
      share.createQrCode(params.id ?? ''),
    ),
    shareApi('GET', '/v2/sessions/:id', 'share.getSession', ({ params }) =>
      share.getSession(params.id ?? ''),
    ),
    shareApi('GET', '/v2/qr-codes/:id', 'share.getQrCode', ({ params }) => share.getQrCode(params.id ?? '')),
    shareApi('GET', '/v2/receipts/:id', 'share.getReceipt', ({ params }) =>
      share.getReceipt(params.id ?? ''),
    ),
    shareApi('GET', '/v2/wrapped-item-keys/:id', 'share.getItemKey', ({ params }) =>
      share.getItemKey(params.id ?? ''),
    ),

    // Doc Scan / IDV (IDVClient)
    idvApi('POST', '/sessions', 'idv.createSession', ({ request }) => idv.createSession(request.body)),
    idvApi('GET', '/sessions/:id', 'idv.getSession', ({ params }) => idv.getSession(params.id ?? '')),
    idvApi('DELETE', '/sessions/:id', 'idv.deleteSession', ({ params }) =>
      idv.deleteSession(params.id ?? ''),
    ),
    idvApi('GET', '/sessions/:id/media/:mediaId/content', 'idv.getMediaContent', ({ params }) =>
      idv.getMedia(params.id ?? '', params.mediaId ?? ''),
    ),
    idvApi('DELETE', '/sessions/:id/media/:mediaId/content', 'idv.deleteMediaContent', ({ params }) =>
      idv.deleteMedia(params.id ?? '', params.mediaId ?? ''),
    ),
    idvApi('GET', '/sessions/:id/configuration', 'idv.getConfiguration', ({ params }) =>
      idv.getConfiguration(params.id ?? ''),
    ),
    idvApi('POST', '/sessions/:id/resources/face-capture', 'idv.createFaceCapture', ({ request, params }) =>
      idv.createFaceCapture(params.id ?? '', request.body),
    ),
    idvApi(
      'PUT',
      '/sessions/:id/resources/face-capture/:resourceId/image',
      'idv.uploadFaceCaptureImage',
      ({ request, params }) =>
        idv.uploadFaceCaptureImage(
          params.id ?? '',
          params.resourceId ?? '',
          request.body,
          String(request.headers['content-type'] ?? ''),
        ),
    ),
    idvApi('GET', '/sessions/:id/tracked-devices', 'idv.getTrackedDevices', ({ params }) =>
      idv.getTrackedDevices(params.id ?? ''),
    ),
    idvApi('DELETE', '/sessions/:id/tracked-devices', 'idv.deleteTrackedDevices', ({ params }) =>
      idv.deleteTrackedDevices(params.id ?? ''),
    ),
    idvApi(
      'GET',
      '/supported-documents',
      'idv.supportedDocuments',
      ({ request }) =>
        json(200, supportedDocuments(request.url.searchParams.get('includeNonLatin') === 'true')),
      'none',
    ),
    // Yoti's hosted-sandbox API, as @getyoti/sdk-sandbox calls it: how a session, or every
    // session of the application, ends.
    idvApi('PUT', '/sessions/:id/response-config', 'idv.responseConfig', ({ request, params }) =>
      idv.configureSession(params.id ?? '', request.body),
    ),
    idvApi(
      'PUT',
      '/apps/:sdkId/response-config',
      'idv.responseConfig',
      ({ request }) => idv.configureApp(request.body),
      'path',
    ),

    // The IDV web page (framed by any host; the phone page continuing a session, by none) and its calls.
    get(`${IDV_BASE}/web/index.html`, () => page('idv.html', true)),
    get(`${IDV_BASE}/web/`, () => page('idv.html', true)),
    get(`${IDV_BASE}/web/phone`, () => page('idv.html', false)),
    get(`${IDV_BASE}/web/idv.css`, () => page('idv.css', true)),
    get(`${IDV_BASE}/web/idv.js`, () => page('idv.js', true)),
    get(`${IDV_BASE}/web/words.js`, () => page('words.js', true)),
    get(`${IDV_BASE}/web/locale`, ({ request }) => pageWords(request.url.searchParams.get('for') ?? '')),
    control(`${IDV_BASE}/web/session`, ({ request }) => web.session(request)),
    control(`${IDV_BASE}/web/capture`, ({ request }) => web.capture(request)),
    control(`${IDV_BASE}/web/handoff`, ({ request }) => web.handoff(request)),
    control(`${IDV_BASE}/web/handoff/claim`, ({ request }) => web.claim(request)),
    control(`${IDV_BASE}/web/complete`, ({ request }) => web.complete(request)),

    // The stand-in for the Yoti app, opened at a share QR code's URI, and what it calls.
    get('/app/qr/:id', () => page('app.html', false)),
    get('/app/app.css', () => page('app.css', false)),
    get('/app/app.js', () => page('app.js', false)),
    get('/app/words.js', () => page('words.js', false)),
    get('/app/locale', ({ request }) => pageWords(request.url.searchParams.get('for') ?? '')),
    // A share session answered as the phone would, without a QR code in hand (Yoti's browser
    // script, which makes one for a page, talks to Yoti only): a new code, and its phone page.
    get('/sandbox/share/:id', ({ params }) => {
      const made = share.createQrCode(params.id ?? '');
      if (made.status !== 201) return made;
      const { id } = made.body as { id: string };
      return { status: 303, headers: { location: `/app/qr/${encodeURIComponent(id)}` } };
    }),
    get('/sandbox/qr/:id', ({ params }) => {
      const view = share.view(params.id ?? '');
      return view ? json(200, view) : json(404, { message: 'No such QR code' });
    }),
    control('/sandbox/qr/:id/:choice', ({ request, params }) => {
      const body = parseJson(request.body);
      const choices = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      if (params.choice !== 'allow' && params.choice !== 'deny') return json(404, { message: 'Not found' });
      const answer = share.answer(params.id ?? '', {
        allow: params.choice === 'allow',
        selfie: choices.selfie === true,
        ...(typeof choices.profileFailure === 'string' ? { profileFailure: choices.profileFailure } : {}),
      });
      return answer.ok
        ? json(200, { status: params.choice === 'allow' ? 'COMPLETED' : 'FAILED' })
        : json(answer.status, { message: answer.message });
    }),

    // The sandbox's own control: faults for the next calls of a route.
    control('/sandbox/faults', ({ request }) => {
      try {
        const { route, fault } = parseFault(parseJson(request.body));
        faults.add(route, fault);
      } catch (error) {
        return json(400, { message: `sandbox: ${(error as Error).message}` });
      }
      return json(200, { queued: true });
    }),
  ];
}

import QRCode from 'qrcode';
import { isRecord } from '../../shared/json.js';
import { json, parseJson, type SandboxRequest, type SandboxResponse } from '../http.js';
import { PROFILE_FAILURES } from '../identity-profiles.js';
import { deviceOf } from './devices.js';
import type { IdvOutcome, IdvSimulator } from './idv-sessions.js';

/**
 * What the sandbox's IDV web page calls, with the client session token in the body, never in a
 * URL: the session's state (and what the page should ask), each capture step as it is made, the
 * person's ending, and a phone handoff, whose phone holds a one-time code (in its URL's fragment)
 * in place of the token.
 */
export function idvWebApi(idv: IdvSimulator, phoneUrl: (code: string) => string) {
  const seen = new Set<string>();

  /** The session a request names, when its token is right; else the answer refusing it. */
  function authorised(
    request: SandboxRequest,
  ): { id: string; body: Record<string, unknown> } | SandboxResponse {
    const body = parseJson(request.body);
    const fields = isRecord(body) ? body : {};
    const id = typeof fields.sessionId === 'string' ? fields.sessionId : '';
    if (!idv.state(id)) return json(404, { message: 'No such session' });
    const token = typeof fields.sessionToken === 'string' ? fields.sessionToken : '';
    if (!idv.tokenMatches(id, token)) return json(401, { message: 'Wrong session token' });
    return { id, body: fields };
  }

  const device = (request: SandboxRequest) =>
    deviceOf(
      String(request.headers['user-agent'] ?? ''),
      '127.0.0.1',
      String(request.headers['accept-language'] ?? '').split(',')[0] || undefined,
    );

  return {
    session(request: SandboxRequest): SandboxResponse {
      const known = authorised(request);
      if (!('id' in known)) return known;
      if (!seen.has(known.id)) {
        seen.add(known.id);
        idv.trackDevice(known.id, 'CONFIG_FIRST_LOADED', device(request));
      }
      return json(200, { ...idv.state(known.id), profileFailures: PROFILE_FAILURES });
    },

    async handoff(request: SandboxRequest): Promise<SandboxResponse> {
      const known = authorised(request);
      if (!('id' in known)) return known;
      const code = idv.startHandoff(known.id);
      if (!code) return json(409, { message: 'This session cannot be continued on a phone' });
      const url = phoneUrl(code);
      const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return json(200, { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` });
    },

    claim(request: SandboxRequest): SandboxResponse {
      const body = parseJson(request.body);
      const code = isRecord(body) && typeof body.code === 'string' ? body.code : '';
      const claimed = idv.claimHandoff(code);
      return claimed ? json(200, claimed) : json(404, { message: 'This code is used, expired or unknown' });
    },

    /** One step of the capture made (`{step: 'document' | 'face'}`): its resources appear in the session. */
    capture(request: SandboxRequest): SandboxResponse {
      const known = authorised(request);
      if (!('id' in known)) return known;
      const step = known.body.step;
      if (step !== 'document' && step !== 'face')
        return json(400, { message: 'step must be document or face' });
      const result = idv.capture(known.id, step);
      if (!result.ok)
        return json(result.status, { message: result.message, state: idv.state(known.id)?.state });
      idv.trackDevice(known.id, 'RESOURCE_CREATED', device(request));
      return json(200, { captured: step });
    },

    complete(request: SandboxRequest): SandboxResponse {
      const known = authorised(request);
      if (!('id' in known)) return known;
      const { outcome, profileFailure } = known.body;
      const ending: IdvOutcome = outcome === 'reject' || outcome === 'abort' ? outcome : 'approve';
      const result = idv.complete(known.id, {
        outcome: ending,
        ...(typeof profileFailure === 'string' ? { profileFailure } : {}),
      });
      if (!result.ok)
        return json(result.status, { message: result.message, state: idv.state(known.id)?.state });
      idv.trackDevice(known.id, 'RESOURCE_CREATED', device(request));
      return json(200, { state: 'COMPLETED' });
    },
  };
}

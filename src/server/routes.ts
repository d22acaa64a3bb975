import { ApiError } from './core/errors.js';
import type { Caller } from './http/caller.js';
import { answersDirectly } from './http/node-request.js';
import {
  checkWebhookAuth,
  expectNoFields,
  notificationOf,
  readJsonObject,
  sessionInput,
} from './http/request.js';
import type { Route, RouteContext } from './http/router.js';
import type { LiveStatus } from './live/live-status.js';
import type { Bindings } from './sessions/bindings.js';
import type { SessionFlow } from './sessions/flows.js';
import type { ShareSessions } from './sessions/share-sessions.js';
import type { SessionKind } from './store/store.js';

export interface RouteParts {
  share: ShareSessions;
  flows: Record<SessionKind, SessionFlow>;
  bindings: Bindings;
  live: LiveStatus;
  webhookAuthToken?: string;
}

const withCookie = (setCookie: string | undefined): Record<string, string> =>
  setCookie ? { 'Set-Cookie': setCookie } : {};

const LAST_EVENT_ID = /^[0-9-]{1,64}$/;

/**
 * The helper's routes, under `basePath`: what each one does, and nothing else. The router applies
 * the origin policy, CORS, limits and error answers around every one of them.
 */
export function helperRoutes({ share, flows, bindings, live, webhookAuthToken }: RouteParts): Route[] {
  /** A session's event stream, for the caller that started it, when Yoti notifies the helper of it. */
  async function stream(
    kind: SessionKind,
    { request, params, caller, cors }: RouteContext,
  ): Promise<Response> {
    const record = await bindings.bound(kind, params.id as string, caller);
    if (!record.live) {
      throw new ApiError(
        404,
        'stream_unavailable',
        'Yoti does not notify this helper about this session: poll it.',
        { retryable: false },
      );
    }
    const lastEventId = request.headers.get('last-event-id') ?? undefined;
    if (lastEventId !== undefined && !LAST_EVENT_ID.test(lastEventId)) {
      throw new ApiError(400, 'invalid_last_event_id', 'Last-Event-ID is not one this helper sent.', {
        field: 'Last-Event-ID',
      });
    }
    return live.stream(kind, params.id as string, {
      lastEventId,
      signal: request.signal,
      direct: answersDirectly(request),
      caller: record.caller,
      expiresAt: record.expiresAt,
      headers: cors,
    });
  }

  /** Create, read and follow a session of `kind`: `/{kind}-sessions`, `/:id`, `/:id/events`. */
  const sessionRoutes = (kind: SessionKind): Route[] => [
    {
      method: 'POST',
      path: `/${kind}-sessions`,
      access: 'create',
      async handle({ request, caller, reply }) {
        const body = await readJsonObject(request);
        if (kind !== 'idv') expectNoFields(body);
        const input = kind === 'idv' ? sessionInput(body) : {};
        const created = await flows[kind].create(request, caller as Caller, input);
        return reply(201, created, withCookie(caller?.setCookie));
      },
    },
    {
      method: 'GET',
      path: `/${kind}-sessions/:id`,
      access: 'read',
      async handle({ params, caller, reply }) {
        const id = params.id as string;
        const record = await bindings.bound(kind, id, caller);
        const { state, update } = await flows[kind].read(id, record);
        // A state read for one browser is news for the others that follow the session.
        if (record.live) await live.publish(kind, id, update);
        return reply(200, state);
      },
    },
    {
      method: 'GET',
      path: `/${kind}-sessions/:id/events`,
      access: 'read',
      stream: true,
      handle: (context) => stream(kind, context),
    },
  ];

  return [
    ...sessionRoutes('share'),
    {
      method: 'POST',
      path: '/share-sessions/:id/qr-codes',
      access: 'read',
      async handle({ request, params, caller, reply }) {
        expectNoFields(await readJsonObject(request));
        const record = await bindings.bound('share', params.id as string, caller);
        return reply(201, await share.qrCode(params.id as string, record));
      },
    },
    ...sessionRoutes('idv'),
    {
      method: 'POST',
      path: '/notifications',
      access: 'webhook',
      async handle({ request, reply }) {
        if (!webhookAuthToken) {
          throw new ApiError(
            404,
            'notifications_not_configured',
            'Notifications are off: set `webhookAuthToken`.',
            { retryable: false },
          );
        }
        checkWebhookAuth(request, webhookAuthToken);
        const { kind, sessionId } = notificationOf(await readJsonObject(request));
        // Nothing is taken from the notification but which session changed: its state is read
        // from Yoti (so a duplicate or late one changes nothing), for a session this helper made.
        if ((await bindings.find(kind, sessionId))?.live) await live.refresh(kind, sessionId);
        return reply(200, { received: true });
      },
    },
  ];
}

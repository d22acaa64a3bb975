import type { Actor, Permission } from '../../shared/back-office.js';
import { ApiError } from '../core/errors.js';
import type { Limits } from '../http/limits.js';
import { answersDirectly } from '../http/node-request.js';
import type { OriginPolicy } from '../http/origin.js';
import { readJsonObject, sessionInput } from '../http/request.js';
import type { Route, RouteContext, Staff } from '../http/router.js';
import { EventStream } from '../live/event-stream.js';
import { DECISION_VALUES, MAX_PAGE, RECORD_STATES, type RecordQuery } from '../store/records.js';
import type { BackOffice } from './back-office.js';
import { type LinkPageSettings, linkPage, linkPageScript } from './link-page.js';
import type { IdvLinks } from './links.js';

export interface AdminRouteParts {
  backOffice: BackOffice;
  links: IdvLinks;
  limits: Limits;
  origins: OriginPolicy;
  page: LinkPageSettings;
  /** The host's own page for a link, when it has one: the helper's page sends people there. */
  hostPage?: (code: string) => string;
}

const CURSOR = /^\d{15}:[A-Za-z0-9_-][A-Za-z0-9._~-]{0,255}$/;
/** The media types passed on as they are; anything else goes as bytes the browser will not run. */
const MEDIA_TYPES = /^(image\/(png|jpeg|webp|gif|heic)|application\/(json|pdf))$/;

/** Refuses a body field other than `allowed` (400 `unknown_field`), naming it. */
function onlyFields(body: Record<string, unknown>, allowed: string[], what: string): void {
  const unknown = Object.keys(body).find((key) => !allowed.includes(key));
  if (unknown) {
    throw new ApiError(400, 'unknown_field', `${what} takes no field ${unknown.slice(0, 40)}.`, {
      field: unknown.slice(0, 40),
    });
  }
}

const noContent = (cors: Record<string, string>) => new Response(null, { status: 204, headers: cors });
const staffOf = (context: RouteContext): Staff => context.staff as Staff;
/** The staff member making a request, as the audit names them. */
const actor = (context: RouteContext): Actor => {
  const { id, name } = staffOf(context);
  return { by: id, ...(name ? { byName: name } : {}) };
};

/** The list's query, from the URL: each parameter checked, anything else refused. */
function listQuery(url: URL): RecordQuery {
  const known = new Set(['query', 'state', 'decision', 'cursor', 'limit']);
  const query: RecordQuery = {};
  for (const [name, value] of url.searchParams) {
    if (!known.has(name))
      throw new ApiError(400, 'unknown_parameter', `The list takes no parameter ${name.slice(0, 40)}.`, {
        field: name.slice(0, 40),
      });
    if (value === '') continue;
    if (name === 'query') {
      if (value.length > 200)
        throw new ApiError(400, 'invalid_query', 'The search is at most 200 characters.', { field: 'query' });
      query.query = value;
    } else if (name === 'state') {
      if (!(RECORD_STATES as readonly string[]).includes(value))
        throw new ApiError(400, 'invalid_state', `state should be one of ${RECORD_STATES.join(', ')}.`, {
          field: 'state',
        });
      query.state = value as RecordQuery['state'];
    } else if (name === 'decision') {
      if (![...DECISION_VALUES, 'NONE'].includes(value))
        throw new ApiError(400, 'invalid_decision', 'decision should be APPROVE, REJECT or NONE.', {
          field: 'decision',
        });
      query.decision = value as RecordQuery['decision'];
    } else if (name === 'cursor') {
      if (!CURSOR.test(value))
        throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this list gave.', {
          field: 'cursor',
        });
      query.cursor = value;
    } else {
      const limit = Number(value);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
        throw new ApiError(400, 'invalid_limit', `limit should be a whole number from 1 to ${MAX_PAGE}.`, {
          field: 'limit',
        });
      query.limit = limit;
    }
  }
  return query;
}

/**
 * The back office's routes under `{basePath}/admin/` (each asks the host's `authorize` first: the
 * router does that for `admin` access), and the person's side of links under `{basePath}/links/`.
 */
export function adminRoutes({
  backOffice,
  links,
  limits,
  origins,
  page,
  hostPage,
}: AdminRouteParts): Route[] {
  /** The stream of record changes: `event: record`, the list row (or `{deleted}`) as JSON. */
  async function events({ request, cors, staff }: RouteContext): Promise<Response> {
    const release = limits.openStaffStream((staff as Staff).id);
    const stream = new EventStream(request.signal, 'record', answersDirectly(request));
    stream.onEnd(release);
    let sent = 0;
    const unfollow = await backOffice.follow((change) => {
      sent += 1;
      stream.send({
        id: String(sent),
        data: JSON.stringify('row' in change ? change.row : change),
        terminal: false,
      });
    });
    stream.onEnd(unfollow);
    return stream.response(cors, limits.streamMaxSeconds);
  }

  const admin = (
    method: Route['method'],
    path: string,
    permission: Permission,
    handle: Route['handle'],
  ): Route => ({ method, path: `/admin${path}`, access: 'admin', permission, handle });

  return [
    // The person's side: the link's page, the script it runs, and the redemption.
    {
      method: 'GET',
      path: '/links/assets/yoti-elements.js',
      access: 'link',
      async handle({ cors }) {
        const script = await linkPageScript();
        if (!script)
          throw new ApiError(404, 'not_built', 'The elements are not built: run npm run build.', {
            retryable: false,
          });
        for (const [name, value] of Object.entries(cors)) script.headers.set(name, value);
        return script;
      },
    },
    {
      method: 'GET',
      path: '/links/assets/chunks/:file',
      access: 'link',
      async handle({ cors, params }) {
        const script = await linkPageScript(params.file);
        if (!script) throw new ApiError(404, 'not_found', 'No such file.', { retryable: false });
        for (const [name, value] of Object.entries(cors)) script.headers.set(name, value);
        return script;
      },
    },
    {
      method: 'GET',
      path: '/links/:code',
      access: 'link',
      async handle({ request, params }) {
        if (hostPage) return Response.redirect(hostPage(params.code as string), 303);
        try {
          await links.open(params.code as string);
        } catch (error) {
          if (error instanceof ApiError) return linkPage(request, '', page, error);
          throw error;
        }
        return linkPage(request, params.code as string, page);
      },
    },
    {
      method: 'POST',
      path: '/links/:code/session',
      access: 'link',
      async handle({ request, params, reply }) {
        const { locale } = sessionInput(await readJsonObject(request));
        const { session, caller } = await links.redeem(params.code as string, request, locale);
        return reply(200, session, caller.setCookie ? { 'Set-Cookie': caller.setCookie } : {});
      },
    },

    // Staff's side.
    admin('POST', '/links', 'create', async (context) => {
      const body = await readJsonObject(context.request);
      onlyFields(body, ['name', 'email', 'expiresIn'], 'A link');
      const origin = origins.ownOrigin(context.request);
      return context.reply(
        201,
        await links.create(body as { name: unknown; email: unknown }, actor(context), origin),
      );
    }),
    admin('DELETE', '/links/:linkId', 'create', async (context) => {
      await links.revoke(context.params.linkId as string, actor(context));
      return noContent(context.cors);
    }),
    admin('GET', '/sessions', 'view', async ({ request, reply }) =>
      reply(200, await backOffice.list(listQuery(new URL(request.url)))),
    ),
    admin('GET', '/sessions/:id', 'view', async ({ params, reply }) =>
      reply(200, await backOffice.get(params.id as string)),
    ),
    admin('GET', '/sessions/:id/media/:mediaId', 'view', async ({ params, cors }) => {
      const media = await backOffice.media(params.id as string, params.mediaId as string);
      const type = String(media?.getMimeType() ?? '');
      return new Response(new Uint8Array(media?.getContent() ?? Buffer.alloc(0)), {
        status: 200,
        headers: {
          ...cors,
          'Content-Type': MEDIA_TYPES.test(type) ? type : 'application/octet-stream',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cross-Origin-Resource-Policy': 'same-origin',
        },
      });
    }),
    admin('POST', '/sessions/:id/decision', 'decide', async (context) => {
      const body = await readJsonObject(context.request);
      onlyFields(body, ['value', 'note'], 'A decision');
      const record = await backOffice.decide(
        context.params.id as string,
        { value: body.value, note: body.note },
        actor(context),
      );
      return context.reply(200, record);
    }),
    admin('DELETE', '/sessions/:id/media', 'delete', async (context) => {
      await backOffice.deleteMedia(context.params.id as string, undefined, actor(context));
      return noContent(context.cors);
    }),
    admin('DELETE', '/sessions/:id/media/:mediaId', 'delete', async (context) => {
      await backOffice.deleteMedia(
        context.params.id as string,
        context.params.mediaId as string,
        actor(context),
      );
      return noContent(context.cors);
    }),
    admin('DELETE', '/sessions/:id', 'delete', async (context) => {
      await backOffice.deleteSession(context.params.id as string);
      return noContent(context.cors);
    }),
    { ...admin('GET', '/events', 'view', events), stream: true },
    admin('GET', '/me', 'view', async (context) => {
      const { id, name, permissions } = staffOf(context);
      return context.reply(200, { id, name: name ?? id, permissions });
    }),
  ];
}

import type { PgPool } from './postgres-records.js';
import {
  auditJson,
  changePayload,
  likeAnywhere,
  linkJson,
  makeTables,
  recordJson,
  rowJson,
} from './postgres-sql.js';
import {
  checkRecord,
  DEFAULT_PAGE,
  type IdvLink,
  type IdvRecord,
  type IdvRecordRow,
  type RecordPatch,
  sortKey,
  type YotiRecords,
} from './records.js';

export interface StatementParts {
  pool: PgPool;
  schema: string;
  /** Runs a step, its failures turned into the store's errors (postgres-records.ts). */
  guarded<T>(run: () => Promise<T>): Promise<T>;
}

/** Each field a patch may change, its column and type: derived from RecordPatch, so a new field needs its column. */
const PATCH_COLUMNS: { [field in keyof Required<RecordPatch>]: [string, string] } = {
  state: ['state', 'text'],
  outcome: ['outcome', 'text'],
  result: ['result', 'text'],
  decision: ['decision', 'jsonb'],
  mediaDeleted: ['media_deleted', 'boolean'],
  deletedMedia: ['deleted_media', 'jsonb'],
  completedAt: ['completed_at', 'timestamptz'],
};
const RECORD_COLUMNS =
  'session_id, link_id, name, email, created_at, state, outcome, result, decision, media_deleted, deleted_media, completed_at, manual_checks';
const LINK_COLUMNS =
  'link_id, name, email, spec, created_at, expires_at, created_by, revoked_at, caller, session';
/** How often expired links (a month past their expiry) are cleared, ms. */
const CLEAR_LINKS_EVERY_MS = 3_600_000;

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const parsed = <T>(text: unknown): T => JSON.parse(String(text)) as T;
/** A cursor (sortKey: `%015d:sessionId`) as its time (ms) and session ID. */
const cursorOf = (cursor: string) => [Number(cursor.slice(0, 15)), cursor.slice(16)] as const;

/** Every query the Postgres records make, each value a parameter (identifiers: the checked schema's). */
export function postgresStatements({ pool, schema, guarded }: StatementParts) {
  const s = `"${schema}"`;
  const channel = `${schema}_records`;
  let made: Promise<void> | undefined;
  let linksClearedAt = 0;

  const ready = () => {
    made ??= makeTables(pool, schema).catch((error) => {
      made = undefined;
      throw error;
    });
    return made;
  };
  /** A step once the tables are there. */
  const step = <T>(run: () => Promise<T>) =>
    guarded(async () => {
      await ready();
      return run();
    });
  const query = (text: string, values: unknown[]) => pool.query(text, values);

  const row = (sessionId: string) =>
    step(async () => {
      const { rows } = await query(
        `SELECT ${rowJson('r')}::text AS row FROM ${s}.records r WHERE r.session_id = $1`,
        [sessionId],
      );
      return rows[0] ? parsed<IdvRecordRow>(rows[0].row) : undefined;
    });

  const records: Omit<YotiRecords, 'follow'> = {
    create: async (record) => {
      checkRecord(record);
      return step(async () => {
        const { audit, ...fields } = record;
        const values = [
          fields.sessionId,
          fields.linkId ?? null,
          fields.name ?? null,
          fields.email ?? null,
          fields.createdAt,
          fields.state,
          fields.outcome,
          fields.result ?? null,
          json(fields.decision),
          fields.mediaDeleted,
          json(fields.deletedMedia),
          fields.completedAt ?? null,
          json(fields.manualChecks),
          JSON.stringify(
            audit.map(({ at, by, byName, action }) => ({ at, by, by_name: byName ?? null, action })),
          ),
          channel,
        ];
        await query(
          `WITH saved AS (
            INSERT INTO ${s}.records (${RECORD_COLUMNS})
            VALUES ($1, $2, $3, $4, $5::timestamptz, $6, $7, $8, $9::jsonb, $10, $11::jsonb, $12::timestamptz, $13::jsonb)
            ON CONFLICT (session_id) DO UPDATE SET (${RECORD_COLUMNS}) = (
              EXCLUDED.session_id, EXCLUDED.link_id, EXCLUDED.name, EXCLUDED.email, EXCLUDED.created_at, EXCLUDED.state,
              EXCLUDED.outcome, EXCLUDED.result, EXCLUDED.decision, EXCLUDED.media_deleted, EXCLUDED.deleted_media,
              EXCLUDED.completed_at, EXCLUDED.manual_checks)
            RETURNING *
          ), cleared AS (
            DELETE FROM ${s}.audit WHERE session_id = $1
          ), logged AS (
            INSERT INTO ${s}.audit (session_id, at, actor, actor_name, action)
            SELECT $1, a.at, a.by, a.by_name, a.action
            FROM ROWS FROM (jsonb_to_recordset($14::jsonb) AS (at timestamptz, "by" text, by_name text, action text))
              WITH ORDINALITY AS a(at, "by", by_name, action, n)
            ORDER BY a.n
          )
          SELECT pg_notify($15, ${changePayload('saved')}) FROM saved`,
          values,
        );
      });
    },
    get: (sessionId) =>
      step(async () => {
        const { rows } = await query(
          `SELECT ${recordJson('r')}::text AS record,
            (SELECT coalesce(json_agg(${auditJson('a')} ORDER BY a.id), '[]')::text FROM ${s}.audit a WHERE a.session_id = r.session_id) AS audit
          FROM ${s}.records r WHERE r.session_id = $1`,
          [sessionId],
        );
        const found = rows[0];
        return found ? { ...parsed<IdvRecord>(found.record), audit: parsed(found.audit) } : undefined;
      }),
    update: (sessionId, patch: RecordPatch, audit) =>
      step(async () => {
        const values: unknown[] = [sessionId, audit?.at ?? null, audit?.by ?? null, audit?.byName ?? null];
        values.push(audit?.action ?? null, audit !== undefined, channel);
        const sets = Object.entries(patch).map(([field, value]) => {
          const [column, type] = PATCH_COLUMNS[field as keyof RecordPatch];
          values.push(type === 'jsonb' ? json(value) : (value ?? (type === 'boolean' ? false : null)));
          return `${column} = $${values.length}::${type}`;
        });
        const { rows } = await query(
          `WITH updated AS (
            UPDATE ${s}.records SET ${sets.length > 0 ? sets.join(', ') : 'state = state'} WHERE session_id = $1 RETURNING *
          ), logged AS (
            INSERT INTO ${s}.audit (session_id, at, actor, actor_name, action)
            SELECT session_id, $2::timestamptz, $3, $4, $5 FROM updated WHERE $6::boolean
            RETURNING id, at, actor, actor_name, action
          ), told AS (
            SELECT pg_notify($7, ${changePayload('updated')}) FROM updated
          )
          SELECT ${recordJson('u')}::text AS record,
            (SELECT coalesce(json_agg(${auditJson('e')} ORDER BY e.id), '[]')::text FROM (
              SELECT id, at, actor, actor_name, action FROM ${s}.audit WHERE session_id = u.session_id
              UNION ALL SELECT id, at, actor, actor_name, action FROM logged) e) AS audit,
            (SELECT count(*) FROM told) AS told
          FROM updated u`,
          values,
        );
        const found = rows[0];
        return found ? { ...parsed<IdvRecord>(found.record), audit: parsed(found.audit) } : undefined;
      }),
    delete: (sessionId) =>
      step(async () => {
        const { rows } = await query(
          `WITH gone AS (
            DELETE FROM ${s}.records WHERE session_id = $1 RETURNING session_id
          ), told AS (
            SELECT pg_notify($2, json_build_object('deleted', session_id)::text) FROM gone
          )
          SELECT (SELECT count(*) FROM gone) AS gone, (SELECT count(*) FROM told) AS told`,
          [sessionId, channel],
        );
        return Number(rows[0]?.gone) > 0;
      }),
    list: (query_) =>
      step(async () => {
        const limit = query_.limit ?? DEFAULT_PAGE;
        const values: unknown[] = [];
        const where: string[] = [];
        const add = (value: unknown) => `$${values.push(value)}`;
        if (query_.cursor) {
          const [ms, id] = cursorOf(query_.cursor);
          where.push(
            `(r.created_at, r.session_id) < ('epoch'::timestamptz + ${add(ms)}::bigint * interval '1 millisecond', ${add(id)})`,
          );
        }
        const text = query_.query?.trim();
        if (text) {
          const like = add(likeAnywhere(text));
          where.push(`(r.name ILIKE ${like} ESCAPE E'\\\\' OR r.email ILIKE ${like} ESCAPE E'\\\\')`);
        }
        if (query_.state) where.push(`r.state = ${add(query_.state)}`);
        if (query_.decision === 'NONE') where.push('r.decision IS NULL');
        else if (query_.decision) where.push(`r.decision->>'value' = ${add(query_.decision)}`);
        const { rows } = await query(
          `SELECT ${rowJson('r')}::text AS row FROM ${s}.records r
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY r.created_at DESC, r.session_id DESC LIMIT ${add(limit + 1)}`,
          values,
        );
        const sessions = rows.slice(0, limit).map((found) => parsed<IdvRecordRow>(found.row));
        return rows.length > limit
          ? { sessions, next: sortKey(sessions.at(-1) as IdvRecordRow) }
          : { sessions };
      }),
    due: ({ kind, before, limit }) =>
      step(async () => {
        const column = kind === 'media' ? 'completed_at' : 'created_at';
        const only =
          kind === 'media' ? 'AND NOT media_deleted' : kind === 'unnamed' ? 'AND link_id IS NULL' : '';
        const { rows } = await query(
          `SELECT session_id FROM ${s}.records WHERE ${column} < $1::timestamptz ${only}
          ORDER BY ${column}, session_id LIMIT $2`,
          [before, limit],
        );
        return rows.map((found) => String(found.session_id));
      }),
    putLink: (link: IdvLink) =>
      step(async () => {
        await query(
          `INSERT INTO ${s}.links (${LINK_COLUMNS})
          VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, 'epoch'::timestamptz + $6::float8 * interval '1 millisecond',
            $7, $8::timestamptz, $9, $10::jsonb)
          ON CONFLICT (link_id) DO UPDATE SET (${LINK_COLUMNS}) = (EXCLUDED.link_id, EXCLUDED.name, EXCLUDED.email,
            EXCLUDED.spec, EXCLUDED.created_at, EXCLUDED.expires_at, EXCLUDED.created_by, EXCLUDED.revoked_at,
            EXCLUDED.caller, EXCLUDED.session)`,
          [
            link.linkId,
            link.name,
            link.email,
            json(link.spec),
            link.createdAt,
            link.expiresAt,
            link.createdBy,
            link.revokedAt ?? null,
            link.caller ?? null,
            json(link.session),
          ],
        );
        // Links a month past their expiry are kept no longer (the Redis ones expire then too).
        if (Date.now() - linksClearedAt > CLEAR_LINKS_EVERY_MS) {
          linksClearedAt = Date.now();
          await query(`DELETE FROM ${s}.links WHERE expires_at < now() - interval '30 days'`, []);
        }
      }),
    getLink: (linkId) =>
      step(async () => {
        const { rows } = await query(
          `SELECT ${linkJson('l')}::text AS link FROM ${s}.links l WHERE l.link_id = $1`,
          [linkId],
        );
        return rows[0] ? parsed<IdvLink>(rows[0].link) : undefined;
      }),
    claimLink: (linkId, caller) =>
      step(async () => {
        const { rows } = await query(
          `UPDATE ${s}.links l SET caller = coalesce(l.caller, $2) WHERE l.link_id = $1 RETURNING ${linkJson('l')}::text AS link`,
          [linkId, caller],
        );
        return rows[0] ? parsed<IdvLink>(rows[0].link) : undefined;
      }),
    updateLink: (linkId, patch) =>
      step(async () => {
        const values: unknown[] = [linkId];
        const sets: string[] = [];
        if ('session' in patch) sets.push(`session = $${values.push(json(patch.session))}::jsonb`);
        if ('revokedAt' in patch)
          sets.push(`revoked_at = $${values.push(patch.revokedAt ?? null)}::timestamptz`);
        if (sets.length > 0)
          await query(`UPDATE ${s}.links SET ${sets.join(', ')} WHERE link_id = $1`, values);
      }),
  };
  return { ready, row, records };
}

/**
 * The Postgres records' tables and the SQL that reads them back as the records' JSON (built by
 * Postgres itself, so one mapping serves reads and the changes sent by NOTIFY). Identifiers are
 * the schema's name, checked by `checkSchema` and quoted; every value is a query parameter.
 */
import type { PgPool } from './postgres-records.js';

/** A schema name: lower-case letters, digits and underscores, not starting with a digit. */
export function checkSchema(schema: unknown): string {
  if (typeof schema !== 'string' || !/^[a-z_][a-z0-9_]{0,50}$/.test(schema))
    throw new TypeError(
      'postgresRecords: `schema` should be a lower-case name (letters, digits, _), e.g. yoti',
    );
  return schema;
}

/** An ISO 8601 string of a timestamptz, in UTC to the millisecond (what toISOString gives). */
export const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A records row (`t`) as the list shows it: the JSON of an IdvRecordRow. */
export const rowJson = (t: string) => `json_strip_nulls(json_build_object(
  'sessionId', ${t}.session_id, 'linkId', ${t}.link_id, 'name', ${t}.name, 'email', ${t}.email,
  'createdAt', ${iso(`${t}.created_at`)}, 'state', ${t}.state, 'outcome', ${t}.outcome,
  'result', ${t}.result, 'decision', ${t}.decision, 'mediaDeleted', ${t}.media_deleted))`;

/** A records row (`t`) as `get` gives it, but its audit: the row and what retention and the review read. */
export const recordJson = (t: string) => `(${rowJson(t)}::jsonb || jsonb_strip_nulls(jsonb_build_object(
  'completedAt', ${iso(`${t}.completed_at`)}, 'deletedMedia', ${t}.deleted_media,
  'manualChecks', ${t}.manual_checks)))`;

/** An audit row (`a`) as an AuditEntry's JSON. */
export const auditJson = (a: string) =>
  `json_strip_nulls(json_build_object('at', ${iso(`${a}.at`)}, 'by', ${a}.actor, 'byName', ${a}.actor_name, 'action', ${a}.action))`;

/** A links row (`l`) as an IdvLink's JSON. */
export const linkJson = (l: string) => `json_strip_nulls(json_build_object(
  'linkId', ${l}.link_id, 'name', ${l}.name, 'email', ${l}.email, 'spec', ${l}.spec,
  'createdAt', ${iso(`${l}.created_at`)}, 'expiresAt', (extract(epoch from ${l}.expires_at) * 1000)::float8,
  'createdBy', ${l}.created_by, 'revokedAt', ${iso(`${l}.revoked_at`)}, 'caller', ${l}.caller,
  'session', ${l}.session))`;

/**
 * What NOTIFY carries for a changed row (`t`): the list row, or only its session ID when the row
 * would not fit in a notification (8000 bytes; a long decision note), which the listener reads.
 */
export const changePayload = (
  t: string,
) => `CASE WHEN octet_length(json_build_object('row', ${rowJson(t)})::text) < 7900
  THEN json_build_object('row', ${rowJson(t)})::text
  ELSE json_build_object('changed', ${t}.session_id)::text END`;

/** The tables, made on first use (under an advisory lock, so that two instances starting at once do not race). */
export function schemaStatements(schema: string, trgm: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.records (
      session_id text PRIMARY KEY,
      link_id text,
      name text,
      email text,
      created_at timestamptz NOT NULL,
      state text NOT NULL,
      outcome text NOT NULL,
      result text,
      decision jsonb,
      media_deleted boolean NOT NULL DEFAULT false,
      deleted_media jsonb,
      completed_at timestamptz,
      manual_checks jsonb
    )`,
    `CREATE INDEX IF NOT EXISTS records_by_time ON ${s}.records (created_at, session_id)`,
    `CREATE INDEX IF NOT EXISTS records_name_trgm ON ${s}.records USING gin (name "${trgm}".gin_trgm_ops) WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS records_email_trgm ON ${s}.records USING gin (email "${trgm}".gin_trgm_ops) WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS records_unnamed ON ${s}.records (created_at) WHERE link_id IS NULL`,
    `CREATE INDEX IF NOT EXISTS records_media ON ${s}.records (completed_at) WHERE NOT media_deleted AND completed_at IS NOT NULL`,
    `CREATE TABLE IF NOT EXISTS ${s}.audit (
      id bigserial PRIMARY KEY,
      session_id text NOT NULL REFERENCES ${s}.records (session_id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      actor text NOT NULL,
      actor_name text,
      action text NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS audit_by_session ON ${s}.audit (session_id, id)`,
    `CREATE TABLE IF NOT EXISTS ${s}.links (
      link_id text PRIMARY KEY,
      name text NOT NULL,
      email text NOT NULL,
      spec jsonb,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      created_by text NOT NULL,
      revoked_at timestamptz,
      caller text,
      session jsonb
    )`,
    `CREATE INDEX IF NOT EXISTS links_expiry ON ${s}.links (expires_at)`,
  ];
}

/** Makes the tables when missing, under an advisory lock (two instances starting at once do not race). */
export async function makeTables(pool: PgPool, schema: string): Promise<void> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`yoti-elements:${schema}`]);
    const trgm = async () =>
      (
        await client.query(
          "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'",
        )
      ).rows[0]?.nspname as string | undefined;
    let where = await trgm();
    if (!where) {
      await client.query('SAVEPOINT trgm');
      try {
        await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT trgm');
        throw new Error(
          `the search needs the pg_trgm extension, which this user cannot create (${(error as Error).message}): run CREATE EXTENSION pg_trgm as a superuser (Debian: apt-get install postgresql-contrib)`,
        );
      }
      where = (await trgm()) as string;
    }
    for (const statement of schemaStatements(schema, where)) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    broken = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release(broken);
  }
}

/** `%`, `_` and `\` in a search are themselves, not LIKE's wildcards: each escaped with `\`. */
export const likeAnywhere = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

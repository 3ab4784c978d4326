import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The initial schema. FROZEN: once released, never edit this file; add 0002-… instead.
 * It imports only kysely (migrations describe the database as it was, not the current src/).
 * SQL is limited to what PostgreSQL 15 has (the server); PGlite is 18.
 */

/** Any constant works; it only has to be the same for every writer of the audit chain. */
const AUDIT_CHAIN_LOCK = 70_130_001;

const STATUSES = "'DRAFT','PROVINCIAL_REVIEW','NATIONAL_REVIEW','RETURNED','APPROVED','CONNECTED','SUSPENDED','REJECTED','WITHDRAWN','REVOKED'";
const ROLES = "'SUBMITTER','PROVINCIAL_REVIEWER','NATIONAL_REVIEWER','NATIONAL_ADMIN'";

const STATEMENTS: readonly string[] = [
  // ---- reference data -------------------------------------------------------------------------
  `CREATE TABLE provinces (
     code text PRIMARY KEY,
     name text NOT NULL,
     valid_from date NOT NULL,
     valid_to date NULL,
     successor_code text NULL REFERENCES provinces(code),
     CHECK (valid_to IS NULL OR valid_to > valid_from),
     CHECK (successor_code IS NULL OR valid_to IS NOT NULL)
   )`,
  `CREATE TABLE units (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     kind text NOT NULL CHECK (kind IN ('OWNER','PC06','C06')),
     level text NOT NULL CHECK (level IN ('CENTRAL','LOCAL')),
     province_code text NULL REFERENCES provinces(code),
     name text NOT NULL CHECK (length(btrim(name)) > 0),
     parent_body text NULL,
     address text NULL,
     head_name text NULL,
     head_title text NULL,
     active boolean NOT NULL DEFAULT true,
     created_at timestamptz NOT NULL DEFAULT now(),
     -- domain.md §1/§3: PC06 is the police of one province; C06 is central; an owner unit is
     -- LOCAL with a province or CENTRAL without one (routing depends on it).
     CONSTRAINT units_kind_level CHECK (
       (kind = 'PC06' AND level = 'LOCAL' AND province_code IS NOT NULL)
       OR (kind = 'C06' AND level = 'CENTRAL' AND province_code IS NULL)
       OR (kind = 'OWNER' AND ((level = 'LOCAL') = (province_code IS NOT NULL)))
     )
   )`,
  `CREATE UNIQUE INDEX units_one_pc06_per_province ON units (province_code) WHERE kind = 'PC06' AND active`,
  `CREATE UNIQUE INDEX units_one_c06 ON units ((kind)) WHERE kind = 'C06' AND active`,
  `CREATE UNIQUE INDEX units_name_per_province ON units (kind, coalesce(province_code, ''), lower(name))`,
  `CREATE TABLE services (
     code text PRIMARY KEY,
     name text NOT NULL,
     active boolean NOT NULL DEFAULT true,
     sort_order integer NOT NULL DEFAULT 0
   )`,
  `CREATE TABLE calendar_days (
     day date PRIMARY KEY,
     kind text NOT NULL CHECK (kind IN ('HOLIDAY','WORKING_WEEKEND')),
     name text NOT NULL
   )`,
  `CREATE TABLE policies (
     key text PRIMARY KEY,
     value jsonb NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now(),
     updated_by uuid NULL
   )`,

  // ---- people and sessions --------------------------------------------------------------------
  `CREATE TABLE users (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     username text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
     display_name text NOT NULL,
     email text NULL,
     password_hash text NOT NULL,
     role text NOT NULL CHECK (role IN (${ROLES})),
     unit_id uuid NOT NULL REFERENCES units(id),
     active boolean NOT NULL DEFAULT true,
     created_at timestamptz NOT NULL DEFAULT now(),
     disabled_at timestamptz NULL,
     password_changed_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX users_unit ON users (unit_id)`,
  `CREATE TABLE sessions (
     sid text PRIMARY KEY,
     user_id uuid NOT NULL REFERENCES users(id),
     data jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     last_seen_at timestamptz NOT NULL DEFAULT now(),
     expires_at timestamptz NOT NULL,
     revoked_at timestamptz NULL
   )`,
  `CREATE INDEX sessions_user ON sessions (user_id)`,
  // Throttling counts failures here, not in memory, so that two server processes share it.
  `CREATE TABLE login_failures (
     key text NOT NULL,
     failed_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX login_failures_key_time ON login_failures (key, failed_at)`,

  // ---- systems and dossiers -------------------------------------------------------------------
  `CREATE TABLE systems (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     owner_unit_id uuid NOT NULL REFERENCES units(id),
     name text NOT NULL,
     purpose text NOT NULL,
     host text NOT NULL,
     operator text NOT NULL,
     -- Nghị định 85/2016: levels 1..5 (the minimum 3 is a policy checked by the domain).
     security_level integer NOT NULL CHECK (security_level BETWEEN 1 AND 5),
     security_level_decision text NOT NULL,
     security_level_decided_on date NULL,
     connection_channel text NOT NULL CHECK (connection_channel IN ('NDXP','LGSP','DEDICATED')),
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     revision integer NOT NULL DEFAULT 0
   )`,
  `CREATE INDEX systems_owner ON systems (owner_unit_id)`,
  `CREATE SEQUENCE dossier_code_seq`,
  `CREATE TABLE dossiers (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     code text NOT NULL UNIQUE DEFAULT (
       'KN-' || to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') || '-' || lpad(nextval('dossier_code_seq')::text, 6, '0')
     ),
     system_id uuid NOT NULL REFERENCES systems(id),
     owner_unit_id uuid NOT NULL REFERENCES units(id),
     route text NULL CHECK (route IN ('PROVINCIAL','NATIONAL')),
     filed_province_code text NULL REFERENCES provinces(code),
     queue_province_code text NULL REFERENCES provinces(code),
     status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${STATUSES})),
     holder_user_id uuid NULL REFERENCES users(id),
     version integer NOT NULL DEFAULT 1,
     revision integer NOT NULL DEFAULT 0,
     stage_kind text NULL,
     stage_started_at timestamptz NULL,
     stage_due_on date NULL,
     amends_dossier_id uuid NULL REFERENCES dossiers(id),
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     submitted_at timestamptz NULL
   )`,
  `CREATE INDEX dossiers_queue ON dossiers (queue_province_code, status, stage_due_on)`,
  `CREATE INDEX dossiers_status_route ON dossiers (status, route)`,
  `CREATE INDEX dossiers_owner_status ON dossiers (owner_unit_id, status)`,
  `CREATE INDEX dossiers_system ON dossiers (system_id)`,
  `CREATE TABLE dossier_versions (
     dossier_id uuid NOT NULL REFERENCES dossiers(id),
     version integer NOT NULL CHECK (version >= 1),
     service_registration jsonb NULL,
     org_commitment jsonb NULL,
     security_confirmation jsonb NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     submitted_at timestamptz NULL,
     PRIMARY KEY (dossier_id, version)
   )`,
  `CREATE TABLE account_rows (
     id bigserial PRIMARY KEY,
     dossier_id uuid NOT NULL,
     version integer NOT NULL,
     row_number integer NOT NULL,
     full_name text NOT NULL,
     personal_id char(12) NOT NULL,
     date_of_birth date NOT NULL,
     sex text NULL,
     position text NOT NULL,
     work_unit text NOT NULL,
     phone text NOT NULL,
     email text NOT NULL,
     username text NOT NULL,
     services text[] NOT NULL,
     FOREIGN KEY (dossier_id, version) REFERENCES dossier_versions(dossier_id, version),
     UNIQUE (dossier_id, version, personal_id),
     UNIQUE (dossier_id, version, username)
   )`,
  // Cross-dossier duplicates (domain.md §5: a person listed by another connected system).
  `CREATE INDEX account_rows_personal_id ON account_rows (personal_id)`,
  `CREATE TABLE documents (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     owner_unit_id uuid NOT NULL REFERENCES units(id),
     kind text NOT NULL,
     file_name text NOT NULL,
     media_type text NOT NULL,
     size_bytes integer NOT NULL CHECK (size_bytes >= 0),
     sha256 char(64) NOT NULL,
     content bytea NOT NULL,
     uploaded_by uuid NOT NULL REFERENCES users(id),
     uploaded_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX documents_owner ON documents (owner_unit_id)`,
  `CREATE TABLE dossier_events (
     id bigserial PRIMARY KEY,
     dossier_id uuid NOT NULL REFERENCES dossiers(id),
     seq integer NOT NULL,
     type text NOT NULL,
     actor_user_id uuid NOT NULL,
     actor_role text NOT NULL,
     actor_unit_id uuid NOT NULL,
     payload jsonb NOT NULL,
     occurred_at timestamptz NOT NULL DEFAULT now(),
     UNIQUE (dossier_id, seq)
   )`,

  // ---- audit log: append-only and hash-chained (quality.md L1, L2) ----------------------------
  `CREATE SEQUENCE audit_log_id_seq`,
  `CREATE TABLE audit_log (
     id bigint PRIMARY KEY,
     occurred_at timestamptz NOT NULL DEFAULT now(),
     actor_user_id uuid NULL,
     actor_role text NULL,
     actor_unit_id uuid NULL,
     action text NOT NULL,
     target_type text NULL,
     target_id text NULL,
     outcome text NOT NULL CHECK (outcome IN ('OK','REFUSED','ERROR')),
     details jsonb NOT NULL DEFAULT '{}'::jsonb,
     request_id text NULL,
     prev_hash bytea NOT NULL,
     row_hash bytea NOT NULL
   )`,
  `CREATE INDEX audit_log_target ON audit_log (target_type, target_id)`,
  `CREATE INDEX audit_log_actor ON audit_log (actor_user_id, occurred_at)`,
  // The one canonical text of a row: a JSON array (unambiguous, escaped), timestamps in UTC with
  // microseconds so that the session TimeZone cannot change the hash. Used by the insert trigger
  // and by verification, so the two can never disagree.
  `CREATE FUNCTION audit_row_hash(prev bytea, a audit_log) RETURNS bytea
   LANGUAGE sql STABLE AS $fn$
     SELECT sha256(prev || convert_to(jsonb_build_array(
       a.id,
       to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
       a.actor_user_id, a.actor_role, a.actor_unit_id, a.action, a.target_type, a.target_id,
       a.outcome, a.details, a.request_id
     )::text, 'UTF8'))
   $fn$`,
  `CREATE FUNCTION audit_log_chain() RETURNS trigger
   LANGUAGE plpgsql AS $fn$
   DECLARE
     last_hash bytea;
   BEGIN
     -- Under REPEATABLE READ / SERIALIZABLE the read below would use the transaction's snapshot
     -- and could miss a row committed meanwhile, forking the chain: refuse as a serialization
     -- failure (SQLSTATE 40001) so that the caller retries in READ COMMITTED.
     IF current_setting('transaction_isolation') <> 'read committed' THEN
       RAISE EXCEPTION 'audit_log rows must be written in READ COMMITTED transactions' USING ERRCODE = '40001';
     END IF;
     -- One writer at a time, until commit: ids are taken after the lock, so id order is chain order.
     PERFORM pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
     NEW.id := nextval('audit_log_id_seq');
     IF NEW.occurred_at IS NULL THEN NEW.occurred_at := now(); END IF;
     IF NEW.details IS NULL THEN NEW.details := '{}'::jsonb; END IF;
     SELECT l.row_hash INTO last_hash FROM audit_log l ORDER BY l.id DESC LIMIT 1;
     NEW.prev_hash := coalesce(last_hash, decode(repeat('00', 32), 'hex'));
     NEW.row_hash := audit_row_hash(NEW.prev_hash, NEW);
     RETURN NEW;
   END
   $fn$`,
  `CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`,

  // ---- append-only guards ---------------------------------------------------------------------
  `CREATE FUNCTION refuse_change() RETURNS trigger
   LANGUAGE plpgsql AS $fn$
   BEGIN
     RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '55000';
   END
   $fn$`,
  `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER dossier_events_append_only BEFORE UPDATE OR DELETE ON dossier_events FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER dossier_events_no_truncate BEFORE TRUNCATE ON dossier_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
  `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, dossier_events FROM PUBLIC`,

  // ---- idempotency ----------------------------------------------------------------------------
  `CREATE TABLE idempotency_keys (
     user_id uuid NOT NULL REFERENCES users(id),
     key text NOT NULL,
     procedure text NOT NULL,
     request_hash char(64) NOT NULL,
     response jsonb NULL,
     status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DONE')),
     created_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (user_id, key)
   )`,
];

/**
 * The application's role on a PostgreSQL server (quality.md L2: the app cannot UPDATE/DELETE audit
 * rows). NOLOGIN: operators create a LOGIN user that is a member of it (`CREATE ROLE ketnoi_web
 * LOGIN PASSWORD … IN ROLE ketnoi_app`) and put that user in DATABASE_URL; the migration itself
 * runs as the database owner. Roles are cluster-wide, so creation tolerates a concurrent creator.
 * Grants: read/write on every table, except audit_log and dossier_events: INSERT and SELECT only.
 */
const APP_ROLE_STATEMENTS: readonly string[] = [
  `DO $do$
   BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ketnoi_app') THEN
       CREATE ROLE ketnoi_app NOLOGIN;
     END IF;
   EXCEPTION WHEN duplicate_object OR unique_violation THEN
     NULL;
   END
   $do$`,
  `GRANT USAGE ON SCHEMA public TO ketnoi_app`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ketnoi_app`,
  `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, dossier_events FROM ketnoi_app`,
  `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ketnoi_app`,
];

async function isPglite(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ v: string }>`SELECT version() AS v`.execute(db);
  return /emscripten|wasm/i.test(rows[0]?.v ?? '');
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  // PGlite is a single embedded user: roles there protect nothing.
  if (!(await isPglite(db))) {
    for (const statement of APP_ROLE_STATEMENTS) await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'idempotency_keys', 'audit_log', 'dossier_events', 'documents', 'account_rows', 'dossier_versions',
    'dossiers', 'systems', 'login_failures', 'sessions', 'users', 'policies', 'calendar_days', 'services',
    'units', 'provinces',
  ];
  for (const t of tables) await sql.raw(`DROP TABLE IF EXISTS ${t} CASCADE`).execute(db);
  for (const f of ['audit_log_chain()', 'refuse_change()']) await sql.raw(`DROP FUNCTION IF EXISTS ${f}`).execute(db);
  for (const s of ['audit_log_id_seq', 'dossier_code_seq']) await sql.raw(`DROP SEQUENCE IF EXISTS ${s}`).execute(db);
}

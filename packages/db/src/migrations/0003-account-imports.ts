import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * An account-list import in progress or finished (issue 3): the file is read and checked in the
 * background while the user watches its progress; nothing reaches account_rows until the whole
 * list is valid, or the user keeps only the valid rows. The rows read are kept only while the
 * user decides (error copy, keep-valid); they are cleared once stored or abandoned.
 * FROZEN once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE account_imports (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     dossier_id uuid NOT NULL REFERENCES dossiers(id),
     version integer NOT NULL,
     owner_unit_id uuid NOT NULL REFERENCES units(id),
     created_by uuid NOT NULL REFERENCES users(id),
     file_name text NOT NULL,
     status text NOT NULL CHECK (status IN ('READING', 'HAS_ERRORS', 'STORED', 'UNREADABLE', 'FAILED', 'DISCARDED')),
     phase text NULL,
     progress_done bigint NOT NULL DEFAULT 0,
     progress_total bigint NULL,
     format text NULL,
     sheet_name text NULL,
     row_count integer NULL,
     valid_count integer NULL,
     stored_count integer NULL,
     findings jsonb NULL,
     refusal jsonb NULL,
     rows jsonb NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`.execute(db);
  await sql`CREATE INDEX account_imports_dossier ON account_imports (dossier_id, created_at DESC)`.execute(db);
  // On PostgreSQL the application role needs the new table too (PGlite has no roles).
  await sql`DO $do$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ketnoi_app') THEN
       GRANT SELECT, INSERT, UPDATE, DELETE ON account_imports TO ketnoi_app;
     END IF;
   END $do$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS account_imports`.execute(db);
}

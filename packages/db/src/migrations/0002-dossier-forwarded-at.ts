import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * When a local dossier first reached C06. C06 keeps seeing a dossier it has handled (returns and
 * resubmissions go back through PC06), so national visibility is "central, or forwarded once".
 * FROZEN once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE dossiers ADD COLUMN forwarded_at timestamptz NULL`.execute(db);
  await sql`CREATE INDEX dossiers_national_idx ON dossiers (status, stage_due_on) WHERE route = 'NATIONAL' OR forwarded_at IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_national_idx`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS forwarded_at`.execute(db);
}

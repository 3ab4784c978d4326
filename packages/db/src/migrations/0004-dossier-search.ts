import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Search of the reviewers' queues that ignores diacritics and case (issue 4: `duc` finds `Đức`).
 * `dossiers.search_text` holds the dossier code, the owner unit's name and the system's name,
 * folded; the application keeps it up to date wherever one of them is written (dossier creation,
 * system update, unit rename: `refreshDossierSearchText` in repositories/dossier-search.ts) and
 * queries it with `LIKE '%word%'` per word, which a pg_trgm GIN index serves.
 *
 * pg_trgm is a trusted extension of PostgreSQL's contrib (Debian ships it with the server) and
 * PGlite ships it too (connection.ts loads it); where a server lacks it the search still works,
 * as a scan of the rows the jurisdiction filter leaves, only without the index.
 *
 * FROZEN once released.
 */

/**
 * The fold of this migration's time, a copy of `foldForSearch` (packages/domain
 * values/search-fold.ts): a migration imports nothing of the current src/, and a test checks that
 * both still fold alike.
 */
export const foldForSearch0004 = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();

const BACKFILL_BATCH = 5_000;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE dossiers ADD COLUMN search_text text NOT NULL DEFAULT ''`.execute(db);

  // Backfill, in id order and batches, the fold computed here (not by SQL: lower() depends on the
  // server's locale, and the application folds in JavaScript).
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<{ id: string; code: string; unit_name: string; system_name: string }>`
      SELECT d.id, d.code, u.name AS unit_name, s.name AS system_name
      FROM dossiers d JOIN units u ON u.id = d.owner_unit_id JOIN systems s ON s.id = d.system_id
      WHERE d.id > ${after}::uuid ORDER BY d.id LIMIT ${BACKFILL_BATCH}`.execute(db);
    if (rows.length === 0) break;
    const texts = rows.map((r) => foldForSearch0004(`${r.code} ${r.unit_name} ${r.system_name}`));
    await sql`UPDATE dossiers d SET search_text = v.search_text
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${texts}::text[]) AS v(id, search_text)
      WHERE d.id = v.id`.execute(db);
    after = rows[rows.length - 1]!.id;
  }

  // C06's queue (P5): its visible set is most of the country's dossiers. In due-date order (the
  // default) the page is read from this index and stops after a page, and the tab counts read it
  // alone (status and holder included); the predicate is visibleTo's for NATIONAL_REVIEWER.
  await sql`CREATE INDEX dossiers_national_due ON dossiers (stage_due_on, code) INCLUDE (status, holder_user_id)
    WHERE submitted_at IS NOT NULL AND (route = 'NATIONAL' OR forwarded_at IS NOT NULL)`.execute(db);

  // C06's RETURNED tab: dossiers whose last event is a return by C06. Only those events are indexed.
  await sql`CREATE INDEX dossier_events_returned_by_c06 ON dossier_events (dossier_id, seq)
    WHERE type = 'RETURNED' AND actor_role = 'NATIONAL_REVIEWER'`.execute(db);

  await sql`DO $do$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX dossiers_search_trgm ON dossiers USING gin (search_text gin_trgm_ops);
      END IF;
    END
  $do$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // The extension stays: other objects may use it by then, and it costs nothing unused.
  await sql`DROP INDEX IF EXISTS dossiers_search_trgm`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_national_due`.execute(db);
  await sql`DROP INDEX IF EXISTS dossier_events_returned_by_c06`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS search_text`.execute(db);
}

import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-dossier-forwarded-at.js';
import * as m0003 from './migrations/0003-account-imports.js';
import * as m0004 from './migrations/0004-dossier-search.js';
import * as m0005 from './migrations/0005-dashboard-stats.js';
import * as m0006 from './migrations/0006-notifications-jobs.js';

/** Static list (no file-system scan): bundlers and tests see exactly these, in this order. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-dossier-forwarded-at': m0002,
  '0003-account-imports': m0003,
  '0004-dossier-search': m0004,
  '0005-dashboard-stats': m0005,
  '0006-notifications-jobs': m0006,
};

/** Names in order, for checks and the CLI. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema to the latest version; running it again does nothing. Throws on failure. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider });
  const result = await migrator.migrateToLatest();
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error instanceof Error ? result.error.message : result.error)}`, {
      cause: result.error,
    });
  }
  return result;
}

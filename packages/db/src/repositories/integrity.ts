import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { verifyAuditChain } from './audit.js';
import type { AuditChainVerdict } from './audit.js';

/**
 * Every table of the schema, for counts in a backup/restore drill (quality.md R1). The type below
 * refuses to compile while a table of `Database` is missing here; a test compares the list with the
 * tables the migrations create, and `pnpm drill backup-restore` with the restored copy's.
 */
export const TABLES = [
  'provinces', 'units', 'services', 'calendar_days', 'policies', 'users', 'sessions', 'login_failures', 'systems',
  'dossiers', 'dossier_versions', 'account_rows', 'account_imports', 'documents', 'dossier_events', 'audit_log', 'idempotency_keys',
  'dashboard_counts', 'dashboard_periods', 'notifications', 'email_outbox', 'job_outbox', 'dossier_flags',
] as const satisfies readonly (keyof Database)[];

/** Tables of the migration tool itself, outside `Database` and the counts. */
export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

type Unlisted = Exclude<keyof Database, (typeof TABLES)[number]>;
// A compile error here names a table of `Database` that TABLES does not list.
const everyTableListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTableListed;

export async function tableRowCounts(db: Kysely<Database>): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

/** Documents whose stored content no longer matches the SHA-256 kept at upload (domain.md §5). */
export async function findDocumentHashMismatches(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT id FROM documents WHERE encode(sha256(content), 'hex') <> sha256 ORDER BY id`.execute(db);
  return rows.map((r) => r.id);
}

export interface IntegrityReport {
  readonly counts: Record<(typeof TABLES)[number], number>;
  readonly auditChain: AuditChainVerdict;
  readonly documentHashMismatches: string[];
}

/** What the CLI prints after a restore: counts to compare, the audit chain and file hashes. */
export async function checkIntegrity(db: Kysely<Database>): Promise<IntegrityReport> {
  return {
    counts: await tableRowCounts(db),
    auditChain: await verifyAuditChain(db),
    documentHashMismatches: await findDocumentHashMismatches(db),
  };
}

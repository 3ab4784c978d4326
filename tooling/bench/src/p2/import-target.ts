/**
 * The dossier P2 imports into: a fresh database migrated and seeded with the reference data, the
 * demo set created through the real API (seedDemo), and its Nghệ An draft — a dossier whose part 3
 * registers two services, as a unit would have it when it uploads its account list.
 */
import { sql, type Kysely } from 'kysely';
import { seedDemo } from '@ketnoi/api';
import { loadReference, migrateToLatest, seedReference, type Database } from '@ketnoi/db';
import { localDate, type AccountListContext } from '@ketnoi/domain';
import { birthPrefixes } from '@ketnoi/reference';

export interface ImportTarget {
  readonly dossierId: string;
  readonly version: number;
  /** What validateAccountList is given, as the web import builds it. */
  readonly context: AccountListContext;
}

const DRAFT_SYSTEM = 'Cổng dịch vụ công ngành Y tế Nghệ An';

/** Migrations, reference seed, demo set; for a database that has none of them yet. */
export async function prepareDatabase(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db);
  await seedReference(db);
  await seedDemo(db, () => new Date());
}

export async function findImportTarget(db: Kysely<Database>, now = new Date()): Promise<ImportTarget> {
  const draft = await db
    .selectFrom('dossiers')
    .innerJoin('systems', 'systems.id', 'dossiers.system_id')
    .innerJoin('dossier_versions', (j) => j.onRef('dossier_versions.dossier_id', '=', 'dossiers.id').onRef('dossier_versions.version', '=', 'dossiers.version'))
    .select(['dossiers.id', 'dossiers.version', 'dossiers.status', 'dossier_versions.service_registration'])
    .where('systems.name', '=', DRAFT_SYSTEM)
    .executeTakeFirstOrThrow();
  if (draft.status !== 'DRAFT') throw new Error(`${DRAFT_SYSTEM}: expected a DRAFT dossier, found ${draft.status}`);
  const registration = (typeof draft.service_registration === 'string' ? JSON.parse(draft.service_registration) : draft.service_registration) as { lines: { serviceCode: string }[] };
  const serviceCodes = registration.lines.map((l) => l.serviceCode);
  if (serviceCodes.length === 0) throw new Error(`${DRAFT_SYSTEM}: the draft registers no service`);
  const { policy } = await loadReference(db);
  return { dossierId: draft.id, version: draft.version, context: { birthPrefixes, serviceCodes, today: localDate(now.toISOString()), policy } };
}

/** Rows of the target version (what a commit stored). */
export async function countAccountRows(db: Kysely<Database>, target: Pick<ImportTarget, 'dossierId' | 'version'>): Promise<number> {
  const row = await db
    .selectFrom('account_rows')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dossier_id', '=', target.dossierId)
    .where('version', '=', target.version)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Every run starts from the same state: the version's rows deleted and the table vacuumed, so
 * no run pays for the dead rows of the one before (outside the timed phases).
 */
export async function resetAccountRows(db: Kysely<Database>, target: Pick<ImportTarget, 'dossierId' | 'version'>): Promise<void> {
  await db.deleteFrom('account_rows').where('dossier_id', '=', target.dossierId).where('version', '=', target.version).execute();
  await sql`VACUUM (ANALYZE) account_rows`.execute(db);
}

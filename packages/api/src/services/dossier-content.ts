import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import { emptyDossierContent, type AccountRow, type DossierContent, type DossierState } from '@ketnoi/domain';

type Db = Kysely<Database> | Transaction<Database>;

const parse = <T>(value: unknown, fallback: T): T => (value == null ? fallback : ((typeof value === 'string' ? JSON.parse(value) : value) as T));

/** The four parts of one version of a dossier. */
export async function loadContent(db: Db, dossierId: string, version: number): Promise<DossierContent> {
  const [parts, accounts] = [await loadParts(db, dossierId, version), await loadAccounts(db, dossierId, version)];
  return { ...parts, accounts };
}

/** Parts 1, 3 and 4 of a version, without the account list (which can hold 100,000 rows). */
export async function loadParts(db: Db, dossierId: string, version: number): Promise<Omit<DossierContent, 'accounts'>> {
  const empty = emptyDossierContent();
  const v = await db
    .selectFrom('dossier_versions')
    .select(['service_registration', 'org_commitment', 'security_confirmation'])
    .where('dossier_id', '=', dossierId)
    .where('version', '=', version)
    .executeTakeFirst();
  return {
    serviceRegistration: parse(v?.service_registration, empty.serviceRegistration),
    orgCommitment: parse(v?.org_commitment, empty.orgCommitment),
    securityConfirmation: parse(v?.security_confirmation, empty.securityConfirmation),
  };
}

export async function loadAccounts(db: Db, dossierId: string, version: number): Promise<AccountRow[]> {
  const rows = await db
    .selectFrom('account_rows')
    .select(['row_number', 'full_name', 'personal_id', 'date_of_birth', 'sex', 'position', 'work_unit', 'phone', 'email', 'username', 'services'])
    .where('dossier_id', '=', dossierId)
    .where('version', '=', version)
    .orderBy('row_number')
    .execute();
  return rows.map((r) => ({
    rowNumber: r.row_number,
    fullName: r.full_name,
    personalId: r.personal_id,
    dateOfBirth: r.date_of_birth,
    sex: (r.sex as AccountRow['sex']) ?? null,
    position: r.position,
    workUnit: r.work_unit,
    phone: r.phone,
    email: r.email,
    username: r.username,
    services: r.services,
  }));
}

/**
 * The version a submitter edits: the draft itself, or — after a return — the next version, created
 * on first need as a copy of the returned one, so the returned version stays as reviewers saw it.
 */
export function editableVersionOf(state: DossierState): number | null {
  if (state.status === 'DRAFT') return state.version;
  if (state.status === 'RETURNED') return state.version + 1;
  return null;
}

export async function ensureWorkingVersion(trx: Transaction<Database>, dossierId: string, currentVersion: number): Promise<number> {
  const next = currentVersion + 1;
  const inserted = await trx
    .insertInto('dossier_versions')
    .columns(['dossier_id', 'version', 'service_registration', 'org_commitment', 'security_confirmation'])
    .expression((eb) =>
      eb
        .selectFrom('dossier_versions')
        .select([
          'dossier_id',
          sql<number>`${next}::int`.as('version'),
          'service_registration',
          'org_commitment',
          'security_confirmation',
        ])
        .where('dossier_id', '=', dossierId)
        .where('version', '=', currentVersion),
    )
    .onConflict((oc) => oc.columns(['dossier_id', 'version']).doNothing())
    .executeTakeFirst();
  if (Number(inserted?.numInsertedOrUpdatedRows ?? 0n) > 0) {
    await sql`insert into account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
      select dossier_id, ${next}::int, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services
      from account_rows where dossier_id = ${dossierId} and version = ${currentVersion}`.execute(trx);
  }
  return next;
}

/** Replaces the account list of a version (the whole list is validated before this is called). */
export async function replaceAccounts(trx: Transaction<Database>, dossierId: string, version: number, accounts: readonly AccountRow[]): Promise<void> {
  await trx.deleteFrom('account_rows').where('dossier_id', '=', dossierId).where('version', '=', version).execute();
  const CHUNK = 1000; // 13 parameters a row stays far below PostgreSQL's 65,535 bind parameters
  for (let i = 0; i < accounts.length; i += CHUNK) {
    await trx
      .insertInto('account_rows')
      .values(
        accounts.slice(i, i + CHUNK).map((a) => ({
          dossier_id: dossierId,
          version,
          row_number: a.rowNumber,
          full_name: a.fullName,
          personal_id: a.personalId,
          date_of_birth: a.dateOfBirth,
          sex: a.sex,
          position: a.position,
          work_unit: a.workUnit,
          phone: a.phone,
          email: a.email,
          username: a.username,
          services: a.services,
        })),
      )
      .execute();
  }
}

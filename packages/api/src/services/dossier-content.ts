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

/** Rows per INSERT: 5,000 rows make parameters of ~1 MB, so a 100,000-row list takes 20 statements. */
const ACCOUNT_CHUNK = 5_000;

/**
 * Replaces the account list of a version (the whole list is validated before this is called).
 * Each chunk is one `INSERT … SELECT FROM unnest(…)` whose parameters are one array per column,
 * so the statement has 13 parameters whatever the number of rows, and PostgreSQL plans it once
 * per chunk instead of parsing 13 parameters per row. Works the same on pg and PGlite.
 */
export async function replaceAccounts(trx: Transaction<Database>, dossierId: string, version: number, accounts: readonly AccountRow[]): Promise<void> {
  await trx.deleteFrom('account_rows').where('dossier_id', '=', dossierId).where('version', '=', version).execute();
  for (let start = 0; start < accounts.length; start += ACCOUNT_CHUNK) {
    const chunk = accounts.slice(start, start + ACCOUNT_CHUNK);
    const column = <T>(pick: (a: AccountRow) => T): T[] => chunk.map(pick);
    await sql`insert into account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
      select ${dossierId}::uuid, ${version}::int, r.row_number, r.full_name, r.personal_id, r.date_of_birth, r.sex, r.position, r.work_unit, r.phone, r.email, r.username, r.services::text[]
      from unnest(
        ${column((a) => a.rowNumber)}::int[], ${column((a) => a.fullName)}::text[], ${column((a) => a.personalId)}::text[], ${column((a) => a.dateOfBirth)}::date[],
        ${column((a) => a.sex)}::text[], ${column((a) => a.position)}::text[], ${column((a) => a.workUnit)}::text[], ${column((a) => a.phone)}::text[],
        ${column((a) => a.email)}::text[], ${column((a) => a.username)}::text[], ${column((a) => textArrayLiteral(a.services))}::text[]
      ) as r(row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)`.execute(trx);
  }
}

/**
 * A row's services as a text[] literal (`{"A","B"}`, every element quoted, `\` and `"` escaped):
 * the lists differ in length from row to row, so they travel as one literal each and are cast
 * back to text[] by the INSERT. Any code survives, commas and braces included.
 */
export const textArrayLiteral = (items: readonly string[]): string => `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

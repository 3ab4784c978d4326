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
 * so a statement has 13 parameters whatever its number of rows and PostgreSQL plans it once per
 * chunk. The arrays are sent as literals encoded here: the next chunk is encoded while the server
 * inserts the previous one. The same statements run on pg and PGlite.
 */
export async function replaceAccounts(trx: Transaction<Database>, dossierId: string, version: number, accounts: readonly AccountRow[]): Promise<void> {
  await trx.deleteFrom('account_rows').where('dossier_id', '=', dossierId).where('version', '=', version).execute();
  let inserting: Promise<unknown> | null = null;
  for (let start = 0; start < accounts.length; start += ACCOUNT_CHUNK) {
    const c = accountColumns(accounts.slice(start, start + ACCOUNT_CHUNK));
    if (inserting) await inserting;
    inserting = sql`insert into account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
      select ${dossierId}::uuid, ${version}::int, r.row_number, r.full_name, r.personal_id, r.date_of_birth, r.sex, r.position, r.work_unit, r.phone, r.email, r.username, r.services::text[]
      from unnest(${c.rowNumber}::int[], ${c.fullName}::text[], ${c.personalId}::text[], ${c.dateOfBirth}::date[], ${c.sex}::text[], ${c.position}::text[],
        ${c.workUnit}::text[], ${c.phone}::text[], ${c.email}::text[], ${c.username}::text[], ${c.services}::text[])
        as r(row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)`.execute(trx);
    // Awaited before the next statement or at the end; a failure must not go unhandled meanwhile.
    inserting.catch(() => undefined);
    // Let the driver send the statement before this process encodes the next chunk.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await inserting;
}

/** One array literal per column of a chunk of rows. */
function accountColumns(chunk: readonly AccountRow[]): Record<'rowNumber' | 'fullName' | 'personalId' | 'dateOfBirth' | 'sex' | 'position' | 'workUnit' | 'phone' | 'email' | 'username' | 'services', string> {
  const column = (pick: (a: AccountRow) => string | null): string => textArrayLiteral(chunk.map(pick));
  return {
    rowNumber: `{${chunk.map((a) => Math.trunc(a.rowNumber)).join(',')}}`,
    fullName: column((a) => a.fullName),
    personalId: column((a) => a.personalId),
    dateOfBirth: column((a) => a.dateOfBirth),
    sex: column((a) => a.sex),
    position: column((a) => a.position),
    workUnit: column((a) => a.workUnit),
    phone: column((a) => a.phone),
    email: column((a) => a.email),
    username: column((a) => a.username),
    // The lists differ in length from row to row: each travels as a literal of its own, cast back
    // to text[] by the INSERT.
    services: column((a) => textArrayLiteral(a.services)),
  };
}

const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;

/**
 * A PostgreSQL text[] literal: every element double-quoted with `\` and `"` escaped (so commas,
 * braces, spaces, line breaks and the word NULL stay text), and null as NULL.
 */
export function textArrayLiteral(items: readonly (string | null)[]): string {
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] ?? null;
    if (i > 0) out += ',';
    out += item === null ? 'NULL' : NEEDS_ESCAPE.test(item) ? `"${item.replace(ESCAPED, '\\$&')}"` : `"${item}"`;
  }
  return `${out}}`;
}

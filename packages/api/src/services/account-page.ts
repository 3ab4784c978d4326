import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { AccountRow } from '@ketnoi/domain';
import { accountMatcher } from './account-search.ts';

const COLUMNS = ['row_number', 'full_name', 'personal_id', 'date_of_birth', 'sex', 'position', 'work_unit', 'phone', 'email', 'username', 'services'] as const;

type Row = { row_number: number; full_name: string; personal_id: string; date_of_birth: string; sex: string | null; position: string; work_unit: string; phone: string; email: string; username: string; services: string[] };

const toAccount = (r: Row): AccountRow => ({
  rowNumber: r.row_number,
  fullName: r.full_name,
  personalId: r.personal_id.trim(),
  dateOfBirth: r.date_of_birth,
  sex: (r.sex as AccountRow['sex']) ?? null,
  position: r.position,
  workUnit: r.work_unit,
  phone: r.phone,
  email: r.email,
  username: r.username,
  services: r.services,
});

/**
 * One page of a version's account list, in row order, and how many rows the list (or the search)
 * holds. Without a search the page is cut by the database; with one, only the searched columns of
 * every row are read, and the full rows of the page only. A list of 100,000 rows is never loaded
 * whole to show 20 of them.
 */
export async function loadAccountPage(db: Kysely<Database>, dossierId: string, version: number, page: { offset: number; limit: number; q?: string | undefined }): Promise<{ total: number; items: AccountRow[]; searched: boolean }> {
  const list = () => db.selectFrom('account_rows').where('dossier_id', '=', dossierId).where('version', '=', version);
  const matches = accountMatcher(page.q ?? '');
  if (!matches) {
    const [items, total] = await Promise.all([
      list().select(COLUMNS).orderBy('row_number').limit(page.limit).offset(page.offset).execute(),
      list().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: Number(total.n), items: items.map(toAccount), searched: false };
  }
  const searched = await list().select(['row_number', 'full_name', 'username', 'personal_id']).orderBy('row_number').execute();
  const found = searched.filter((r) => matches({ fullName: r.full_name, username: r.username, personalId: r.personal_id.trim() }));
  const rowNumbers = found.slice(page.offset, page.offset + page.limit).map((r) => r.row_number);
  const items = rowNumbers.length === 0 ? [] : await list().select(COLUMNS).where('row_number', 'in', rowNumbers).orderBy('row_number').execute();
  return { total: found.length, items: items.map(toAccount), searched: true };
}

/** The rows of a version that list these people (by ID number): what a page is compared with. */
export async function loadAccountsOf(db: Kysely<Database>, dossierId: string, version: number, personalIds: readonly string[]): Promise<AccountRow[]> {
  if (personalIds.length === 0) return [];
  const rows = await db.selectFrom('account_rows').select(COLUMNS).where('dossier_id', '=', dossierId).where('version', '=', version).where('personal_id', 'in', personalIds).execute();
  return rows.map(toAccount);
}

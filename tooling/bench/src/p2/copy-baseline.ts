/**
 * The P2 baseline: the same validated rows loaded with `COPY … FROM STDIN` (pg + pg-copy-streams)
 * into a table of the same shape as account_rows — same columns, defaults, indexes and unique
 * constraints, and the same foreign key to dossier_versions — so the ratio compares the way rows
 * reach PostgreSQL, not two different tables. The text encoding of the rows is part of the time.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { AccountRow } from '@ketnoi/domain';

export const COPY_TABLE = 'bench_account_rows_copy';

const COLUMNS = 'dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services';

export async function createCopyTable(client: pg.ClientBase): Promise<void> {
  await client.query(`CREATE TABLE ${COPY_TABLE} (LIKE account_rows INCLUDING ALL)`);
  await client.query(`ALTER TABLE ${COPY_TABLE} ADD FOREIGN KEY (dossier_id, version) REFERENCES dossier_versions(dossier_id, version)`);
}

/** Same reset as the imported table: rows deleted, then vacuumed, outside the timed part. */
export async function resetCopyTable(client: pg.ClientBase): Promise<void> {
  await client.query(`DELETE FROM ${COPY_TABLE}`);
  await client.query(`VACUUM (ANALYZE) ${COPY_TABLE}`);
}

export async function countCopyRows(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${COPY_TABLE}`);
  return rows[0]!.n;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N. */
const TEXT_ESCAPES = /[\\\t\n\r]/g;
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
export const copyText = (value: string): string => (TEXT_ESCAPES.test(value) ? value.replace(TEXT_ESCAPES, (c) => ESCAPED[c]!) : value);

/** A text[] literal, every element quoted ("…" with \ and " escaped). */
export const arrayLiteral = (items: readonly string[]): string => `{${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export function copyLine(dossierId: string, version: number, a: AccountRow): string {
  return (
    `${dossierId}\t${version}\t${a.rowNumber}\t${copyText(a.fullName)}\t${a.personalId}\t${a.dateOfBirth}\t${a.sex ?? '\\N'}\t` +
    `${copyText(a.position)}\t${copyText(a.workUnit)}\t${copyText(a.phone)}\t${copyText(a.email)}\t${copyText(a.username)}\t${copyText(arrayLiteral(a.services))}\n`
  );
}

const BATCH = 1_000;

/** One `COPY … FROM STDIN` of all rows on `client` (autocommit: one statement, one transaction). */
export async function copyAccounts(client: pg.ClientBase, dossierId: string, version: number, accounts: readonly AccountRow[]): Promise<void> {
  function* lines(): Generator<string> {
    for (let i = 0; i < accounts.length; i += BATCH) {
      let chunk = '';
      const end = Math.min(i + BATCH, accounts.length);
      for (let k = i; k < end; k++) chunk += copyLine(dossierId, version, accounts[k]!);
      yield chunk;
    }
  }
  const stream = client.query(copyFrom(`COPY ${COPY_TABLE} (${COLUMNS}) FROM STDIN`));
  await pipeline(Readable.from(lines(), { objectMode: false }), stream);
}

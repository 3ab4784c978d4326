import { createPostgresDatabase, verifyAuditChain } from '@ketnoi/db';
import { sql } from 'kysely';
import type { Acknowledged } from './http-driver.ts';

export interface CrashCheck {
  readonly violations: readonly string[];
  /** Acknowledged commands whose stored answer and effect were found. */
  readonly acknowledgedFound: number;
  readonly versionsChecked: number;
  readonly rowsChecked: number;
  readonly importsLeftReading: number;
  readonly importsStoredInDatabase: number;
  readonly chainOk: boolean;
  readonly auditRows: number;
}

export interface CrashCheckInput {
  readonly acknowledged: readonly Acknowledged[];
  /** Imports the client saw STORED, with the batch their file held. */
  readonly storedImports: ReadonlyMap<string, { readonly dossierId: string; readonly batch: number }>;
  /** Imports the server answered IMPORT_INTERRUPTED after a kill: nothing of theirs may be stored. */
  readonly interruptedImports: ReadonlySet<string>;
  /** Rows of every batch file. */
  readonly batchRows: number;
}

const TRANSITION = /\.(submit|resubmit|claim|return)$/;
/** `danh-sach-<batch>.csv`, the name the drill gives batch files. */
const batchOfFile = (fileName: string): number | null => Number(/^danh-sach-(\d+)\.csv$/.exec(fileName)?.[1] ?? NaN) || null;

/** JSON with the keys of every object sorted (jsonb does not keep their order). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/**
 * After the kills, on the database itself: every acknowledged command is there (its idempotency
 * record with the same answer, and for a transition its event; for an import its row); the account
 * rows of every dossier version of the drill are exactly one stored import (all rows of one batch,
 * as many as the file held), the last import the client saw stored on a version is the one whose
 * rows it has; and the audit chain verifies.
 */
export async function checkCrashOutcome(url: string, input: CrashCheckInput): Promise<CrashCheck> {
  const handle = createPostgresDatabase(url, 2);
  const { db } = handle;
  const violations: string[] = [];
  try {
    const users = new Map((await db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
    let acknowledgedFound = 0;
    for (const ack of input.acknowledged) {
      const key = await db.selectFrom('idempotency_keys').select(['status', 'response']).where('user_id', '=', users.get(ack.username) ?? '').where('key', '=', ack.idempotencyKey).executeTakeFirst();
      const stored = key?.response === null || key?.response === undefined ? null : typeof key.response === 'string' ? JSON.parse(key.response) : key.response;
      let found = key?.status === 'DONE' && canonical(stored) === canonical(ack.answer);
      if (!found) violations.push(`${ack.path} (${ack.username}) được xác nhận nhưng không còn / acknowledged but missing: ${key ? `status ${key.status}, answer differs` : 'no idempotency record'}`);
      if (found && TRANSITION.test(ack.path)) {
        const answer = ack.answer as { dossierId: string; revision: number };
        const event = await db.selectFrom('dossier_events').select('type').where('dossier_id', '=', answer.dossierId).where('seq', '=', answer.revision).executeTakeFirst();
        if (!event) {
          found = false;
          violations.push(`${ack.path}: sự kiện / event ${answer.dossierId}#${answer.revision} không còn / missing`);
        }
      }
      if (found && ack.path.endsWith('accountImports.start')) {
        const { importId } = ack.answer as { importId: string };
        if (!(await db.selectFrom('account_imports').select('id').where('id', '=', importId).executeTakeFirst())) {
          found = false;
          violations.push(`lần nhập / import ${importId} được xác nhận nhưng không còn / acknowledged but missing`);
        }
      }
      if (found) acknowledgedFound++;
    }

    const dossierIds = [...new Set(input.acknowledged.filter((a) => a.path === 'submitter.dossiers.create').map((a) => (a.answer as { dossierId: string }).dossierId))];
    const imports = dossierIds.length
      ? await db.selectFrom('account_imports').select(['id', 'dossier_id', 'version', 'file_name', 'status', 'stored_count', 'updated_at']).where('dossier_id', 'in', dossierIds).orderBy('updated_at').execute()
      : [];
    for (const [importId, seen] of input.storedImports) {
      const row = imports.find((i) => i.id === importId);
      if (!row || row.status !== 'STORED' || row.stored_count !== input.batchRows) violations.push(`lần nhập / import ${importId} (lô / batch ${seen.batch}) đã báo lưu nhưng / was reported stored but is ${row ? `${row.status}, ${row.stored_count} rows` : 'missing'}`);
    }
    const versions = dossierIds.length
      ? await db
          .selectFrom('dossier_versions as v')
          .leftJoin('account_rows as r', (j) => j.onRef('r.dossier_id', '=', 'v.dossier_id').onRef('r.version', '=', 'v.version'))
          .select(['v.dossier_id', 'v.version'])
          .select((eb) => [
            eb.fn.count<string>('r.id').as('rows'),
            sql<string>`count(distinct split_part(r.username, '.', 1))`.as('batches'),
            sql<string | null>`min(split_part(r.username, '.', 1))`.as('batch'),
          ])
          .where('v.dossier_id', 'in', dossierIds)
          .groupBy(['v.dossier_id', 'v.version'])
          .execute()
      : [];
    let rowsChecked = 0;
    for (const v of versions) {
      const count = Number(v.rows);
      rowsChecked += count;
      const where = `hồ sơ / dossier ${v.dossier_id} v${v.version}`;
      const lastStored = imports.filter((i) => i.dossier_id === v.dossier_id && i.version === v.version && i.status === 'STORED').at(-1);
      if (count === 0) {
        if (lastStored) violations.push(`${where}: không còn dòng nào dù lần nhập ${lastStored.id} đã lưu / no rows although an import was stored`);
        continue;
      }
      const batch = Number(/^dk(\d+)$/.exec(v.batch ?? '')?.[1] ?? NaN);
      if (Number(v.batches) !== 1 || !Number.isInteger(batch)) {
        violations.push(`${where}: dòng của ${v.batches} lô khác nhau / rows of ${v.batches} batches`);
        continue;
      }
      if (count !== input.batchRows) violations.push(`${where}: ${count} dòng của lô ${batch}, tệp có ${input.batchRows} / a half import`);
      const source = imports.find((i) => i.dossier_id === v.dossier_id && i.version <= v.version && i.status === 'STORED' && batchOfFile(i.file_name) === batch && i.stored_count === count);
      if (!source) violations.push(`${where}: dòng của lô ${batch} không từ lần nhập đã lưu nào / rows from no stored import`);
      if (lastStored && batchOfFile(lastStored.file_name) !== batch) violations.push(`${where}: lần nhập cuối đã lưu là lô ${batchOfFile(lastStored.file_name)}, dòng là lô ${batch} / the last stored import was lost`);
    }
    for (const importId of input.interruptedImports) {
      const row = await db.selectFrom('account_imports').select(['status', 'row_count', 'stored_count', 'rows']).where('id', '=', importId).executeTakeFirst();
      const where = `lần nhập gián đoạn / interrupted import ${importId}`;
      if (!row) violations.push(`${where}: không còn / missing`);
      else if (row.status !== 'READING' || row.stored_count !== null || row.row_count !== null || row.rows !== null) violations.push(`${where}: ${row.status}, row_count ${row.row_count}, stored_count ${row.stored_count} — có phần đã lưu / something of it was stored`);
      if (input.storedImports.has(importId)) violations.push(`${where}: cũng đã báo lưu / was also reported stored`);
      const stores = await db.selectFrom('audit_log').select('id').where('action', '=', 'submitter.accountImports.store').where(sql<string>`details->>'importId'`, '=', importId).execute();
      if (stores.length > 0) violations.push(`${where}: nhật ký ghi đã lưu / the audit log records a store`);
    }
    const importsLeftReading = imports.filter((i) => i.status === 'READING').length;
    const importsStoredInDatabase = imports.filter((i) => i.status === 'STORED').length;
    const otherEnds = imports.filter((i) => !['READING', 'STORED'].includes(i.status));
    for (const i of otherEnds) violations.push(`lần nhập / import ${i.id}: ${i.status}`);

    const chain = await verifyAuditChain(db);
    if (!chain.ok) violations.push(`chuỗi nhật ký hỏng tại dòng / audit chain broken at row ${chain.firstBrokenId} (${chain.reason})`);
    return { violations, acknowledgedFound, versionsChecked: versions.length, rowsChecked, importsLeftReading, importsStoredInDatabase, chainOk: chain.ok, auditRows: chain.rows };
  } finally {
    await handle.close();
  }
}

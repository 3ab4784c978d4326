import type { Kysely, Transaction } from 'kysely';
import { appendAudit, loadReference, type Database } from '@ketnoi/db';
import { ACCOUNT_LIST_COLUMNS, localDate, validateAccountList, type AccountListColumn, type AccountListContext, type AccountRowFinding, type RawAccountRow } from '@ketnoi/domain';
import { birthPrefixes } from '@ketnoi/reference';
import { readAccountSheet, type SheetProgress } from '@ketnoi/sheets';
import type { SessionUser } from '../context.ts';
import { AppError, appError } from '../errors.ts';
import { requireVisibleDossier } from './dossier-access.ts';
import { editableVersionOf, loadParts, replaceAccounts } from './dossier-content.ts';
import { loadState } from './dossier-events.ts';
import { lockEditableVersion } from './editable-draft.ts';
import { validationContext } from './account-validation-context.ts';

/**
 * An account-list import (domain.md §5, issue 3): the file is read by the same bounded reader as
 * `ketnoi accounts check`, validated by the domain, and stored only when every row is valid — or,
 * later, when the user chooses to keep only the valid rows. Reading runs after the request that
 * started it has answered; its progress is written to `account_imports` for the page to follow.
 */

export interface ImportFinding {
  readonly row: number;
  /** The template's header label, as people see it in their spreadsheet. */
  readonly column: string;
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** At most this many findings are kept (and listed); the counts stay exact. */
export const MAX_KEPT_FINDINGS = 20_000;
/** Progress is written at most this often (ms). */
const PROGRESS_INTERVAL_MS = 300;
/** A READING import not heard of for this long died with its process (default of `importStaleMs`). */
export const STALE_IMPORT_MS = 120_000;

const LABELS = new Map<AccountListColumn, string>(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, c.label]));
const ORDER = new Map<AccountListColumn, number>(ACCOUNT_LIST_COLUMNS.map((c, i) => [c.key, i]));

type Trx = Transaction<Database>;
type Deps = { readonly db: Kysely<Database>; readonly now: () => Date };

/** Imports still running in this process, so tests and shutdown can wait for them. */
const running = new Map<string, Promise<void>>();

export const settledImport = (importId: string): Promise<void> => running.get(importId) ?? Promise.resolve();
export const settledImports = (): Promise<unknown> => Promise.allSettled([...running.values()]);

/** Records the import (status READING) in the caller's transaction; `runImport` does the work after commit. */
export async function createImport(trx: Trx, user: SessionUser, input: { dossierId: string; fileName: string; sizeBytes: number }) {
  const row = await requireVisibleDossier(trx, user, input.dossierId);
  const { state } = await loadState(trx, row.id);
  const version = editableVersionOf(state);
  if (version === null) throw appError('DOMAIN_REFUSED', 'Hồ sơ đã gửi đi: chỉ nhập danh sách khi hồ sơ còn là bản nháp hoặc bị trả lại để bổ sung.');
  return trx
    .insertInto('account_imports')
    .values({ dossier_id: row.id, version, owner_unit_id: user.unitId, created_by: user.userId, file_name: input.fileName, status: 'READING', phase: 'upload', progress_total: input.sizeBytes })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

/** Reads, checks and — when the whole list is valid — stores it. Never throws: failures end in the row. */
export function runImport(deps: Deps, user: SessionUser, importId: string, bytes: Uint8Array, expectedRevision: number): Promise<void> {
  const work = (async () => {
    try {
      await readCheckAndStore(deps, user, importId, bytes, expectedRevision);
    } catch (err) {
      const message = err instanceof AppError ? err.message : 'Hệ thống gặp lỗi ngoài dự kiến khi nhập danh sách. Vui lòng thử lại.';
      const code = err instanceof AppError ? err.appCode : 'INTERNAL';
      await deps.db
        .updateTable('account_imports')
        .set({ status: 'FAILED', refusal: JSON.stringify({ code, message }), rows: null, updated_at: deps.now() })
        .where('id', '=', importId)
        .execute()
        .catch(() => undefined);
    } finally {
      running.delete(importId);
    }
  })();
  running.set(importId, work);
  return work;
}

async function readCheckAndStore(deps: Deps, user: SessionUser, importId: string, bytes: Uint8Array, expectedRevision: number) {
  const { db } = deps;
  const imp = await db.selectFrom('account_imports').select(['dossier_id', 'version', 'file_name']).where('id', '=', importId).executeTakeFirstOrThrow();
  const progress = progressWriter(deps, importId);
  const read = await readAccountSheet({ bytes, fileName: imp.file_name }, undefined, progress.onSheet);
  await progress.flush();
  if (!read.ok) {
    await db.updateTable('account_imports').set({ status: 'UNREADABLE', phase: null, refusal: JSON.stringify({ code: read.code, message: read.message }), updated_at: deps.now() }).where('id', '=', importId).execute();
    return;
  }
  await progress.phase('validate', read.rows.length);
  const context = await validationContext(db, imp.dossier_id, imp.version, deps.now());
  const result = validateAccountList(read.rows, context);
  const errors = result.findings.filter((f) => f.severity === 'error');
  const summary = { format: read.format, sheet_name: read.sheetName, row_count: read.rows.length, valid_count: result.validRows, findings: JSON.stringify(keptFindings(result.findings)) };
  if (errors.length > 0) {
    await db.updateTable('account_imports').set({ ...summary, status: 'HAS_ERRORS', phase: null, rows: JSON.stringify(read.rows), updated_at: deps.now() }).where('id', '=', importId).execute();
    return;
  }
  await progress.phase('store', result.accounts.length);
  await db.transaction().execute(async (trx) => {
    const { version } = await lockEditableVersion(trx, user, imp.dossier_id, expectedRevision, deps.now());
    if (version !== imp.version) throw appError('VERSION_CONFLICT');
    await replaceAccounts(trx, imp.dossier_id, version, result.accounts);
    await trx.updateTable('account_imports').set({ ...summary, status: 'STORED', phase: null, stored_count: result.accounts.length, updated_at: deps.now() }).where('id', '=', importId).execute();
    await auditStore(trx, user, imp.dossier_id, importId, { version, stored: result.accounts.length, skipped: 0 });
  });
}

/** Stores the valid rows of an import that had errors, checked again against the dossier as it is now. */
export async function keepValidRows(deps: Deps, user: SessionUser, input: { importId: string; expectedRevision: number }, trx: Trx) {
  const imp = await ownImport(trx, user, input.importId);
  if (imp.status !== 'HAS_ERRORS') throw appError('DOMAIN_REFUSED', 'Lần nhập này không còn chờ quyết định (đã lưu, đã bỏ hoặc chưa đọc xong).');
  const { version } = await lockEditableVersion(trx, user, imp.dossier_id, input.expectedRevision, deps.now());
  if (version !== imp.version) throw appError('VERSION_CONFLICT');
  const rows = await pendingRows(trx, imp.id);
  const result = validateAccountList(rows, await validationContext(trx, imp.dossier_id, version, deps.now()));
  if (result.accounts.length === 0) throw appError('DOMAIN_REFUSED', 'Danh sách không có dòng nào hợp lệ để giữ lại.');
  await replaceAccounts(trx, imp.dossier_id, version, result.accounts);
  await trx.updateTable('account_imports').set({ status: 'STORED', stored_count: result.accounts.length, rows: null, updated_at: deps.now() }).where('id', '=', imp.id).execute();
  const details = { version, stored: result.accounts.length, skipped: rows.length - result.accounts.length };
  await auditStore(trx, user, imp.dossier_id, imp.id, details);
  return { dossierId: imp.dossier_id, ...details };
}

/** The user gives up on an import with errors: its rows are dropped at once. */
export async function discardImport(deps: Deps, user: SessionUser, importId: string, trx: Trx) {
  const imp = await ownImport(trx, user, importId);
  if (imp.status !== 'HAS_ERRORS') throw appError('DOMAIN_REFUSED', 'Chỉ bỏ được lần nhập đang có lỗi chờ quyết định.');
  await trx.updateTable('account_imports').set({ status: 'DISCARDED', rows: null, updated_at: deps.now() }).where('id', '=', imp.id).execute();
  return { dossierId: imp.dossier_id };
}

/** An import of the user's unit (any other is "not found"), with a READING import that went silent reported as failed. */
export async function ownImport(db: Trx | Kysely<Database>, user: SessionUser, importId: string) {
  // Everything but the rows (up to 1,048,576 of them): pages poll this.
  const imp = await db
    .selectFrom('account_imports')
    .select(['id', 'dossier_id', 'version', 'file_name', 'status', 'phase', 'progress_done', 'progress_total', 'format', 'sheet_name', 'row_count', 'valid_count', 'stored_count', 'findings', 'refusal', 'created_at', 'updated_at'])
    .where('id', '=', importId)
    .where('owner_unit_id', '=', user.unitId)
    .executeTakeFirst();
  if (!imp) throw appError('NOT_FOUND');
  return imp;
}

export function isStale(imp: { status: string; updated_at: string | Date }, now: Date, staleMs: number = STALE_IMPORT_MS): boolean {
  return imp.status === 'READING' && now.getTime() - new Date(imp.updated_at).getTime() > staleMs;
}

function keptFindings(findings: readonly AccountRowFinding[]): ImportFinding[] {
  // Errors first, then by position, so the kept ones are the ones that block.
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.row - b.row || (ORDER.get(a.column) ?? 0) - (ORDER.get(b.column) ?? 0));
  return sorted.slice(0, MAX_KEPT_FINDINGS).map((f) => ({ row: f.row, column: LABELS.get(f.column) ?? f.column, code: f.code, message: f.message, severity: f.severity }));
}

async function auditStore(trx: Trx, user: SessionUser, dossierId: string, importId: string, details: { version: number; stored: number; skipped: number }) {
  await appendAudit(trx, {
    actorUserId: user.userId,
    actorRole: user.role,
    actorUnitId: user.unitId,
    action: 'submitter.accountImports.store',
    targetType: 'dossier',
    targetId: dossierId,
    outcome: 'OK',
    details: { importId, ...details },
    requestId: `import:${importId}`,
  });
}

/** Writes the reader's progress to the import row, at most every PROGRESS_INTERVAL_MS. */
function progressWriter(deps: Deps, importId: string) {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const write = (phase: string, done: number, total: number | null) => {
    pending = pending.then(() =>
      deps.db.updateTable('account_imports').set({ phase, progress_done: done, progress_total: total, updated_at: deps.now() }).where('id', '=', importId).where('status', '=', 'READING').execute(),
    );
    return pending;
  };
  return {
    onSheet(p: SheetProgress) {
      const t = Date.now();
      if (t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      void write(p.phase === 'inspect' ? 'inspect' : 'parse', p.done, p.total);
    },
    flush: () => pending,
    phase: (phase: string, total: number) => write(phase, 0, total),
  };
}

/** The rows read by an import that is waiting for the user's decision. */
export async function pendingRows(db: Trx | Kysely<Database>, importId: string): Promise<RawAccountRow[]> {
  const row = await db.selectFrom('account_imports').select('rows').where('id', '=', importId).executeTakeFirst();
  return row?.rows == null ? [] : parseJson<RawAccountRow[]>(row.rows);
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

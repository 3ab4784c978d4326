import { z } from 'zod';
import { ACCOUNT_LIST_COLUMNS, accountRowToRaw, validateAccountList, type AccountListColumn, type RawAccountRow } from '@ketnoi/domain';
import { appError, refused } from '../errors.ts';
import { validationContext } from '../services/account-validation-context.ts';
import { requireVisibleDossier } from '../services/dossier-access.ts';
import { editableVersionOf, loadAccounts, replaceAccounts } from '../services/dossier-content.ts';
import { loadState } from '../services/dossier-events.ts';
import { router, submitterProcedure } from '../trpc.ts';
import { dossierTarget } from './command-procedure.ts';
import { editDraft } from './edit-draft.ts';

const COLUMN_KEYS = ACCOUNT_LIST_COLUMNS.map((c) => c.key) as [AccountListColumn, ...AccountListColumn[]];
const cellsSchema = z.partialRecord(z.enum(COLUMN_KEYS), z.string().max(500));
const rowNumber = z.number().int().min(2).max(1_048_576);

/**
 * One row of the account list, edited in place (issue 3): the unit sees a person's full ID number
 * only while editing that row. Each edit checks the whole list again (duplicates across rows),
 * and stores nothing unless the list stays valid.
 */
export const accountRowsRouter = router({
  /** The row as typed, unmasked, for its editor: a read of personal data, audited. */
  get: submitterProcedure
    .meta({ personalData: true })
    .input(z.object({ dossierId: z.uuid('Mã hồ sơ không hợp lệ.'), rowNumber }))
    .query(async ({ ctx, input }) => {
      const row = await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
      const { state } = await loadState(ctx.db, row.id);
      const version = editableVersionOf(state);
      if (version === null) throw appError('DOMAIN_REFUSED', 'Hồ sơ đã gửi đi: danh sách tài khoản chỉ sửa được khi hồ sơ còn là bản nháp hoặc bị trả lại.');
      // The working version after a return is created with the return itself.
      const account = (await loadAccounts(ctx.db, row.id, version)).find((a) => a.rowNumber === input.rowNumber);
      if (!account) throw appError('NOT_FOUND', 'Không tìm thấy dòng này trong danh sách.');
      return accountRowToRaw(account);
    }),

  /** Saves a row (rowNumber null: a new row at the end). */
  save: submitterProcedure
    .input(z.object({ ...dossierTarget, rowNumber: rowNumber.nullable(), cells: cellsSchema }))
    .mutation(({ ctx, input, path }) =>
      editDraft(ctx, path, input, async (trx, version) => {
        const rows = (await loadAccounts(trx, input.dossierId, version)).map(accountRowToRaw);
        const cells = Object.fromEntries(COLUMN_KEYS.map((k) => [k, input.cells[k] ?? ''])) as Record<AccountListColumn, string>;
        const target = input.rowNumber ?? Math.max(1, ...rows.map((r) => r.rowNumber)) + 1;
        const at = rows.findIndex((r) => r.rowNumber === target);
        if (input.rowNumber !== null && at < 0) throw appError('NOT_FOUND', 'Không tìm thấy dòng này trong danh sách.');
        const edited: RawAccountRow = { rowNumber: target, cells };
        const next = at < 0 ? [...rows, edited] : rows.map((r, i) => (i === at ? edited : r));
        return store(trx, input.dossierId, version, next, ctx.now(), target);
      }),
    ),

  delete: submitterProcedure.input(z.object({ ...dossierTarget, rowNumber })).mutation(({ ctx, input, path }) =>
    editDraft(ctx, path, input, async (trx, version) => {
      const rows = (await loadAccounts(trx, input.dossierId, version)).map(accountRowToRaw);
      const next = rows.filter((r) => r.rowNumber !== input.rowNumber);
      if (next.length === rows.length) throw appError('NOT_FOUND', 'Không tìm thấy dòng này trong danh sách.');
      return store(trx, input.dossierId, version, next, ctx.now(), null);
    }),
  ),
});

async function store(trx: Parameters<Parameters<typeof editDraft>[3]>[0], dossierId: string, version: number, rows: readonly RawAccountRow[], now: Date, rowNumber: number | null) {
  const result = validateAccountList(rows, await validationContext(trx, dossierId, version, now));
  const errors = result.findings.filter((f) => f.severity === 'error');
  // The edited row's own problems first: they are what the editor shows next to its fields.
  if (errors.length > 0) throw refused([...errors].sort((a, b) => Number(b.row === rowNumber) - Number(a.row === rowNumber)));
  await replaceAccounts(trx, dossierId, version, result.accounts);
  return { version, rowNumber, total: result.accounts.length, warnings: result.findings.filter((f) => f.row === rowNumber && f.severity === 'warning').map((f) => ({ column: f.column, message: f.message })) };
}

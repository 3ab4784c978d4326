import { createHash } from 'node:crypto';
import { z } from 'zod';
import { auditChange } from '../services/audit-change.ts';
import { createImport, discardImport, isStale, keepValidRows, ownImport, runImport, type ImportFinding } from '../services/account-import.ts';
import { withIdempotency } from '../services/idempotency.ts';
import { requireVisibleDossier } from '../services/dossier-access.ts';
import { router, submitterProcedure } from '../trpc.ts';
import { offsetOf, pageInput } from './pagination.ts';

const idempotencyKey = z.string().min(8).max(100);
const importId = z.uuid('Mã lần nhập không hợp lệ.');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Account-list imports of the submitter's own unit: start, follow, then keep the valid rows or discard. */
export const accountImportsRouter = router({
  /** Starts reading the file; answers at once with the import's id, the page follows `get`. */
  start: submitterProcedure
    .input(z.object({ dossierId: z.uuid('Mã hồ sơ không hợp lệ.'), expectedRevision: z.number().int().min(0), idempotencyKey, fileName: z.string().min(1).max(255), contentBase64: z.string().min(1, 'Tệp rỗng: hãy chọn tệp danh sách có dữ liệu.').max(28_000_000, 'Tệp lớn hơn 20 MB.') }))
    .mutation(async ({ ctx, input, path }) => {
      const bytes = Buffer.from(input.contentBase64, 'base64');
      let fresh = false;
      const created = await withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input: { ...input, contentBase64: sha(input.contentBase64) } }, async (trx) => {
        const row = await createImport(trx, ctx.user, { dossierId: input.dossierId, fileName: input.fileName, sizeBytes: bytes.length });
        await auditChange(ctx, trx, path, { type: 'dossier', id: input.dossierId }, { importId: row.id, bytes: bytes.length });
        fresh = true;
        return { importId: row.id };
      });
      // Only the call that created the import reads it; a repeated key gets the same id.
      if (fresh) void runImport({ db: ctx.db, now: ctx.now }, ctx.user, created.importId, bytes, input.expectedRevision);
      return created;
    }),

  /** Where the import is, its counts and one page of its findings (Vietnamese, no personal data). */
  get: submitterProcedure.input(z.object({ importId, ...pageInput, pageSize: z.number().int().min(1).max(200).default(50) })).query(async ({ ctx, input }) => {
    const imp = await ownImport(ctx.db, ctx.user, input.importId);
    const stale = isStale(imp, ctx.now(), ctx.importStaleMs);
    const findings = (typeof imp.findings === 'string' ? JSON.parse(imp.findings) : (imp.findings ?? [])) as ImportFinding[];
    const errors = findings.filter((f) => f.severity === 'error');
    return {
      id: imp.id,
      dossierId: imp.dossier_id,
      fileName: imp.file_name,
      status: stale ? ('FAILED' as const) : imp.status,
      phase: stale ? null : imp.phase,
      progress: { done: Number(imp.progress_done), total: imp.progress_total === null ? null : Number(imp.progress_total) },
      format: imp.format,
      sheetName: imp.sheet_name,
      rowCount: imp.row_count,
      validCount: imp.valid_count,
      storedCount: imp.stored_count,
      refusal: stale ? { code: 'IMPORT_INTERRUPTED', message: 'Lần nhập bị gián đoạn (máy chủ khởi động lại). Hãy tải tệp lên lại.' } : ((typeof imp.refusal === 'string' ? JSON.parse(imp.refusal) : imp.refusal) as { code: string; message: string } | null),
      errorCount: errors.length,
      warningCount: findings.length - errors.length,
      findingsTotal: findings.length,
      findings: findings.slice(offsetOf(input), offsetOf(input) + input.pageSize),
      createdAt: imp.created_at,
    };
  }),

  /** The latest import of a dossier (to pick up where the user left after a reload), or null. */
  latest: submitterProcedure.input(z.object({ dossierId: z.uuid('Mã hồ sơ không hợp lệ.') })).query(async ({ ctx, input }) => {
    await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
    const row = await ctx.db.selectFrom('account_imports').select(['id']).where('dossier_id', '=', input.dossierId).where('owner_unit_id', '=', ctx.user.unitId).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    return row ? { importId: row.id } : null;
  }),

  keepValid: submitterProcedure.input(z.object({ importId, expectedRevision: z.number().int().min(0), idempotencyKey })).mutation(({ ctx, input, path }) =>
    withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
      const kept = await keepValidRows({ db: ctx.db, now: ctx.now }, ctx.user, input, trx);
      await auditChange(ctx, trx, path, { type: 'dossier', id: kept.dossierId }, { importId: input.importId, stored: kept.stored, skipped: kept.skipped });
      return { version: kept.version, stored: kept.stored, skipped: kept.skipped };
    }),
  ),

  discard: submitterProcedure.input(z.object({ importId, idempotencyKey })).mutation(({ ctx, input, path }) =>
    withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
      const { dossierId } = await discardImport({ db: ctx.db, now: ctx.now }, ctx.user, input.importId, trx);
      await auditChange(ctx, trx, path, { type: 'dossier', id: dossierId }, { importId: input.importId });
      return { discarded: true };
    }),
  ),
});

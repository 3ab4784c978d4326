import { createHash } from 'node:crypto';
import { z } from 'zod';
import { loadReference, refreshDossierSearchText } from '@ketnoi/db';
import { auditChange } from '../services/audit-change.ts';
import {
  checkCompleteness,
  localDate,
  orgCommitmentSchema,
  securityConfirmationSchema,
  serviceRegistrationSchema,
  systemSchema,
  validateAccountList,
  ACCOUNT_LIST_COLUMNS,
  type AccountListColumn,
} from '@ketnoi/domain';
import { checkAccountFile } from '@ketnoi/sheets';
import { birthPrefixes } from '@ketnoi/reference';
import { router, submitterProcedure } from '../trpc.ts';
import { appError, refused } from '../errors.ts';
import { withIdempotency } from '../services/idempotency.ts';
import { loadState } from '../services/dossier-events.ts';
import { editableVersionOf, loadContent, replaceAccounts } from '../services/dossier-content.ts';
import { lockEditableVersion } from '../services/editable-draft.ts';
import { dossierSummaryQuery } from '../services/dossier-summary.ts';
import { requireVisibleDossier } from '../services/dossier-access.ts';
import { checkPdf, safeFileName } from '../services/pdf-check.ts';
import { commandProcedure, dossierTarget } from './command-procedure.ts';
import { offsetOf, pageInput } from './pagination.ts';
import { dossierPageSchema } from './outputs.ts';
import { accountImportsRouter } from './account-imports.ts';
import { accountRowsRouter } from './account-rows.ts';
import { editDraft } from './edit-draft.ts';
import { createAmendment, createDraft } from '../services/create-draft.ts';
import { withDeadlines } from '../services/deadline.ts';
import { systemFromRow, systemToRow } from '../services/system-mapping.ts';

const idempotencyKey = z.string().min(8).max(100);
const cellsSchema = z.record(z.enum(ACCOUNT_LIST_COLUMNS.map((c) => c.key) as [AccountListColumn, ...AccountListColumn[]]), z.string().max(500));

export const submitterRouter = router({
  systems: router({
    list: submitterProcedure.query(async ({ ctx }) => {
      const rows = await ctx.db.selectFrom('systems').selectAll().where('owner_unit_id', '=', ctx.user.unitId).orderBy('name').execute();
      return rows.map((r) => ({ id: r.id, revision: r.revision, ...systemFromRow(r) }));
    }),
    create: submitterProcedure.input(z.object({ idempotencyKey, system: systemSchema })).mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        const created = await trx.insertInto('systems').values({ owner_unit_id: ctx.user.unitId, ...systemToRow(input.system) }).returning(['id', 'revision']).executeTakeFirstOrThrow();
        await auditChange(ctx, trx, path, { type: 'system', id: created.id });
        return { id: created.id, revision: created.revision };
      }),
    ),
    update: submitterProcedure
      .input(z.object({ idempotencyKey, systemId: z.uuid(), expectedRevision: z.number().int().min(0), system: systemSchema }))
      .mutation(({ ctx, input, path }) =>
        withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
          const updated = await trx
            .updateTable('systems')
            .set({ ...systemToRow(input.system), revision: input.expectedRevision + 1, updated_at: ctx.now() })
            .where('id', '=', input.systemId)
            .where('owner_unit_id', '=', ctx.user.unitId)
            .where('revision', '=', input.expectedRevision)
            .returning(['id', 'revision'])
            .executeTakeFirst();
          if (!updated) {
            const exists = await trx.selectFrom('systems').select('id').where('id', '=', input.systemId).where('owner_unit_id', '=', ctx.user.unitId).executeTakeFirst();
            throw appError(exists ? 'VERSION_CONFLICT' : 'NOT_FOUND');
          }
          // The queues find the system's dossiers by its name.
          await refreshDossierSearchText(trx, { systemId: updated.id });
          await auditChange(ctx, trx, path, { type: 'system', id: updated.id });
          return updated;
        }),
      ),
  }),

  dossiers: router({
    list: submitterProcedure.input(z.object({ ...pageInput, status: z.string().optional() })).output(dossierPageSchema).query(async ({ ctx, input }) => {
      let q = dossierSummaryQuery(ctx.db, ctx.user);
      if (input.status) q = q.where('dossiers.status', '=', input.status as never);
      const [items, total] = await Promise.all([
        q.orderBy('dossiers.updated_at', 'desc').orderBy('dossiers.id').limit(input.pageSize).offset(offsetOf(input)).execute(),
        ctx.db.selectFrom('dossiers').where('owner_unit_id', '=', ctx.user.unitId).$if(!!input.status, (qb) => qb.where('status', '=', input.status as never)).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await withDeadlines(ctx.db, items, ctx.now()), total: Number(total.n) };
    }),
    create: submitterProcedure.input(z.object({ idempotencyKey, systemId: z.uuid() })).mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        const created = await createDraft(trx, ctx.user, input.systemId, ctx.now());
        await auditChange(ctx, trx, path, { type: 'dossier', id: created.dossierId });
        return created;
      }),
    ),
    /** A change of accounts or services after CONNECTED: a new dossier linked to the connected one. */
    createAmendment: submitterProcedure.input(z.object({ idempotencyKey, dossierId: z.uuid() })).mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        const created = await createAmendment(trx, ctx.user, input.dossierId, ctx.now());
        await auditChange(ctx, trx, path, { type: 'dossier', id: created.dossierId }, { amends: input.dossierId });
        return created;
      }),
    ),
    completeness: submitterProcedure.input(z.object({ dossierId: z.uuid() })).query(async ({ ctx, input }) => {
      const row = await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
      const { state } = await loadState(ctx.db, row.id);
      const version = editableVersionOf(state) ?? state.version;
      const reference = await loadReference(ctx.db);
      const system = await ctx.db.selectFrom('systems').selectAll().where('id', '=', row.system_id).executeTakeFirstOrThrow();
      const issues = checkCompleteness({
        content: await loadContent(ctx.db, row.id, version),
        system: systemFromRow(system),
        serviceCatalogue: reference.services,
        birthPrefixes,
        policy: reference.policy,
        today: localDate(ctx.now().toISOString()),
      });
      return { version, issues };
    }),
    saveServiceRegistration: submitterProcedure.input(z.object({ ...dossierTarget, serviceRegistration: serviceRegistrationSchema })).mutation(({ ctx, input, path }) =>
      editDraft(ctx, path, input, async (trx, version) => {
        await trx.updateTable('dossier_versions').set({ service_registration: JSON.stringify(input.serviceRegistration) }).where('dossier_id', '=', input.dossierId).where('version', '=', version).execute();
        return { version };
      }),
    ),
    saveOrgCommitment: submitterProcedure.input(z.object({ ...dossierTarget, orgCommitment: orgCommitmentSchema })).mutation(({ ctx, input, path }) =>
      editDraft(ctx, path, input, async (trx, version) => {
        await requireOwnDocument(trx, ctx.user.unitId, input.orgCommitment.document?.fileId ?? null);
        await trx.updateTable('dossier_versions').set({ org_commitment: JSON.stringify(input.orgCommitment) }).where('dossier_id', '=', input.dossierId).where('version', '=', version).execute();
        return { version };
      }),
    ),
    saveSecurityConfirmation: submitterProcedure.input(z.object({ ...dossierTarget, securityConfirmation: securityConfirmationSchema })).mutation(({ ctx, input, path }) =>
      editDraft(ctx, path, input, async (trx, version) => {
        await requireOwnDocument(trx, ctx.user.unitId, input.securityConfirmation.confirmation.document?.fileId ?? null);
        await trx.updateTable('dossier_versions').set({ security_confirmation: JSON.stringify(input.securityConfirmation) }).where('dossier_id', '=', input.dossierId).where('version', '=', version).execute();
        return { version };
      }),
    ),
    /**
     * Replaces the account list from rows as typed or imported. Nothing is stored unless every row is
     * valid, or the user chose to keep only the valid rows (domain.md §5).
     */
    replaceAccounts: submitterProcedure
      .input(z.object({ ...dossierTarget, rows: z.array(z.object({ rowNumber: z.number().int().min(2), cells: cellsSchema })).max(200_000), keepValidOnly: z.boolean().default(false) }))
      .mutation(async ({ ctx, input, path }) => {
        const reference = await loadReference(ctx.db);
        return editDraft(ctx, path, input, async (trx, version) => {
          const content = await loadContent(trx, input.dossierId, version);
          const registered = content.serviceRegistration.lines.map((l) => l.serviceCode);
          const rows = input.rows.map((r) => ({ rowNumber: r.rowNumber, cells: Object.fromEntries(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, r.cells[c.key] ?? ''])) as Record<AccountListColumn, string> }));
          const result = validateAccountList(rows, { birthPrefixes, serviceCodes: registered, today: localDate(ctx.now().toISOString()), policy: reference.policy });
          const errors = result.findings.filter((f) => f.severity === 'error');
          if (errors.length > 0 && !input.keepValidOnly) throw refused(errors);
          await replaceAccounts(trx, input.dossierId, version, result.accounts);
          return { version, stored: result.accounts.length, skipped: rows.length - result.accounts.length, warnings: result.findings.filter((f) => f.severity === 'warning').length };
        });
      }),
    /** Reads and checks an uploaded .xlsx/.csv with the same bounded reader as `ketnoi accounts check`; stores nothing. */
    checkAccountFile: submitterProcedure
      .input(z.object({ dossierId: z.uuid(), fileName: z.string().max(255), contentBase64: z.string().max(28_000_000) }))
      .mutation(async ({ ctx, input }) => {
        const row = await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
        const { state } = await loadState(ctx.db, row.id);
        const content = await loadContent(ctx.db, row.id, editableVersionOf(state) ?? state.version);
        const reference = await loadReference(ctx.db);
        return checkAccountFile(
          { bytes: Buffer.from(input.contentBase64, 'base64'), fileName: input.fileName },
          { birthPrefixes, serviceCodes: content.serviceRegistration.lines.map((l) => l.serviceCode), today: localDate(ctx.now().toISOString()), policy: reference.policy },
        );
      }),
    /**
     * Where the dossier goes (PC06 of the province it queues in, or C06 for central units), the
     * review deadline in working days, and when its current version was received (null before).
     */
    submission: submitterProcedure.input(z.object({ dossierId: z.uuid() })).query(async ({ ctx, input }) => {
      const row = await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
      const national = row.route === 'NATIONAL';
      const receiver = await ctx.db
        .selectFrom('units')
        .select('name')
        .$if(national, (q) => q.where('kind', '=', 'C06'))
        .$if(!national, (q) => q.where('kind', '=', 'PC06').where('province_code', '=', row.queue_province_code))
        .executeTakeFirst();
      const { policy } = await loadReference(ctx.db);
      const current = await ctx.db.selectFrom('dossier_versions').select('submitted_at').where('dossier_id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
      return {
        receivedAt: current?.submitted_at ?? null,
        route: national ? ('NATIONAL' as const) : ('PROVINCIAL' as const),
        receiverName: receiver?.name ?? null,
        reviewWorkingDays: national ? policy.nationalReviewWorkingDays : policy.provincialReviewWorkingDays,
      };
    }),
    submit: commandProcedure(submitterProcedure, 'SUBMIT'),
    resubmit: commandProcedure(submitterProcedure, 'RESUBMIT'),
    withdraw: commandProcedure(submitterProcedure, 'WITHDRAW'),
  }),

  accountImports: accountImportsRouter,
  accountRows: accountRowsRouter,

  documents: router({
    /** Uploads a signed PDF (commitment, A05 confirmation). Checked by content; keeps its SHA-256. */
    upload: submitterProcedure
      .input(z.object({ idempotencyKey, kind: z.enum(['ORG_COMMITMENT', 'SECURITY_CONFIRMATION']), fileName: z.string().min(1).max(255), contentBase64: z.string().min(1).max(14_000_000) }))
      .mutation(({ ctx, input, path }) =>
        withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input: { ...input, contentBase64: sha(input.contentBase64) } }, async (trx) => {
          const bytes = Buffer.from(input.contentBase64, 'base64');
          const check = checkPdf(bytes);
          if (!check.ok) throw appError('FILE_REFUSED', check.message, [{ code: check.code, message: check.message, severity: 'error' }]);
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const stored = await trx
            .insertInto('documents')
            .values({ owner_unit_id: ctx.user.unitId, kind: input.kind, file_name: safeFileName(input.fileName), media_type: 'application/pdf', size_bytes: bytes.length, sha256, content: bytes, uploaded_by: ctx.user.userId })
            .returning(['id', 'sha256', 'size_bytes', 'file_name'])
            .executeTakeFirstOrThrow();
          await auditChange(ctx, trx, path, { type: 'document', id: stored.id }, { sha256, size: bytes.length });
          return { id: stored.id, sha256: stored.sha256, sizeBytes: stored.size_bytes, fileName: stored.file_name };
        }),
      ),
  }),
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

async function requireOwnDocument(trx: Parameters<Parameters<typeof withIdempotency>[2]>[0], unitId: string, fileId: string | null) {
  if (fileId === null) return;
  const doc = await trx.selectFrom('documents').select('id').where('id', '=', fileId).where('owner_unit_id', '=', unitId).executeTakeFirst();
  if (!doc) throw appError('NOT_FOUND', 'Không tìm thấy tệp đính kèm đã tải lên.');
}

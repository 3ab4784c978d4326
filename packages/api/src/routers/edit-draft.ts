import type { submitterProcedure } from '../trpc.ts';
import { auditChange } from '../services/audit-change.ts';
import { lockEditableVersion } from '../services/editable-draft.ts';
import { withIdempotency } from '../services/idempotency.ts';

type Ctx = Parameters<Parameters<typeof submitterProcedure.query>[0]>[0]['ctx'];

/** Runs an edit of the editable version of a dossier of the user's unit, audited in the same transaction. */
export async function editDraft<T>(ctx: Ctx, path: string, input: { dossierId: string; expectedRevision: number; idempotencyKey: string }, edit: (trx: Parameters<Parameters<typeof withIdempotency>[2]>[0], version: number) => Promise<T>) {
  return withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
    const { dossierId, version } = await lockEditableVersion(trx, ctx.user, input.dossierId, input.expectedRevision, ctx.now());
    const result = await edit(trx, version);
    await auditChange(ctx, trx, path, { type: 'dossier', id: dossierId }, { version });
    return result;
  });
}


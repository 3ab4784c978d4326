import { appendAudit, type Database, type JsonValue } from '@ketnoi/db';
import type { Transaction } from 'kysely';
import type { SessionUser } from '../context.ts';
import type { AuditState } from '../trpc.ts';

/**
 * The audit row of a change, written in the change's own transaction (architecture: persist the
 * change and its audit together), and marked so the audit middleware does not write a second one.
 */
export async function auditChange(
  ctx: { user: SessionUser; requestId: string; auditState: AuditState },
  trx: Transaction<Database>,
  action: string,
  target: { type: string; id: string },
  details?: { readonly [key: string]: JsonValue },
): Promise<void> {
  await appendAudit(trx, {
    actorUserId: ctx.user.userId,
    actorRole: ctx.user.role,
    actorUnitId: ctx.user.unitId,
    action,
    targetType: target.type,
    targetId: target.id,
    outcome: 'OK',
    ...(details ? { details } : {}),
    requestId: ctx.requestId,
  });
  ctx.auditState.written = true;
}

import { z } from 'zod';
import { adminProcedure, router } from '../trpc.ts';
import { offsetOf, pageInput } from './pagination.ts';

/**
 * The audit trail of one object (a user, a unit, the calendar of a year…) for administrators, newest
 * first: who changed it, when, and the outcome. It names who did what to whom: each read is audited.
 */
export const adminAuditRouter = router({
  forTarget: adminProcedure
    .meta({ personalData: true })
    .input(z.object({ ...pageInput, targetType: z.enum(['user', 'unit', 'service', 'calendar', 'policy', 'province']), targetId: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      const base = ctx.db.selectFrom('audit_log').where('target_type', '=', input.targetType).where('target_id', '=', input.targetId);
      const [items, total] = await Promise.all([
        base
          .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
          .select(['audit_log.id', 'audit_log.occurred_at as occurredAt', 'audit_log.action', 'audit_log.outcome', 'audit_log.actor_role as actorRole', 'users.username as actorUsername', 'audit_log.details'])
          .orderBy('audit_log.id', 'desc')
          .limit(input.pageSize)
          .offset(offsetOf(input))
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: items.map((r) => ({ ...r, id: Number(r.id) })), total: Number(total.n), page: input.page, pageSize: input.pageSize };
    }),
});

import { z } from 'zod';
import { authedProcedure, router } from '../trpc.ts';
import { auditChange } from '../services/audit-change.ts';
import { offsetOf, pageInput } from './pagination.ts';


/**
 * The signed-in user's own notifications (issue 6), whatever the role: every query is bound to the
 * session's user, so nobody reads, counts or marks another person's.
 */
export const notificationsRouter = router({
  list: authedProcedure.input(z.object({ ...pageInput, unreadOnly: z.boolean().default(false) }).default({ page: 1, pageSize: 20, unreadOnly: false })).query(async ({ ctx, input }) => {
    let base = ctx.db.selectFrom('notifications').where('recipient_user_id', '=', ctx.user.userId);
    if (input.unreadOnly) base = base.where('read_at', 'is', null);
    const [items, total] = await Promise.all([
      base
        .select(['id', 'dossier_id as dossierId', 'kind', 'title', 'body', 'created_at as createdAt', 'read_at as readAt'])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(input.pageSize)
        .offset(offsetOf(input))
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n), page: input.page, pageSize: input.pageSize };
  }),

  unreadCount: authedProcedure.query(async ({ ctx }) => {
    const row = await ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('recipient_user_id', '=', ctx.user.userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { count: Number(row.n) };
  }),

  /** Marks some of one's own notifications read (ids of others are ignored), or all of them. */
  markRead: authedProcedure
    .input(z.union([z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }), z.strictObject({ all: z.literal(true) })]))
    .mutation(({ ctx, input, path }) =>
      ctx.db.transaction().execute(async (trx) => {
        let q = trx.updateTable('notifications').set({ read_at: ctx.now() }).where('recipient_user_id', '=', ctx.user.userId).where('read_at', 'is', null);
        if ('ids' in input) q = q.where('id', 'in', input.ids);
        const result = await q.executeTakeFirst();
        const marked = Number(result.numUpdatedRows);
        await auditChange(ctx, trx, path, { type: 'user', id: ctx.user.userId }, { marked, all: 'all' in input });
        return { marked };
      }),
    ),
});

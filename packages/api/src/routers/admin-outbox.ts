import { z } from 'zod';
import { adminProcedure, router } from '../trpc.ts';
import { offsetOf, pageInput } from './pagination.ts';

/**
 * The email outbox (issue 6): with SMTP configured it shows what was sent or is waiting; without
 * it, the emails kept for the administrator to read and pass on. Addresses are personal data:
 * each read is audited.
 */
export const adminOutboxRouter = router({
  list: adminProcedure
    .meta({ personalData: true })
    .input(z.object({ ...pageInput, status: z.enum(['PENDING', 'SENT', 'KEPT']).optional() }).default({ page: 1, pageSize: 20 }))
    .query(async ({ ctx, input }) => {
      let base = ctx.db.selectFrom('email_outbox').innerJoin('users', 'users.id', 'email_outbox.recipient_user_id');
      if (input.status) base = base.where('email_outbox.status', '=', input.status);
      const [items, total] = await Promise.all([
        base
          .select([
            'email_outbox.id',
            'email_outbox.to_address as to',
            'users.display_name as recipientName',
            'email_outbox.subject',
            'email_outbox.body',
            'email_outbox.status',
            'email_outbox.attempts',
            'email_outbox.last_error as lastError',
            'email_outbox.created_at as createdAt',
            'email_outbox.sent_at as sentAt',
          ])
          .orderBy('email_outbox.created_at', 'desc')
          .orderBy('email_outbox.id')
          .limit(input.pageSize)
          .offset(offsetOf(input))
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n), page: input.page, pageSize: input.pageSize };
    }),
});

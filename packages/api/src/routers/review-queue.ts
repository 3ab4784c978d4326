import { z } from 'zod';
import { DOSSIER_STATUSES } from '@ketnoi/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';
import { dossierSummaryQuery } from '../services/dossier-summary.ts';
import { visibleTo } from '../services/jurisdiction.ts';
import { withDeadlines } from '../services/deadline.ts';
import { offsetOf, pageInput } from './pagination.ts';

export const queueInput = z.object({
  ...pageInput,
  status: z.enum(DOSSIER_STATUSES).optional(),
  heldByMe: z.boolean().optional(),
  sort: z.enum(['due', 'updated', 'code']).default('due'),
});

/** A reviewer's queue: only what the user's jurisdiction allows (visibleTo), paginated on the server. */
export async function listQueue(db: Kysely<Database>, user: SessionUser, input: z.infer<typeof queueInput>, now: Date) {
  let q = dossierSummaryQuery(db, user);
  if (input.status) q = q.where('dossiers.status', '=', input.status);
  if (input.heldByMe) q = q.where('dossiers.holder_user_id', '=', user.userId);
  const sorted =
    input.sort === 'due'
      ? q.orderBy('dossiers.stage_due_on', (ob) => ob.asc().nullsLast()).orderBy('dossiers.code')
      : input.sort === 'updated'
        ? q.orderBy('dossiers.updated_at', 'desc').orderBy('dossiers.code')
        : q.orderBy('dossiers.code');
  const countQuery = dossierSummaryQuery(db, user)
    .clearSelect()
    .$if(!!input.status, (qb) => qb.where('dossiers.status', '=', input.status!))
    .$if(!!input.heldByMe, (qb) => qb.where('dossiers.holder_user_id', '=', user.userId))
    .select((eb) => eb.fn.countAll<number>().as('n'));
  const [items, total] = await Promise.all([sorted.limit(input.pageSize).offset(offsetOf(input)).execute(), countQuery.executeTakeFirstOrThrow()]);
  return { items: await withDeadlines(db, items, now), total: Number(total.n) };
}

/**
 * The counts behind a reviewer's queue tabs, through the same jurisdiction filter as the list:
 * per status, how many wait unclaimed, how many the user holds, how many are past their due date.
 */
export async function queueCounts(db: Kysely<Database>, user: SessionUser, today: string) {
  const rows = await db
    .selectFrom('dossiers')
    .where(visibleTo(user))
    .select((eb) => [
      'dossiers.status',
      eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where dossiers.holder_user_id is null)`.as('unclaimed'),
      sql<number>`count(*) filter (where dossiers.holder_user_id = ${user.userId})`.as('heldByMe'),
      sql<number>`count(*) filter (where dossiers.stage_due_on < ${today})`.as('overdue'),
    ])
    .groupBy('dossiers.status')
    .execute();
  const byStatus = Object.fromEntries(DOSSIER_STATUSES.map((s) => [s, 0])) as Record<(typeof DOSSIER_STATUSES)[number], number>;
  let unclaimed = 0;
  let heldByMe = 0;
  let overdue = 0;
  for (const r of rows) {
    byStatus[r.status] = Number(r.total);
    if (r.status === 'PROVINCIAL_REVIEW' || r.status === 'NATIONAL_REVIEW') unclaimed += Number(r.unclaimed);
    heldByMe += Number(r.heldByMe);
    overdue += Number(r.overdue);
  }
  return { byStatus, unclaimed, heldByMe, overdue, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
}

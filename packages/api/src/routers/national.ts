import { nationalProcedure, router } from '../trpc.ts';
import { commandProcedure } from './command-procedure.ts';
import { countsInput, listQueue, queueCounts, queueInput } from './review-queue.ts';
import { queueCountsSchema, queuePageSchema } from './outputs.ts';
import { dashboardRouter } from './dashboard.ts';
import { nationalQueueFilterOptions } from './queue-filter-options.ts';

/** C06: central dossiers and those forwarded by PC06 — decides, records connections, suspends, revokes. */
export const nationalRouter = router({
  counts: nationalProcedure.input(countsInput).output(queueCountsSchema).query(({ ctx, input }) => queueCounts(ctx.db, ctx.user, input, ctx.now())),
  queue: nationalProcedure.input(queueInput).output(queuePageSchema).query(({ ctx, input }) => listQueue(ctx.db, ctx.user, input, ctx.now())),
  filterOptions: nationalQueueFilterOptions,
  claim: commandProcedure(nationalProcedure, 'CLAIM'),
  release: commandProcedure(nationalProcedure, 'RELEASE'),
  return: commandProcedure(nationalProcedure, 'RETURN'),
  reject: commandProcedure(nationalProcedure, 'REJECT'),
  approve: commandProcedure(nationalProcedure, 'APPROVE'),
  recordConnection: commandProcedure(nationalProcedure, 'RECORD_CONNECTION'),
  suspend: commandProcedure(nationalProcedure, 'SUSPEND'),
  resume: commandProcedure(nationalProcedure, 'RESUME'),
  revoke: commandProcedure(nationalProcedure, 'REVOKE'),
  dashboard: dashboardRouter,
});

import { provincialProcedure, router } from '../trpc.ts';
import { commandProcedure } from './command-procedure.ts';
import { countsInput, listQueue, queueCounts, queueInput } from './review-queue.ts';
import { queueCountsSchema, queuePageSchema } from './outputs.ts';
import { queueFilterOptions } from './queue-filter-options.ts';

/** PC06 of one province: receives, reviews, returns and forwards local dossiers of that province only. */
export const provincialRouter = router({
  counts: provincialProcedure.input(countsInput).output(queueCountsSchema).query(({ ctx, input }) => queueCounts(ctx.db, ctx.user, input, ctx.now())),
  queue: provincialProcedure.input(queueInput).output(queuePageSchema).query(({ ctx, input }) => listQueue(ctx.db, ctx.user, input, ctx.now())),
  filterOptions: queueFilterOptions,
  claim: commandProcedure(provincialProcedure, 'CLAIM'),
  release: commandProcedure(provincialProcedure, 'RELEASE'),
  return: commandProcedure(provincialProcedure, 'RETURN'),
  forward: commandProcedure(provincialProcedure, 'FORWARD'),
});

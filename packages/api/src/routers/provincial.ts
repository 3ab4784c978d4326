import { provincialProcedure, router } from '../trpc.ts';
import { commandProcedure } from './command-procedure.ts';
import { listQueue, queueCounts, queueInput } from './review-queue.ts';
import { localDate } from '@ketnoi/domain';
import { dossierPageSchema } from './outputs.ts';
import { queueFilterOptions } from './queue-filter-options.ts';

/** PC06 of one province: receives, reviews, returns and forwards local dossiers of that province only. */
export const provincialRouter = router({
  counts: provincialProcedure.query(({ ctx }) => queueCounts(ctx.db, ctx.user, localDate(ctx.now().toISOString()))),
  queue: provincialProcedure.input(queueInput).output(dossierPageSchema).query(({ ctx, input }) => listQueue(ctx.db, ctx.user, input, ctx.now())),
  filterOptions: queueFilterOptions,
  claim: commandProcedure(provincialProcedure, 'CLAIM'),
  release: commandProcedure(provincialProcedure, 'RELEASE'),
  return: commandProcedure(provincialProcedure, 'RETURN'),
  forward: commandProcedure(provincialProcedure, 'FORWARD'),
});

import { provincialProcedure, router } from '../trpc.ts';
import { commandProcedure } from './command-procedure.ts';
import { listQueue, queueInput } from './review-queue.ts';
import { dossierPageSchema } from './outputs.ts';

/** PC06 of one province: receives, reviews, returns and forwards local dossiers of that province only. */
export const provincialRouter = router({
  queue: provincialProcedure.input(queueInput).output(dossierPageSchema).query(({ ctx, input }) => listQueue(ctx.db, ctx.user, input)),
  claim: commandProcedure(provincialProcedure, 'CLAIM'),
  release: commandProcedure(provincialProcedure, 'RELEASE'),
  return: commandProcedure(provincialProcedure, 'RETURN'),
  forward: commandProcedure(provincialProcedure, 'FORWARD'),
});

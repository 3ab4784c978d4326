import { loadProvinces, loadServices } from '@ketnoi/db';
import { authedProcedure, router } from '../trpc.ts';

/** Reference lists every signed-in user needs (forms, filters). */
export const referenceRouter = router({
  provinces: authedProcedure.query(async ({ ctx }) => (await loadProvinces(ctx.db)).filter((p) => p.validTo === null)),
  services: authedProcedure.query(async ({ ctx }) => (await loadServices(ctx.db)).filter((s) => s.active)),
});

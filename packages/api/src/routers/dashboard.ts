import { nationalProcedure, router } from '../trpc.ts';
import { dashboardList } from '../services/dashboard-list.ts';
import { dashboardOverview } from '../services/dashboard-overview.ts';
import { dashboardPageSchema, listInput, overviewInput, overviewSchema } from '../services/dashboard-schemas.ts';

/**
 * The national dashboard (issue 5), for C06 reviewers only: domain.md §3 gives the dashboard to
 * NATIONAL_REVIEWER; administrators manage units, users and reference data and see no dossier, so
 * they are refused like PC06 and submitters. It counts every submitted dossier of the country
 * (including local ones still with PC06: the "at PC06" figures), but lists only what C06 may open.
 */
export const dashboardRouter = router({
  overview: nationalProcedure
    .input(overviewInput)
    .output(overviewSchema)
    .query(({ ctx, input }) => dashboardOverview(ctx.db, input, ctx.now())),
  list: nationalProcedure
    .input(listInput)
    .output(dashboardPageSchema)
    .query(({ ctx, input }) => dashboardList(ctx.db, ctx.user, input, ctx.now())),
});

import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { loadCalendar, type Database } from '@ketnoi/db';
import { addCalendarDays, localDate } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';
import { offsetOf } from '../routers/pagination.ts';
import { withDeadlines } from './deadline.ts';
import { dossierSummaryQuery } from './dossier-summary.ts';
import { visibleTo } from './jurisdiction.ts';
import { loadDashboardProvinces, provinceCodesOf } from './dashboard-overview.ts';
import { ageBucketStartDays, periodOf, startOfLocalDay } from './dashboard-periods.ts';
import { OPEN_STATUSES, type DashboardFilter, type DashboardPage, type ListInput } from './dashboard-schemas.ts';

type DossierCondition = (eb: ExpressionBuilder<Database, 'dossiers'>) => Expression<SqlBool>;

/** The events that end a review stage; the stage they end is the latest one started before them. */
const STAGE_ENDING = sql.raw(`('FORWARDED', 'RETURNED', 'REJECTED', 'APPROVED')`);
const STAGE_STARTING = sql.raw(`('SUBMITTED', 'RESUBMITTED', 'FORWARDED')`);

/**
 * The submitted dossiers behind a figure of the dashboard (the same filter as the figure), as a
 * condition on `dossiers`. Period figures are found in the event log: approvals, connections and
 * completed stages in the period; a dossier is listed under its current province.
 */
export async function dashboardCondition(db: Kysely<Database>, filter: DashboardFilter, now: Date): Promise<DossierCondition> {
  const today = localDate(now.toISOString());
  const provinceCodes = filter.provinceCode ? provinceCodesOf(filter.provinceCode, await loadDashboardProvinces(db)) : null;
  const ageDays = filter.ageBucket ? ageBucketStartDays(today, await loadCalendar(db))[filter.ageBucket] : null;
  const period = filter.period ? periodOf(filter.period.start, filter.period.granularity) : null;
  return (eb) => {
    const all: Expression<SqlBool>[] = [eb('dossiers.submitted_at', 'is not', null)];
    if (filter.stage) all.push(eb('dossiers.status', '=', filter.stage));
    if (provinceCodes) all.push(provinceCodes.length === 0 ? eb.lit(false) : eb('dossiers.queue_province_code', 'in', provinceCodes));
    if (filter.centralBodyId) all.push(eb('dossiers.route', '=', 'NATIONAL'), eb('dossiers.owner_unit_id', '=', filter.centralBodyId));
    if (filter.overdue) all.push(eb('dossiers.status', 'in', OPEN_STATUSES), eb('dossiers.stage_due_on', '<', today));
    if (ageDays) {
      all.push(eb('dossiers.status', 'in', OPEN_STATUSES));
      if (ageDays.from !== null) all.push(eb('dossiers.stage_started_at', '>=', startOfLocalDay(ageDays.from).toISOString()));
      if (ageDays.before !== null) all.push(eb('dossiers.stage_started_at', '<', startOfLocalDay(ageDays.before).toISOString()));
    }
    if (period && filter.period) {
      const from = startOfLocalDay(period.from).toISOString();
      const until = startOfLocalDay(addCalendarDays(period.to, 1)).toISOString();
      const inPeriod = sql`e.occurred_at >= ${from}::timestamptz AND e.occurred_at < ${until}::timestamptz`;
      const { event, stageKind } = filter.period;
      if (event === 'SUBMITTED') all.push(eb('dossiers.submitted_at', '>=', from), eb('dossiers.submitted_at', '<', until));
      else if (event === 'APPROVED' || event === 'CONNECTED') {
        const type = event === 'APPROVED' ? 'APPROVED' : 'CONNECTION_RECORDED';
        all.push(sql<SqlBool>`EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = dossiers.id AND e.type = ${type} AND ${inPeriod})`);
      } else {
        const kind = stageKind ? sql`AND s.stage->>'kind' = ${stageKind}` : sql``;
        const late = event === 'LATE' ? sql`AND (e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > (s.stage->>'dueOn')::date` : sql``;
        all.push(sql<SqlBool>`EXISTS (
          SELECT 1 FROM dossier_events e
          CROSS JOIN LATERAL (
            SELECT p.payload->'stage' AS stage FROM dossier_events p
             WHERE p.dossier_id = e.dossier_id AND p.seq < e.seq AND p.type IN ${STAGE_STARTING}
             ORDER BY p.seq DESC LIMIT 1) s
          WHERE e.dossier_id = dossiers.id AND e.type IN ${STAGE_ENDING} AND ${inPeriod} ${kind} ${late})`);
      }
    }
    return eb.and(all);
  };
}

/**
 * The drill-down of a figure: a page of the dossiers behind it that the user may open (visibleTo),
 * and how many more the figure counts that the user may not open. C06 counts every submitted
 * dossier of the country, but a local dossier that never reached C06 stays PC06's to open
 * (domain.md §3): such dossiers are counted in `outsideJurisdiction`, never listed.
 */
export async function dashboardList(db: Kysely<Database>, user: SessionUser, input: ListInput, now: Date): Promise<DashboardPage> {
  const condition = await dashboardCondition(db, input.filter, now);
  const q = dossierSummaryQuery(db, user).where(condition);
  const sorted =
    input.sort === 'due'
      ? q.orderBy('dossiers.stage_due_on', (ob) => ob.asc().nullsLast()).orderBy('dossiers.code')
      : input.sort === 'updated'
        ? q.orderBy('dossiers.updated_at', 'desc').orderBy('dossiers.code')
        : q.orderBy('dossiers.code');
  const counts = db
    .selectFrom('dossiers')
    .where(condition)
    .select((eb) => [eb.fn.countAll<number>().as('counted'), eb.fn.countAll<number>().filterWhere(visibleTo(user)).as('visible')]);
  const [items, n] = await Promise.all([sorted.limit(input.pageSize).offset(offsetOf(input)).execute(), counts.executeTakeFirstOrThrow()]);
  const visible = Number(n.visible);
  return { items: await withDeadlines(db, items, now), total: visible, outsideJurisdiction: Number(n.counted) - visible };
}

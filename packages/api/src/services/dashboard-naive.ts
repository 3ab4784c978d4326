import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { addCalendarDays } from '@ketnoi/domain';
import { startOfLocalDay } from './dashboard-periods.ts';
import {
  countsGroupOf,
  overviewWith,
  scopeCondition,
  seriesRowOf,
  type CountsGroup,
  type OpenStart,
  type OverviewFrame,
  type RawCountsRow,
  type RawSeriesRow,
  type SeriesRow,
} from './dashboard-overview.ts';
import { OPEN_STATUSES, type Overview, type OverviewInput } from './dashboard-schemas.ts';

/**
 * The overview computed the naive way, with GROUP BY over the dossiers, their account rows and the
 * event log at every call: the baseline of quality.md P3 and the reference the aggregates are
 * tested against (they must always give the same answer).
 */
export function dashboardOverviewNaive(db: Kysely<Database>, input: OverviewInput, now: Date): Promise<Overview> {
  return overviewWith(db, input, now, async (frame) => {
    const [groups, openStarts, series] = await Promise.all([naiveCounts(db, frame), naiveOpenStarts(db, frame), naiveSeries(db, frame)]);
    return { groups, openStarts, series };
  });
}

const BODY = sql`CASE WHEN d.route = 'NATIONAL' THEN d.owner_unit_id END`;

async function naiveCounts(db: Kysely<Database>, frame: OverviewFrame): Promise<CountsGroup[]> {
  const { rows } = await sql<RawCountsRow>`
    SELECT d.status, d.queue_province_code AS province_code, ${BODY} AS central_body_id,
           count(*) AS dossiers, coalesce(sum(a.n), 0) AS accounts,
           count(*) FILTER (WHERE d.status IN (${sql.join(OPEN_STATUSES)}) AND d.stage_due_on < ${frame.today}::date) AS overdue
      FROM dossiers d
      LEFT JOIN (SELECT dossier_id, version, count(*) AS n FROM account_rows GROUP BY dossier_id, version) a
        ON a.dossier_id = d.id AND a.version = d.version
     WHERE d.submitted_at IS NOT NULL ${scopeCondition(frame, sql`d.queue_province_code`, BODY)}
     GROUP BY 1, 2, 3`.execute(db);
  return rows.map(countsGroupOf);
}

async function naiveOpenStarts(db: Kysely<Database>, frame: OverviewFrame): Promise<OpenStart[]> {
  const { rows } = await sql<{ status: OpenStart['status']; started_on: string; dossiers: number | string }>`
    SELECT d.status, (d.stage_started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS started_on, count(*) AS dossiers
      FROM dossiers d
     WHERE d.submitted_at IS NOT NULL AND d.status IN (${sql.join(OPEN_STATUSES)}) ${scopeCondition(frame, sql`d.queue_province_code`, BODY)}
     GROUP BY 1, 2`.execute(db);
  return rows.map((r) => ({ status: r.status, startedOn: r.started_on, dossiers: Number(r.dossiers) }));
}

async function naiveSeries(db: Kysely<Database>, frame: OverviewFrame): Promise<SeriesRow[]> {
  const from = startOfLocalDay(frame.periods[0]!.from);
  const until = startOfLocalDay(addCalendarDays(frame.periods[frame.periods.length - 1]!.to, 1));
  const day = sql`(e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  const scoped = frame.scopeProvinceCodes !== null || frame.scope.centralBodyId !== null;
  // Scoped: where the dossier was routed when the event happened (the latest event carrying a routing).
  const routing = scoped
    ? sql`JOIN dossiers d ON d.id = e.dossier_id
          CROSS JOIN LATERAL (
            SELECT p.payload->'routing' AS routing FROM dossier_events p
             WHERE p.dossier_id = e.dossier_id AND p.seq <= e.seq AND p.type IN ('CREATED', 'SUBMITTED', 'RESUBMITTED')
             ORDER BY p.seq DESC LIMIT 1) r`
    : sql``;
  const scope = scoped
    ? scopeCondition(frame, sql`CASE WHEN r.routing->>'route' = 'PROVINCIAL' THEN r.routing->>'queueProvinceCode' END`, sql`CASE WHEN r.routing->>'route' = 'NATIONAL' THEN d.owner_unit_id END`)
    : sql``;
  const { rows } = await sql<RawSeriesRow>`
    SELECT date_trunc(${frame.granularity}, ${day}::timestamp)::date AS period,
           count(*) FILTER (WHERE e.type = 'SUBMITTED')::int AS submitted,
           count(*) FILTER (WHERE e.type = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE e.type = 'CONNECTION_RECORDED')::int AS connected,
           count(*) FILTER (WHERE s.stage->>'kind' = 'PROVINCIAL')::int AS provincial_completed,
           count(*) FILTER (WHERE s.stage->>'kind' = 'PROVINCIAL' AND ${day} <= (s.stage->>'dueOn')::date)::int AS provincial_on_time,
           count(*) FILTER (WHERE s.stage->>'kind' = 'NATIONAL')::int AS national_completed,
           count(*) FILTER (WHERE s.stage->>'kind' = 'NATIONAL' AND ${day} <= (s.stage->>'dueOn')::date)::int AS national_on_time
      FROM dossier_events e
      ${routing}
      -- the stage an ending event completes: the latest one started before it
      LEFT JOIN LATERAL (
        SELECT p.payload->'stage' AS stage FROM dossier_events p
         WHERE p.dossier_id = e.dossier_id AND p.seq < e.seq AND p.type IN ('SUBMITTED', 'RESUBMITTED', 'FORWARDED')
         ORDER BY p.seq DESC LIMIT 1
      ) s ON e.type IN ('FORWARDED', 'RETURNED', 'REJECTED', 'APPROVED')
     WHERE e.type IN ('SUBMITTED', 'APPROVED', 'CONNECTION_RECORDED', 'FORWARDED', 'RETURNED', 'REJECTED')
       AND e.occurred_at >= ${from.toISOString()}::timestamptz AND e.occurred_at < ${until.toISOString()}::timestamptz ${scope}
     GROUP BY 1`.execute(db);
  return rows.map(seriesRowOf);
}

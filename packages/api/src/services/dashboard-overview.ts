import { sql, type Kysely, type RawBuilder } from 'kysely';
import { loadCalendar, type Database } from '@ketnoi/db';
import { localDate, type WorkingCalendar } from '@ketnoi/domain';
import { AGE_BUCKET_DAYS, AGE_BUCKETS, ageBucketOf, ageBucketStartDays, periodsEnding, type Granularity, type Period } from './dashboard-periods.ts';
import { DASHBOARD_STATUSES, OPEN_STATUSES, type DashboardStatus, type Overview, type OverviewInput } from './dashboard-schemas.ts';

/**
 * The national dashboard's overview, read from the aggregates of migration 0005 (a few hundred
 * rows whatever the number of dossiers): quality.md P3. dashboard-naive.ts computes the same from
 * the dossiers, account rows and events; both hand their grouped rows to assembleOverview.
 */

/** One group of submitted dossiers: a status at a province or central body, with its open-stage figures. */
export interface CountsGroup {
  readonly status: DashboardStatus;
  readonly provinceCode: string | null;
  readonly centralBodyId: string | null;
  readonly dossiers: number;
  readonly accounts: number;
  readonly overdue: number;
}

/** Open dossiers (a review stage running) by status and the local day their stage started. */
export interface OpenStart {
  readonly status: DashboardStatus;
  readonly startedOn: string;
  readonly dossiers: number;
}

/** What the grouped queries give, from the aggregates or the naive way. */
export interface OverviewSource {
  readonly groups: readonly CountsGroup[];
  readonly openStarts: readonly OpenStart[];
  readonly series: readonly SeriesRow[];
}

/** What happened in one period (the start day of the period). */
export interface SeriesRow {
  readonly period: string;
  readonly submitted: number;
  readonly approved: number;
  readonly connected: number;
  readonly provincialCompleted: number;
  readonly provincialOnTime: number;
  readonly nationalCompleted: number;
  readonly nationalOnTime: number;
}

/** Everything the grouped queries need to know, worked out once per request. */
export interface OverviewFrame {
  readonly today: string;
  readonly granularity: Granularity;
  readonly periods: readonly Period[];
  /** Queue province codes of the scope (the province and those merged into it), or null. */
  readonly scopeProvinceCodes: readonly string[] | null;
  readonly scope: { readonly provinceCode: string | null; readonly centralBodyId: string | null };
}

/** The reference data the overview is laid out with. */
export interface OverviewReference {
  readonly calendar: WorkingCalendar;
  readonly provinces: DashboardProvinces;
  readonly centralBodies: readonly { id: string; name: string; active: boolean }[];
}

export interface DashboardProvinces {
  /** The 34 current provinces, by code. */
  readonly current: readonly { code: string; name: string }[];
  /** Any province code (historical ones included) → the current province that succeeded it. */
  readonly currentOf: ReadonlyMap<string, string>;
}

export async function loadDashboardProvinces(db: Kysely<Database>): Promise<DashboardProvinces> {
  const rows = await db.selectFrom('provinces').select(['code', 'name', 'valid_to', 'successor_code']).orderBy('code').execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const currentOf = new Map<string, string>();
  for (const r of rows) {
    let p = r;
    for (let hops = 0; p.successor_code !== null && hops < 10; hops += 1) p = byCode.get(p.successor_code) ?? p;
    currentOf.set(r.code, p.code);
  }
  return { current: rows.filter((r) => r.valid_to === null).map((r) => ({ code: r.code, name: r.name })), currentOf };
}

/** The queue codes that count as this province: itself and every province merged into it. */
export const provinceCodesOf = (code: string, provinces: DashboardProvinces): string[] => [...provinces.currentOf].filter(([, current]) => current === code).map(([c]) => c);

export function overviewFrame(input: OverviewInput, now: Date, provinces: DashboardProvinces | null): OverviewFrame {
  const today = localDate(now.toISOString());
  return {
    today,
    granularity: input.granularity,
    periods: periodsEnding(today, input.granularity, input.periods),
    scopeProvinceCodes: input.provinceCode && provinces ? provinceCodesOf(input.provinceCode, provinces) : null,
    scope: { provinceCode: input.provinceCode ?? null, centralBodyId: input.centralBodyId ?? null },
  };
}

/**
 * The overview with whatever computes its grouped rows: one round of queries (reference data and
 * the source in parallel), two for a province's overview (its merged codes first).
 */
export async function overviewWith(db: Kysely<Database>, input: OverviewInput, now: Date, source: (frame: OverviewFrame) => Promise<OverviewSource>): Promise<Overview> {
  const scopedProvinces = input.provinceCode ? await loadDashboardProvinces(db) : null;
  const frame = overviewFrame(input, now, scopedProvinces);
  const [calendar, provinces, centralBodies, rows] = await Promise.all([
    loadCalendar(db),
    scopedProvinces ?? loadDashboardProvinces(db),
    db.selectFrom('units').select(['id', 'name', 'active']).where('kind', '=', 'OWNER').where('level', '=', 'CENTRAL').execute(),
    source(frame),
  ]);
  return assembleOverview(frame, { calendar, provinces, centralBodies }, rows);
}

export function dashboardOverview(db: Kysely<Database>, input: OverviewInput, now: Date): Promise<Overview> {
  return overviewWith(db, input, now, (frame) => sourceFromAggregates(db, frame));
}

/**
 * The grouped rows from the aggregate tables, in one statement: figures per status and province or
 * central body (a few hundred rows), open stages per start day, and the periods asked for.
 */
async function sourceFromAggregates(db: Kysely<Database>, frame: OverviewFrame): Promise<OverviewSource> {
  const scope = scopeCondition(frame, sql.ref('province_code'), sql.ref('central_body_id'));
  const first = frame.periods[0]!.from;
  const last = frame.periods[frame.periods.length - 1]!.from;
  const { rows } = await sql<{ groups: RawCountsRow[]; opens: { status: DashboardStatus; started_on: string; dossiers: number }[]; series: RawSeriesRow[] }>`
    SELECT
      (SELECT coalesce(json_agg(c), '[]') FROM (
         SELECT status, province_code, central_body_id, sum(dossiers) AS dossiers, sum(accounts) AS accounts,
                coalesce(sum(dossiers) FILTER (WHERE status IN (${sql.join(OPEN_STATUSES)}) AND stage_due_on < ${frame.today}::date), 0) AS overdue
           FROM dashboard_counts
          WHERE dossiers <> 0 ${scope}
          GROUP BY status, province_code, central_body_id) c) AS groups,
      (SELECT coalesce(json_agg(o), '[]') FROM (
         SELECT status, stage_started_on AS started_on, sum(dossiers) AS dossiers
           FROM dashboard_counts
          WHERE dossiers <> 0 AND status IN (${sql.join(OPEN_STATUSES)}) ${scope}
          GROUP BY status, stage_started_on) o) AS opens,
      (SELECT coalesce(json_agg(p), '[]') FROM (
         SELECT period_start AS period,
                sum(submitted) AS submitted, sum(approved) AS approved, sum(connected) AS connected,
                sum(provincial_completed) AS provincial_completed, sum(provincial_on_time) AS provincial_on_time,
                sum(national_completed) AS national_completed, sum(national_on_time) AS national_on_time
           FROM dashboard_periods
          WHERE granularity = ${frame.granularity} AND period_start >= ${first}::date AND period_start <= ${last}::date ${scope}
          GROUP BY period_start) p) AS series`.execute(db);
  const row = rows[0]!;
  return {
    groups: row.groups.map(countsGroupOf),
    openStarts: row.opens.map((o) => ({ status: o.status, startedOn: o.started_on, dossiers: Number(o.dossiers) })),
    series: row.series.map(seriesRowOf),
  };
}

/** `AND province IN (…)` or `AND central body = …` for a scoped overview; nothing otherwise. */
export function scopeCondition(frame: OverviewFrame, provinceColumn: RawBuilder<unknown>, bodyColumn: RawBuilder<unknown>) {
  if (frame.scopeProvinceCodes) return frame.scopeProvinceCodes.length === 0 ? sql`AND false` : sql`AND ${provinceColumn} IN (${sql.join(frame.scopeProvinceCodes)})`;
  if (frame.scope.centralBodyId) return sql`AND ${bodyColumn} = ${frame.scope.centralBodyId}::uuid`;
  return sql``;
}

export interface RawCountsRow {
  status: DashboardStatus;
  province_code: string | null;
  central_body_id: string | null;
  dossiers: number | string;
  accounts: number | string;
  overdue: number | string;
}

export interface RawSeriesRow {
  period: string;
  submitted: number | string;
  approved: number | string;
  connected: number | string;
  provincial_completed: number | string;
  provincial_on_time: number | string;
  national_completed: number | string;
  national_on_time: number | string;
}

export const countsGroupOf = (r: RawCountsRow): CountsGroup => ({
  status: r.status,
  provinceCode: r.province_code,
  centralBodyId: r.central_body_id,
  dossiers: Number(r.dossiers),
  accounts: Number(r.accounts),
  overdue: Number(r.overdue),
});

export const seriesRowOf = (r: RawSeriesRow): SeriesRow => ({
  period: r.period,
  submitted: Number(r.submitted),
  approved: Number(r.approved),
  connected: Number(r.connected),
  provincialCompleted: Number(r.provincial_completed),
  provincialOnTime: Number(r.provincial_on_time),
  nationalCompleted: Number(r.national_completed),
  nationalOnTime: Number(r.national_on_time),
});

const zeroStatuses = (): Record<DashboardStatus, number> => Object.fromEntries(DASHBOARD_STATUSES.map((s) => [s, 0])) as Record<DashboardStatus, number>;
const zeroFigures = () => ({ dossiers: 0, byStatus: zeroStatuses(), overdue: 0, accounts: 0 });

/** The overview from grouped rows: the same for the aggregates and the naive count. */
export function assembleOverview(frame: OverviewFrame, reference: OverviewReference, { groups, openStarts, series }: OverviewSource): Overview {
  const totals = { ...zeroFigures(), accountsByStatus: zeroStatuses(), overdueProvincial: 0, overdueNational: 0 };
  const provinces = new Map(reference.provinces.current.map((p) => [p.code, { provinceCode: p.code, provinceName: p.name, ...zeroFigures() }]));
  const bodies = new Map(reference.centralBodies.map((b) => [b.id, { centralBodyId: b.id, name: b.name, active: b.active, ...zeroFigures() }]));
  const ageing = new Map(AGE_BUCKETS.map((b) => [b, { bucket: b, minDays: AGE_BUCKET_DAYS[b].min, maxDays: AGE_BUCKET_DAYS[b].max, provincial: 0, national: 0, total: 0 }]));
  const addTo = (f: ReturnType<typeof zeroFigures>, g: CountsGroup) => {
    f.dossiers += g.dossiers;
    f.byStatus[g.status] += g.dossiers;
    f.overdue += g.overdue;
    f.accounts += g.accounts;
  };
  for (const g of groups) {
    addTo(totals, g);
    totals.accountsByStatus[g.status] += g.accounts;
    if (g.status === 'PROVINCIAL_REVIEW') totals.overdueProvincial += g.overdue;
    if (g.status === 'NATIONAL_REVIEW') totals.overdueNational += g.overdue;
    if (g.provinceCode !== null) {
      const current = reference.provinces.currentOf.get(g.provinceCode);
      const row = current === undefined ? undefined : provinces.get(current);
      if (row) addTo(row, g);
    }
    if (g.centralBodyId !== null) {
      const row = bodies.get(g.centralBodyId);
      if (row) addTo(row, g);
    }
  }
  const ageStartDays = ageBucketStartDays(frame.today, reference.calendar);
  for (const o of openStarts) {
    const row = ageing.get(ageBucketOf(o.startedOn, ageStartDays))!;
    if (o.status === 'PROVINCIAL_REVIEW') row.provincial += o.dossiers;
    else if (o.status === 'NATIONAL_REVIEW') row.national += o.dossiers;
    row.total += o.dossiers;
  }
  const byPeriod = new Map(series.map((s) => [s.period, s]));
  const empty: SeriesRow = { period: '', submitted: 0, approved: 0, connected: 0, provincialCompleted: 0, provincialOnTime: 0, nationalCompleted: 0, nationalOnTime: 0 };
  const periods = frame.periods.map((p) => ({ p, s: byPeriod.get(p.from) ?? empty }));
  return {
    today: frame.today,
    granularity: frame.granularity,
    scope: frame.scope,
    ageUnit: 'WORKING_DAYS',
    totals,
    byProvince: [...provinces.values()],
    // Central bodies closed since keep their row while they still have dossiers.
    byCentralBody: [...bodies.values()]
      .filter((b) => b.active || b.dossiers > 0)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map(({ active: _active, ...b }) => b),
    trend: periods.map(({ p, s }) => ({ from: p.from, to: p.to, submitted: s.submitted, approved: s.approved, connected: s.connected })),
    onTime: periods.map(({ p, s }) => {
      const completed = s.provincialCompleted + s.nationalCompleted;
      const onTime = s.provincialOnTime + s.nationalOnTime;
      return {
        from: p.from,
        to: p.to,
        provincial: { completed: s.provincialCompleted, onTime: s.provincialOnTime },
        national: { completed: s.nationalCompleted, onTime: s.nationalOnTime },
        completed,
        onTime,
        share: completed === 0 ? null : onTime / completed,
      };
    }),
    ageing: [...ageing.values()],
  };
}

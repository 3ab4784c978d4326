import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import { isIsoDate, type DossierStatus } from '@ketnoi/domain';

/**
 * What the dashboard shows — period, scope, which charts are read as tables, the province order,
 * and the list behind a figure (its filter and page) — read from and written to the URL, so
 * Back/Forward, reload and a copied link give the same view (as the PC06 queue, queue-view.ts).
 * The URL speaks Vietnamese (`?ky=tuan&tinh=40&xem=ho-so&loc-trang-thai=c06-tham-dinh`); the API
 * inputs and the export addresses are built from it here.
 */

export type Overview = inferRouterOutputs<AppRouter>['national']['dashboard']['overview'];
export type DashboardListPage = inferRouterOutputs<AppRouter>['national']['dashboard']['list'];
export type DashboardFilter = inferRouterInputs<AppRouter>['national']['dashboard']['list']['filter'];

export const GRANULARITIES = ['month', 'week'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const PERIOD_CHOICES = [6, 12, 24] as const;
export const AGE_BUCKETS = ['0-3', '4-5', '6-10', '>10'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export const PERIOD_EVENTS = ['SUBMITTED', 'APPROVED', 'CONNECTED', 'COMPLETED', 'LATE'] as const;
export type PeriodEvent = (typeof PERIOD_EVENTS)[number];
export const STAGE_KINDS = ['PROVINCIAL', 'NATIONAL'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export type DashboardStatus = Exclude<DossierStatus, 'DRAFT'>;

/** The panels whose chart can be read as a table instead (the province panel shows both). */
export const CHART_PANELS = ['onTime', 'centralBodies', 'trend', 'ageing'] as const;
export type ChartPanel = (typeof CHART_PANELS)[number];

/** Orders of the province table: by name, or by one of its figures. */
export const PROVINCE_SORTS = ['name', 'dossiers', 'PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED', 'CONNECTED', 'overdue'] as const;
export type ProvinceSort = (typeof PROVINCE_SORTS)[number];
export type SortDir = 'asc' | 'desc';

export interface Scope {
  readonly provinceCode: string | null;
  readonly centralBodyId: string | null;
}

export interface DashboardView extends Scope {
  readonly granularity: Granularity;
  readonly periods: number;
  /** Panels read as tables. */
  readonly tables: readonly ChartPanel[];
  readonly provinceSort: ProvinceSort;
  readonly provinceDir: SortDir;
  /** The list behind a figure (null: the overview). */
  readonly drill: DashboardFilter | null;
  readonly page: number;
}

export const PAGE_SIZE = 20;

export const DEFAULT_VIEW: DashboardView = {
  granularity: 'month',
  periods: 12,
  provinceCode: null,
  centralBodyId: null,
  tables: [],
  provinceSort: 'name',
  provinceDir: 'asc',
  drill: null,
  page: 1,
};

/** A name starts A→Z, a figure from the largest. */
export const DEFAULT_PROVINCE_DIR = (sort: ProvinceSort): SortDir => (sort === 'name' ? 'asc' : 'desc');

const GRANULARITY_SLUGS: Readonly<Record<Granularity, string>> = { month: 'thang', week: 'tuan' };
const PANEL_SLUGS: Readonly<Record<ChartPanel, string>> = { onTime: 'dung-han', centralBodies: 'co-quan', trend: 'dien-bien', ageing: 'thoi-gian-cho' };
const SORT_SLUGS: Readonly<Record<ProvinceSort, string>> = {
  name: 'ten',
  dossiers: 'tong',
  PROVINCIAL_REVIEW: 'pc06',
  NATIONAL_REVIEW: 'c06',
  RETURNED: 'tra-lai',
  APPROVED: 'phe-duyet',
  CONNECTED: 'ket-noi',
  overdue: 'qua-han',
};
const DIR_SLUGS: Readonly<Record<SortDir, string>> = { asc: 'tang', desc: 'giam' };
export const STATUS_SLUGS: Readonly<Record<DashboardStatus, string>> = {
  PROVINCIAL_REVIEW: 'pc06-tham-dinh',
  NATIONAL_REVIEW: 'c06-tham-dinh',
  RETURNED: 'tra-lai',
  APPROVED: 'phe-duyet',
  CONNECTED: 'da-ket-noi',
  SUSPENDED: 'tam-dung',
  REJECTED: 'tu-choi',
  WITHDRAWN: 'da-rut',
  REVOKED: 'thu-hoi',
};
const BUCKET_SLUGS: Readonly<Record<AgeBucket, string>> = { '0-3': '0-3', '4-5': '4-5', '6-10': '6-10', '>10': 'tren-10' };
const EVENT_SLUGS: Readonly<Record<PeriodEvent, string>> = { SUBMITTED: 'nop', APPROVED: 'phe-duyet', CONNECTED: 'ket-noi', COMPLETED: 'hoan-thanh', LATE: 'tre-han' };
const KIND_SLUGS: Readonly<Record<StageKind, string>> = { PROVINCIAL: 'pc06', NATIONAL: 'c06' };

/** URL parameter names. */
const P = {
  granularity: 'ky',
  periods: 'so-ky',
  province: 'tinh',
  body: 'co-quan',
  tables: 'bang',
  sort: 'xep',
  dir: 'chieu',
  view: 'xem',
  page: 'trang',
  stage: 'loc-trang-thai',
  dProvince: 'loc-tinh',
  dBody: 'loc-co-quan',
  overdue: 'loc-qua-han',
  age: 'loc-thoi-gian-cho',
  periodStart: 'loc-ky',
  event: 'loc-su-kien',
  kind: 'loc-giai-doan',
} as const;
const DRILL_VIEW = 'ho-so';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROVINCE = /^\d{2}$/;

function bySlug<K extends string>(slugs: Readonly<Record<K, string>>, value: string | null): K | null {
  if (value === null) return null;
  const hit = (Object.entries(slugs) as [K, string][]).find(([, slug]) => slug === value);
  return hit ? hit[0] : null;
}
const provinceOrNull = (v: string | null) => (v !== null && PROVINCE.test(v) ? v : null);
const uuidOrNull = (v: string | null) => (v !== null && UUID.test(v) ? v.toLowerCase() : null);

/** Reads the drill-down filter; a malformed part is left out, two scopes keep the province only. */
function parseDrill(search: URLSearchParams): DashboardFilter | null {
  if (search.get(P.view) !== DRILL_VIEW) return null;
  const stage = bySlug(STATUS_SLUGS, search.get(P.stage));
  const provinceCode = provinceOrNull(search.get(P.dProvince));
  const centralBodyId = provinceCode ? null : uuidOrNull(search.get(P.dBody));
  const ageBucket = bySlug(BUCKET_SLUGS, search.get(P.age));
  const start = search.get(P.periodStart);
  const event = bySlug(EVENT_SLUGS, search.get(P.event));
  const stageKind = bySlug(KIND_SLUGS, search.get(P.kind));
  const granularity = bySlug(GRANULARITY_SLUGS, search.get(P.granularity)) ?? DEFAULT_VIEW.granularity;
  return {
    ...(stage ? { stage } : {}),
    ...(provinceCode ? { provinceCode } : {}),
    ...(centralBodyId ? { centralBodyId } : {}),
    ...(search.get(P.overdue) === '1' ? { overdue: true as const } : {}),
    ...(ageBucket ? { ageBucket } : {}),
    ...(start !== null && isIsoDate(start) && event ? { period: { granularity, start, event, ...(stageKind ? { stageKind } : {}) } } : {}),
  };
}

/** Reads the view from the URL; anything unknown or malformed falls back to the default (an old or edited link still opens). */
export function parseDashboardView(search: URLSearchParams): DashboardView {
  const periods = Number(search.get(P.periods));
  const provinceCode = provinceOrNull(search.get(P.province));
  const sort = bySlug(SORT_SLUGS, search.get(P.sort)) ?? DEFAULT_VIEW.provinceSort;
  const page = Number.parseInt(search.get(P.page) ?? '1', 10);
  const tables = (search.get(P.tables) ?? '').split(',').map((s) => bySlug(PANEL_SLUGS, s));
  return {
    granularity: bySlug(GRANULARITY_SLUGS, search.get(P.granularity)) ?? DEFAULT_VIEW.granularity,
    periods: Number.isInteger(periods) && periods >= 1 && periods <= 24 ? periods : DEFAULT_VIEW.periods,
    provinceCode,
    centralBodyId: provinceCode ? null : uuidOrNull(search.get(P.body)),
    tables: CHART_PANELS.filter((p) => tables.includes(p)),
    provinceSort: sort,
    provinceDir: bySlug(DIR_SLUGS, search.get(P.dir)) ?? DEFAULT_PROVINCE_DIR(sort),
    drill: parseDrill(search),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The URL query of a view (`?…`, or '' for the default view); defaults are left out so links stay short. */
export function dashboardSearchOf(view: DashboardView): string {
  const s = new URLSearchParams();
  if (view.granularity !== DEFAULT_VIEW.granularity) s.set(P.granularity, GRANULARITY_SLUGS[view.granularity]);
  if (view.periods !== DEFAULT_VIEW.periods) s.set(P.periods, String(view.periods));
  if (view.provinceCode) s.set(P.province, view.provinceCode);
  if (view.centralBodyId) s.set(P.body, view.centralBodyId);
  if (view.tables.length > 0) s.set(P.tables, CHART_PANELS.filter((p) => view.tables.includes(p)).map((p) => PANEL_SLUGS[p]).join(','));
  if (view.provinceSort !== DEFAULT_VIEW.provinceSort) s.set(P.sort, SORT_SLUGS[view.provinceSort]);
  if (view.provinceDir !== DEFAULT_PROVINCE_DIR(view.provinceSort)) s.set(P.dir, DIR_SLUGS[view.provinceDir]);
  const d = view.drill;
  if (d) {
    s.set(P.view, DRILL_VIEW);
    if (d.stage) s.set(P.stage, STATUS_SLUGS[d.stage]);
    if (d.provinceCode) s.set(P.dProvince, d.provinceCode);
    if (d.centralBodyId) s.set(P.dBody, d.centralBodyId);
    if (d.overdue) s.set(P.overdue, '1');
    if (d.ageBucket) s.set(P.age, BUCKET_SLUGS[d.ageBucket]);
    if (d.period) {
      // The list's period has the overview's granularity (`ky`), set above when not the default.
      if (d.period.granularity !== view.granularity) s.set(P.granularity, GRANULARITY_SLUGS[d.period.granularity]);
      s.set(P.periodStart, d.period.start);
      s.set(P.event, EVENT_SLUGS[d.period.event]);
      if (d.period.stageKind) s.set(P.kind, KIND_SLUGS[d.period.stageKind]);
    }
    if (view.page > 1) s.set(P.page, String(view.page));
  }
  const text = s.toString();
  return text ? `?${text}` : '';
}

/** The scope of the view as a filter (a province or a central body, or nothing). */
export const scopeFilterOf = (scope: Scope): DashboardFilter => ({
  ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : scope.centralBodyId ? { centralBodyId: scope.centralBodyId } : {}),
});

/**
 * The list behind a figure: the figure's own filter within the view's scope. A figure of one
 * province or one central body (the tables) is already within one scope and keeps its own.
 */
export const figureFilter = (view: Scope, figure: DashboardFilter): DashboardFilter =>
  figure.provinceCode || figure.centralBodyId ? figure : { ...scopeFilterOf(view), ...figure };

/** Opens the list behind a figure (page 1), keeping the overview's period, scope and tables for the way back. */
export const drillInto = (view: DashboardView, figure: DashboardFilter): DashboardView => ({ ...view, drill: figureFilter(view, figure), page: 1 });

/** A change of period or scope shows the overview again. */
export const withChange = (view: DashboardView, change: Partial<DashboardView>): DashboardView => ({ ...view, drill: null, page: 1, ...change });

export const toggleTable = (view: DashboardView, panel: ChartPanel): DashboardView => ({
  ...view,
  tables: view.tables.includes(panel) ? view.tables.filter((p) => p !== panel) : [...view.tables, panel],
});

export const sortProvincesBy = (view: DashboardView, sort: ProvinceSort): DashboardView => ({
  ...view,
  provinceSort: sort,
  provinceDir: view.provinceSort === sort ? (view.provinceDir === 'asc' ? 'desc' : 'asc') : DEFAULT_PROVINCE_DIR(sort),
});

/** `national.dashboard.overview`'s input. */
export const overviewInputOf = (view: DashboardView) => ({ granularity: view.granularity, periods: view.periods, ...scopeFilterOf(view) });

/** `national.dashboard.list`'s input: one page of the list behind the figure, nearest deadline first. */
export const listInputOf = (drill: DashboardFilter, page: number) => ({ filter: drill, page, pageSize: PAGE_SIZE, sort: 'due' as const });

/** The export routes (apps/server/src/dashboard-routes.ts) and what each one holds. */
export const EXPORT_VIEWS = ['overview', 'stages', 'provinces', 'central-bodies', 'trend', 'on-time', 'ageing', 'dossiers'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];
export type ExportFormat = 'xlsx' | 'csv';

/** `/files/dashboard/<view>.<format>?…` with the same filters as the procedures (the server's query names). */
export function exportHref(exportView: ExportView, format: ExportFormat, view: DashboardView): string {
  const q = new URLSearchParams();
  if (exportView === 'dossiers') {
    const d = view.drill ?? {};
    if (d.stage) q.set('stage', d.stage);
    if (d.provinceCode) q.set('provinceCode', d.provinceCode);
    if (d.centralBodyId) q.set('centralBodyId', d.centralBodyId);
    if (d.overdue) q.set('overdue', '1');
    if (d.ageBucket) q.set('ageBucket', d.ageBucket);
    if (d.period) {
      q.set('granularity', d.period.granularity);
      q.set('periodStart', d.period.start);
      q.set('periodEvent', d.period.event);
      if (d.period.stageKind) q.set('stageKind', d.period.stageKind);
    }
  } else {
    q.set('granularity', view.granularity);
    q.set('periods', String(view.periods));
    if (view.provinceCode) q.set('provinceCode', view.provinceCode);
    if (view.centralBodyId) q.set('centralBodyId', view.centralBodyId);
  }
  const text = q.toString();
  return `/files/dashboard/${exportView}.${format}${text ? `?${text}` : ''}`;
}

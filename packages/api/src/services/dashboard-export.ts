import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@ketnoi/db';
import { STATUS_LABELS_VI } from '@ketnoi/domain';
import { writeTables, type SheetTable, type TableColumn } from '@ketnoi/sheets';
import type { SessionUser } from '../context.ts';
import { auditWriterFor } from './audit-writer.ts';
import { dossierSummaryQuery } from './dossier-summary.ts';
import { visibleTo } from './jurisdiction.ts';
import { dashboardCondition } from './dashboard-list.ts';
import { dashboardOverview, loadDashboardProvinces } from './dashboard-overview.ts';
import { AGE_BUCKETS } from './dashboard-periods.ts';
import { DASHBOARD_STATUSES, dashboardFilter, overviewInput, type DashboardFilter, type Overview } from './dashboard-schemas.ts';

/**
 * Downloads of the national dashboard (`/files/dashboard/<view>.xlsx|.csv?…`): any view of the
 * overview, all of it as one workbook, or the dossiers behind a figure. The query string holds the
 * same filters as the procedures. C06 reviewers only, like `national.dashboard.*`; one audit row
 * per request, refusals included. Anything refused is null (the route answers 404).
 */
export const DASHBOARD_EXPORT_VIEWS = ['overview', 'stages', 'provinces', 'central-bodies', 'trend', 'on-time', 'ageing', 'dossiers'] as const;
export type DashboardExportView = (typeof DASHBOARD_EXPORT_VIEWS)[number];
export type DashboardExportFormat = 'xlsx' | 'csv';
export type DashboardQuery = Readonly<Record<string, string | string[] | undefined>>;

export interface DashboardExportFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** At most this many dossiers in one download (the country has about 100,000 in all). */
export const DASHBOARD_EXPORT_MAX_DOSSIERS = 100_000;

const VIEW_TITLES: Readonly<Record<DashboardExportView, string>> = {
  overview: 'Tổng hợp',
  stages: 'Theo giai đoạn',
  provinces: 'Theo tỉnh, thành phố',
  'central-bodies': 'Theo cơ quan trung ương',
  trend: 'Diễn biến theo thời gian',
  'on-time': 'Tỉ lệ xử lý đúng hạn',
  ageing: 'Thời gian chờ xử lý',
  dossiers: 'Danh sách hồ sơ',
};

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? '\u0000' : value);

/** `?granularity=week&periods=8&provinceCode=40` → the overview's input; unknown keys are refused. */
const overviewQuery = z
  .object({ granularity: z.string().optional(), periods: z.string().regex(/^\d{1,2}$/).optional(), provinceCode: z.string().optional(), centralBodyId: z.string().optional() })
  .strict()
  .transform((q, ctx) => {
    const parsed = overviewInput.safeParse({ ...q, periods: q.periods === undefined ? undefined : Number(q.periods) });
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'Bộ lọc không hợp lệ.' });
      return z.NEVER;
    }
    return parsed.data;
  });

/** `?stage=…&provinceCode=…&centralBodyId=…&overdue=1&ageBucket=…&granularity=…&periodStart=…&periodEvent=…&stageKind=…&sort=…`. */
const dossiersQuery = z
  .object({
    stage: z.string().optional(),
    provinceCode: z.string().optional(),
    centralBodyId: z.string().optional(),
    overdue: z.enum(['1', 'true']).optional(),
    ageBucket: z.string().optional(),
    granularity: z.string().optional(),
    periodStart: z.string().optional(),
    periodEvent: z.string().optional(),
    stageKind: z.string().optional(),
  })
  .strict()
  .transform((q, ctx) => {
    const period = q.periodStart || q.periodEvent ? { granularity: q.granularity ?? 'month', start: q.periodStart, event: q.periodEvent, ...(q.stageKind ? { stageKind: q.stageKind } : {}) } : undefined;
    const parsed = dashboardFilter.safeParse({
      stage: q.stage,
      provinceCode: q.provinceCode,
      centralBodyId: q.centralBodyId,
      overdue: q.overdue ? true : undefined,
      ageBucket: q.ageBucket,
      period,
    });
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'Bộ lọc không hợp lệ.' });
      return z.NEVER;
    }
    return parsed.data;
  });

export async function dashboardExport(
  db: Kysely<Database>,
  user: SessionUser | null,
  view: string,
  format: DashboardExportFormat,
  query: DashboardQuery,
  now: Date,
  requestId: string,
): Promise<DashboardExportFile | null> {
  const audit = (outcome: 'OK' | 'REFUSED', details: Record<string, string | number | boolean | null | object>) =>
    auditWriterFor(db).write({
      actorUserId: user?.userId ?? null,
      actorRole: user?.role ?? null,
      actorUnitId: user?.unitId ?? null,
      action: 'national.dashboard.export',
      targetType: null,
      targetId: null,
      outcome,
      details: { view: (DASHBOARD_EXPORT_VIEWS as readonly string[]).includes(view) ? view : null, format, ...details },
      requestId,
    });
  const refuse = async (reason: string) => {
    await audit('REFUSED', { reason });
    return null;
  };
  if (!user) return refuse('UNAUTHENTICATED');
  if (user.role !== 'NATIONAL_REVIEWER') return refuse('FORBIDDEN_ROLE');
  if (!(DASHBOARD_EXPORT_VIEWS as readonly string[]).includes(view)) return refuse('UNKNOWN_VIEW');
  const exportView = view as DashboardExportView;
  // One table per CSV file: the whole overview is a workbook only.
  if (exportView === 'overview' && format === 'csv') return refuse('UNKNOWN_VIEW');
  const values = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, single(v)]));

  const fileName = (suffix = '') => `Bảng điều khiển quốc gia - ${VIEW_TITLES[exportView]}${suffix} - ${localDay(now).split('-').reverse().join('-')}.${format}`;
  if (exportView === 'dossiers') {
    const filter = dossiersQuery.safeParse(values);
    if (!filter.success) return refuse('VALIDATION');
    const { table, outsideJurisdiction } = await dossierTable(db, user, filter.data, now);
    const tables = format === 'xlsx' && outsideJurisdiction > 0 ? [table, outsideNote(outsideJurisdiction)] : [table];
    const bytes = await writeTables(tables, format);
    await audit('OK', { filter: filter.data, rows: table.rows.length, outsideJurisdiction });
    return { fileName: fileName(), bytes };
  }

  const input = overviewQuery.safeParse(values);
  if (!input.success) return refuse('VALIDATION');
  const overview = await dashboardOverview(db, input.data, now);
  const tables = exportView === 'overview' ? [aboutTable(overview), ...OVERVIEW_VIEWS.map((v) => overviewTable(overview, v))] : [overviewTable(overview, exportView)];
  const bytes = await writeTables(tables, format);
  await audit('OK', { filter: input.data, rows: tables.reduce((n, t) => n + t.rows.length, 0) });
  return { fileName: fileName(), bytes };
}

const OVERVIEW_VIEWS = ['stages', 'provinces', 'central-bodies', 'trend', 'on-time', 'ageing'] as const;
type OverviewView = (typeof OVERVIEW_VIEWS)[number];

const count = (label: string): TableColumn => ({ label, kind: 'count' });
const STATUS_COLUMNS = DASHBOARD_STATUSES.map((s) => count(STATUS_LABELS_VI[s]));

const localDay = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
/** yyyy-MM-dd → dd/MM/yyyy. */
const viDate = (day: string | null) => (day === null ? null : `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`);

function aboutTable(o: Overview): SheetTable {
  return {
    name: 'Thông tin',
    columns: [{ label: 'Mục' }, { label: 'Nội dung' }],
    rows: [
      ['Số liệu đến ngày', viDate(o.today)],
      ['Phạm vi', o.scope.provinceCode ? `Tỉnh, thành phố mã ${o.scope.provinceCode}` : o.scope.centralBodyId ? (o.byCentralBody.find((b) => b.centralBodyId === o.scope.centralBodyId)?.name ?? 'Cơ quan trung ương') : 'Toàn quốc'],
      ['Kỳ thống kê', o.granularity === 'month' ? 'Theo tháng' : 'Theo tuần (từ thứ Hai)'],
      ['Hồ sơ được tính', 'Hồ sơ đã nộp (không tính hồ sơ đang soạn), kể cả hồ sơ địa phương đang ở PC06'],
      ['Thời gian chờ', 'Số ngày làm việc kể từ khi bắt đầu giai đoạn thẩm định hiện tại (không tính ngày tiếp nhận)'],
      ['Đúng hạn', 'Giai đoạn thẩm định hoàn thành (chuyển, trả lại, từ chối, phê duyệt) trong ngày đến hạn hoặc sớm hơn'],
    ],
  };
}

function overviewTable(o: Overview, view: OverviewView): SheetTable {
  switch (view) {
    case 'stages':
      return {
        name: VIEW_TITLES.stages,
        columns: [{ label: 'Giai đoạn' }, count('Số hồ sơ'), count('Số tài khoản')],
        rows: [
          ...DASHBOARD_STATUSES.map((s) => [STATUS_LABELS_VI[s], o.totals.byStatus[s], o.totals.accountsByStatus[s]]),
          ['Quá hạn (PC06)', o.totals.overdueProvincial, null],
          ['Quá hạn (C06)', o.totals.overdueNational, null],
          ['Tổng số hồ sơ đã nộp', o.totals.dossiers, o.totals.accounts],
        ],
      };
    case 'provinces':
      return {
        name: VIEW_TITLES.provinces,
        columns: [{ label: 'Mã' }, { label: 'Tỉnh, thành phố' }, count('Tổng số hồ sơ'), ...STATUS_COLUMNS, count('Quá hạn'), count('Số tài khoản')],
        rows: o.byProvince.map((p) => [p.provinceCode, p.provinceName, p.dossiers, ...DASHBOARD_STATUSES.map((s) => p.byStatus[s]), p.overdue, p.accounts]),
      };
    case 'central-bodies':
      return {
        name: VIEW_TITLES['central-bodies'],
        columns: [{ label: 'Cơ quan trung ương' }, count('Tổng số hồ sơ'), ...STATUS_COLUMNS, count('Quá hạn'), count('Số tài khoản')],
        rows: o.byCentralBody.map((b) => [b.name, b.dossiers, ...DASHBOARD_STATUSES.map((s) => b.byStatus[s]), b.overdue, b.accounts]),
      };
    case 'trend':
      return {
        name: VIEW_TITLES.trend,
        columns: [{ label: 'Từ ngày' }, { label: 'Đến ngày' }, count('Nộp mới'), count('Phê duyệt'), count('Ghi nhận kết nối')],
        rows: o.trend.map((t) => [viDate(t.from), viDate(t.to), t.submitted, t.approved, t.connected]),
      };
    case 'on-time':
      return {
        name: VIEW_TITLES['on-time'],
        columns: [
          { label: 'Từ ngày' },
          { label: 'Đến ngày' },
          count('PC06: hoàn thành'),
          count('PC06: đúng hạn'),
          count('C06: hoàn thành'),
          count('C06: đúng hạn'),
          count('Tổng hoàn thành'),
          count('Tổng đúng hạn'),
          { label: 'Tỉ lệ đúng hạn', kind: 'share' },
        ],
        rows: o.onTime.map((p) => [viDate(p.from), viDate(p.to), p.provincial.completed, p.provincial.onTime, p.national.completed, p.national.onTime, p.completed, p.onTime, p.share]),
      };
    case 'ageing':
      return {
        name: VIEW_TITLES.ageing,
        columns: [{ label: 'Số ngày làm việc chờ xử lý' }, count('PC06 đang thẩm định'), count('C06 đang thẩm định'), count('Tổng')],
        rows: AGE_BUCKETS.map((bucket) => {
          const a = o.ageing.find((x) => x.bucket === bucket)!;
          return [a.maxDays === null ? `Trên ${a.minDays - 1} ngày` : `${a.minDays}–${a.maxDays} ngày`, a.provincial, a.national, a.total];
        }),
      };
  }
}

async function dossierTable(db: Kysely<Database>, user: SessionUser, filter: DashboardFilter, now: Date): Promise<{ table: SheetTable; outsideJurisdiction: number }> {
  const condition = await dashboardCondition(db, filter, now);
  const [rows, counts, provinces] = await Promise.all([
    dossierSummaryQuery(db, user).where(condition).orderBy('dossiers.code').limit(DASHBOARD_EXPORT_MAX_DOSSIERS).execute(),
    db
      .selectFrom('dossiers')
      .where(condition)
      .select((eb) => [eb.fn.countAll<number>().as('counted'), eb.fn.countAll<number>().filterWhere(visibleTo(user)).as('visible')])
      .executeTakeFirstOrThrow(),
    loadDashboardProvinces(db),
  ]);
  const names = new Map(provinces.current.map((p) => [p.code, p.name]));
  const provinceName = (code: string | null) => (code === null ? null : (names.get(provinces.currentOf.get(code) ?? code) ?? code));
  return {
    outsideJurisdiction: Number(counts.counted) - Number(counts.visible),
    table: {
      name: VIEW_TITLES.dossiers,
      columns: [
        { label: 'Mã hồ sơ' },
        { label: 'Hệ thống thông tin' },
        { label: 'Đơn vị chủ quản' },
        { label: 'Tỉnh, thành phố (PC06)' },
        { label: 'Trạng thái' },
        { label: 'Hạn giai đoạn' },
        { label: 'Ngày nộp' },
        { label: 'Cập nhật' },
      ],
      rows: rows.map((d) => [
        d.code,
        d.systemName,
        d.ownerUnitName,
        provinceName(d.queueProvinceCode),
        STATUS_LABELS_VI[d.status],
        viDate(d.stageDueOn),
        d.submittedAt === null ? null : viDate(localDay(new Date(d.submittedAt))),
        viDate(localDay(new Date(d.updatedAt))),
      ]),
    },
  };
}

function outsideNote(n: number): SheetTable {
  return {
    name: 'Ghi chú',
    columns: [{ label: 'Ghi chú' }],
    rows: [[`Số liệu này còn gồm ${n.toLocaleString('vi-VN')} hồ sơ địa phương đang do PC06 xử lý, chưa chuyển C06: được đếm trong số liệu nhưng không thuộc phạm vi C06 được xem nên không liệt kê.`]],
  };
}

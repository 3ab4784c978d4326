import type { Answer } from '../../test-support.tsx';
import type { DashboardListPage, DashboardStatus, Overview } from './dashboard-view.ts';

/** A small country for the dashboard's component tests: figures chosen so every panel differs. */
const STATUSES: readonly DashboardStatus[] = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED', 'CONNECTED', 'SUSPENDED', 'REJECTED', 'WITHDRAWN', 'REVOKED'];
const byStatus = (figures: Partial<Record<DashboardStatus, number>>) => Object.fromEntries(STATUSES.map((s) => [s, figures[s] ?? 0])) as Record<DashboardStatus, number>;
const sum = (figures: Partial<Record<DashboardStatus, number>>) => Object.values(figures).reduce((n, v) => n + (v ?? 0), 0);

const PROVINCE_NAMES = [
  'Thành phố Hà Nội', 'Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang', 'Tỉnh Điện Biên', 'Tỉnh Lai Châu', 'Tỉnh Sơn La', 'Tỉnh Lào Cai', 'Tỉnh Thái Nguyên', 'Tỉnh Lạng Sơn',
  'Tỉnh Quảng Ninh', 'Tỉnh Bắc Ninh', 'Tỉnh Phú Thọ', 'Thành phố Hải Phòng', 'Tỉnh Hưng Yên', 'Tỉnh Ninh Bình', 'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh',
  'Tỉnh Quảng Trị', 'Thành phố Huế', 'Thành phố Đà Nẵng', 'Tỉnh Quảng Ngãi', 'Tỉnh Gia Lai', 'Tỉnh Khánh Hòa', 'Tỉnh Lâm Đồng', 'Tỉnh Đắk Lắk', 'Thành phố Hồ Chí Minh',
  'Tỉnh Đồng Nai', 'Tỉnh Tây Ninh', 'Thành phố Cần Thơ', 'Tỉnh Vĩnh Long', 'Tỉnh Đồng Tháp', 'Tỉnh Cà Mau', 'Tỉnh An Giang',
];
export const NGHE_AN = '40';
export const HA_NOI = '01';
const codeOf = (i: number) => (i === 16 ? NGHE_AN : String(i + 1).padStart(2, '0'));

/** Nghệ An: 1,234 dossiers at PC06 (vi-VN "1.234"), 3 at C06, 2 approved; Hà Nội: 5 at C06. */
const PROVINCE_FIGURES: Record<string, Partial<Record<DashboardStatus, number>>> = {
  [NGHE_AN]: { PROVINCIAL_REVIEW: 1234, NATIONAL_REVIEW: 3, APPROVED: 2 },
  [HA_NOI]: { NATIONAL_REVIEW: 5, CONNECTED: 1 },
};
export const BODY_ID = '7b1c6a51-2f6e-4c36-9a4e-8d2f5f0b6a01';

export const OVERVIEW: Overview = {
  today: '2026-11-28',
  granularity: 'month',
  scope: { provinceCode: null, centralBodyId: null },
  ageUnit: 'WORKING_DAYS',
  totals: {
    dossiers: 1234 + 3 + 2 + 5 + 1 + 4,
    byStatus: byStatus({ PROVINCIAL_REVIEW: 1234, NATIONAL_REVIEW: 3 + 5 + 2, APPROVED: 2 + 1, CONNECTED: 1, RETURNED: 1 }),
    overdue: 7,
    accounts: 98_765,
    accountsByStatus: byStatus({ PROVINCIAL_REVIEW: 90_000, NATIONAL_REVIEW: 8000, APPROVED: 500, CONNECTED: 200, RETURNED: 65 }),
    overdueProvincial: 5,
    overdueNational: 2,
  },
  byProvince: PROVINCE_NAMES.map((name, i) => {
    const code = codeOf(i);
    const f = PROVINCE_FIGURES[code] ?? {};
    return { provinceCode: code, provinceName: name, dossiers: sum(f), byStatus: byStatus(f), overdue: code === NGHE_AN ? 5 : 0, accounts: sum(f) * 10 };
  }),
  byCentralBody: [
    { centralBodyId: BODY_ID, name: 'Bộ Y tế', dossiers: 4, byStatus: byStatus({ NATIONAL_REVIEW: 2, APPROVED: 1, RETURNED: 1 }), overdue: 2, accounts: 40 },
  ],
  trend: [
    { from: '2026-09-01', to: '2026-09-30', submitted: 10, approved: 1, connected: 0 },
    { from: '2026-10-01', to: '2026-10-31', submitted: 1200, approved: 2, connected: 1 },
    { from: '2026-11-01', to: '2026-11-30', submitted: 39, approved: 0, connected: 0 },
  ],
  onTime: [
    { from: '2026-09-01', to: '2026-09-30', provincial: { completed: 0, onTime: 0 }, national: { completed: 0, onTime: 0 }, completed: 0, onTime: 0, share: null },
    { from: '2026-10-01', to: '2026-10-31', provincial: { completed: 6, onTime: 5 }, national: { completed: 2, onTime: 1 }, completed: 8, onTime: 6, share: 0.75 },
    { from: '2026-11-01', to: '2026-11-30', provincial: { completed: 4, onTime: 4 }, national: { completed: 0, onTime: 0 }, completed: 4, onTime: 4, share: 1 },
  ],
  ageing: [
    { bucket: '0-3', minDays: 0, maxDays: 3, provincial: 1200, national: 6, total: 1206 },
    { bucket: '4-5', minDays: 4, maxDays: 5, provincial: 29, national: 2, total: 31 },
    { bucket: '6-10', minDays: 6, maxDays: 10, provincial: 5, national: 2, total: 7 },
    { bucket: '>10', minDays: 11, maxDays: null, provincial: 0, national: 0, total: 0 },
  ],
};

export const DOSSIER = {
  id: '3f0d1a2b-1111-4c36-9a4e-8d2f5f0b6a01',
  code: 'KN-2026-000123',
  status: 'NATIONAL_REVIEW' as const,
  route: 'PROVINCIAL' as const,
  queueProvinceCode: NGHE_AN,
  filedProvinceCode: NGHE_AN,
  version: 1,
  revision: 4,
  stageKind: 'NATIONAL',
  stageDueOn: '2026-12-03',
  submittedAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-24T03:30:00.000Z',
  createdAt: '2026-11-19T02:00:00.000Z',
  amendsDossierId: null,
  ownerUnitId: 'u-yte-na',
  ownerUnitName: 'Sở Y tế tỉnh Nghệ An',
  systemId: 's-1',
  systemName: 'Hệ thống quản lý hành nghề y dược Nghệ An',
  holderName: null,
  holderUserId: null,
  deadline: { kind: 'ON_TIME' as const, remaining: 3 },
};

/** A list of 45 dossiers C06 may open (3 pages) and `outside` more it may not. */
export const listPage = (outside: number): DashboardListPage => ({ total: 45, items: [DOSSIER], outsideJurisdiction: outside });

export const dashboardServer =
  (overview: Overview = OVERVIEW, list: DashboardListPage = listPage(0)) =>
  (path: string): Answer => {
    if (path === 'national.dashboard.overview') return { data: overview };
    if (path === 'national.dashboard.list') return { data: list };
    return { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } };
  };

import type { Answer } from '../../test-support.tsx';

export const ME = '00000000-0000-4000-8000-0000000000aa';
export const BYT = '00000000-0000-4000-8000-0000000000b1';
export const HANOI = '00000000-0000-4000-8000-0000000000b2';

const base = {
  version: 1,
  stageKind: 'NATIONAL',
  updatedAt: '2026-11-24T03:00:00.000Z',
  createdAt: '2026-11-20T03:00:00.000Z',
  amendsDossierId: null,
  holderName: null,
  holderUserId: null,
  securityValidUntil: '2028-09-20',
  securityExpiry: null,
};

/**
 * Four rows of the C06 queue: a central dossier waiting, one forwarded by PC06 Hà Nội held by the
 * signed-in officer, a connection whose A05 confirmation has expired, one expiring within 30 days.
 */
export const ROWS = [
  { ...base, id: '00000000-0000-4000-8000-000000000001', code: 'HS-2026-000201', status: 'NATIONAL_REVIEW', route: 'NATIONAL', queueProvinceCode: null, filedProvinceCode: null, provinceName: null, lastRecommendation: null, revision: 3, stageDueOn: '2026-11-28', deadline: { kind: 'ON_TIME', remaining: 3 }, submittedAt: '2026-11-24T02:00:00.000Z', ownerUnitId: BYT, ownerUnitName: 'Bộ Y tế', systemId: 's1', systemName: 'Hệ thống cơ sở dữ liệu quốc gia về y tế' },
  { ...base, id: '00000000-0000-4000-8000-000000000002', code: 'HS-2026-000202', status: 'NATIONAL_REVIEW', route: 'PROVINCIAL', queueProvinceCode: '01', filedProvinceCode: '01', provinceName: 'Thành phố Hà Nội', lastRecommendation: 'APPROVE', revision: 6, stageDueOn: '2026-11-20', deadline: { kind: 'OVERDUE', by: 2 }, submittedAt: '2026-11-17T02:00:00.000Z', ownerUnitId: HANOI, ownerUnitName: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội', systemId: 's2', systemName: 'Hệ thống quản lý cư trú phục vụ an sinh xã hội Hà Nội', holderName: 'Ngô Đức Anh', holderUserId: ME },
  { ...base, id: '00000000-0000-4000-8000-000000000003', code: 'HS-2026-000203', status: 'CONNECTED', route: 'PROVINCIAL', queueProvinceCode: '40', filedProvinceCode: '40', provinceName: 'Tỉnh Nghệ An', lastRecommendation: 'RETURN', revision: 9, stageDueOn: null, deadline: null, submittedAt: '2024-10-01T02:00:00.000Z', ownerUnitId: HANOI, ownerUnitName: 'Sở Y tế tỉnh Nghệ An', systemId: 's3', systemName: 'Hệ thống thông tin khám chữa bệnh Nghệ An', securityValidUntil: '2026-11-01', securityExpiry: 'EXPIRED' },
  { ...base, id: '00000000-0000-4000-8000-000000000004', code: 'HS-2026-000204', status: 'SUSPENDED', route: 'NATIONAL', queueProvinceCode: null, filedProvinceCode: null, provinceName: null, lastRecommendation: null, revision: 11, stageDueOn: null, deadline: null, submittedAt: '2025-01-10T02:00:00.000Z', ownerUnitId: BYT, ownerUnitName: 'Bộ Y tế', systemId: 's4', systemName: 'Hệ thống giám định bảo hiểm y tế', securityValidUntil: '2026-12-15', securityExpiry: 'EXPIRING' },
] as const;

export const COUNTS = { tabs: { TO_RECEIVE: 1, IN_REVIEW: 1, RETURNED: 0, FORWARDED: 0, DECIDED: 2, ALL: 7 }, overdue: 1, heldByMe: 1 };

export const OPTIONS = {
  units: [
    { id: BYT, name: 'Bộ Y tế' },
    { id: HANOI, name: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội' },
  ],
  systems: [{ id: '00000000-0000-4000-8000-0000000000c1', name: 'Hệ thống cơ sở dữ liệu quốc gia về y tế', unitId: BYT }],
  provinces: [
    { code: '01', name: 'Thành phố Hà Nội' },
    { code: '40', name: 'Tỉnh Nghệ An' },
  ],
};

/** A server answering the queue page's reads; `override` answers first (claims, refusals…). */
export const queueServer =
  (override: (path: string, input: unknown) => Answer | undefined = () => undefined, items: readonly unknown[] = ROWS) =>
  (path: string, input: unknown): Answer =>
    override(path, input) ??
    (path === 'national.queue'
      ? { data: { items, total: items.length } }
      : path === 'national.counts'
        ? { data: COUNTS }
        : path === 'national.filterOptions'
          ? { data: OPTIONS }
          : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });

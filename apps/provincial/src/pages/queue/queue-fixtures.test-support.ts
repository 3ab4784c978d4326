import type { Answer } from '../../test-support.tsx';

export const ME = '00000000-0000-4000-8000-0000000000aa';
export const UNIT = '00000000-0000-4000-8000-0000000000b1';
export const OTHER_UNIT = '00000000-0000-4000-8000-0000000000b2';

const base = {
  route: 'PROVINCIAL',
  queueProvinceCode: '40',
  filedProvinceCode: '40',
  version: 1,
  stageKind: 'PROVINCIAL',
  updatedAt: '2026-11-24T03:00:00.000Z',
  createdAt: '2026-11-20T03:00:00.000Z',
  amendsDossierId: null,
  ownerUnitId: UNIT,
  ownerUnitName: 'Sở Y tế tỉnh Nghệ An',
};

/** Three rows of a PC06 Nghệ An queue: one waiting, one held by the signed-in officer, one by a colleague. */
export const ROWS = [
  { ...base, id: '00000000-0000-4000-8000-000000000001', code: 'HS-2026-000101', status: 'PROVINCIAL_REVIEW', revision: 4, stageDueOn: '2026-11-27', deadline: { kind: 'ON_TIME', remaining: 2 }, submittedAt: '2026-11-24T02:00:00.000Z', systemId: 's1', systemName: 'Hệ thống quản lý hành nghề y dược Nghệ An', holderName: null, holderUserId: null },
  { ...base, id: '00000000-0000-4000-8000-000000000002', code: 'HS-2026-000102', status: 'PROVINCIAL_REVIEW', revision: 7, stageDueOn: '2026-11-20', deadline: { kind: 'OVERDUE', by: 3 }, submittedAt: '2026-11-17T02:00:00.000Z', systemId: 's2', systemName: 'Phần mềm một cửa điện tử', holderName: 'Hoàng Văn Nam', holderUserId: ME },
  { ...base, id: '00000000-0000-4000-8000-000000000003', code: 'HS-2026-000103', status: 'PROVINCIAL_REVIEW', revision: 2, stageDueOn: '2026-11-25', deadline: { kind: 'DUE_TODAY' }, submittedAt: '2026-11-20T02:00:00.000Z', systemId: 's3', systemName: 'Cổng dịch vụ công Đức Thọ', holderName: 'Trần Thị Đức', holderUserId: '00000000-0000-4000-8000-0000000000cc' },
] as const;

export const COUNTS = { tabs: { TO_RECEIVE: 1, IN_REVIEW: 2, RETURNED: 1, FORWARDED: 4, DECIDED: 12, ALL: 20 }, overdue: 1, heldByMe: 1 };

export const OPTIONS = {
  units: [
    { id: UNIT, name: 'Sở Y tế tỉnh Nghệ An' },
    { id: OTHER_UNIT, name: 'UBND huyện Đức Thọ' },
  ],
  systems: [
    { id: '00000000-0000-4000-8000-0000000000c1', name: 'Hệ thống quản lý hành nghề y dược Nghệ An', unitId: UNIT },
    { id: '00000000-0000-4000-8000-0000000000c2', name: 'Cổng dịch vụ công Đức Thọ', unitId: OTHER_UNIT },
  ],
};

/** A server answering the queue page's reads; `override` answers first (claims, refusals…). */
export const queueServer =
  (override: (path: string, input: unknown) => Answer | undefined = () => undefined, items: readonly unknown[] = ROWS) =>
  (path: string, input: unknown): Answer =>
    override(path, input) ??
    (path === 'provincial.queue'
      ? { data: { items, total: items.length } }
      : path === 'provincial.counts'
        ? { data: COUNTS }
        : path === 'provincial.filterOptions'
          ? { data: OPTIONS }
          : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });

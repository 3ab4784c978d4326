import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/calendar-date';
import type { Province } from '../reference';
import { routeDossier } from './route';
import { REGISTRY_2025 } from './test-registry';

const local = (provinceCode: string | null) => ({ level: 'LOCAL' as const, provinceCode });
const route = (provinceCode: string | null, on = '2025-07-15', provinces: readonly Province[] = REGISTRY_2025) =>
  routeDossier({ ownerUnit: local(provinceCode), provinces, on });
const codeOf = (r: ReturnType<typeof routeDossier>) => (r.ok ? 'ok' : r.issues[0]?.code);

describe('routeDossier', () => {
  it('sends a central body straight to C06, whatever province it lists', () => {
    expect(routeDossier({ ownerUnit: { level: 'CENTRAL', provinceCode: '01' }, provinces: REGISTRY_2025, on: '2025-07-15' })).toEqual({
      ok: true,
      value: { route: 'NATIONAL' },
      warnings: [],
    });
  });

  it("sends a local unit to its province's PC06", () => {
    expect(route('01')).toEqual({ ok: true, value: { route: 'PROVINCIAL', filedProvinceCode: '01', queueProvinceCode: '01' }, warnings: [] });
    expect(route('24')).toMatchObject({ value: { queueProvinceCode: '24' } }); // 24 is Bắc Ninh now, never old Bắc Giang
  });

  it('keeps a historical province for the record and queues at the successor', () => {
    expect(route('H24')).toMatchObject({ ok: true, value: { filedProvinceCode: 'H24', queueProvinceCode: '24' } });
    expect(route('H27')).toMatchObject({ ok: true, value: { filedProvinceCode: 'H27', queueProvinceCode: '24' } });
    expect(route('H77')).toMatchObject({ ok: true, value: { queueProvinceCode: '79' } }); // Bà Rịa - Vũng Tàu
    expect(route('H24', '2025-06-30')).toMatchObject({ ok: true, value: { queueProvinceCode: 'H24' } }); // before the merger
  });

  it('refuses what it cannot route, with a Vietnamese reason', () => {
    expect(codeOf(route(null))).toBe('OWNER_UNIT_PROVINCE_MISSING');
    expect(codeOf(route('27'))).toBe('PROVINCE_UNKNOWN');
    expect(codeOf(route('24', '2025-06-30'))).toBe('PROVINCE_NOT_YET_VALID');
    const r = route('27');
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/Không tìm thấy tỉnh, thành phố/);
  });

  it('detects broken successor chains', () => {
    const p = (code: string, successorCode: string | null, validTo: string | null = '2025-07-01'): Province => ({ code, name: code, validFrom: '2000-01-01', validTo, successorCode });
    expect(codeOf(route('A', '2025-07-15', [p('A', 'B'), p('B', 'A')]))).toBe('PROVINCE_SUCCESSOR_CYCLE');
    expect(codeOf(route('A', '2025-07-15', [p('A', 'A')]))).toBe('PROVINCE_SUCCESSOR_CYCLE');
    expect(codeOf(route('A', '2025-07-15', [p('A', null)]))).toBe('PROVINCE_SUCCESSOR_MISSING');
    expect(codeOf(route('A', '2025-07-15', [p('A', 'Z')]))).toBe('PROVINCE_SUCCESSOR_UNKNOWN');
    expect(route('A', '2025-07-15', [p('A', 'B'), p('B', 'C'), p('C', null, null)])).toMatchObject({ ok: true, value: { queueProvinceCode: 'C' } });
  });

  it('after 1 July 2025 always queues at one of the 34 current provinces, the successor of the filed one', () => {
    const current = new Set(REGISTRY_2025.filter((p) => p.validTo === null).map((p) => p.code));
    fc.assert(
      fc.property(fc.constantFrom(...REGISTRY_2025), fc.integer({ min: 0, max: 3000 }), (province, offset) => {
        const on = addCalendarDays('2025-07-01', offset);
        const r = route(province.code, on);
        expect(r.ok).toBe(true);
        if (!r.ok || r.value.route !== 'PROVINCIAL') throw new Error('expected a provincial route');
        expect(current.has(r.value.queueProvinceCode)).toBe(true);
        expect(r.value.queueProvinceCode).toBe(province.successorCode ?? province.code);
      }),
    );
  });
});

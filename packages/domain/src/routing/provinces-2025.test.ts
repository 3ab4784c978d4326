import { describe, expect, it } from 'vitest';
import { buildProvinceRegistry } from './provinces-2025';
import { prefixesJson, provincesJson, REGISTRY_2025 } from './test-registry';

const byCode = new Map(REGISTRY_2025.map((p) => [p.code, p]));

describe('buildProvinceRegistry with the 2025 data', () => {
  it('has the 34 current provinces from 1 July 2025 and no duplicate code', () => {
    const current = REGISTRY_2025.filter((p) => p.validTo === null);
    expect(current).toHaveLength(34);
    expect(current.every((p) => p.validFrom === '2025-07-01' && p.successorCode === null)).toBe(true);
    expect(new Set(REGISTRY_2025.map((p) => p.code)).size).toBe(REGISTRY_2025.length);
  });

  it('keeps every absorbed province as a historical one with an H code and its successor', () => {
    expect(byCode.get('H24')).toEqual({ code: 'H24', name: 'Tỉnh Bắc Giang', validFrom: '2008-08-01', validTo: '2025-07-01', successorCode: '24' });
    expect(byCode.get('H02')?.successorCode).toBe('08'); // Hà Giang → Tuyên Quang
    expect(byCode.get('H74')?.successorCode).toBe('79'); // Bình Dương → TP. Hồ Chí Minh
    const merged = provincesJson.provinces.flatMap((p) => p.mergedFrom.map((name) => ({ name, into: p.code })));
    expect(merged).toHaveLength(29);
    for (const { name, into } of merged) {
      const h = REGISTRY_2025.find((p) => p.name === name && p.validTo !== null);
      expect(h?.successorCode, name).toBe(into);
      expect(h?.code).toMatch(/^H\d{2}$/);
    }
  });

  it('also keeps old provinces whose code passed to another, and nothing for continuing ones', () => {
    expect(byCode.get('H27')).toMatchObject({ name: 'Tỉnh Bắc Ninh', successorCode: '24' });
    expect(byCode.get('H10')).toMatchObject({ name: 'Tỉnh Lào Cai', successorCode: '15' });
    expect(byCode.has('H01')).toBe(false);
    expect(byCode.has('H46')).toBe(false); // Thừa Thiên Huế kept its code as Thành phố Huế
    expect(REGISTRY_2025.filter((p) => p.validTo !== null)).toHaveLength(36);
    for (const p of REGISTRY_2025.filter((x) => x.validTo !== null)) expect(byCode.get(p.successorCode ?? '')?.validTo).toBeNull();
  });

  it('throws on inconsistent reference data', () => {
    const wrongSuccessor = { prefixes: prefixesJson.prefixes.map((p) => (p.name === 'Tỉnh Bắc Giang' ? { ...p, successorProvinceCode: '01' } : p)) };
    expect(() => buildProvinceRegistry(provincesJson, wrongSuccessor)).toThrow(/Bắc Giang/);
    const unknownName = { ...provincesJson, provinces: [...provincesJson.provinces, { code: '99', name: 'Tỉnh Mới', mergedFrom: ['Tỉnh Không Có'] }] };
    expect(() => buildProvinceRegistry(unknownName, prefixesJson)).toThrow(/Tỉnh Không Có/);
    const unknownSuccessor = { prefixes: [{ cccdPrefix: '099', name: 'Tỉnh X', successorProvinceCode: '00' }] };
    expect(() => buildProvinceRegistry({ ...provincesJson, provinces: [] }, unknownSuccessor)).toThrow(/00/);
  });
});

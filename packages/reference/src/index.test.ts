import { describe, expect, it } from 'vitest';
import { birthPrefixes, centralBodies, provinces2025, SEED_SERVICE_CATALOGUE } from './index.js';

describe('reference data', () => {
  it('has the 63 birth prefixes, each three digits and unique, pointing at a current province', () => {
    expect(birthPrefixes).toHaveLength(63);
    const codes = new Set(provinces2025.map((p) => p.code));
    for (const p of birthPrefixes) {
      expect(p.prefix).toMatch(/^\d{3}$/);
      expect(codes.has(p.successorProvinceCode)).toBe(true);
    }
    expect(new Set(birthPrefixes.map((p) => p.prefix)).size).toBe(63);
  });

  it('has the 34 provinces of 2025, current, with unique 2-digit codes', () => {
    expect(provinces2025).toHaveLength(34);
    expect(new Set(provinces2025.map((p) => p.code)).size).toBe(34);
    for (const p of provinces2025) {
      expect(p.code).toMatch(/^\d{2}$/);
      expect(p.validFrom).toBe('2025-07-01');
      expect(p.validTo).toBeNull();
    }
    // 24 is Bắc Ninh after the merger, not an old province (domain.md §2).
    expect(provinces2025.find((p) => p.code === '24')?.name).toContain('Bắc Ninh');
  });

  it('lists the central bodies and the four seed services', () => {
    expect(centralBodies.ministries).toContain('Bộ Công an');
    expect(SEED_SERVICE_CATALOGUE.map((s) => s.code)).toEqual([
      'XAC_THUC_THONG_TIN',
      'TRA_CUU_THONG_TIN',
      'XAC_DINH_SO_DINH_DANH',
      'TRA_CUU_CU_TRU',
    ]);
  });
});

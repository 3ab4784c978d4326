/**
 * ketnoi's offline copy of the reference data, parsed and typed with the domain's shapes.
 * The database seeds from here and the CLI checks files with it; the domain never imports it
 * (reference data comes into the domain as arguments).
 */
import type { BirthPrefix, Province, ServiceCatalogueEntry } from '@ketnoi/domain';
import birthPrefixesJson from './cccd-birth-prefixes.json' with { type: 'json' };
import centralBodiesJson from './central-bodies.json' with { type: 'json' };
import provincesJson from './provinces-2025.json' with { type: 'json' };

/** The 63 birth-registration prefixes of TT 07/2016/TT-BCA (first three digits of the ID number). */
export const birthPrefixes: readonly BirthPrefix[] = birthPrefixesJson.prefixes.map((p) => ({
  prefix: p.cccdPrefix,
  name: p.name,
  successorProvinceCode: p.successorProvinceCode,
}));

export interface Province2025 extends Province {
  /** Names of the provinces this one absorbed on 1 July 2025 (NQ 202/2025/QH15). */
  readonly mergedFrom: readonly string[];
}

/** The 34 provincial units in force from 1 July 2025, codes of QĐ 19/2025/QĐ-TTg. */
export const provinces2025: readonly Province2025[] = provincesJson.provinces.map((p) => ({
  code: p.code,
  name: p.name,
  validFrom: provincesJson.effectiveFrom,
  validTo: null,
  successorCode: null,
  mergedFrom: p.mergedFrom,
}));

export interface CentralBodies {
  readonly ministries: readonly string[];
  readonly ministerialAgencies: readonly string[];
}

/** Seed list of central bodies (NQ 176/2025/QH15); administrators add the others. */
export const centralBodies: CentralBodies = {
  ministries: centralBodiesJson.ministries,
  ministerialAgencies: centralBodiesJson.ministerialAgencies,
};

/** The seed service catalogue of domain.md §5 [policy]; kept as data so administrators can extend it. */
export const SEED_SERVICE_CATALOGUE: readonly ServiceCatalogueEntry[] = [
  { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân', active: true },
  { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân', active: true },
  { code: 'XAC_DINH_SO_DINH_DANH', name: 'Xác định số định danh cá nhân từ số chứng minh nhân dân 9 số', active: true },
  { code: 'TRA_CUU_CU_TRU', name: 'Tra cứu thông tin cư trú', active: true },
];

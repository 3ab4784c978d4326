import type { Province } from '../reference';

/** The shape of packages/reference/src/provinces-2025.json. */
export interface Provinces2025File {
  readonly effectiveFrom: string;
  readonly provinces: readonly { readonly code: string; readonly name: string; readonly mergedFrom: readonly string[] }[];
}

/** The shape of packages/reference/src/cccd-birth-prefixes.json. */
export interface BirthPrefixesFile {
  readonly prefixes: readonly { readonly cccdPrefix: string; readonly name: string; readonly successorProvinceCode: string }[];
}

/** The 63-unit map stood from 1 August 2008 (Hà Tây joined Hà Nội, NQ 15/2008/QH12) until the 2025 reorganisation. */
const SIXTY_THREE_PROVINCES_FROM = '2008-08-01';

/** Historical provinces get `H` + their old 2-digit code, so that an old code is never read as a current one (24 is now Bắc Ninh, domain.md §2). */
export const historicalProvinceCode = (birthPrefix: string): string => `H${birthPrefix.slice(1)}`;

/**
 * Province reference data with validity dates and successor links (domain.md §2): the 34 provinces of
 * NQ 202/2025/QH15 from `effectiveFrom`, plus one historical province, valid until then, for every old
 * province that ceased under its own code: each name in a `mergedFrom` list, and each old province
 * whose code passed to another (e.g. old Bắc Ninh, 27, now inside Bắc Ninh 24). Its successor is the
 * province that absorbed it. Pure: the parsed JSON comes in as arguments (the database seed calls it too).
 * Inconsistent reference data is a broken invariant and throws.
 */
export const buildProvinceRegistry = (provincesJson: Provinces2025File, prefixesJson: BirthPrefixesFile): Province[] => {
  const effectiveFrom = provincesJson.effectiveFrom;
  const current: Province[] = provincesJson.provinces.map((p) => ({
    code: p.code,
    name: p.name,
    validFrom: effectiveFrom,
    validTo: null,
    successorCode: null,
  }));
  const currentCodes = new Set(current.map((p) => p.code));
  const absorbedBy = new Map<string, string>();
  for (const p of provincesJson.provinces) for (const name of p.mergedFrom) absorbedBy.set(name, p.code);

  const historical: Province[] = [];
  const matchedNames = new Set<string>();
  for (const prefix of prefixesJson.prefixes) {
    if (!currentCodes.has(prefix.successorProvinceCode)) {
      throw new Error(`Birth prefix ${prefix.cccdPrefix} names an unknown successor province ${prefix.successorProvinceCode}`);
    }
    const oldCode = prefix.cccdPrefix.slice(1);
    const absorber = absorbedBy.get(prefix.name);
    if (absorber !== undefined && absorber !== prefix.successorProvinceCode) {
      throw new Error(`${prefix.name}: absorbed by ${absorber} in provinces-2025.json but succeeded by ${prefix.successorProvinceCode} in the prefixes`);
    }
    if (absorber === undefined && oldCode === prefix.successorProvinceCode) continue;
    matchedNames.add(prefix.name);
    historical.push({
      code: historicalProvinceCode(prefix.cccdPrefix),
      name: prefix.name,
      validFrom: SIXTY_THREE_PROVINCES_FROM,
      validTo: effectiveFrom,
      successorCode: prefix.successorProvinceCode,
    });
  }
  const unmatched = [...absorbedBy.keys()].filter((name) => !matchedNames.has(name));
  if (unmatched.length > 0) throw new Error(`Merged provinces without a birth prefix: ${unmatched.join(', ')}`);
  return [...current, ...historical];
};

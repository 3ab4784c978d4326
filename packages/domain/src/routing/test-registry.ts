import prefixesJson from './test-data/cccd-birth-prefixes.json' with { type: 'json' };
import provincesJson from './test-data/provinces-2025.json' with { type: 'json' };
import { buildProvinceRegistry } from './provinces-2025';

/**
 * Tests use the real 2025 reference data. test-data/ holds verbatim copies of
 * packages/reference/src/{provinces-2025,cccd-birth-prefixes}.json because the dependency rules
 * let nothing in packages/domain import outside it; keep them identical.
 */
export const REGISTRY_2025 = buildProvinceRegistry(provincesJson, prefixesJson);
export { prefixesJson, provincesJson };

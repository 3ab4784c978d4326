import prefixesJson from '../../../reference/src/cccd-birth-prefixes.json' with { type: 'json' };
import provincesJson from '../../../reference/src/provinces-2025.json' with { type: 'json' };
import { buildProvinceRegistry } from './provinces-2025';

/** Tests use the real 2025 reference data (the dependency rules allow it in tests only). */
export const REGISTRY_2025 = buildProvinceRegistry(provincesJson, prefixesJson);
export { prefixesJson, provincesJson };

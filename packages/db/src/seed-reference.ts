import { buildProvinceRegistry, DEFAULT_POLICY } from '@ketnoi/domain';
import type { Province } from '@ketnoi/domain';
import { birthPrefixes, centralBodies, provinces2025, SEED_SERVICE_CATALOGUE } from '@ketnoi/reference';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { VIETNAM_HOLIDAYS_2025_2027 } from './seed/vietnam-holidays.js';

export const C06_UNIT_NAME = 'Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) – Bộ Công an';

/** "Thành phố Hà Nội" → "Công an thành phố Hà Nội" (administrative level written in lower case). */
export function provincialPoliceName(provinceName: string): string {
  const lowered = provinceName.replace(/^(Thành phố|Tỉnh)(?= )/u, (m) => m.toLowerCase());
  return `Phòng Cảnh sát QLHC về TTXH – Công an ${lowered}`;
}

/**
 * Current provinces and the historical ones with their successors (domain.md §2), built by the
 * domain from the reference data (given back in the JSON files' shape it reads).
 */
export function seedProvinces(): Province[] {
  const effectiveFrom = provinces2025[0]?.validFrom ?? '2025-07-01';
  return buildProvinceRegistry(
    { effectiveFrom, provinces: provinces2025.map((p) => ({ code: p.code, name: p.name, mergedFrom: p.mergedFrom })) },
    { prefixes: birthPrefixes.map((b) => ({ cccdPrefix: b.prefix, name: b.name, successorProvinceCode: b.successorProvinceCode })) },
  );
}

export interface SeedReport {
  readonly provinces: number;
  readonly units: number;
  readonly services: number;
  readonly calendarDays: number;
  readonly policies: number;
}

/**
 * Loads the reference data a fresh installation needs. Idempotent: rows that exist are left as
 * they are (administrators may have edited them), so it is safe at every start.
 * Returns how many rows each table gained.
 */
export async function seedReference(db: Kysely<Database>): Promise<SeedReport> {
  return db.transaction().execute(async (trx) => {
    const registry = seedProvinces();
    // Current provinces first: historical rows reference them as successors.
    const ordered = [...registry.filter((p) => p.successorCode === null), ...registry.filter((p) => p.successorCode !== null)];
    const provinces = await trx
      .insertInto('provinces')
      .values(ordered.map((p) => ({ code: p.code, name: p.name, valid_from: p.validFrom, valid_to: p.validTo, successor_code: p.successorCode })))
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();

    const unitRows = [
      { kind: 'C06' as const, level: 'CENTRAL' as const, province_code: null, name: C06_UNIT_NAME, parent_body: 'Bộ Công an' },
      ...provinces2025.map((p) => ({
        kind: 'PC06' as const,
        level: 'LOCAL' as const,
        province_code: p.code,
        name: provincialPoliceName(p.name),
        parent_body: `Công an ${p.name.replace(/^(Thành phố|Tỉnh)(?= )/u, (m) => m.toLowerCase())}`,
      })),
      ...[...centralBodies.ministries, ...centralBodies.ministerialAgencies].map((name) => ({
        kind: 'OWNER' as const,
        level: 'CENTRAL' as const,
        province_code: null,
        name,
        parent_body: null,
      })),
    ];
    // Any unique index (one C06, one PC06 per province, name per kind and province) makes a re-run skip.
    const units = await trx.insertInto('units').values(unitRows).onConflict((oc) => oc.doNothing()).executeTakeFirst();

    const services = await trx
      .insertInto('services')
      .values(SEED_SERVICE_CATALOGUE.map((s, i) => ({ code: s.code, name: s.name, active: s.active, sort_order: (i + 1) * 10 })))
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();

    const calendarDays = await trx
      .insertInto('calendar_days')
      .values(VIETNAM_HOLIDAYS_2025_2027.map((d) => ({ day: d.day, kind: d.kind, name: d.name })))
      .onConflict((oc) => oc.column('day').doNothing())
      .executeTakeFirst();

    const policies = await trx
      .insertInto('policies')
      .values(Object.entries(DEFAULT_POLICY).map(([key, value]) => ({ key, value: JSON.stringify(value) })))
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();

    return {
      provinces: Number(provinces.numInsertedOrUpdatedRows ?? 0n),
      units: Number(units.numInsertedOrUpdatedRows ?? 0n),
      services: Number(services.numInsertedOrUpdatedRows ?? 0n),
      calendarDays: Number(calendarDays.numInsertedOrUpdatedRows ?? 0n),
      policies: Number(policies.numInsertedOrUpdatedRows ?? 0n),
    };
  });
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATION_NAMES, migrateToLatest } from './migrate.js';
import { seedProvinces, seedReference } from './seed-reference.js';
import { openTestDatabase, testDatabases } from './testing.js';
import type { TestDatabase } from './testing.js';

describe.each(testDatabases())('migrations and reference seed on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it('runs twice without change: the second run applies nothing', async () => {
    const again = await migrateToLatest(t.db);
    expect(again.results).toEqual([]);
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(t.db);
    expect(rows.map((r) => r.name)).toEqual([...MIGRATION_NAMES]);
    expect(MIGRATION_NAMES[0]).toBe('0001-initial');
  });

  it('seeds 34 current provinces and historical ones whose successors are current', async () => {
    const current = await t.db.selectFrom('provinces').selectAll().where('valid_to', 'is', null).execute();
    expect(current).toHaveLength(34);
    expect(current.every((p) => /^\d{2}$/.test(p.code) && p.successor_code === null)).toBe(true);
    const historical = await t.db.selectFrom('provinces').selectAll().where('valid_to', 'is not', null).execute();
    expect(historical).toHaveLength(seedProvinces().filter((p) => p.validTo !== null).length);
    // At least the 29 provinces that lost their name in the 63 → 34 merger (NQ 202/2025/QH15).
    expect(historical.length).toBeGreaterThanOrEqual(63 - 34);
    const currentCodes = new Set(current.map((p) => p.code));
    for (const h of historical) {
      expect(h.code).toMatch(/^H\d{2}$/);
      expect(h.valid_to).toBe('2025-07-01');
      expect(currentCodes.has(h.successor_code ?? '')).toBe(true);
    }
    // Hà Giang (old code 02) went into Tuyên Quang (08): domain.md §2.
    expect(historical.find((h) => h.code === 'H02')?.successor_code).toBe('08');
  });

  it('seeds one C06, one PC06 per current province, central owner units, services, policies and holidays', async () => {
    const units = await t.db.selectFrom('units').selectAll().execute();
    expect(units.filter((u) => u.kind === 'C06')).toHaveLength(1);
    const pc06 = units.filter((u) => u.kind === 'PC06');
    expect(new Set(pc06.map((u) => u.province_code)).size).toBe(34);
    expect(pc06.find((u) => u.province_code === '01')?.name).toBe('Phòng Cảnh sát QLHC về TTXH – Công an thành phố Hà Nội');
    expect(units.filter((u) => u.kind === 'OWNER' && u.level === 'CENTRAL').map((u) => u.name)).toContain('Bộ Y tế');
    const services = await t.db.selectFrom('services').select('code').orderBy('sort_order').execute();
    expect(services.map((s) => s.code)).toEqual(['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN', 'XAC_DINH_SO_DINH_DANH', 'TRA_CUU_CU_TRU']);
    const tet2026 = await t.db.selectFrom('calendar_days').select('day').where('day', '>=', '2026-02-14').where('day', '<=', '2026-02-22').execute();
    expect(tet2026).toHaveLength(9);
  });

  it('seeding again adds nothing and keeps administrators\' edits', async () => {
    await t.db.updateTable('services').set({ name: 'Tên đã sửa' }).where('code', '=', 'TRA_CUU_CU_TRU').execute();
    const before = await t.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const report = await seedReference(t.db);
    expect(report).toEqual({ provinces: 0, units: 0, services: 0, calendarDays: 0, policies: 0 });
    const after = await t.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const edited = await t.db.selectFrom('services').select('name').where('code', '=', 'TRA_CUU_CU_TRU').executeTakeFirstOrThrow();
    expect(edited.name).toBe('Tên đã sửa');
  });

  it('refuses a PC06 unit without a province (routing needs it)', async () => {
    await expect(
      t.db.insertInto('units').values({ kind: 'PC06', level: 'LOCAL', province_code: null, name: 'Phòng không tỉnh' }).execute(),
    ).rejects.toThrow(/units_kind_level/);
  });
});

import { provinces2025 } from '@ketnoi/reference';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCli, type TestCli } from '../test-io.js';

describe.each(testDatabases())('units list on %s', (kind) => {
  let t: TestDatabase;
  let cli: TestCli;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    cli = testCli(t);
  });
  afterAll(() => t?.close());

  it('lists one PC06 per current province, each with its id, as JSON', async () => {
    const r = await cli.run(['units', 'list', '--kind', 'PC06', '--json']);
    expect(r.code).toBe(0);
    const units = JSON.parse(r.out) as { id: string; kind: string; level: string; provinceCode: string | null; active: boolean }[];
    expect(units.every((u) => u.kind === 'PC06' && u.level === 'LOCAL' && u.active)).toBe(true);
    expect(units.map((u) => u.provinceCode).sort()).toEqual(provinces2025.map((p) => p.code).sort());
    expect(units.every((u) => /^[0-9a-f-]{36}$/.test(u.id))).toBe(true);
  });

  it('prints a table with the C06 unit, and refuses an unknown kind', async () => {
    const r = await cli.run(['units', 'list', '--kind', 'c06']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^Mã đơn vị\s+Loại\s+Cấp\s+Tỉnh\s+Tên\s+Trạng thái$/);
    expect(r.out).toMatch(/C06\s+Trung ương\s+/);
    expect(r.out).toContain('Tổng số: 1 đơn vị.');

    // Without --kind: every unit, the seeded central owner bodies included.
    const all = JSON.parse((await cli.run(['units', 'list', '--json'])).out) as { kind: string }[];
    const inDb = await t.db.selectFrom('units').select('kind').execute();
    expect(all.length).toBe(inDb.length);
    expect(new Set(all.map((u) => u.kind))).toEqual(new Set(['OWNER', 'PC06', 'C06']));

    const bad = await cli.run(['units', 'list', '--kind', 'BO', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out)).toMatchObject({ error: { code: 'UNIT_KIND_UNKNOWN' } });
    expect(cli.closes).toBe(cli.opens);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { openWorld, type World } from '../testing/world.ts';

describe.each(testDatabases())('provincial.filterOptions on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  it("lists the units and systems of the province's submitted dossiers, and nothing of another province", async () => {
    const nghean = await w.as('pc06.nghean').provincial.filterOptions();
    expect(nghean.units.map((u) => u.name)).toEqual([w.users['nghean.canbo'].unitName]);
    // The draft's system (Cổng dịch vụ công…) has not reached PC06: it is not offered.
    expect(nghean.systems.map((s) => s.name)).toEqual([
      'Hệ thống quản lý hành nghề y dược Nghệ An',
      'Hệ thống thông tin khám chữa bệnh Nghệ An',
      'Phần mềm một cửa điện tử Sở Y tế Nghệ An',
    ]);
    expect(new Set(nghean.systems.map((s) => s.unitId))).toEqual(new Set([w.users['nghean.canbo'].unitId]));

    const hanoi = await w.as('pc06.hanoi').provincial.filterOptions();
    expect(hanoi.units.map((u) => u.id)).toEqual([w.users['hanoi.canbo'].unitId]);
    expect(hanoi.systems.map((s) => s.name).join('|')).not.toMatch(/Nghệ An/);
    expect(hanoi.systems).toHaveLength(2);
  });

  it('gives C06 the units, systems and provinces of every dossier that reached it, and PC06 no provinces', async () => {
    const c06 = await w.as('c06.thamdinh').national.filterOptions();
    expect(c06.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Bộ Y tế', w.users['nghean.canbo'].unitName, w.users['hanoi.canbo'].unitName]));
    expect(c06.provinces!.map((p) => p.code).sort()).toEqual(['01', '40']);
    expect(c06.systems.map((s) => s.name)).not.toContain('Cổng dịch vụ công ngành Y tế Nghệ An');
    expect((await w.as('pc06.nghean').provincial.filterOptions()).provinces).toBeUndefined();
    await expect(w.as('pc06.nghean').national.filterOptions()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { readAccountSheet } from '@ketnoi/sheets';
import { accountTemplate, accountTemplateOptions } from './account-template.ts';

describe.each(testDatabases())('accountTemplate on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes the active services of the catalogue, in catalogue order, and the policy age range', async () => {
    const all = await t.db.selectFrom('services').select(['code', 'name']).orderBy('sort_order').orderBy('code').execute();
    expect(all.length).toBeGreaterThan(1);
    const [first, ...rest] = all;
    await t.db.updateTable('services').set({ active: false }).where('code', '=', first!.code).execute();
    const before = await t.db.selectFrom('policies').select('value').where('key', '=', 'accountHolderMaxAge').executeTakeFirstOrThrow();
    await t.db.updateTable('policies').set({ value: JSON.stringify(65) }).where('key', '=', 'accountHolderMaxAge').execute();
    try {
      expect(await accountTemplateOptions(t.db)).toEqual({ services: rest, ageRange: { min: 18, max: 65 } });
    } finally {
      await t.db.updateTable('services').set({ active: true }).where('code', '=', first!.code).execute();
      await t.db.updateTable('policies').set({ value: JSON.stringify(before.value) }).where('key', '=', 'accountHolderMaxAge').execute();
    }
  });

  it('is a template the reader accepts, with no rows', async () => {
    const { fileName, bytes } = await accountTemplate(t.db);
    expect(fileName).toBe('Mẫu danh sách tài khoản.xlsx');
    expect(await readAccountSheet({ bytes, fileName })).toMatchObject({ ok: true, format: 'xlsx', rows: [] });
  });
});
